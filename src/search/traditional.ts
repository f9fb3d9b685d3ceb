import { TRADITIONAL_CODE_POINTS } from './traditional-chars.ts';

/**
 * Whether a text has traditional Chinese characters (詐騙, 關稅, 退貨): characters OpenCC converts
 * to a different simplified one. The site's Chinese pages are in simplified characters, so such a
 * query is converted first (src/search/simplify.ts, loaded only then).
 */
let traditional: Set<number> | undefined;

export function hasTraditional(text: string): boolean {
	if (!/\p{Script=Han}/u.test(text)) return false;
	if (!traditional) {
		traditional = new Set();
		let codePoint = 0;
		for (const delta of TRADITIONAL_CODE_POINTS.split(',')) traditional.add((codePoint += parseInt(delta, 36)));
	}
	for (const char of text) if (traditional.has(char.codePointAt(0)!)) return true;
	return false;
}
