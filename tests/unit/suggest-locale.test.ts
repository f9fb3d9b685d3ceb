import { expect, test } from 'vitest';
import { suggestLocale } from '../../src/routes/suggest-locale.ts';

test.each([
	[['zh-CN', 'en'], 'zh-cn'],
	[['zh-TW'], 'zh-cn'],
	[['zh'], 'zh-cn'],
	[['en-GB', 'zh-CN'], 'en'],
	[['fr-FR', 'zh-HK'], 'zh-cn'],
	[['fr-FR', 'de'], 'en'],
	[[], 'en'],
])('browser languages %j suggest %s', (languages, expected) => {
	expect(suggestLocale(languages)).toBe(expected);
});
