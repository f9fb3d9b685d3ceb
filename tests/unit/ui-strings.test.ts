import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/schemas/ui-strings.ts';
import { locales } from '../../src/schemas/locales.ts';

const files = Object.values(locales).map(({ lang }) => ({
	lang,
	strings: JSON.parse(readFileSync(`content/i18n/${lang}.json`, 'utf8')) as Record<string, string>,
}));

describe('UI strings', () => {
	test.each(files)('content/i18n/$lang.json has every site string', ({ strings }) => {
		const result = uiStrings.safeParse(strings);
		expect(result.error?.issues ?? []).toEqual([]);
	});

	test('both languages define the same keys', () => {
		const [en, zh] = files.map((f) => Object.keys(f.strings).sort());
		expect(zh).toEqual(en);
	});

	test('Chinese strings are Chinese: full-width punctuation, no ASCII sentence endings', () => {
		const zh = files.find((f) => f.lang === 'zh-CN')!.strings;
		for (const [key, value] of Object.entries(zh)) {
			expect(value, key).toMatch(/[\u4e00-\u9fff]/);
			expect(value, key).not.toMatch(/[\u4e00-\u9fff][,.;:?!](\s|$)/);
		}
	});
});

test('a search-result string that loses its placeholder is refused (readers would see no count or term)', () => {
	const zh = files.find((f) => f.lang === 'zh-CN')!.strings;
	const broken = uiStrings.safeParse({ ...zh, 'pagefind.many_results': '找到了相关结果' });
	expect(broken.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
		'pagefind.many_results',
		'pagefind.many_results',
	]);
});
