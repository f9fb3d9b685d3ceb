import { z } from 'astro/zod';

/**
 * The site's own UI strings, added to Starlight's i18n collection (content/i18n/<lang>.json).
 * Every key is required, so a language file that lacks one fails the build by name.
 */
const text = z.string().trim().min(1);

export const uiStrings = z.object({
	'site.tagline': text,
	'site.footer': text,
	'guide.sources': text,
	'guide.disclaimer': text,
	'chooser.title': text,
	'chooser.intro': text,
	'chooser.enter': text,
	'chooser.suggested': text,
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
