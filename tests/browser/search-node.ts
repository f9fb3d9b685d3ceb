import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerSite, type Answer, type PageData, type Searcher } from '../../src/search/layer.ts';
import { cleanQuery, queryRules } from '../../src/search/query.ts';
import { toSimplified } from '../../src/search/simplify.ts';
import { hasTraditional } from '../../src/search/traditional.ts';
import { readSearchVocabulary } from '../../src/search/vocabulary.ts';
import { fetchFiles } from './pagefind-node.ts';
import { pagePath, type EvalLanguage } from './search-eval.ts';

/**
 * The site's search as its dialog runs it (src/search/ui.ts), from Node: the built Pagefind index
 * (dist/pagefind, served over HTTP), the same query layer (src/search/layer.ts), the same
 * vocabulary, the same ranking options (read from the built dialog code), the same traditional →
 * simplified conversion and the same fallback to the other language's pages when nothing matches.
 * A query takes milliseconds instead of the second or so of typing it into the dialog in Chromium.
 *
 * What differs: the query's Chinese words are cut by Node's Intl.Segmenter, not the browser's
 * (the index itself is built with Node's, src/search/segment.ts). The browser tests type a sample
 * of queries into the real dialog and check that it shows exactly what this gives
 * (tests/browser/search.test.ts), so a difference that matters fails there.
 *
 * Used by tests/browser/search.test.ts (rank expectations), search-quality.test.ts (the evaluation floors) and
 * scripts/search-eval-fast.mjs.
 */

/** What the dialog would show for a query: the first result pages and its message's facts. */
export interface NodeAnswer {
	/** Result pages as the dialog lists them ("shoppers/keep-evidence"), at most `PAGE_SIZE`. */
	got: string[];
	/** How many pages the page's own language found (the dialog's "N results"). */
	count: number;
	/** Nothing in the page's language: `got` is the other language's pages. */
	otherLanguage: boolean;
	/** Some results, but no page has every concept of the query (the dialog says so). */
	relaxed: boolean;
	/** The spelling the results are for, when a word was corrected. */
	corrected: string | null;
	/** The simplified form searched, when the query had traditional characters. */
	converted: string | null;
	/** The layer's full answer in the language whose pages are shown. */
	answer: Answer;
}

export interface NodeSearch {
	search(language: EvalLanguage, query: string): Promise<NodeAnswer>;
	ranking: Record<string, unknown>;
}

/** The dialog shows this many results before "Load more" (src/search/ui.ts PAGE_SIZE). */
export const PAGE_SIZE = 5;

/**
 * Pagefind's ranking options as the built dialog passes them (astro.config.mjs, Starlight's
 * `pagefind.ranking`), read from the built code so the harness cannot drift from the site.
 */
export function builtRanking(dist = 'dist'): Record<string, unknown> {
	const dir = join(dist, '_astro');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
		const code = readFileSync(join(dir, file), 'utf8');
		const start = code.search(/ranking:\{[^{}]*termSaturation/);
		if (start < 0) continue;
		const open = code.indexOf('{', start);
		let depth = 0;
		for (let i = open; i < code.length; i++) {
			if (code[i] === '{') depth++;
			else if (code[i] === '}' && --depth === 0) {
				// A plain object literal of numbers (minified: `.1`, unquoted keys).
				return new Function(`return (${code.slice(open, i + 1)});`)() as Record<string, unknown>;
			}
		}
	}
	throw new Error(`no Pagefind ranking options (ranking:{…termSaturation…}) in ${dir}/*.js: the search harness must use the dialog's`);
}

interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: { id: string; score: number; data: () => Promise<never> }[] } | null>;
}

/**
 * Loads both languages' indexes from the site built into `dist`. Pagefind picks its language from
 * <html lang>, so a stand-in document is present while each one starts, and removed afterwards.
 */
export async function nodeSearch(dist = 'dist'): Promise<NodeSearch> {
	fetchFiles();
	const vocabularyData = readSearchVocabulary();
	const rules = queryRules(vocabularyData);
	const platforms = vocabularyData.platforms;
	const platformNames = Object.values(platforms).flat();
	const ranking = builtRanking(dist);
	const bundle = pathToFileURL(resolve(dist, 'pagefind')).href + '/';
	const globals = globalThis as Record<string, unknown>;
	const saved = { document: globals['document'], location: globals['location'] };
	const standIn = (lang: string) => {
		globals['document'] = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
		globals['location'] = new URL(bundle);
	};
	const restore = () => {
		globals['document'] = saved.document;
		globals['location'] = saved.location;
	};

	async function index(language: EvalLanguage) {
		const lang = language === 'en' ? 'en' : 'zh-CN';
		standIn(lang);
		try {
			// Pagefind's script once per language (the query makes each a module of its own): two
			// instances of one module share state in Node, and one language's index then changes the
			// other's scores for words both have (the browser keeps them apart).
			const pagefind: PagefindInstance = await import(/* @vite-ignore */ `${bundle}pagefind.js?${lang}`);
			// Result URLs as on the site ("/en/…"), as the dialog gets them.
			await pagefind.options({ basePath: bundle, baseUrl: '/', excerptLength: 12, ranking });
			await pagefind.init();
			const words: string[] = JSON.parse(readFileSync(join(dist, `pagefind/words.${language}.json`), 'utf8'));
			const vocabulary = new Map(words.map((w, i) => [w, words.length - i] as const));
			const search: Searcher = async (term) => (await pagefind.search(term))?.results ?? [];
			return { search, vocabulary: async () => vocabulary };
		} finally {
			restore();
		}
	}
	const indexes = { en: await index('en'), 'zh-cn': await index('zh-cn') };

	return {
		ranking,
		async search(language, query) {
			const typed = cleanQuery(query);
			const text = hasTraditional(typed) ? toSimplified(typed) : typed;
			const other = language === 'en' ? 'zh-cn' : 'en';
			const { here, there, searched } = await answerSite(text, {
				typed,
				rules,
				platformNames,
				platforms,
				here: { ...indexes[language], segmentChinese: language === 'zh-cn' },
				there: async () => ({ ...indexes[other], segmentChinese: other === 'zh-cn' }),
			});
			const otherLanguage = !!there?.pages.length;
			const shown = otherLanguage ? there! : here;
			const urls = (await Promise.all(shown.pages.slice(0, PAGE_SIZE).map((p) => p.data()))).map((d: PageData) => d.meta['url'] || d.url);
			// Each index holds one language's pages: anything else means the harness loaded the wrong one.
			const from = otherLanguage ? (language === 'en' ? 'zh-cn' : 'en') : language;
			const stray = urls.filter((url) => !url.startsWith(`/${from}/`));
			if (stray.length) throw new Error(`"${query}" on the ${language} pages: results not in /${from}/: ${stray.join(', ')}`);
			const got = urls.map(pagePath);
			return {
				got,
				count: here.pages.length,
				otherLanguage,
				relaxed: here.pages.length > 0 && !here.complete && here.query.concepts.length > 1,
				corrected: here.corrected,
				converted: searched !== typed ? searched : null,
				answer: shown,
			};
		},
	};
}
