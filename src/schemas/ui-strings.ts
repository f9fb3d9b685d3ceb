import { z } from 'astro/zod';

/**
 * The site's own UI strings, added to Starlight's i18n collection (content/i18n/<lang>.json).
 * Every key is required, so a language file that lacks one fails the build by name.
 */
const text = z.string().trim().min(1);

export const uiStrings = z.object({
	'site.footer': text,
	'guide.sources': text,
	'guide.disclaimer': text,
	'chooser.title': text,
	'chooser.intro': text,
	'chooser.enter': text,
	'chooser.suggested': text,
	'notFound.title': text,
	'notFound.text': text,
	'notFound.home': text,
	// Pagefind's search UI: Starlight passes every `pagefind.*` key to it. Pagefind's own
	// automatic translation did not reach the Starlight dialog (its results line stayed English
	// on Chinese pages), so the strings it shows are ours, in both languages.
	'pagefind.clear_search': text,
	'pagefind.load_more': text,
	'pagefind.search_label': text,
	'pagefind.filters_label': text,
	'pagefind.zero_results': text.includes('[SEARCH_TERM]'),
	'pagefind.many_results': text.includes('[COUNT]').includes('[SEARCH_TERM]'),
	'pagefind.one_result': text.includes('[COUNT]').includes('[SEARCH_TERM]'),
	'pagefind.alt_search': text.includes('[SEARCH_TERM]').includes('[DIFFERENT_TERM]'),
	'pagefind.search_suggestion': text.includes('[SEARCH_TERM]'),
	'pagefind.searching': text.includes('[SEARCH_TERM]'),
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
