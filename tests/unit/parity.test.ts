import { describe, expect, test } from 'vitest';
import { findMissingTranslations, formatMissingTranslations } from '../../src/schemas/parity.ts';

describe('every guide in both languages', () => {
	test('pairs at the same path pass, whatever their extension', () => {
		expect(
			findMissingTranslations(['en/index.mdx', 'zh-cn/index.mdx', 'en/shoppers/a.md', 'zh-cn/shoppers/a.mdx']),
		).toEqual([]);
	});

	test('an English page without a Chinese one is named, with the file to add', () => {
		const missing = findMissingTranslations(['en/index.mdx', 'zh-cn/index.mdx', 'en/shoppers/only-english.md']);
		expect(missing).toEqual([
			{
				present: 'content/docs/en/shoppers/only-english.md',
				missingLocale: 'zh-cn',
				expected: 'content/docs/zh-cn/shoppers/only-english',
			},
		]);
		expect(formatMissingTranslations(missing)).toContain(
			'content/docs/en/shoppers/only-english.md has no Chinese (zh-cn) version: add content/docs/zh-cn/shoppers/only-english.md (or .mdx)',
		);
	});

	test('a Chinese page without an English one is named too', () => {
		expect(findMissingTranslations(['zh-cn/sellers/wechat.md'])).toEqual([
			{ present: 'content/docs/zh-cn/sellers/wechat.md', missingLocale: 'en', expected: 'content/docs/en/sellers/wechat' },
		]);
	});

	test('same name in another folder is not a translation', () => {
		expect(findMissingTranslations(['en/shoppers/a.md', 'zh-cn/sellers/a.md'])).toHaveLength(2);
	});

	test('files outside the locale folders and non-page files are ignored', () => {
		expect(findMissingTranslations(['404.md', 'en/images/x.png', 'README.txt', 'fr/a.md'])).toEqual([]);
	});

	test('Windows separators are understood', () => {
		expect(findMissingTranslations(['en\\shoppers\\a.md', 'zh-cn\\shoppers\\a.md'])).toEqual([]);
	});
});
