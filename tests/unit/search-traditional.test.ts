import { describe, expect, test } from 'vitest';
import { encode, traditionalCodePoints } from '../../scripts/traditional-chars.mjs';
import { TRADITIONAL_CODE_POINTS } from '../../src/search/traditional-chars.ts';
import { hasTraditional, keepSimplified } from '../../src/search/traditional.ts';
import { toSimplified } from '../../src/search/simplify.ts';

describe('traditional characters in a query', () => {
	test('src/search/traditional-chars.ts matches the installed opencc-js (regenerate: node scripts/traditional-chars.mjs)', async () => {
		expect(TRADITIONAL_CODE_POINTS).toBe(encode(await traditionalCodePoints()));
	});

	test.each(['詐騙', '關稅', '退貨', '開箱影片有用嗎', '貨不對版'])('%s is traditional', (q) => {
		expect(hasTraditional(q)).toBe(true);
	});

	test.each(['诈骗', '什么是关税', '小程序是什么', '干货', '台湾', 'refund', '12315'])('%s is not (the converter is not loaded for it)', (q) => {
		expect(hasTraditional(q)).toBe(false);
	});

	test.each([
		['詐騙', '诈骗'],
		['關稅', '关税'],
		['退貨怎麼辦', '退货怎么办'],
		['信用卡爭議帳款怎麼申請', '信用卡争议帐款怎么申请'],
		['向哪裡投訴消費糾紛', '向哪里投诉消费纠纷'],
		// OpenCC's phrases: 乾淨 is 干净, but the name 乾隆 stays.
		['乾淨', '干净'],
		['乾隆', '乾隆'],
	])('%s is searched as %s', (q, simplified) => {
		expect(toSimplified(q)).toBe(simplified);
	});

	test('a mixed query keeps the simplified characters the reader typed (么 is not turned into 幺)', () => {
		expect(toSimplified('什么是關稅')).toBe('什么是关税');
		expect(keepSimplified('什么是關稅', '什幺是关税')).toBe('什么是关税');
		expect(keepSimplified('abc', 'abcd')).toBe('abcd');
	});
});
