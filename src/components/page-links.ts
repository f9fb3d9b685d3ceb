/**
 * Links every guide page carries: to the same page in the other language, and to report an error.
 * Pure functions, so the tests can check them without a build.
 */
import { localeKeys, type LocaleKey } from '../schemas/locales.ts';

/** The other locale and the page's path there, for a docs entry id such as "en/shoppers/x" or "zh-cn". */
export function counterpart(entryId: string): { locale: LocaleKey; id: string; href: string } | undefined {
	const [first, ...rest] = entryId.split('/');
	if (!localeKeys.includes(first as LocaleKey) || localeKeys.length !== 2) return undefined;
	const locale = localeKeys.find((key) => key !== first)!;
	const path = rest.join('/').replace(/(^|\/)index$/, '');
	return { locale, id: [locale, ...rest].join('/'), href: `/${locale}/${path ? `${path}/` : ''}` };
}

/**
 * Where "Report an error" leads. With a tracker configured (REPORT_ERROR_URL, e.g. a GitHub
 * "new issue" URL), a pre-filled report naming the page; otherwise the About page's section on
 * reporting errors in the reader's language.
 */
export function reportErrorHref(options: {
	tracker: string | undefined;
	locale: LocaleKey;
	pageUrl: string;
	title: string;
	body: string;
}): string {
	if (!options.tracker) return `/${options.locale}/reference/about/#report-an-error`;
	const url = new URL(options.tracker);
	url.searchParams.set('title', options.title);
	url.searchParams.set('body', options.body);
	return url.href;
}
