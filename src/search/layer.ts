/**
 * Runs a reader's query against a Pagefind index, the way src/search/query.ts reads it: every
 * form of every concept searched on its own, spelling corrections for words the site does not
 * have, the results merged by score. Pagefind is passed in (`Searcher`), so the unit tests run
 * this with a fake index and the dialog with the real one.
 */
import {
	LIGHT_COVERAGE,
	analyzeQuery,
	baseForm,
	bestBetKey,
	conceptOf,
	coreText,
	corrections,
	CHINESE_CORRECTION_WEIGHT,
	CORRECTION_WEIGHT,
	isKnownWord,
	rankPages,
	saysSeller,
	splitChineseWord,
	tokenize,
	UNKNOWN_WORD_WEIGHT,
	weighted,
	type AnalyzedQuery,
	type Concept,
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
 * How much a page counts for a Chinese word when it has the word's characters but not the word.
 * Pagefind matches a Chinese query by its characters and their prefixes: 价保 (JD's price
 * protection) also finds 价格 and 保存, on pages that never say 价保.
 */
export const CHARACTERS_ONLY_WEIGHT = 0.25;

/**
 * Searches a Chinese word as typed and as an exact phrase ("价保"): pages that have the word itself
 * keep their score, pages that only have its characters count CHARACTERS_ONLY_WEIGHT. When no
 * page has the exact word, the search as typed stands.
 */
function chineseWords(search: Searcher): Searcher {
	return async (term) => {
		const compact = term.replace(/\s+/g, '');
		if (!HAN_ONLY.test(compact) || [...compact].length < 2) return search(term);
		const [hits, exact] = await Promise.all([search(term), search(`"${term}"`)]);
		if (!exact.length) return hits;
		const ids = new Set(exact.map((h) => h.id));
		return hits.map((h) => (ids.has(h.id) ? h : { ...h, score: h.score * CHARACTERS_ONLY_WEIGHT })).sort((a, b) => b.score - a.score);
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
		platforms = {},
		segmentChinese = true,
	}: {
		rules: QueryRules;
		search: Searcher;
		vocabulary?: () => Promise<ReadonlyMap<string, number>>;
		/** Every name of every platform (content/search/vocabulary.yaml), to tell whether a query names one. */
		platformNames?: readonly string[];
		/** The names of each platform (content/search/vocabulary.yaml `platforms`), to tell which one. */
		platforms?: Readonly<Record<string, readonly string[]>>;
		/**
		 * Whether the index splits Chinese text into words (the Chinese pages' index). The English
		 * pages' index keeps a run of Chinese characters as one word (《个人信息保护法》).
		 */
		segmentChinese?: boolean;
	},
): Promise<Answer> {
	const query = analyzeQuery(text, rules);
	if (!segmentChinese) chineseRunsAsOne(query);
	const run = memo(chineseWords(memo(search)));
	const hits: SearchHit[][][] = await Promise.all(query.concepts.map((c) => Promise.all(c.forms.map((f) => run(f.query)))));

	// Words the site does not have (Pagefind then matches only their longest indexed prefix) or
	// that find nothing: search what they were probably meant to be.
	let corrected: string | null = null;
	const words = vocabulary ? await vocabulary() : new Map<string, number>();
	await splitUnknownChinese(query, hits, words, rules, run);
	const replaced = new Map<string, string>();
	await Promise.all(
		query.concepts.map(async (concept, i) => {
			const typed = concept.forms[0]!;
			const base = baseForm(concept.text, words);
			if (base) {
				// An inflection the site does not use: its word, as the site has it, counts fully.
				const found = await run(base);
				if (found.length) {
					concept.forms.push({ query: base, weight: 1, kind: 'correction' });
					hits[i]!.push(found);
					typed.weight = UNKNOWN_WORD_WEIGHT;
					return;
				}
			}
			const unknown = !isKnownWord(concept.text, words);
			if (!unknown && hits[i]!.some((h) => h.length > 0)) return;
			// A compound the site writes apart ("customs-held", "refund/return"): its words, together.
			const parts = unknown ? compoundParts(query.text, concept.text).filter((p) => !rules.stopWords.has(p)) : [];
			if (parts.length > 1 || (parts.length === 1 && parts[0] !== concept.text)) {
				const found = await run(parts.join(' '));
				if (found.length) {
					concept.forms.push({ query: parts.join(' '), weight: 1, kind: 'correction' });
					hits[i]!.push(found);
					typed.weight = UNKNOWN_WORD_WEIGHT;
					return;
				}
			}
			// A word the vocabulary gives the site's words for (顺丰 → 快递) is not a typo.
			if (concept.forms.some((f) => f.kind === 'synonym') && hits[i]!.some((h) => h.length > 0)) return;
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
	// Pages that have what the reader typed as a phrase ("item not received", 包裹被海关扣了怎么办).
	// Also without the question and filler words at either end ("seller won't refund me" → "seller
	// won't refund", 商家拒绝退款怎么办 → 商家拒绝退款): a page has the reader's phrase, not the question.
	const phrase = new Set<string>();
	for (const words of new Set([text, coreText(text, rules)])) {
		if (tokenize(words).length < 2) continue;
		for (const h of await run(`"${words.replaceAll('"', '')}"`)) phrase.add(h.id);
	}
	const ranked = rankPages(formHits, { coverageWeights: query.concepts.map((c) => (c.light ? LIGHT_COVERAGE : 1)) })
		.map((page) => {
			const best = hits[page.best.concept]![page.best.form]!.find((h) => h.id === page.id)!;
			const score = phrase.has(page.id) ? page.score * PHRASE_FACTOR : page.score;
			return { id: page.id, score, coverage: page.coverage, data: once(best.data) };
		})
		.sort((a, b) => b.score - a.score);
	const top = await Promise.all(ranked.slice(0, HEADING_CHECK).map(async (page) => ({ page, data: await page.data() })));
	// A sellers' guide yields to the shoppers' pages for a shopper's query, when one of them is at
	// least as relevant as the guide counts after SELLER_GUIDE_FACTOR ("not as described refund");
	// a query only a sellers' guide answers ("notarised test purchase") still finds it first.
	const seller = saysSeller(text, rules.sellerWords);
	const forShoppers = top.filter((c) => !sellerGuideForShopper(c.data, seller));
	const bestForShoppers = Math.max(0, ...forShoppers.map((c) => c.page.score));
	// …or when a shoppers' page names the query in its title or a heading (a bare "chargeback": the
	// escalation guide's section on it, before the sellers' guide whose title names it).
	const shoppersNameIt = forShoppers.some((c) => namesQuery(c.data, query) && Number(c.data.meta['weight'] ?? 1) >= 1);
	const lesser = (c: Checked<FoundPage>) => sellerGuideForShopper(c.data, seller) && (shoppersNameIt || bestForShoppers >= c.page.score * SELLER_GUIDE_FACTOR);
	// A definition question names its term and maybe what kind of thing it is (96110是什么电话): the
	// term is the word the fewest pages have, and the glossary's entry for it answers.
	const pagesWith = hits.map((forms) => new Set(forms.flat().map((h) => h.id)).size || Infinity);
	const term = query.definition && query.concepts.length > 1 ? { ...query, concepts: [query.concepts[pagesWith.indexOf(Math.min(...pagesWith))]!] } : query;
	const reranked = headingsFirst(
		platformGuidesForPlatforms(top, query, platformNames, platforms, (c) => (lesser(c) ? SELLER_GUIDE_FACTOR : 1), seller),
		query,
		lesser,
		term,
	);
	const ordered = await bestBetFirst(platformGuideUp(reranked, query, platforms, seller), text, rules, segmentChinese, ranked, query, hits);
	const pages = [...ordered.map((t) => t.page), ...ranked.slice(HEADING_CHECK).filter((p) => !ordered.some((t) => t.page.id === p.id))];
	return { query, pages, complete: pages.some((p) => p.coverage === 1), corrected };
}

/** How one language's pages are searched: its index, its words, whether it splits Chinese. */
export interface LanguageIndex {
	search: Searcher;
	vocabulary?: () => Promise<ReadonlyMap<string, number>>;
	segmentChinese: boolean;
}

export interface SiteAnswer {
	/** The answer from the page's own language (its pages may be none). */
	here: Answer;
	/** When nothing matched here: the other language's answer (its pages may be none too). */
	there: Answer | null;
	/** The text searched: the simplified form, or the query as typed when that found nothing. */
	searched: string;
}

/**
 * What the dialog shows for a query (src/search/ui.ts) and the browser tests' Node harness
 * measures (tests/browser/search-node.ts): the page's own language first; when nothing there
 * matches, the other language's pages, which the dialog labels as such.
 */
export async function answerSite(
	text: string,
	{
		rules,
		platformNames = [],
		platforms = {},
		here,
		there,
		typed,
	}: {
		rules: QueryRules;
		platformNames?: readonly string[];
		platforms?: Readonly<Record<string, readonly string[]>>;
		here: LanguageIndex;
		/** Asked for only when nothing matches here (the dialog then loads the other index). */
		there: () => Promise<LanguageIndex>;
		/**
		 * The query as typed, when `text` is its conversion to simplified characters: searched as
		 * typed when the conversion finds nothing anywhere (a Japanese law's 販売 or 特約, quoted as
		 * written on a Chinese page, is not the traditional form of a simplified word).
		 */
		typed?: string;
	},
): Promise<SiteAnswer> {
	const common = { rules, platformNames, platforms };
	const own = await answer(text, { ...common, ...here });
	if (own.pages.length) return { here: own, there: null, searched: text };
	const other = await answer(text, { ...common, ...(await there()) });
	if (!other.pages.length && typed !== undefined && typed !== text) {
		const asTyped = await answerSite(typed, { rules, platformNames, platforms, here, there });
		if (asTyped.here.pages.length || asTyped.there?.pages.length) return asTyped;
	}
	return { here: own, there: other, searched: text };
}

/**
 * The words of the hyphenated (or slashed) word of `text` that the query reads as `joined`
 * ("customs-held" → customs, held), or [] when `joined` is not one.
 */
export function compoundParts(text: string, joined: string): string[] {
	for (const chunk of text.toLowerCase().split(/\s+/)) {
		if (!/[-/–_.]/.test(chunk) || HAN.test(chunk)) continue;
		const parts = chunk.split(/[-/–_.]+/).map((p) => p.replace(/[\p{P}\p{S}]/gu, '')).filter(Boolean);
		if (parts.length > 1 && parts.join('') === joined) return parts;
	}
	return [];
}

/** How far down the results a best bet's page is looked for (its data is loaded to know its URL). */
export const BEST_BET_DEPTH = 40;

/**
 * For a query in the vocabulary's `bestBets` ("help" → get-help), the page most readers who type
 * it want comes first, when the search found it among the first BEST_BET_DEPTH pages.
 */
async function bestBetFirst(
	checked: Checked<FoundPage>[],
	text: string,
	rules: QueryRules,
	segmentChinese: boolean,
	ranked: FoundPage[],
	query: AnalyzedQuery,
	hits: SearchHit[][][],
): Promise<Checked<FoundPage>[]> {
	const bets = rules.bestBets?.[segmentChinese ? 'zh-CN' : 'en'];
	if (!bets?.size) return checked;
	// …or whose words, less a sum of money, words every purchase has and words the site does not
	// have, are one ("scammed out of $2000 what do I do", "got scammed buying sneakers online").
	const essential = query.concepts.filter((c, i) => !c.light && hits[i]!.some((h) => h.length > 0)).map((c) => c.text);
	const path = bets.get(bestBetKey(coreText(text, rules))) ?? bets.get(bestBetKey(text)) ?? (essential.length ? bets.get(bestBetKey(essential.join(' '))) : undefined);
	if (!path) return checked;
	const isBet = (data: PageData) => new RegExp(`/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?$`).test((data.meta['url'] || data.url).replace(/#.*$/, ''));
	const at = checked.findIndex((c) => isBet(c.data));
	if (at >= 0) return [checked[at]!, ...checked.filter((_, i) => i !== at)];
	for (const page of ranked.slice(checked.length, BEST_BET_DEPTH)) {
		const data = await page.data();
		if (isBet(data)) return [{ page, data }, ...checked];
	}
	return checked;
}

/** Where a platform's guide is put, at the latest, for a query that names the platform and nothing its guide lacks. */
export const PLATFORM_GUIDE_PLACE = 2;

/**
 * A query that names a platform (temu, 微信) and has nothing the platform's guide lacks finds that
 * guide among the first three (PLATFORM_GUIDE_PLACE), first for the bare name: a reader who names
 * Temu wants what the site says about Temu. The guide is the shoppers' one (/platforms/) named after
 * it, or, when there is none (WeChat) or the query is a seller's, the page whose title names it.
 */
function platformGuideUp<P extends { coverage: number }>(
	checked: Checked<P>[],
	query: AnalyzedQuery,
	platforms: Readonly<Record<string, readonly string[]>>,
	seller: boolean,
): Checked<P>[] {
	if (!query.concepts.length) return checked;
	for (const names of Object.values(platforms)) {
		if (!namesPlatform(query, names)) continue;
		const keys = names.map(key);
		const titled = (c: Checked<P>) => keys.some((name) => key(c.data.meta['title'] ?? '').includes(name));
		const own = (c: Checked<P>) => (seller ? /\/sellers\//.test(c.data.url) : /\/platforms\//.test(c.data.url));
		const at = [checked.findIndex((c) => titled(c) && own(c)), checked.findIndex(titled)].find((i) => i >= 0) ?? -1;
		if (at < 0 || checked[at]!.page.coverage < 1) return checked;
		const place = query.concepts.length === 1 ? 0 : PLATFORM_GUIDE_PLACE;
		if (at <= place) return checked;
		const moved = [...checked];
		const [guide] = moved.splice(at, 1);
		moved.splice(place, 0, guide!);
		return moved;
	}
	return checked;
}

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * For an index that keeps a run of Chinese characters as one word (the English pages'), the
 * Chinese words of one part of the query are one concept, searched as the whole run
 * (个人信息保护法, which the English pages have in brackets) and as its words together (淘宝 代购).
 * Changes `query.concepts` in place.
 */
function chineseRunsAsOne(query: AnalyzedQuery): void {
	const merged: Concept[] = [];
	for (const concept of query.concepts) {
		const last = merged.at(-1);
		if (last && last.chunk !== undefined && last.chunk === concept.chunk && HAN_ONLY.test(last.text) && HAN_ONLY.test(concept.text)) {
			const words = [...(last.forms[1]?.query.split(' ') ?? [last.text]), concept.text];
			merged[merged.length - 1] = {
				text: last.text + concept.text,
				...(concept.chunk === undefined ? {} : { chunk: concept.chunk }),
				forms: [
					{ query: last.text + concept.text, weight: 1, kind: 'typed' },
					{ query: words.join(' '), weight: 1, kind: 'typed' },
				],
			};
		} else merged.push(concept);
	}
	query.concepts.splice(0, query.concepts.length, ...merged);
}

/**
 * A Chinese word of three characters or more that the site does not have, nor any word of the
 * site contains, is mostly the segmenter gluing a name or a typo to its neighbours (顺丰清关,
 * 西音退货): it is searched as the site's words inside it (splitChineseWord), each a concept.
 * Changes `query.concepts` and `hits` in place.
 */
async function splitUnknownChinese(
	query: AnalyzedQuery,
	hits: SearchHit[][][],
	words: ReadonlyMap<string, number>,
	rules: QueryRules,
	run: Searcher,
): Promise<void> {
	if (!words.size) return;
	const isWord = (w: string) => words.has(w) || rules.synonyms.has(w);
	const known = [...words.keys()].filter((w) => HAN.test(w));
	const concepts: Concept[] = [];
	const found: SearchHit[][][] = [];
	for (const [i, concept] of query.concepts.entries()) {
		const text = concept.text;
		const unknown = HAN_ONLY.test(text) && [...text].length >= 3 && concept.forms.length === 1 && !isWord(text) && !known.some((w) => w.includes(text));
		// The word list leaves out Chinese words seen once: a word a page has as it is (十万元) is not split.
		const pieces = unknown && !(await run(`"${text}"`)).length ? splitChineseWord(text, isWord) : [text];
		if (pieces.length === 1 && pieces[0] === text) {
			concepts.push(concept);
			found.push(hits[i]!);
			continue;
		}
		for (const piece of pieces) {
			if (concepts.some((c) => c.text === piece)) continue;
			const split: Concept = { ...conceptOf(piece, rules), ...(concept.chunk === undefined ? {} : { chunk: concept.chunk }) };
			concepts.push(split);
			found.push(await Promise.all(split.forms.map((f) => run(f.query))));
		}
	}
	query.concepts.splice(0, query.concepts.length, ...concepts);
	hits.splice(0, hits.length, ...found);
}

const once = <T>(load: () => Promise<T>) => {
	let loaded: Promise<T> | undefined;
	return () => (loaded ??= load());
};

/** A page that has the query as typed, as a phrase, counts this much more. */
export const PHRASE_FACTOR = 2;

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
 * Whether a page's title begins with a word of the query (as a whole word: "Fake shops" does not
 * begin with "fakes"): the page is about it, as 海淘指南：… is about 海淘 and 产品安全：…海淘前后 is not.
 */
export function titleBegins(data: PageData, query: AnalyzedQuery): boolean {
	const title = (data.meta['title'] ?? '').toLowerCase().replace(/[\p{P}\p{S}\u200B]/gu, '').trim();
	return query.concepts.some((c) =>
		c.forms.some((f) => f.weight >= 1 && title.startsWith(f.query) && !/^[\p{L}\p{N}]/u.test(HAN.test(f.query.at(-1) ?? '') ? '' : title.slice(f.query.length))),
	);
}

/**
 * Pages whose title or a heading names the query come first: first those whose title names it and
 * begins with a word of it (the page is about it: 海淘指南 for 海淘, not 产品安全：…海淘前后要查什么),
 * then the others (the rest of the title or a heading: a guide's section on the thing searched);
 * each group keeps its order. A page whose text weighs less (the glossary, the landing pages: metadata
 * `weight` below 1) that names it in a heading comes second, after the best page: for
 * "chargeback" the escalation guide, then the glossary's entry for the term; it comes first when
 * the query asks what the term means ("what is escrow", DDP是什么意思). One whose title names it
 * ("glossary") comes first. `lesser` pages (a sellers' guide for a shopper's query) are not moved
 * by their headings or title: they keep their place by score.
 */
export function headingsFirst<P>(
	checked: Checked<P>[],
	query: AnalyzedQuery,
	lesser: (c: Checked<P>) => boolean = () => false,
	/** For a definition question, the term it asks about: a glossary heading naming it names the query. */
	term: AnalyzedQuery = query,
): Checked<P>[] {
	if (!query.concepts.length) return checked;
	const secondary = (c: Checked<P>) => Number(c.data.meta['weight'] ?? 1) < 1;
	const named = checked.filter((c) => !lesser(c) && namesQuery(c.data, secondary(c) && query.definition ? term : query));
	const byTitle = named.filter((c) => secondary(c) && namesQuery(c.data, query, true));
	const primary = named.filter((c) => !secondary(c));
	const about = primary.filter((c) => namesQuery(c.data, query, true) && titleBegins(c.data, query));
	const ordered = [...about, ...primary.filter((c) => !about.includes(c)), ...checked.filter((c) => !named.includes(c))];
	ordered.splice(query.definition ? 0 : 1, 0, ...named.filter((c) => secondary(c) && !byTitle.includes(c)));
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

/** The guide named after a platform the query names counts this much more. */
export const NAMED_PLATFORM_FACTOR = 1.5;

/** Names of the platforms (every name of each) the query names: "pdd 退款" → Pinduoduo, PDD, 拼多多. */
export function namedPlatformNames(query: AnalyzedQuery, platforms: Readonly<Record<string, readonly string[]>>): string[] {
	return Object.values(platforms)
		.filter((names) => namesPlatform(query, names))
		.flat();
}

/**
 * A platform's own guide (the "By platform" section, /platforms/) answers questions about that
 * platform; for a query that names no platform ("退款", "seller won't refund me") the general guide
 * on the problem comes first: a platform guide's score counts PLATFORM_GUIDE_FACTOR. For a query
 * that names one ("京东 return policy", "pdd refund"), the guide whose title names that platform
 * counts NAMED_PLATFORM_FACTOR: other platforms' guides and the general guides say the same words
 * about returns and refunds, more often. For a seller's query ("jd seller account suspended", 京东商家规则)
 * it is the sellers' guide whose title names the platform that counts NAMED_PLATFORM_FACTOR.
 */
export function platformGuidesForPlatforms<P extends { score: number; coverage?: number }>(
	checked: Checked<P>[],
	query: AnalyzedQuery,
	platformNames: readonly string[],
	platforms: Readonly<Record<string, readonly string[]>> = {},
	/** Another factor on each page's score (sellersGuideFactor). */
	also: (c: Checked<P>) => number = () => 1,
	/** The query is a seller's (saysSeller): the sellers' guide named after the platform is its guide. */
	sellerQuery = false,
): Checked<P>[] {
	const guide = (c: Checked<P>) => /\/platforms\//.test(c.data.url);
	const namedGuide = (c: Checked<P>) => (sellerQuery ? /\/sellers\//.test(c.data.url) : guide(c));
	let factor: (c: Checked<P>) => number = () => 1;
	if (platformNames.length && namesPlatform(query, platformNames)) {
		const named = namedPlatformNames(query, platforms).map(key);
		// Only a guide that has more of the query than the platform's name: "who collects VAT, temu
		// or me" is about VAT, which the Temu guide does not mention.
		const concepts = query.concepts.length;
		const more = (c: Checked<P>) => concepts === 1 || (c.page.coverage ?? 1) * concepts > 1.5;
		if (named.length) factor = (c) => (namedGuide(c) && more(c) && named.some((name) => key(c.data.meta['title'] ?? '').includes(name)) ? NAMED_PLATFORM_FACTOR : 1);
	} else if (platformNames.length) factor = (c) => (guide(c) ? PLATFORM_GUIDE_FACTOR : 1);
	return checked
		.map((c, i) => ({ c, i, score: c.page.score * factor(c) * also(c) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map(({ c }) => c);
}

/** A page for sellers (frontmatter `audience: seller`: the sellers' guides and their checklists), for a query with none of a seller's words, counts this much. */
export const SELLER_GUIDE_FACTOR = 0.5;

/**
 * Whether a page is a guide for sellers that a shopper's query should find only after the
 * shoppers' guides: "seller won't refund me" and 商家拒绝退款 are a buyer's, and the sellers' guide on
 * chargebacks and 仅退款 uses the same words. A query with a seller's word (my store, 入驻, 买家拒付)
 * finds the sellers' guides as they rank.
 */
export const sellerGuideForShopper = (data: Pick<PageData, 'meta'>, sellerQuery: boolean) => !sellerQuery && data.meta['audience'] === 'seller';
