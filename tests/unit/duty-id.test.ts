import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import type { DutyResult } from '../../src/duty/types.ts';
import { keys, loadRules, rulesProblems, runner } from './duty-helpers.ts';

const rules = loadRules('id.yaml');
const id = rules.parsed.data!;
// Rupiah as whole units; the USD 3 limit at IDR 16,000 per dollar = IDR 48,000.
const run = runner(id, { channel: 'parcel', date: '2026-12-07', fx: { USD: 16_000 } });
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);

test('content/duty/id.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Indonesia — worked examples (PMK 96/2023)', () => {
	// ID1: up to FOB USD 3 no duty, VAT 11%, no income tax; the limit is on the goods alone,
	// the taxes on the value with shipping.
	test('the USD 3 line: IDR 48,000 of goods with IDR 20,000 shipping pays VAT 7,480 only; IDR 48,001 pays duty 5,100 (7.5%) and VAT 8,041', () => {
		const at = run({ items: [{ category: 'other', value: 48_000 }], shipping: 20_000 });
		expect(steps(at)).toEqual([
			['duty', 68_000, 0, 0],
			['import-vat', 68_000, 11, 7480],
		]);
		expect(keys(at)).toContain('vat-border.duty-free-up-to');
		const past = run({ items: [{ category: 'other', value: 48_001 }], shipping: 20_000 });
		expect(steps(past)).toEqual([
			['duty', 68_001, 7.5, 5100],
			['import-vat', 73_101, 11, 8041],
		]);
		expect(past.total).toBe(13_141);
	});

	// ID1, ID2: textiles at the MFN rate (most garments 25%) with income tax at import (10%).
	test('an IDR 200,000 T-shirt with IDR 30,000 shipping: duty 57,500, VAT 31,625, income tax 28,750 — IDR 117,875 on delivery', () => {
		const r = run({ items: [{ category: 'clothing', value: 200_000 }], shipping: 30_000 });
		expect(steps(r)).toEqual([
			['duty', 230_000, 25, 57_500],
			['import-vat', 287_500, 11, 31_625],
			['vat-border.income-tax', 287_500, 10, 28_750],
		]);
		expect(r.onDelivery).toBe(117_875);
		expect(r.estimate).toBe(true);
	});

	// ID3: skin care (3304) 15%, with income tax like the other MFN goods.
	test('an IDR 300,000 serum: duty 45,000 (15%), VAT 37,950, income tax 34,500 — IDR 117,450', () => {
		const r = run({ items: [{ category: 'cosmetics', value: 300_000 }] });
		expect(steps(r)).toEqual([
			['duty', 300_000, 15, 45_000],
			['import-vat', 345_000, 11, 37_950],
			['vat-border.income-tax', 345_000, 10, 34_500],
		]);
	});

	// ID1: under USD 3 even MFN goods pay no duty and no income tax, only VAT.
	test('IDR 40,000 of socks (under USD 3): VAT 4,400 only — no duty and no income tax', () => {
		const r = run({ items: [{ category: 'clothing', value: 40_000 }] });
		expect(steps(r)).toEqual([
			['duty', 40_000, 0, 0],
			['import-vat', 40_000, 11, 4400],
		]);
	});

	// ID1 (7.5% for goods not at MFN), ID4 (a partnered platform is the importer and pays).
	test('an IDR 500,000 phone case from a partnered platform: duty 37,500 (7.5%), VAT 59,125 — IDR 96,625 at checkout, nothing on delivery', () => {
		const r = run({ channel: 'platform', items: [{ category: 'electronics', value: 500_000 }] });
		expect(steps(r)).toEqual([
			['duty', 500_000, 7.5, 37_500],
			['import-vat', 537_500, 11, 59_125],
		]);
		expect(r.onDelivery).toBe(0);
		expect(r.regime).toBe('collected-at-checkout');
	});

	test('the USD limit needs a dollar rate: without one the calculation says so', () => {
		expect(() => run({ fx: {}, items: [{ category: 'other', value: 100_000 }] })).toThrow(/vat-border\.no-rate/);
	});
});

test('Indonesia at a glance (issue 21): no duty up to USD 3, VAT 11% from the first rupiah; the platform collects at checkout', () => {
	const [platform, parcel] = glanceRows(id, '2026-12-07', (t) => t.en);
	expect(platform).toMatchObject({ key: 'glance.vat-collected-checkout-duty-free', params: { limit: [3, 'USD'], rate: 11 } });
	expect(parcel).toMatchObject({ key: 'glance.vat-duty-free-up-to', params: { limit: [3, 'USD'], rate: 11 } });
});
