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
