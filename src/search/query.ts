/**
 * How the search dialog reads what a reader typed, before Pagefind sees it. Pure: no DOM, no
 * Pagefind; the dialog (src/search/ui.ts) and the unit tests use it alike.
 *
 * Pagefind requires every query word that occurs anywhere on the site to be on a page, matches
 * words by prefix, and knows no synonyms. Readers type questions ("how do I get my money back",
 * 代购靠谱吗), their own words (package, 快递一直不动) and typos. So a query becomes a list of
 * *concepts*: the words that carry meaning, each with the forms it may take on a page (the word
 * itself, the site's words for it, a spelling correction). Each form is searched on its own and
 * the results are merged by score (`rankPages`): a page that has more of the concepts ranks
 * higher, so "all the words" still comes first, and a query whose words no single page has
 * still finds the pages that have most of them.
 */
import { normalizeQuery } from '../text/normalize.ts';
import type { SearchVocabulary } from '../schemas/search-vocabulary.ts';

/** What the dialog knows about words, from content/search/vocabulary.yaml. */
export interface QueryRules {
	stopWords: ReadonlySet<string>;
	/** Chinese question phrases, longest first. */
	stopPhrases: readonly string[];
	/** Token sequence (joined by spaces) → the words searched instead. */
	synonyms: ReadonlyMap<string, readonly string[]>;
	/** Words every purchase has (buying, online, 网购): they count less towards coverage. */
	commonWords: ReadonlySet<string>;
	/** Longest synonym key, in tokens. */
	longestSynonym: number;
	/** Words or phrases (lower case) that say the reader sells: see `saysSeller`. */
	sellerWords: readonly string[];
	/** Words or phrases (lower case) that ask what a term means: see `asksDefinition`. */
	definitionPhrases: readonly string[];
	/** Per language, a query (bestBetKey) → the path of the page most readers who type it want. */
	bestBets: { en: ReadonlyMap<string, string>; 'zh-CN': ReadonlyMap<string, string> };
}

/** How a query is looked up in `bestBets`: lower case, no spaces, punctuation or symbols. */
export const bestBetKey = (text: string) => normalizeQuery(text).toLowerCase().replace(/[\s\p{P}\p{S}\u200B]/gu, '');

/** One form of a concept, searched as one Pagefind query. */
export interface Form {
	query: string;
	/** How much a match of this form counts, 0–1 (the typed word 1). */
	weight: number;
	kind: 'typed' | 'synonym' | 'correction';
}

export interface Concept {
	/** The word(s) as the reader typed them (normalised). */
	text: string;
	forms: Form[];
	/** Which space-separated part of the query it came from (0, 1, …). */
	chunk?: number;
	/**
	 * Counts less towards a page's coverage of the query (LIGHT_COVERAGE): a sum of money ("$2000",
	 * 3万块, £150: how much, not what about) or a word every purchase has (buying, online, 网购:
	 * vocabulary `commonWords`). A page without it is not missing the query's subject.
	 */
	light?: 'amount' | 'common';
}

export interface AnalyzedQuery {
	/** The query as the dialog shows it back: normalised, spaces collapsed. */
	text: string;
	concepts: Concept[];
	/** Words dropped as carrying no meaning. */
	dropped: string[];
	/** The query asks what a term means ("what is escrow", DDP是什么意思): see `asksDefinition`. */
	definition: boolean;
}

/** How much a synonym's match counts against the typed word's. */
export const SYNONYM_WEIGHT = 0.8;
/** How much a spelling correction's match counts. */
export const CORRECTION_WEIGHT = 1;
/**
 * How much a word the site does not have counts: Pagefind then matches its longest indexed
 * prefix ("pinduodou" → "pin"), which is rarely what the reader meant.
 */
export const UNKNOWN_WORD_WEIGHT = 0.2;
/**
 * How much a correction of a Chinese word counts. Less sure than a Latin one (丢包 is a word the
 * site does not use, not a typo), it is searched beside the word as typed, which keeps its weight.
 */
export const CHINESE_CORRECTION_WEIGHT = 0.6;

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Punctuation and symbols ($ € ¥ ’ - .) go, as Pagefind drops them from words when indexing. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

export const chineseSegmenter = () => new Intl.Segmenter('zh-CN', { granularity: 'word' });

const cleanWord = (word: string) => word.toLowerCase().replace(PUNCTUATION, '');

/**
 * The words of a text as Pagefind indexes them: split on spaces; a chunk with Chinese characters
 * split further by the browser's word segmenter (which is what Pagefind does with a Chinese query
 * and what the index was built with, src/search/segment.ts); lower case, without punctuation
 * ("e-commerce" → "ecommerce", "$800" → "800", "hasn't" → "hasnt").
 */
export function tokenize(text: string, segmenter: Intl.Segmenter = chineseSegmenter()): string[] {
	return tokenizeChunks(text, segmenter).flat();
}

/** tokenize(), keeping the words of each space-separated chunk together. */
function tokenizeChunks(text: string, segmenter: Intl.Segmenter): string[][] {
	const chunks: string[][] = [];
	for (const chunk of text.split(/\s+/)) {
		const tokens: string[] = [];
		chunks.push(tokens);
		if (!chunk) continue;
		if (HAN.test(chunk)) {
			for (const { segment, isWordLike } of segmenter.segment(chunk)) {
				const word = isWordLike ? cleanWord(segment) : '';
				if (word) tokens.push(word);
			}
		} else {
			const word = cleanWord(chunk);
			if (word) tokens.push(word);
		}
	}
	return chunks.filter((c) => c.length);
}

export function queryRules(vocabulary: SearchVocabulary, segmenter: Intl.Segmenter = chineseSegmenter()): QueryRules {
	const stopWords = new Set([...vocabulary.stopWords.en, ...vocabulary.stopWords['zh-CN']].flatMap((w) => tokenize(w, segmenter)));
	const synonyms = new Map<string, string[]>();
	let longestSynonym = 1;
	for (const table of [vocabulary.synonyms.en, vocabulary.synonyms['zh-CN']]) {
		for (const [from, to] of Object.entries(table)) {
			const key = tokenize(from, segmenter);
			if (!key.length) continue;
			longestSynonym = Math.max(longestSynonym, key.length);
			const joined = key.join(' ');
			synonyms.set(joined, [...(synonyms.get(joined) ?? []), ...to.map((w) => normalizeQuery(w).toLowerCase())]);
		}
	}
	const stopPhrases = [...vocabulary.stopPhrases['zh-CN']].sort((a, b) => b.length - a.length);
	const sellerWords = [...vocabulary.sellerWords.en, ...vocabulary.sellerWords['zh-CN']].map((w) => normalizeQuery(w).toLowerCase());
	const definitions = vocabulary.definitionPhrases ?? { en: [], 'zh-CN': [] };
	const definitionPhrases = [...definitions.en, ...definitions['zh-CN']].map((w) => normalizeQuery(w).toLowerCase());
	const bets = vocabulary.bestBets ?? { en: {}, 'zh-CN': {} };
	const betMap = (table: Record<string, string>) => new Map(Object.entries(table).map(([q, path]) => [bestBetKey(q), path.replace(/^\/|\/$/g, '')]));
	const bestBets = { en: betMap(bets.en), 'zh-CN': betMap(bets['zh-CN']) };
	const commonWords = new Set([...(vocabulary.commonWords?.en ?? []), ...(vocabulary.commonWords?.['zh-CN'] ?? [])].flatMap((w) => tokenize(w, segmenter)));
	return { stopWords, stopPhrases, synonyms, longestSynonym, commonWords, sellerWords, definitionPhrases, bestBets };
}

/** The query as typed, normalised for searching and showing back: NFKC, invisible characters removed, spaces collapsed. */
export const cleanQuery = (raw: string) => normalizeQuery(raw).replace(/\s+/g, ' ').trim();

/**
 * Reads a query into concepts. `text` should already be cleaned (cleanQuery) and, for Chinese,
 * in simplified characters.
 */
export function analyzeQuery(text: string, rules: QueryRules, segmenter: Intl.Segmenter = chineseSegmenter()): AnalyzedQuery {
	// Chinese question phrases first (怎么办 would otherwise leave 办 behind).
	let stripped = text;
	for (const phrase of rules.stopPhrases) stripped = stripped.split(phrase).join(' ');
	const chunks = tokenizeChunks(stripped, segmenter);
	const tokens = chunks.flat();
	const meaningful = tokens.some((t) => !rules.stopWords.has(t));
	// Words as searched, null where a word was dropped or a chunk ends (so words either side of a
	// dropped phrase or a space are never read as one). A query of nothing but stop words ("help",
	// "what is this") is searched as typed.
	const kept: (string | null)[] = [];
	/** Every word, stop words too: a synonym may be a phrase with one ("not received", "和图片不一样"). */
	const all: string[] = [];
	/** Where a space-separated chunk starts: single characters either side are not one word. */
	const chunkStarts = new Set<number>();
	/** The chunk each word is in. */
	const chunkOf: number[] = [];
	for (const [c, chunk] of (meaningful ? chunks : tokenizeChunks(text, segmenter)).entries()) {
		chunkStarts.add(kept.length);
		for (const t of chunk) {
			kept.push(meaningful && rules.stopWords.has(t) ? null : t);
			all.push(t);
			chunkOf.push(c);
		}
	}

	const concepts: Concept[] = [];
	let singles: string[] = [];
	let singlesChunk = 0;
	const flushSingles = () => {
		if (singles.length) concepts.push({ ...concept(singles.join(''), []), chunk: singlesChunk });
		singles = [];
	};
	const usedWords = new Set<string>();
	for (let i = 0; i < kept.length; ) {
		if (chunkStarts.has(i)) flushSingles();
		const token = kept[i];
		// The longest run of words starting here that has synonyms ("money back" → refund), stop
		// words included ("item not received"); a stop word alone never starts one.
		let matched = 0;
		for (let n = Math.min(rules.longestSynonym, all.length - i); n >= 1; n--) {
			if (n === 1 && (token === null || token === undefined)) continue;
			if (rules.synonyms.has(all.slice(i, i + n).join(' '))) {
				matched = n;
				break;
			}
		}
		if (matched) {
			flushSingles();
			const run = all.slice(i, i + matched);
			const joined = run.every((t) => HAN_ONLY.test(t)) ? run.join('') : run.join(' ');
			concepts.push({ ...concept(joined, rules.synonyms.get(run.join(' '))!), chunk: chunkOf[i]! });
			for (const t of run) usedWords.add(t);
			i += matched;
			continue;
		}
		if (token === null || token === undefined) {
			flushSingles();
			i++;
			continue;
		}
		usedWords.add(token);
		// Chinese words the segmenter left as single characters (假|货, 靠|谱) are one concept.
		if (HAN_ONLY.test(token) && [...token].length === 1) {
			if (!singles.length) singlesChunk = chunkOf[i]!;
			singles.push(token);
		} else {
			flushSingles();
			concepts.push({ ...concept(token, []), chunk: chunkOf[i]! });
		}
		i++;
	}
	flushSingles();
	const dropped = tokenize(text, segmenter).filter((t) => !usedWords.has(t));
	const unique = dedupe(concepts);
	const amounts = amountsIn(text);
	for (const c of unique) {
		if (amounts.has(c.text)) c.light = 'amount';
		else if (rules.commonWords.has(c.text)) c.light = 'common';
	}
	return { text, concepts: unique, dropped: [...new Set(dropped)], definition: unique.length <= DEFINITION_CONCEPTS && asksDefinition(text, rules.definitionPhrases) };
}

/**
 * Sums of money in a query: a number with a currency sign, code or word before or after it
 * ($2,000, 500 yuan, 3000元, 800美元, €22, 30 dollar, 3万块), as the query's words read it (digits
 * without separators). A number with none (12315, 96110, 9610, section 75, 90 days) is not one.
 */
export function amountsIn(text: string): Set<string> {
	const found = new Set<string>();
	const before = /(?:[$£€¥￥]|\b(?:usd|us\$|eur|gbp|aud|a\$|cad|c\$|nzd|nz\$|sgd|s\$|hkd|hk\$|rmb|cny|jpy|krw|myr|rm|r\$|brl|chf|nok)\s*)(\d[\d,.]*)/giu;
	const after = /(\d[\d,.]*)\s*(?:k\b|万)?\s*(?:dollars?\b|bucks?\b|pounds?\b|quid\b|euros?\b|yuan\b|rmb\b|yen\b|won\b|usd\b|eur\b|gbp\b|aud\b|cad\b|nzd\b|sgd\b|hkd\b|cny\b|元|块|块钱|美元|美金|刀|英镑|镑|欧元|欧|澳元|澳币|加元|加币|纽币|新币|新元|日元|日币|韩元|港币|港元|人民币)/giu;
	for (const pattern of [before, after]) {
		for (const m of text.matchAll(pattern)) {
			const digits = m[1]!.replace(/[,.]\d{3}(?!\d)/g, (g) => g.slice(1)).replace(/[.,]+$/, '');
			found.add(digits);
			found.add(digits.replace(/[.,].*$/, ''));
		}
	}
	return found;
}

/** A query asks for a definition only when it names one or two things ("what is escrow", 完税价格是什么). */
export const DEFINITION_CONCEPTS = 2;

/**
 * Whether a query asks what something means: it has one of `definitionPhrases` (what is, meaning,
 * 是什么, 什么意思), a Latin phrase as whole words, a Chinese one anywhere in it.
 */
export const asksDefinition = (text: string, definitionPhrases: readonly string[]) => saysSeller(text, definitionPhrases);

/**
 * The part of a query a page could have as one phrase: the query without the question and filler
 * words at either end ("seller won't refund me" → "seller won't refund", 商家拒绝退款怎么办 →
 * 商家拒绝退款). Words in the middle stay ("item not received").
 */
export function coreText(text: string, rules: QueryRules, segmenter: Intl.Segmenter = chineseSegmenter()): string {
	let core = text.trim();
	for (let changed = true; changed && core; ) {
		changed = false;
		for (const phrase of rules.stopPhrases) {
			if (core.endsWith(phrase)) core = core.slice(0, -phrase.length).trim();
			else if (core.startsWith(phrase)) core = core.slice(phrase.length).trim();
			else continue;
			changed = true;
		}
		const segments = [...segmenter.segment(core)];
		const meaningful = (s: Intl.SegmentData) => s.isWordLike && !rules.stopWords.has(cleanWord(s.segment));
		const first = segments.findIndex(meaningful);
		const last = segments.findLastIndex(meaningful);
		if (first < 0) return '';
		const trimmed = segments.slice(first, last + 1).map((s) => s.segment).join('').replace(/[\p{P}\p{S}]+$/u, '').trim();
		if (trimmed !== core) {
			core = trimmed;
			changed = true;
		}
	}
	return core;
}

/** A concept for a word: the word as typed and the site's words for it (vocabulary synonyms). */
export function conceptOf(word: string, rules: QueryRules, segmenter: Intl.Segmenter = chineseSegmenter()): Concept {
	return concept(word, rules.synonyms.get(tokenize(word, segmenter).join(' ')) ?? []);
}

/**
 * A Chinese "word" the site does not have, as the segmenter returned it (顺丰清关, 西音退货,
 * 维权升纪: names and typos it does not know glue to their neighbours), split into the site's
 * words and what is left between them: 顺丰 | 清关, 西音 | 退货 (西音 is then corrected to 希音).
 * The split covers as many characters with known words (two characters or more) as it can, then
 * uses as few pieces as it can; single characters left over are dropped (上, 被). Returns the
 * word itself when no known word is inside it.
 */
export function splitChineseWord(word: string, isWord: (w: string) => boolean, longest = 6): string[] {
	const chars = [...word];
	const n = chars.length;
	// best[i]: the best split of chars[0..i): [characters not in a known word, pieces].
	const best: { uncovered: number; pieces: string[] }[] = [{ uncovered: 0, pieces: [] }];
	for (let end = 1; end <= n; end++) {
		let choice: { uncovered: number; pieces: string[] } | null = null;
		const consider = (c: { uncovered: number; pieces: string[] }) => {
			if (!choice || c.uncovered < choice.uncovered || (c.uncovered === choice.uncovered && c.pieces.length < choice.pieces.length)) choice = c;
		};
		for (let start = Math.max(0, end - longest); start <= end - 2; start++) {
			const piece = chars.slice(start, end).join('');
			if (isWord(piece)) consider({ uncovered: best[start]!.uncovered, pieces: [...best[start]!.pieces, piece] });
		}
		// Or the character is not in a known word: it joins the unknown run before it.
		const previous = best[end - 1]!;
		const last = previous.pieces.at(-1);
		const char = chars[end - 1]!;
		const lastUnknown = last !== undefined && !([...last].length > 1 && isWord(last));
		consider({
			uncovered: previous.uncovered + 1,
			pieces: lastUnknown ? [...previous.pieces.slice(0, -1), last + char] : [...previous.pieces, char],
		});
		best.push(choice!);
	}
	const { uncovered, pieces } = best[n]!;
	if (uncovered === n) return [word];
	const kept = pieces.filter((p) => [...p].length > 1);
	return kept.length ? kept : [word];
}

function concept(text: string, synonyms: readonly string[]): Concept {
	return {
		text,
		forms: [
			{ query: text, weight: 1, kind: 'typed' },
			...synonyms.filter((s) => s !== text).map((query) => ({ query, weight: SYNONYM_WEIGHT, kind: 'synonym' as const })),
		],
	};
}

const dedupe = (concepts: Concept[]) => {
	const seen = new Set<string>();
	return concepts.filter((c) => !seen.has(c.text) && seen.add(c.text));
};

/** A hit of one form's search: Pagefind's page id and score. */
export interface FormHit {
	id: string;
	score: number;
}

export interface RankedPage {
	id: string;
	score: number;
	/** Share of the query's concepts the page has (0–1]. */
	coverage: number;
	/** The concept and form whose match counted most on this page (its excerpt is shown). */
	best: { concept: number; form: number };
}

/**
 * How much a sum of money or a common word (Concept.light) counts towards a page's coverage of the
 * query (a word of the query counts 1): "scammed out of $2000" and "got scammed buying sneakers
 * online" are about being scammed; a page that happens to say 2,000 or buying should not beat the
 * one about it. A page with the word still scores for it (thresholds: "$800 de minimis", 26000元额度).
 */
export const LIGHT_COVERAGE = 0.25;

/** How strongly covering more of the query's concepts counts: score × coverage^COVERAGE_POWER. */
export const COVERAGE_POWER = 2;

/**
 * Merges the hits of every form of every concept: a page's score for a concept is its best
 * form's score times that form's weight; its total is the sum over concepts, times the share of
 * concepts it has, squared. Pages that have every concept therefore come first unless a partial
 * match is far stronger. Ties keep Pagefind's order of the first concept's hits.
 */
export function rankPages(
	hits: FormHit[][][],
	{ coveragePower = COVERAGE_POWER, coverageWeights = [] as readonly number[] } = {},
): RankedPage[] {
	const weightOf = (c: number) => coverageWeights[c] ?? 1;
	const pages = new Map<string, { total: number; concepts: number; best: { concept: number; form: number; score: number }; order: number }>();
	let order = 0;
	hits.forEach((forms, c) => {
		const perPage = new Map<string, { score: number; form: number }>();
		forms.forEach((formHits, f) => {
			for (const hit of formHits) {
				const current = perPage.get(hit.id);
				if (!current || hit.score > current.score) perPage.set(hit.id, { score: hit.score, form: f });
			}
		});
		for (const [id, { score, form }] of perPage) {
			const page = pages.get(id) ?? { total: 0, concepts: 0, best: { concept: c, form, score: -1 }, order: order++ };
			page.total += score;
			page.concepts += weightOf(c);
			if (score > page.best.score) page.best = { concept: c, form, score };
			pages.set(id, page);
		}
	});
	const concepts = hits.reduce((sum, forms, c) => sum + (forms.some((f) => f.length) ? weightOf(c) : 0), 0) || 1;
	return [...pages.entries()]
		.map(([id, p]) => ({
			id,
			coverage: p.concepts / concepts,
			score: p.total * (p.concepts / concepts) ** coveragePower,
			best: { concept: p.best.concept, form: p.best.form },
			order: p.order,
		}))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map(({ order: _order, ...page }) => page);
}

/** The score of each form's hits, weighted: what rankPages merges. */
export const weighted = (hits: FormHit[], weight: number): FormHit[] => hits.map((h) => ({ id: h.id, score: h.score * weight }));

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours, each 1), or max + 1 once it is certainly more than max.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[0]!.push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]!.push(d);
		}
		if (i > 0 && Math.min(...rows[i]!) > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** Endings a word may have beyond the form the site uses (refunds, refunded, refunding). */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ly'];

/**
 * Whether the site has a Latin-script word, or words it is the start of (Pagefind matches by
 * prefix: "refu" finds "refund"), or one it is an inflection of. A word that fails this is one
 * Pagefind would match only by its longest indexed prefix ("chargback" → "charg…" = "charges"),
 * so it is most likely misspelt. Other words (Chinese, numbers, short words) count as known.
 */
export function isKnownWord(word: string, vocabulary: ReadonlyMap<string, number>): boolean {
	if (vocabulary.size === 0 || vocabulary.has(word)) return true;
	if (HAN_ONLY.test(word)) return !isChineseTypoCandidate(word) || [...vocabulary.keys()].some((known) => known.includes(word));
	if (word.length < 4 || !/^[a-z]+$/.test(word)) return true;
	// The start of a site's word as typed ("refu" → refund); without an ending, the site's word
	// itself or that word with another ending ("refunded" → refund, "charged" → charge, charges),
	// not any word it starts: "scamed" is not the start of "scameter".
	const stems = ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= 3).map((e) => word.slice(0, -e.length));
	const inflections = (stem: string) => [stem, `${stem}e`, ...ENDINGS.map((e) => stem + e), ...ENDINGS.map((e) => `${stem}e${e}`)];
	for (const known of vocabulary.keys()) if (known.startsWith(word)) return true;
	return stems.some((stem) => inflections(stem).some((w) => vocabulary.has(w)));
}

/**
 * For a Latin word the site does not have as typed, nor as the start of a word, but as an
 * inflection of one ("scamed" of scam, "refunding" of refund): that word, the site's form closest to
 * the stem first. Pagefind would stem the typed word its own way and may fall back to a prefix
 * ("scamed" → "scame…" → Scameter); searching the site's form finds the pages about the word.
 */
export function baseForm(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
	if (vocabulary.size === 0 || vocabulary.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return null;
	for (const known of vocabulary.keys()) if (known.startsWith(word)) return null;
	const stems = ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= 3)
		.map((e) => word.slice(0, -e.length))
		.sort((a, b) => b.length - a.length);
	for (const stem of stems) {
		for (const form of [stem, `${stem}e`, ...ENDINGS.map((e) => stem + e), ...ENDINGS.map((e) => `${stem}e${e}`)]) if (vocabulary.has(form)) return form;
	}
	return null;
}

/** How many edits a word of this length may be away from the word it was meant to be. */
export const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/**
 * The site's words a misspelt word most likely meant: the closest ones within allowedEdits, the
 * most frequent first; at most `limit`. `vocabulary` maps each word to how often the site uses it.
 * Only Latin-script words are corrected (a Chinese typo is usually a homophone, not an edit).
 */
export function corrections(word: string, vocabulary: ReadonlyMap<string, number>, limit = 2): string[] {
	if (HAN_ONLY.test(word)) return chineseCorrections(word, vocabulary, limit);
	const max = allowedEdits(word);
	if (!max || !/^[a-z]+$/.test(word)) return [];
	const found: { word: string; distance: number; count: number }[] = [];
	const squeezed = squeeze(word);
	for (const [candidate, count] of vocabulary) {
		if (candidate === word || Math.abs(candidate.length - word.length) > max + 1) continue;
		// A letter doubled or not doubled where it should be (tarrif, paypall, adress) is one slip,
		// however many letters it moves.
		const distance = squeezed === squeeze(candidate) ? 1 : editDistance(word, candidate, max);
		if (distance <= max) found.push({ word: candidate, distance, count });
	}
	return found
		.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word))
		.slice(0, limit)
		.map((f) => f.word);
}

/** A word with each run of one letter written once: "tarrif" and "tariff" are both "tarif". */
export const squeeze = (word: string) => word.replace(/(.)\1+/g, '$1');

/** Chinese words of two to four characters are checked for a mistyped character. */
const isChineseTypoCandidate = (word: string) => {
	const length = [...word].length;
	return length >= 2 && length <= 4;
};

/**
 * A Chinese word the site does not have is most often one character typed wrong by the input
 * method (速卖同 for 速卖通, 正据 for 证据): the site's words of the same length that differ in
 * exactly one character, those the site uses at least twice, the most frequent first.
 */
export function chineseCorrections(word: string, vocabulary: ReadonlyMap<string, number>, limit = 2): string[] {
	if (!isChineseTypoCandidate(word)) return [];
	const chars = [...word];
	const found: { word: string; count: number }[] = [];
	for (const [candidate, count] of vocabulary) {
		if (count < 2 || candidate === word || !HAN_ONLY.test(candidate)) continue;
		const other = [...candidate];
		if (other.length !== chars.length) continue;
		let differences = 0;
		for (let i = 0; i < chars.length && differences < 2; i++) if (chars[i] !== other[i]) differences++;
		if (differences === 1) found.push({ word: candidate, count });
	}
	return found
		.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
		.slice(0, limit)
		.map((f) => f.word);
}

/**
 * Whether a query is a seller's: it has one of `sellerWords`, a Latin word or phrase as whole words
 * ("sell" in "how do I sell on wechat", not in "seller won't refund me"), a Chinese one anywhere in it.
 */
export function saysSeller(text: string, sellerWords: readonly string[]): boolean {
	const lower = normalizeQuery(text).toLowerCase();
	return sellerWords.some((w) => {
		if (/\p{Script=Han}/u.test(w)) return lower.includes(w);
		const at = lower.indexOf(w);
		if (at < 0) return false;
		const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
	});
}
