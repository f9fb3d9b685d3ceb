/**
 * The site's two locales. `key` is the URL prefix and the folder under content/docs;
 * `lang` is the BCP-47 tag written into <html lang> and used by Starlight's i18n.
 * Everything else that needs the locale list imports it from here.
 */
export const locales = {
	en: { key: 'en', lang: 'en', label: 'English', siteTitle: 'Cross-Border Safety Guide' },
	'zh-cn': { key: 'zh-cn', lang: 'zh-CN', label: '简体中文', siteTitle: '跨境电商安全指南' },
} as const;

export type LocaleKey = keyof typeof locales;
export const localeKeys = Object.keys(locales) as LocaleKey[];
export const defaultLocale: LocaleKey = 'en';

/** The name of each locale written in the other locale, for messages such as "has no Chinese version". */
export const localeNames: Record<LocaleKey, string> = { en: 'English', 'zh-cn': 'Chinese (zh-cn)' };
