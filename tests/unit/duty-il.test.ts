import { describe, expect, test } from 'vitest';
import { keys, loadRules, major, minor as ils, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('il.yaml');
// 3.3 shekels per US dollar for the tests: USD 75 is ILS 247.50, USD 500 is ILS 1,650.
const run = runner(rules.parsed.data!, { channel: 'parcel', date: '2025-06-01', fx: { USD: 3.3 } });

test('content/duty/il.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Israel — worked examples', () => {
	// IL3: VAT-free up to USD 75 until the December 2025 order; VAT 18%.
	test('2025: ILS 247.50 (USD 75) of clothing pays nothing; ILS 247.51 pays VAT 18% on all of it, ILS 44.55', () => {
		expect(run({ items: [{ category: 'clothing', value: ils(247.5) }] }).regime).toBe('import-exempt');
		const over = run({ items: [{ category: 'clothing', value: ils(247.51) }] });
		expect(steps(over)).toEqual([
			['duty', 247.51, 0, 0],
			['import-vat', 247.51, 18, 44.55],
		]);
		expect(keys(over)).toEqual(expect.arrayContaining(['vat-border.vat-over', 'vat-border.duty-free-up-to']));
	});

	// IL3, IL5, IL6: USD 150 from 2025-12-24, revoked 2026-02-24; USD 130 from 2026-02-25.
	test('ILS 400 (USD 121): VAT ILS 72 in December 2025 before the order, nothing under USD 150 or USD 130 since', () => {
		const item = { items: [{ category: 'shoes' as const, value: ils(400) }] };
		expect(major(run({ ...item, date: '2025-12-23' }).total)).toBe(72);
		expect(run({ ...item, date: '2025-12-24' }).total).toBe(0);
		expect(run({ ...item, date: '2026-12-07' }).total).toBe(0);
		// Nothing to pay rests on the disputed USD 130 limit: the result says it is an estimate.
		expect(keys(run({ ...item, date: '2026-12-07' }))).toContain('estimate');
		// USD 130 is ILS 429: ILS 450 pays VAT, and the disputed limit is an estimate.
		const over = run({ items: [{ category: 'shoes', value: ils(450) }], date: '2026-12-07' });
		expect(major(over.total)).toBe(81);
		expect(keys(over)).toContain('il.disputed');
	});

	// IL2: no duty up to USD 500; above, duty by tariff (not preset).
	test('the USD 500 line: ILS 1,650 with ILS 50 shipping pays VAT only, ILS 306; ILS 1,650.01 with a 12% duty entered pays duty ILS 204 and VAT ILS 342.72', () => {
		expect(steps(run({ items: [{ category: 'electronics', value: ils(1650) }], shipping: ils(50) }))).toEqual([
			['duty', 1700, 0, 0],
			['import-vat', 1700, 18, 306],
		]);
		const over = run({ items: [{ category: 'electronics', value: ils(1650.01) }], shipping: ils(50), dutyRate: 12 });
		expect(steps(over)).toEqual([
			['duty', 1700.01, 12, 204],
			['import-vat', 1904.01, 18, 342.72],
		]);
		expect(keys(run({ items: [{ category: 'electronics', value: ils(1650.01) }] }))).toEqual(expect.arrayContaining(['vat-border.duty-over', 'tariff-not-included', 'il.over-500']));
	});

	test('IL2: alcohol is never exempt — ILS 100 of wine pays VAT ILS 18 (duty and excise not preset)', () => {
		expect(major(run({ items: [{ category: 'alcohol', value: ils(100) }] }).total)).toBe(18);
	});

	test('a gift is a personal import (IL1): ILS 200 pays nothing in 2025, like a purchase', () => {
		expect(run({ items: [{ category: 'toys', value: ils(200) }], gift: true }).total).toBe(0);
	});
});
