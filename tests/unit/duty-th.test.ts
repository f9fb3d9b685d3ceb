import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, major, minor as baht, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('th.yaml');
const th = rules.parsed.data!;
const run = runner(th, { channel: 'parcel', date: '2026-12-07' });

test('content/duty/th.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Thailand — worked examples', () => {
	// TH1 (Customs Announcement 219/2568 as quoted by DHL Thailand): duty and 7% VAT from the first
	// baht since 2026-01-01; TH6 (Customs as reported): clothing about 30%; TH5: on the CIF value;
	// TH7: the five platforms collect the duty and VAT at checkout.
	test('a THB 1,000 T-shirt with THB 100 shipping from a platform owes THB 430.10 at checkout — duty 30% of 1,100 = 330, VAT 7% of 1,430 = 100.10 — and nothing on delivery', () => {
		const r = run({ channel: 'platform', items: [{ category: 'clothing', value: baht(1000) }], shipping: baht(100) });
		expect(steps(r)).toEqual([
			['duty', 1100, 30, 330],
			['import-vat', 1430, 7, 100.1],
		]);
		expect(r.regime).toBe('collected-at-checkout');
		expect(r.lines.every((l) => l.atCheckout)).toBe(true);
		expect(major(r.total)).toBe(430.1);
		expect(r.onDelivery).toBe(0);
		expect(keys(r)).toContain('vat-border.collected-at-checkout');
		expect(r.estimate).toBe(true);
	});

	// The same parcel from a shop outside the agreements: the same amounts, paid on delivery (TH1).
	test('the same T-shirt from another shop by post: THB 430.10 on delivery, with the note on how Thailand Post and couriers collect it', () => {
		const r = run({ items: [{ category: 'clothing', value: baht(1000) }], shipping: baht(100) });
		expect(major(r.onDelivery)).toBe(430.1);
		expect(r.lines.some((l) => l.atCheckout)).toBe(false);
		expect(keys(r)).toContain('th.on-delivery');
	});

	// TH3, TH2: from 2024-07-05 to 2025-12-31 no duty on a CIF value up to 1,500 baht, VAT from the first baht.
	test('the 1,500-baht line in 2025: 1,400 of clothing + 100 shipping pays VAT THB 105 only; 1,401 + 100 pays duty THB 450.30 and VAT THB 136.59', () => {
		const at = run({ date: '2025-06-01', items: [{ category: 'clothing', value: baht(1400) }], shipping: baht(100) });
		expect(steps(at)).toEqual([
			['duty', 1500, 0, 0],
			['import-vat', 1500, 7, 105],
		]);
		expect(keys(at)).toContain('vat-border.duty-free-up-to');
		const past = run({ date: '2025-06-01', items: [{ category: 'clothing', value: baht(1401) }], shipping: baht(100) });
		expect(steps(past)).toEqual([
			['duty', 1501, 30, 450.3],
			['import-vat', 1951.3, 7, 136.59],
		]);
		expect(keys(past)).toContain('vat-border.duty-over');
	});

	// TH5, TH4: until 2024-07-04 nothing at all on a CIF value of 1,500 baht or less.
	test('before 5 July 2024: 1,500 baht with shipping paid nothing; 1,500.01 paid duty and VAT on the whole value', () => {
		const at = run({ date: '2024-06-01', items: [{ category: 'bags', value: baht(1450) }], shipping: baht(50) });
		expect(at.total).toBe(0);
		expect(at.regime).toBe('import-exempt');
		const past = run({ date: '2024-06-01', items: [{ category: 'bags', value: baht(1450.01) }], shipping: baht(50) });
		// Duty 20% of 1,500.01 = 300.002 → 300.00; VAT 7% of 1,800.01 = 126.0007 → 126.00.
		expect(steps(past)).toEqual([
			['duty', 1500.01, 20, 300],
			['import-vat', 1800.01, 7, 126],
		]);
	});

	// TH2 (the interim VAT to 31 December 2025) and TH1 (duty from 1 baht from 1 January 2026).
	test('a THB 500 pair of shoes with no shipping: VAT THB 35 on 31 December 2025; duty THB 150 and VAT THB 45.50 on 1 January 2026', () => {
		const before = run({ date: '2025-12-31', items: [{ category: 'shoes', value: baht(500) }] });
		expect(major(before.total)).toBe(35);
		const after = run({ date: '2026-01-01', items: [{ category: 'shoes', value: baht(500) }] });
		expect(steps(after)).toEqual([
			['duty', 500, 30, 150],
			['import-vat', 650, 7, 45.5],
		]);
	});

	// TH7: electrical goods about 10%; a cheap phone case from a platform.
	test('a THB 200 phone accessory with THB 50 shipping from a platform: duty THB 25, VAT THB 19.25 — THB 44.25 at checkout', () => {
		const r = run({ channel: 'platform', items: [{ category: 'electronics', value: baht(200) }], shipping: baht(50) });
		expect(steps(r)).toEqual([
			['duty', 250, 10, 25],
			['import-vat', 275, 7, 19.25],
		]);
		expect(r.onDelivery).toBe(0);
	});

	// No separate gift relief was found: a gift is taxed like a purchase, and a platform does not
	// collect on a gift (it is not a sale).
	test('a THB 800 toy sent as a gift: no allowance, duty not preset (enter a rate), VAT THB 56 on delivery even on the platform channel', () => {
		const r = run({ channel: 'platform', gift: true, items: [{ category: 'toys', value: baht(800) }] });
		expect(steps(r)).toEqual([
			['duty', 800, 0, 0],
			['import-vat', 800, 7, 56],
		]);
		expect(major(r.onDelivery)).toBe(56);
		expect(keys(r)).toEqual(expect.arrayContaining(['tariff-not-included', 'vat-border.gift-none']));
		expect(keys(r)).not.toContain('vat-border.gift-over');
	});

	// TH8: 7% confirmed to 30 September 2026; the renewal after it was not found, so the rate is an estimate.
	test('the VAT rate is sourced to 30 September 2026 and an estimate after it', () => {
		const sept = run({ date: '2026-09-30', items: [{ category: 'books', value: baht(100) }] });
		expect(sept.lines.find((l) => l.key === 'import-vat')!.estimate).toBeFalsy();
		const oct = run({ date: '2026-10-01', items: [{ category: 'books', value: baht(100) }] });
		expect(oct.lines.find((l) => l.key === 'import-vat')!.estimate).toBe(true);
	});
});

test('Thailand at a glance (issue 21): duty and 7% VAT from the first baht, collected by the platforms at checkout; in 2025 no duty up to THB 1,500', () => {
	const rows = (date: string) => glanceRows(th, date, (t) => t.en);
	const [platform, parcel] = rows('2026-12-07');
	expect(platform).toMatchObject({ key: 'glance.vat-collected-checkout', params: { rate: 7 }, since: '2026-10-01' });
	expect(parcel).toMatchObject({ key: 'glance.vat-first-unit', params: { rate: 7 } });
	expect(rows('2025-06-01')[1]).toMatchObject({ key: 'glance.vat-duty-free-up-to', params: { limit: [1500, 'THB'], rate: 7 } });
});
