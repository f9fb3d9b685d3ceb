/**
 * Runs a reader's query against a Pagefind index, the way src/search/query.ts reads it: every
 * form of every concept searched on its own, spelling corrections for words the site does not
 * have, the results merged by score. Pagefind is passed in (`Searcher`), so the unit tests run
 * this with a fake index and the dialog with the real one.
 */
import {
	analyzeQuery,
	corrections,
	CHINESE_CORRECTION_WEIGHT,
	CORRECTION_WEIGHT,
	isKnownWord,
	rankPages,
	UNKNOWN_WORD_WEIGHT,
	weighted,
	type AnalyzedQuery,
	type FormHit,
	type QueryRules,
} from './query.ts';

/** What Pagefind's data() gives for a result (the fields the dialog shows). */
export interface PageData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { title: string; url: string; excerpt: string; locations?: number[]; anchor?: unknown }[];
}

export interface SearchHit {
	id: string;
	score: number;
	data: () => Promise<PageData>;
}

/** One Pagefind index: pagefind.search(term).results. */
export type Searcher = (term: string) => Promise<SearchHit[]>;

export interface FoundPage {
	id: string;
	score: number;
	coverage: number;
	data: () => Promise<PageData>;
}

export interface Answer {
	query: AnalyzedQuery;
	pages: FoundPage[];
	/** Some page has every concept of the query (else the results are for part of it). */
	complete: boolean;
	/** The query with the spelling corrections that found something, or null. */
	corrected: string | null;
}

/** Every search of one query goes through here, so a form two concepts share is searched once. */
function memo(search: Searcher): Searcher {
	const cache = new Map<string, Promise<SearchHit[]>>();
	return (term) => {
		if (!cache.has(term)) cache.set(term, search(term));
		return cache.get(term)!;
	};
}

/**
 * Answers `text` (already cleaned and, for Chinese, simplified) from one index. `vocabulary` gives
 * the site's words and how often they occur, for spelling corrections; it is only asked for when
 * a word finds nothing.
 */
export async function answer(
	text: string,
	{
		rules,
		search,
		vocabulary,
		platformNames = [],
	}: {
		rules: QueryRules;
		search: Searcher;
		vocabulary?: () => Promise<ReadonlyMap<string, number>>;
		/** Every name of every platform (content/search/vocabulary.yaml), to tell whether a query names one. */
		platformNames?: readonly string[];
	},
): Promise<Answer> {
	const query = analyzeQuery(text, rules);
	const run = memo(search);
	const hits: SearchHit[][][] = await Promise.all(query.concepts.map((c) => Promise.all(c.forms.map((f) => run(f.query)))));

	// Words the site does not have (Pagefind then matches only their longest indexed prefix) or
	// that find nothing: search what they were probably meant to be.
	let corrected: string | null = null;
	const words = vocabulary ? await vocabulary() : new Map<string, number>();
	const replaced = new Map<string, string>();
	await Promise.all(
		query.concepts.map(async (concept, i) => {
			const typed = concept.forms[0]!;
			const unknown = !isKnownWord(concept.text, words);
			if (!unknown && hits[i]!.some((h) => h.length > 0)) return;
			// A Latin word the site lacks matches only by Pagefind's prefix fallback: it counts
			// little whether or not a correction is found. A Chinese one still matches its characters.
			if (unknown && !HAN.test(concept.text)) typed.weight = UNKNOWN_WORD_WEIGHT;
			const chinese = HAN.test(concept.text);
			for (const word of corrections(concept.text, words)) {
				const found = await run(word);
				if (!found.length) continue;
				concept.forms.push({ query: word, weight: chinese ? CHINESE_CORRECTION_WEIGHT : CORRECTION_WEIGHT, kind: 'correction' });
				hits[i]!.push(found);
				if (chinese) continue;
				if (unknown) typed.weight = UNKNOWN_WORD_WEIGHT;
				if (!replaced.has(concept.text)) replaced.set(concept.text, word);
			}
			// A Latin word this language's pages do not have, with no likely spelling: what Pagefind
			// found for it is its prefix fallback, which is nothing ("unboxing" on the Chinese pages,
			// whose dialog then looks in the English ones).
			if (unknown && !chinese && !replaced.has(concept.text)) hits[i] = hits[i]!.map(() => []);
		}),
	);
	if (replaced.size) corrected = query.concepts.map((c) => replaced.get(c.text) ?? c.text).join(' ');

	const formHits: FormHit[][][] = hits.map((forms, c) =>
		forms.map((found, f) => weighted(found, query.concepts[c]!.forms[f]!.weight)),
	);
	const ranked = rankPages(formHits).map((page) => {
		const best = hits[page.best.concept]![page.best.form]!.find((h) => h.id === page.id)!;
		return { id: page.id, score: page.score, coverage: page.coverage, data: once(best.data) };
	});
	const top = await Promise.all(ranked.slice(0, HEADING_CHECK).map(async (page) => ({ page, data: await page.data() })));
	const reranked = headingsFirst(platformGuidesForPlatforms(top, query, platformNames), query);
	const pages = [...reranked.map((t) => t.page), ...ranked.slice(HEADING_CHECK)];
	return { query, pages, complete: pages.some((p) => p.coverage === 1), corrected };
}

const HAN = /\p{Script=Han}/u;

const once = <T>(load: () => Promise<T>) => {
	let loaded: Promise<T> | undefined;
	return () => (loaded ??= load());
};

/** How many of the best pages are checked for a title or heading that names the query. */
export const HEADING_CHECK = 10;

const key = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}\u200B]/gu, '');

/**
 * Whether the page's title (or, unless titleOnly, one of its matching sections' headings) names
 * the whole query: every concept, in one of its forms ("Chargeback 拒付（退单）" for "chargeback";
 * "Return policy" for "return policy").
 */
export function namesQuery(data: PageData, query: AnalyzedQuery, titleOnly = false): boolean {
	const titles = [data.meta['title'] ?? '', ...(titleOnly ? [] : (data.sub_results ?? []).map((s) => s.title))].map(key);
	return titles.some((title) => query.concepts.every((c) => c.forms.some((f) => f.weight >= 1 && title.includes(key(f.query)))));
}

/** A page among the first HEADING_CHECK, with its data loaded. */
export interface Checked<P> {
	page: P;
	data: PageData;
}

/**
 * Pages whose title or a heading names the query come first (each group keeps its order): a
 * guide's section on the thing searched. A page whose text weighs less (the glossary, the landing
 * pages: metadata `weight` below 1) that names it in a heading comes second, after the best page:
 * for "chargeback" the escalation guide, then the glossary's entry for the term; one whose title
 * names it ("glossary") comes first.
 */
export function headingsFirst<P>(checked: Checked<P>[], query: AnalyzedQuery): Checked<P>[] {
	if (!query.concepts.length) return checked;
	const secondary = (c: Checked<P>) => Number(c.data.meta['weight'] ?? 1) < 1;
	const named = checked.filter((c) => namesQuery(c.data, query));
	const byTitle = named.filter((c) => secondary(c) && namesQuery(c.data, query, true));
	const ordered = [...named.filter((c) => !secondary(c)), ...checked.filter((c) => !named.includes(c))];
	ordered.splice(1, 0, ...named.filter((c) => secondary(c) && !byTitle.includes(c)));
	return [...byTitle, ...ordered];
}

/** A platform's own guide, for a query that names no platform, counts this much. */
export const PLATFORM_GUIDE_FACTOR = 0.4;

/**
 * Whether the query names a platform (Temu, PDD, 淘宝): a word of it is a platform's name, or, for
 * Chinese names, which the segmenter may split (拼|多多), the query contains one.
 */
export function namesPlatform(query: AnalyzedQuery, platformNames: readonly string[]): boolean {
	const names = platformNames.map(key);
	const text = key(query.text);
	return (
		query.concepts.some((c) => c.forms.some((f) => names.includes(key(f.query)))) ||
		names.some((name) => HAN.test(name) && text.includes(name))
	);
}

/**
 * A platform's own guide (the "By platform" section, /platforms/) answers questions about that
 * platform; for a query that names no platform ("退款", "seller won't refund me") the general guide
 * on the problem comes first: a platform guide's score counts PLATFORM_GUIDE_FACTOR.
 */
export function platformGuidesForPlatforms<P extends { score: number }>(
	checked: Checked<P>[],
	query: AnalyzedQuery,
	platformNames: readonly string[],
): Checked<P>[] {
	if (!platformNames.length || namesPlatform(query, platformNames)) return checked;
	const score = (c: Checked<P>) => (/\/platforms\//.test(c.data.url) ? c.page.score * PLATFORM_GUIDE_FACTOR : c.page.score);
	return checked
		.map((c, i) => ({ c, i, score: score(c) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map(({ c }) => c);
}
