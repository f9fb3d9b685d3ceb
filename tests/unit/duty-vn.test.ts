import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import type { DutyResult } from '../../src/duty/types.ts';
import { keys, loadRules, rulesProblems, runner } from './duty-helpers.ts';

const rules = loadRules('vn.yaml');
const vn = rules.parsed.data!;
// Dong have no minor unit: amounts are whole dong.
const run = runner(vn, { channel: 'parcel', date: '2026-12-07' });
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);

test('content/duty/vn.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Vietnam — worked examples', () => {
	// VN1 (Decision 01/2025: VAT from the first dong since 2025-02-18), VN2 (duty exemption up to
	// VND 1,000,000 kept under Decree 134, Art. 29), VN6 (VAT 8% to 2026-12-31).
	test('a VND 800,000 dress with VND 100,000 shipping owes VND 72,000 VAT on delivery (8% of 900,000) and no duty', () => {
		const r = run({ items: [{ category: 'clothing', value: 800_000 }], shipping: 100_000 });
		expect(steps(r)).toEqual([
			['duty', 900_000, 0, 0],
			['import-vat', 900_000, 8, 72_000],
		]);
		expect(keys(r)).toEqual(expect.arrayContaining(['vat-border.duty-free-up-to', 'vn.express']));
		// The duty exemption is disputed (VN2 against VN3): the result says it is an estimate.
		expect(r.estimate).toBe(true);
	});

	// VN2: "up to VND 1,000,000", shipping counted (customs value).
	test('the VND 1,000,000 line: 950,000 + 50,000 pays VAT 80,000 only; 950,001 + 50,000 pays duty 200,000 (20%) and VAT 96,000', () => {
		const at = run({ items: [{ category: 'clothing', value: 950_000 }], shipping: 50_000 });
		expect(steps(at)).toEqual([
			['duty', 1_000_000, 0, 0],
			['import-vat', 1_000_000, 8, 80_000],
		]);
		const past = run({ items: [{ category: 'clothing', value: 950_001 }], shipping: 50_000 });
		expect(steps(past)).toEqual([
			['duty', 1_000_001, 20, 200_000],
			['import-vat', 1_200_001, 8, 96_000],
		]);
		expect(past.total).toBe(296_000);
		expect(keys(past)).toContain('vat-border.duty-over');
	});

	// VN4 (Decision 78: nothing up to VND 1,000,000 by express) to 2025-02-17; VN1 from 2025-02-18.
	test('VND 900,000 of goods by express: nothing on 17 February 2025, VAT VND 72,000 on 18 February 2025', () => {
		const before = run({ date: '2025-02-17', items: [{ category: 'clothing', value: 900_000 }] });
		expect(before.total).toBe(0);
		expect(before.regime).toBe('import-exempt');
		const after = run({ date: '2025-02-18', items: [{ category: 'clothing', value: 900_000 }] });
		expect(steps(after)).toEqual([
			['duty', 900_000, 0, 0],
			['import-vat', 900_000, 8, 72_000],
		]);
	});

	// VN6: IT products joined the 8% cut on 2025-07-01; the cut ends on 2026-12-31.
	test('a VND 700,000 phone accessory: VAT 70,000 (10%) in March 2025, 56,000 (8%) in December 2026, 70,000 again from 2027', () => {
		const item = { items: [{ category: 'electronics' as const, value: 700_000 }] };
		const vat = (date: string) => run({ date, ...item }).lines.find((l) => l.key === 'import-vat')!;
		expect([vat('2025-03-01').rate, vat('2025-03-01').amount]).toEqual([10, 70_000]);
		expect([vat('2026-12-07').rate, vat('2026-12-07').amount]).toEqual([8, 56_000]);
		expect([vat('2027-01-01').rate, vat('2027-01-01').amount]).toEqual([10, 70_000]);
		// Above VND 1,000,000 duty applies, and on electronics it is not preset: the result asks for a rate.
		expect(keys(run({ items: [{ category: 'electronics', value: 1_200_000 }] }))).toContain('tariff-not-included');
	});

	// VN5, VN4: gifts up to VND 2,000,000 free (four times a year); above, the whole value is taxed.
	test('gifts: VND 1,900,000 + 100,000 shipping pays nothing; VND 2,400,000 + 100,000 of clothing pays duty 500,000 and VAT 240,000', () => {
		const free = run({ gift: true, items: [{ category: 'clothing', value: 1_900_000 }], shipping: 100_000 });
		expect(free.total).toBe(0);
		expect(free.regime).toBe('gift-relief');
		const over = run({ gift: true, items: [{ category: 'clothing', value: 2_400_000 }], shipping: 100_000 });
		expect(steps(over)).toEqual([
			['duty', 2_500_000, 20, 500_000],
			['import-vat', 3_000_000, 8, 240_000],
		]);
		expect(keys(over)).toContain('vat-border.gift-over');
	});

	test('a gift of wine is never free: duty not preset, VAT 10% (goods with special consumption tax keep it), excise not included', () => {
		const r = run({ gift: true, items: [{ category: 'alcohol', value: 500_000 }] });
		expect(r.lines.find((l) => l.key === 'import-vat')!.rate).toBe(10);
		expect(keys(r)).toEqual(expect.arrayContaining(['vat-border.gift-excluded', 'excise-not-included']));
	});
});

test('Vietnam at a glance (issue 21): no duty up to VND 1,000,000, VAT 8% from the first dong; 10% from 2027', () => {
	const row = (date: string) => glanceRows(vn, date, (t) => t.en)[0];
	expect(row('2026-12-07')).toMatchObject({ key: 'glance.vat-duty-free-up-to', params: { limit: [1_000_000, 'VND'], rate: 8 } });
	expect(row('2027-01-01')!.params['rate']).toBe(10);
});
