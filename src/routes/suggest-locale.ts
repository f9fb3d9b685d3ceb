import { localeKeys, defaultLocale, type LocaleKey } from '../schemas/locales.ts';

/**
 * The locale to suggest for a browser's language list (navigator.languages), in preference order.
 * Any Chinese variant suggests zh-cn (the only Chinese edition); otherwise the first language
 * with an edition wins; with no match, the default locale.
 */
export function suggestLocale(languages: readonly string[]): LocaleKey {
	for (const raw of languages) {
		const tag = raw.toLowerCase();
		if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-cn';
		const match = localeKeys.find((key) => key === tag || tag.startsWith(`${key}-`));
		if (match) return match;
	}
	return defaultLocale;
}
