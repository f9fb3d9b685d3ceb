/**
 * Runs a reader's query against a Pagefind index, the way src/search/query.ts reads it: every
 * form of every concept searched on its own, spelling corrections for words the site does not
 * have, the results merged by score. Pagefind is passed in (`Searcher`), so the unit tests run
 * this with a fake index and the dialog with the real one.
 */
import {
	analyzeQuery,
	corrections,
	CORRECTION_WEIGHT,
	rankPages,
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
	{ rules, search, vocabulary }: { rules: QueryRules; search: Searcher; vocabulary?: () => Promise<ReadonlyMap<string, number>> },
): Promise<Answer> {
	const query = analyzeQuery(text, rules);
	const run = memo(search);
	const hits: SearchHit[][][] = await Promise.all(query.concepts.map((c) => Promise.all(c.forms.map((f) => run(f.query)))));

	// Words that nothing on the site has: search what they were probably meant to be.
	let corrected: string | null = null;
	const missing = query.concepts.map((_c, i) => (hits[i]!.every((h) => h.length === 0) ? i : -1)).filter((i) => i >= 0);
	if (missing.length && vocabulary) {
		const words = await vocabulary();
		const replaced = new Map<string, string>();
		await Promise.all(
			missing.map(async (i) => {
				const concept = query.concepts[i]!;
				for (const word of corrections(concept.text, words)) {
					const found = await run(word);
					if (!found.length) continue;
					concept.forms.push({ query: word, weight: CORRECTION_WEIGHT, kind: 'correction' });
					hits[i]!.push(found);
					if (!replaced.has(concept.text)) replaced.set(concept.text, word);
				}
			}),
		);
		if (replaced.size) corrected = query.concepts.map((c) => replaced.get(c.text) ?? c.text).join(' ');
	}

	const formHits: FormHit[][][] = hits.map((forms, c) =>
		forms.map((found, f) => weighted(found, query.concepts[c]!.forms[f]!.weight)),
	);
	const pages = rankPages(formHits).map((page) => {
		const best = hits[page.best.concept]![page.best.form]!.find((h) => h.id === page.id)!;
		return { id: page.id, score: page.score, coverage: page.coverage, data: best.data };
	});
	return { query, pages, complete: pages.some((p) => p.coverage === 1), corrected };
}
