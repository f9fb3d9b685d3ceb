import { TRADITIONAL_CODE_POINTS } from './traditional-chars.ts';

/**
 * Traditional Chinese in a query (詐騙, 關稅, 退貨): characters OpenCC converts to a different
 * simplified one and that are not themselves simplified forms (么, 干 and 台 are both). The site's
 * Chinese pages are in simplified characters, so such a query is converted first
 * (src/search/simplify.ts, loaded only then).
 */
let traditional: Set<number> | undefined;

function traditionalSet(): Set<number> {
	if (!traditional) {
		traditional = new Set();
		let codePoint = 0;
		for (const delta of TRADITIONAL_CODE_POINTS.split(',')) traditional.add((codePoint += parseInt(delta, 36)));
	}
	return traditional;
}

export function hasTraditional(text: string): boolean {
	if (!/\p{Script=Han}/u.test(text)) return false;
	const set = traditionalSet();
	for (const char of text) if (set.has(char.codePointAt(0)!)) return true;
	return false;
}

/**
 * The converted text, except where the reader wrote a character that was not traditional: OpenCC
 * reads a whole text as traditional, so in a mixed query (什么是關稅) it would also turn the
 * simplified 么 into 幺. Phrase conversions keep the length, so the two align character by
 * character; if they do not, the converted text is used as it is.
 */
export function keepSimplified(original: string, converted: string): string {
	const from = [...original];
	const to = [...converted];
	if (from.length !== to.length) return converted;
	const set = traditionalSet();
	return from.map((char, i) => (set.has(char.codePointAt(0)!) ? to[i] : char)).join('');
}
