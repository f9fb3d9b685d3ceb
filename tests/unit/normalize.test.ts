import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../src/text/normalize.ts';

describe('normalizeQuery: what a reader typed or pasted, as the words it shows', () => {
	test('full-width letters and digits become plain ones (NFKC)', () => {
		expect(normalizeQuery('ｒｅｆｕｎｄ')).toBe('refund');
		expect(normalizeQuery('１２３１５')).toBe('12315');
		expect(normalizeQuery('PayPal　退款')).toBe('PayPal 退款');
	});

	test('zero-width characters are removed: U+200B–U+200D, U+2060, U+FEFF', () => {
		expect(normalizeQuery('re\u200Bfu\u200Cn\u200Dd')).toBe('refund');
		expect(normalizeQuery('\uFEFFre\u2060fund')).toBe('refund');
	});

	test('bidirectional marks and controls are removed: U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069', () => {
		expect(normalizeQuery('\u200Ere\u200Ffund\u061C')).toBe('refund');
		expect(normalizeQuery('\u202A\u202B\u202C\u202D\u202Erefund')).toBe('refund');
		expect(normalizeQuery('\u2066\u2067\u2068refund\u2069')).toBe('refund');
	});

	test('Chinese text, ordinary spaces and case are left as typed (the search box keeps the reader’s spaces)', () => {
		expect(normalizeQuery('聊天记录')).toBe('聊天记录');
		expect(normalizeQuery('Refund ')).toBe('Refund ');
		expect(normalizeQuery('unboxing video')).toBe('unboxing video');
	});
});
