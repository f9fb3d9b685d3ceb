import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MAX_AMOUNT, parseAmount } from '../../src/duty/amount.ts';

test.each([
	['1299', 129900],
	['1,299.00', 129900],
	['1,299.5', 129950],
	['  300 ', 30000],
	['¥1,299', 129900],
	['CNY 250.03', 25003],
	['250.03元', 25003],
	['１２９９．５', 129950], // full-width digits, as typed with a Chinese input method
	['１，２９９', 129900],
	['1 299', 129900],
	['+15', 1500],
	['0', 0],
	['0.01', 1],
])('%j is %i fen', (text, minor) => {
	expect(parseAmount(text, 2)).toEqual({ ok: true, minor });
});

test.each([
	['', 'empty'],
	['   ', 'empty'],
	[null, 'empty'],
	['abc', 'not-a-number'],
	['12abc', 'not-a-number'],
	['1,29,9', 'not-a-number'],
	['1.2.3', 'not-a-number'],
	['1e5', 'not-a-number'],
	['NaN', 'not-a-number'],
	['Infinity', 'not-a-number'],
	['<script>alert(1)</script>', 'not-a-number'],
	['-5', 'negative'],
	['−5', 'negative'],
	['1.234', 'too-many-decimals'],
	['100000001', 'too-large'],
	['9'.repeat(400), 'too-large'],
])('%j is refused: %s', (text, error) => {
	expect(parseAmount(text, 2)).toEqual({ ok: false, error });
});

test('yen have no minor unit: "1,000" yen is 1000, and "1000.5" is refused', () => {
	expect(parseAmount('1,000', 0)).toEqual({ ok: true, minor: 1000 });
	expect(parseAmount('1000.5', 0)).toEqual({ ok: false, error: 'too-many-decimals' });
});

test('any string gives a whole, non-negative amount or an error, never NaN (fast-check)', () => {
	fc.assert(
		fc.property(fc.string({ maxLength: 40 }), (text) => {
			const r = parseAmount(text, 2);
			return r.ok ? Number.isSafeInteger(r.minor) && r.minor >= 0 && r.minor <= MAX_AMOUNT * 100 + 99 : typeof r.error === 'string';
		}),
		{ numRuns: 5000 },
	);
});

test('amounts written with two decimals read back exactly (fast-check)', () => {
	fc.assert(
		fc.property(fc.integer({ min: 0, max: MAX_AMOUNT * 100 }), (minor) => {
			const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
			const r = parseAmount(text, 2);
			return r.ok && r.minor === minor;
		}),
		{ numRuns: 5000 },
	);
});

test.each([['US$12', 1200], ['12 EUR', 1200], ['€12', 1200], ['usd 12', 1200]])('currency marks around the number are fine: %j', (text, minor) => {
	expect(parseAmount(text, 2)).toEqual({ ok: true, minor });
});
