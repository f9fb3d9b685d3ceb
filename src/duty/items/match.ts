/**
 * "What did you buy?": the reader's own words → the likeliest kinds of goods (issue 22). Runs in
 * the browser with no dependencies, over the compact index built from content/items/*.yaml at build
 * time (./build-index.ts, served as /duty-data/items.json: both languages in one file, with the
 * Chinese terms' traditional forms already added, so no converter is needed here).
 *
 * How a text is read: NFKC, lower case, punctuation to spaces (normText). Every known term found
 * in it counts: Latin terms as whole words (a plural's singular too), Chinese terms anywhere (text
 * without spaces: the longest terms win, as a shorter term inside a longer match is dropped).
 * Latin words of five letters or more that match nothing are compared with the known single words
 * by edit distance (1, or 2 from eight letters). Nothing found: a text that is part of a known
 * term ("羽绒" in "羽绒服", "lipst") proposes that term's kinds, as a guess. A term's weight is the
 * share of the text it covers (a Chinese character counts twice, a Latin letter once), a brand sold
 * in several kinds counts less than a generic word, a misspelling a little less, and the last term
 * (the head noun in both languages: "lipstick case", "儿童羽绒服") a little more.
 */

/**
 * One term of the index: its display form ('' when it is the first key), its kinds (base-36
 * indices into `kinds`, likeliest first), HS chapter, normalized keys ('|'-joined).
 */
export type IndexEntry = [display: string, kinds: string, hs: string, keys: string];

export interface ItemIndex {
	/** Format version of this file (not of the term lists). */
	v: 1;
	kinds: string[];
	e: IndexEntry[];
	/** Modifier words: [from kind indices, to kind index, words (normalized, '|'-joined)]. */
	m: [string, string, string][];
	/** Questions: [kind index, kind index, adds, en, zh-CN, words that must be in the text for `adds` ('|'-joined, '' for none)]. */
	q: [string, string, 0 | 1, string, string, string][];
}

/** How a proposal was found; 'alternative': proposed beside the best because a question decides between them. */
export type MatchHow = 'exact' | 'fuzzy' | 'partial' | 'brand' | 'modifier' | 'alternative';

export interface Proposal {
	kind: string;
	score: number;
	/** Why: the term that matched (as the list writes it), what the reader typed for it, how, its HS chapter. */
	reason: { term: string; typed: string; how: MatchHow; hs: string; word?: string };
}

export interface MatchResult {
	/** The best kind first, then up to two alternatives; empty: not recognised. */
	proposals: Proposal[];
	/** False when only a partial or weak match was found: the proposals are guesses. */
	sure: boolean;
	/** The question that decides between the proposals, in both languages, when one does. */
	question?: { kinds: [string, string]; en: string; 'zh-CN': string };
}

/** Longest text matched (longer is not an item name). */
export const MAX_ITEM_LENGTH = 80;
const MAX_KEY = 40;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;
const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);
/** A character that makes a word with its neighbour: letters and digits that are not Chinese. */
const isWordChar = (c: string | undefined) => c !== undefined && !isCjk(c) && LATIN_OR_DIGIT.test(c);

/** The form terms and texts are compared in: NFKC, lower case, punctuation as spaces, no spaces between Chinese characters. */
export function normText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/([\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])/g, '$1')
		.trim();
}

/** Whether `text` (normalized) has `word`: as whole words in Latin script, anywhere in Chinese. */
function hasWord(text: string, word: string): boolean {
	if (isCjk(word[0])) return text.includes(word);
	return ` ${text} `.includes(` ${word} `);
}

/** The singular of an English word, roughly (only for lookups: "dresses" → "dress", "batteries" → "battery"). */
export function singular(word: string): string[] {
	if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
	if (word.endsWith('ies')) return [word.slice(0, -3) + 'y', word.slice(0, -1)];
	if (/(ss|x|z|ch|sh|o)es$/.test(word)) return [word.slice(0, -2), word.slice(0, -1)];
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return [word.slice(0, -1)];
	return [];
}

/** Edit distance with adjacent transpositions, or max + 1 once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

interface Hit {
	start: number;
	end: number;
	entries: number[];
	how: 'exact' | 'fuzzy' | 'partial';
	typed: string;
}

/** The index, ready for lookups (built once per page). */
export interface ItemMatcher {
	match(text: string): MatchResult;
}

export function createMatcher(index: ItemIndex): ItemMatcher {
	const byKey = new Map<string, number[]>();
	/** Latin words of the known terms, by length, for the misspelling search. */
	const words = new Map<number, string[]>();
	const vocabulary = new Set<string>();
	/** Chinese keys by length (in characters), for the one-wrong-character search. */
	const cjkKeys = new Map<number, string[]>();
	index.e.forEach((entry, i) => {
		for (const key of entry[3].split('|')) {
			if (!key) continue;
			const list = byKey.get(key);
			if (list) {
				if (!list.includes(i)) list.push(i);
			} else {
				byKey.set(key, [i]);
				for (const w of key.split(' ')) {
					if (w.length < 4 || !/^[a-z]+$/.test(w) || vocabulary.has(w)) continue;
					vocabulary.add(w);
					const bucket = words.get(w.length) ?? [];
					bucket.push(w);
					words.set(w.length, bucket);
				}
				const chars = [...key];
				if (chars.length >= 3 && chars.length <= 8 && chars.every(isCjk)) {
					const bucket = cjkKeys.get(chars.length) ?? [];
					bucket.push(key);
					cjkKeys.set(chars.length, bucket);
				}
			}
		}
	});
	const kindsOf = (entry: IndexEntry) => [...entry[1]].map((c) => index.kinds[parseInt(c, 36)]!);
	const modifiers = index.m.map(([from, to, list]) => ({
		from: new Set([...from].map((c) => index.kinds[parseInt(c, 36)]!)),
		to: index.kinds[parseInt(to, 36)]!,
		words: list.split('|'),
	}));
	const questions = index.q.map(([a, b, adds, en, zh, when]) => ({
		kinds: [index.kinds[parseInt(a, 36)]!, index.kinds[parseInt(b, 36)]!] as [string, string],
		adds: adds === 1,
		when: when ? when.split('|') : [],
		en,
		'zh-CN': zh,
	}));

	/** Every known term in `q` at word boundaries (Latin) or anywhere (Chinese). */
	function exactHits(q: string): Hit[] {
		const hits: Hit[] = [];
		for (let i = 0; i < q.length; i++) {
			if (q[i] === ' ' || (isWordChar(q[i]) && isWordChar(q[i - 1]))) continue;
			for (let j = Math.min(q.length, i + MAX_KEY); j > i; j--) {
				if (q[j - 1] === ' ' || (isWordChar(q[j - 1]) && isWordChar(q[j]))) continue;
				const piece = q.slice(i, j);
				let entries = byKey.get(piece);
				if (!entries && isWordChar(q[j - 1])) {
					// A plural: the last word's singular.
					const at = piece.lastIndexOf(' ') + 1;
					for (const one of singular(piece.slice(at))) {
						entries = byKey.get(piece.slice(0, at) + one);
						if (entries) break;
					}
				}
				if (entries) hits.push({ start: i, end: j, entries, how: 'exact', typed: piece });
			}
		}
		return hits;
	}

	/**
	 * The text with each Latin word of five letters or more that no known term has replaced by the
	 * nearest word that one has (edit distance 1, or 2 from nine letters), and the replacements.
	 */
	function corrected(q: string): { text: string; fixes: Map<string, string> } {
		const fixes = new Map<string, string>();
		const text = q.replace(/[a-z]{5,}/g, (w, at: number) => {
			if (vocabulary.has(w) || isWordChar(q[at - 1]) || isWordChar(q[at + w.length]) || singular(w).some((s) => vocabulary.has(s))) return w;
			const max = w.length >= 9 ? 2 : 1;
			let best: { key: string; d: number } | undefined;
			for (let len = w.length - max; len <= w.length + max; len++) {
				for (const key of words.get(len) ?? []) {
					const d = editDistance(w, key, max);
					if (d <= max && (!best || d < best.d)) best = { key, d };
				}
			}
			if (!best) return w;
			fixes.set(best.key, w);
			return best.key;
		});
		return { text, fixes };
	}

	/** Chinese text of three to eight characters that matches nothing: the terms one character away. */
	function nearHits(q: string): Hit[] {
		const chars = [...q];
		if (chars.length < 3 || chars.length > 8 || !chars.every(isCjk)) return [];
		const hits: Hit[] = [];
		for (const key of cjkKeys.get(chars.length) ?? []) {
			let d = 0;
			let i = 0;
			for (const c of key) if (c !== chars[i++] && ++d > 1) break;
			if (d === 1) hits.push({ start: 0, end: q.length, entries: byKey.get(key)!, how: 'fuzzy', typed: q });
		}
		return hits.length <= 3 ? hits : [];
	}

	/** Nothing found: the known terms the text is part of (the shortest first). */
	function partialHits(q: string): Hit[] {
		const compact = q.replace(/ /g, '');
		const cjk = [...compact].filter(isCjk).length;
		if (!(cjk >= 2 || (cjk === 0 && compact.length >= 4))) return [];
		const found: { key: string; entries: number[] }[] = [];
		for (const [key, entries] of byKey) {
			if (key.length <= q.length) continue;
			if (cjk > 0 ? key.includes(q) : key.startsWith(q)) found.push({ key, entries });
		}
		found.sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
		return found.slice(0, 8).map(({ entries }) => ({ start: 0, end: q.length, entries, how: 'partial', typed: q }));
	}

	/** The weight of a stretch of text: a Chinese character counts twice, a Latin letter or digit once. */
	const weight = (s: string) => [...s].reduce((n, c) => n + (isCjk(c) ? 2 : c === ' ' ? 0 : 1), 0);

	function match(text: string): MatchResult {
		const typed = normText(text.slice(0, MAX_ITEM_LENGTH * 2));
		if (!typed || typed.length > MAX_ITEM_LENGTH) return { proposals: [], sure: false };
		const { text: q, fixes } = corrected(typed);
		let hits = exactHits(q);
		// A term inside a longer term's match is the longer term's part ("羽绒服" in "儿童羽绒服").
		hits = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
		// A term found only by correcting a misspelt word says so, with what was typed.
		for (const hit of hits) {
			const words = hit.typed.split(' ');
			if (!words.some((w) => fixes.has(w))) continue;
			hit.how = 'fuzzy';
			hit.typed = words.map((w) => fixes.get(w) ?? w).join(' ');
		}
		if (hits.length === 0) hits = nearHits(q);
		const sure = hits.length > 0;
		if (!sure) hits = partialHits(q);
		if (hits.length === 0) return { proposals: [], sure: false };

		const total = Math.max(1, weight(q));
		const scores = new Map<string, Proposal>();
		const offer = (kind: string, score: number, reason: Proposal['reason']) => {
			const old = scores.get(kind);
			if (!old) scores.set(kind, { kind, score, reason });
			else if (score > old.score) scores.set(kind, { kind, score: score + old.score * 0.1, reason });
			else old.score += score * 0.1;
		};
		const lastEnd = Math.max(...hits.map((h) => h.end));
		for (const hit of hits) {
			const coverage = Math.min(1, weight(q.slice(hit.start, hit.end)) / total);
			const head = hit.end === lastEnd ? 0.15 : 0;
			const how = hit.how === 'partial' ? 0.5 : hit.how === 'fuzzy' ? 0.8 : 1;
			for (const i of hit.entries) {
				const entry = index.e[i]!;
				const kinds = kindsOf(entry);
				const brand = kinds.length > 1;
				kinds.forEach((kind, rank) => {
					let score = (0.3 + coverage) * how * (brand ? 0.6 : 1) * (1 - rank * 0.1) + head;
					let to = kind;
					let word: string | undefined;
					for (const mod of modifiers) {
						if (!mod.from.has(kind)) continue;
						word = mod.words.find((w) => hasWord(q, w) || (w.length >= 6 && q.split(' ').some((t) => editDistance(t, w, 1) <= 1)));
						if (word) {
							to = mod.to;
							score += 0.2;
							break;
						}
					}
					// A modifier inside the term itself ("兰蔻" in "兰蔻小黑瓶") is the term's own word.
					const own = word !== undefined && (hit.typed.includes(word) || entry[3].split('|').some((k) => k.includes(word!)));
					const reasonHow: MatchHow = word && !own ? 'modifier' : brand && hit.how === 'exact' ? 'brand' : hit.how;
					const term = entry[0] || entry[3].split('|', 1)[0]!;
					offer(to, score, { term, typed: hit.typed, how: reasonHow, hs: entry[2], ...(word ? { word } : {}) });
					// "kids hoodie" is also, possibly, a hoodie for an adult.
					if (word) offer(kind, score * 0.5, { term, typed: hit.typed, how: 'alternative', hs: '' });
				});
			}
		}
		let proposals = [...scores.values()].sort((a, b) => b.score - a.score || (a.kind < b.kind ? -1 : 1));
		const best = proposals[0]!;
		// A question that decides between the best kind and another: that kind is proposed too.
		for (const question of questions) {
			if (!question.adds || question.kinds[0] !== best.kind) continue;
			if (question.when.length > 0 && !question.when.some((w) => hasWord(q, w))) continue;
			const other = question.kinds[1];
			if (!proposals.slice(0, 3).some((p) => p.kind === other)) {
				proposals = proposals.filter((p) => p.kind !== other);
				proposals.splice(1, 0, { kind: other, score: best.score * 0.5, reason: { ...best.reason, how: 'alternative', hs: '' } });
			}
			break;
		}
		proposals = proposals.slice(0, 3);
		const shown = new Set(proposals.map((p) => p.kind));
		const question = questions.find((x) => shown.has(x.kinds[0]) && shown.has(x.kinds[1]) && x.kinds.includes(best.kind));
		return { proposals, sure, ...(question ? { question: { kinds: question.kinds, en: question.en, 'zh-CN': question['zh-CN'] } } : {}) };
	}

	return { match };
}
