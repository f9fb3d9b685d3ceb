import { localeKeys, localeNames, type LocaleKey } from './locales.ts';

/** Extensions Starlight's docs loader reads. A guide may be .md in one language and .mdx in another. */
const PAGE_EXTENSION = /\.(md|mdx|mdoc)$/;

export interface MissingTranslation {
	/** The file that exists, relative to the project root, e.g. content/docs/en/shoppers/x.md */
	present: string;
	/** The locale that lacks the page. */
	missingLocale: LocaleKey;
	/** Where the missing file is expected, without extension, e.g. content/docs/zh-cn/shoppers/x */
	expected: string;
}

/**
 * Every guide must exist in every locale at the same relative path.
 * `files` are paths relative to content/docs ("en/shoppers/x.md"); files outside a locale
 * folder (e.g. a root 404.md) are not guides and are ignored.
 */
export function findMissingTranslations(files: readonly string[], docsDir = 'content/docs'): MissingTranslation[] {
	const byLocale = new Map<LocaleKey, Map<string, string>>(localeKeys.map((key) => [key, new Map()]));
	for (const file of files) {
		const normalized = file.replaceAll('\\', '/');
		if (!PAGE_EXTENSION.test(normalized)) continue;
		const [first, ...rest] = normalized.split('/');
		const pages = byLocale.get(first as LocaleKey);
		if (!pages || rest.length === 0) continue;
		pages.set(rest.join('/').replace(PAGE_EXTENSION, ''), normalized);
	}
	const missing: MissingTranslation[] = [];
	for (const [locale, pages] of byLocale) {
		for (const [page, file] of pages) {
			for (const other of localeKeys) {
				if (other === locale || byLocale.get(other)!.has(page)) continue;
				missing.push({ present: `${docsDir}/${file}`, missingLocale: other, expected: `${docsDir}/${other}/${page}` });
			}
		}
	}
	return missing.sort((a, b) => a.present.localeCompare(b.present));
}

export function formatMissingTranslations(missing: readonly MissingTranslation[]): string {
	const lines = missing.map(
		(m) => `  ${m.present} has no ${localeNames[m.missingLocale]} version: add ${m.expected}.md (or .mdx)`,
	);
	return [
		`Every guide must exist in both languages at the same path. ${missing.length} page(s) lack a translation:`,
		...lines,
	].join('\n');
}
