import { z } from 'astro/zod';
import { platforms } from './guide.ts';

/**
 * content/search/vocabulary.yaml: how the search dialog reads a query (src/search/query.ts).
 * Plain TypeScript: the build (src/search/integration.ts), the unit tests and scripts import it.
 */
const word = z.string().trim().min(1, { error: 'is empty' });
const perLanguage = <T extends z.ZodType>(item: T) =>
	z.object({ en: item, 'zh-CN': item }, { error: 'must give both languages: { en: …, zh-CN: … }' });
const words = z.array(word);

export const searchVocabulary = z.object({
	/** Keywords of the checklists' index page (/en/checklists/), which is not a Markdown page. */
	checklistsPage: perLanguage(z.array(word).min(5)),
	stopWords: perLanguage(words),
	stopPhrases: z.object({ 'zh-CN': words }),
	synonyms: perLanguage(z.record(word, z.array(word).min(1, { error: 'needs at least one word to search instead' }))),
	/**
	 * Words nearly every shopping query could have (buying, online, 网购): they count less towards a
	 * page's coverage of the query, so a page about its subject is not beaten by one that says them.
	 */
	commonWords: perLanguage(words).optional(),
	/** Words only a seller's query has (my store, 入驻): without one, the sellers' guides count less. */
	sellerWords: perLanguage(words),
	/** Words that ask what a term means (what is, 是什么意思): the glossary's entry for the term comes first. */
	definitionPhrases: perLanguage(words).optional(),
	/**
	 * Queries (lower case, without question and filler words at either end) that name a need more
	 * than a topic ("help", "wechat"): the page (path under content/docs/<lang>/) most readers who
	 * type it want comes first, when the search finds it.
	 */
	bestBets: perLanguage(z.record(word, word)).optional(),
	/**
	 * Pages the dialog offers when nothing on either language's pages matches a query (paths under
	 * content/docs/<lang>/): where a reader with any problem can start. Shown apart from the results.
	 */
	noMatch: perLanguage(z.array(word).min(2).max(6)),
	platforms: z.record(
		z.enum(platforms, { error: `must be a platform guides can name (${platforms.join(', ')})` }),
		z.array(word).min(1),
	).refine((names) => platforms.every((p) => p in names), {
		error: `must name every platform guides can be tagged with (${platforms.join(', ')})`,
	}),
});

export type SearchVocabulary = z.infer<typeof searchVocabulary>;
