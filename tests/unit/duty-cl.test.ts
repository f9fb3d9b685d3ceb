import { describe, expect, test } from 'vitest';
import type { DutyInput, DutyResult } from '../../src/duty/types.ts';
import { keys, loadRules, rulesProblems, runner } from './duty-helpers.ts';

// Chile (issue 21): since 2025-10-25 a platform registered with the SII charges 19% VAT at checkout
// up to US$500 with shipping; above, 6% duty and 19% VAT on value + duty at import. Pesos have no
// minor unit. Amounts typed in dollars are converted at CLP 946.24, the rate Meganoticias (CL6)
// used (US$500 = CLP 473,118), and the bands are compared in dollars as typed.
const rules = loadRules('cl.yaml');
const cl = rules.parsed.data!;
const RATE = 946.24;
const run = runner(cl, { channel: 'registered', origin: 'CN', date: '2026-12-07', fx: { USD: RATE } });
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);
const inDollars = (usd: number, shipping = 0): Partial<DutyInput> & { items: DutyInput['items'] } => ({
	items: [{ category: 'clothing', value: Math.round(usd * RATE) }],
	shipping: Math.round(shipping * RATE),
	entered: { currency: 'USD', minorUnits: 2, goods: Math.round(usd * 100), shipping: Math.round(shipping * 100), insurance: 0 },
});

test('content/duty/cl.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Chile — worked examples', () => {
	// El Dínamo, quoting the SII (CL2): a US$30 product costs US$35.70 with VAT.
	test('a US$30 product from a registered platform owes 19% VAT at checkout: CLP 5,394 (US$5.70)', () => {
		const r = run(inDollars(30));
		expect(steps(r)).toEqual([['cl.vat', 28387, 19, 5394]]);
		expect(Math.round((r.total / RATE) * 100) / 100).toBe(5.7);
		expect(r.onDelivery).toBe(0);
		expect(r.regime).toBe('cl-platform-vat');
	});

	// CL3: VAT at checkout up to US$500, no duty.
	test('exactly US$500: VAT only, CLP 89,893, at checkout', () => {
		const r = run(inDollars(500));
		expect(steps(r)).toEqual([['cl.vat', 473120, 19, 89893]]);
		expect(r.onDelivery).toBe(0);
	});

	// CL1: above US$500, 6% duty and 19% VAT (on value + duty), at import.
	test('US$500.01: 6% duty CLP 28,388 and 19% VAT CLP 95,288 on value + duty, paid at import', () => {
		const r = run(inDollars(500.01));
		expect(steps(r)).toEqual([
			['cl.duty', 473129, 6, 28388],
			['cl.vat', 501517, 19, 95288],
		]);
		expect(r.onDelivery).toBe(123676);
		expect(r.regime).toBe('cl-import');
	});

	// CL4, CL6: until 2025-10-24, nothing was due up to US$41.
	test('on 2025-10-24 a US$41 parcel owed nothing; US$41.01 owed duty CLP 2,328 and VAT CLP 7,815', () => {
		expect(run({ ...inDollars(41), date: '2025-10-24' }).total).toBe(0);
		const past = run({ ...inDollars(41.01), date: '2025-10-24' });
		expect(steps(past)).toEqual([
			['cl.duty', 38805, 6, 2328],
			['cl.vat', 41133, 19, 7815],
		]);
		// The next day the same US$41 pays VAT at checkout.
		expect(run({ ...inDollars(41), date: '2025-10-25' }).total).toBe(7371);
	});

	test('shipping counts: US$450 of goods with US$60 shipping is over US$500 — duty and VAT at import', () => {
		expect(run(inDollars(450, 60)).regime).toBe('cl-import');
	});
});

describe('Chile — a shop not registered with the SII', () => {
	// CL3: VAT is paid at import; whether duty is also due is reported both ways (an estimate).
	test('US$30 owes the same 19% VAT, paid at import, marked as an estimate with the reason', () => {
		const r = run({ ...inDollars(30), channel: 'unregistered' });
		expect(steps(r)).toEqual([['cl.vat', 28387, 19, 5394]]);
		expect(r.onDelivery).toBe(5394);
		expect(r.estimate).toBe(true);
		expect(keys(r)).toContain('cl.duty-unclear');
	});
});
