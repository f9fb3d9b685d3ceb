import { describe, expect, test } from 'vitest';
import type { DutyInput } from '../../src/duty/types.ts';
import { keys, loadRules, major, minor as centavos, rulesProblems, runner, steps } from './duty-helpers.ts';

// Colombia (issue 21): parcels by post or courier. No duty up to US$200 FOB (goods alone); 19% VAT
// on goods + shipping unless from the US; above US$200, 10% duty and VAT on value + duty. Amounts
// typed in dollars are converted at COP 3,900 (the calculator's snapshot rate, an estimate) and
// the band is compared in dollars as typed.
const rules = loadRules('co.yaml');
const co = rules.parsed.data!;
const RATE = 3900;
const run = runner(co, { channel: 'parcel', origin: 'CN', date: '2026-12-07', fx: { USD: RATE } });
const inDollars = (usd: number, origin: string, shipping = 0): Partial<DutyInput> & { items: DutyInput['items'] } => ({
	origin,
	items: [{ category: 'clothing', value: Math.round(centavos(usd) * RATE) }],
	shipping: Math.round(centavos(shipping) * RATE),
	entered: { currency: 'USD', minorUnits: 2, goods: centavos(usd), shipping: centavos(shipping), insurance: 0 },
});

test('content/duty/co.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Colombia — worked examples', () => {
	// CO1 (the DIAN as reported): no duty up to US$200 FOB, VAT on product, freight and insurance unless from the US.
	test('US$150 from China with US$20 shipping: no duty, VAT 19% of COP 663,000 = COP 125,970 (US$32.30)', () => {
		const r = run(inDollars(150, 'CN', 20));
		expect(steps(r)).toEqual([['co.vat', 663000, 19, 125970]]);
		expect(r.regime).toBe('co-vat-only');
		expect(major(r.onDelivery)).toBe(125970);
	});

	// CO3: the VAT exemption applies only under the FTA with the United States.
	test('the same parcel from the US owes nothing', () => {
		const r = run(inDollars(150, 'US', 20));
		expect(r.total).toBe(0);
		expect(keys(r)).toContain('co.us-origin');
	});

	// CO3 (Decree 1090 of 2020): FOB, shipping excluded — US$190 with US$30 shipping is still under US$200.
	test('shipping does not count toward US$200: US$190 from the US with US$30 shipping is still exempt', () => {
		expect(run(inDollars(190, 'US', 30)).total).toBe(0);
	});

	// CO2: above US$200, 10% duty (subheading 98.07) and VAT on the value plus duty.
	test('exactly US$200 from China: VAT only, COP 148,200; at US$200.01: 10% duty COP 78,003.90 and VAT COP 163,028.15', () => {
		expect(steps(run(inDollars(200, 'CN')))).toEqual([['co.vat', 780000, 19, 148200]]);
		const past = run(inDollars(200.01, 'CN'));
		expect(steps(past)).toEqual([
			['co.duty', 780039, 10, 78003.9],
			['co.vat', 858042.9, 19, 163028.15],
		]);
		expect(past.regime).toBe('co-duty-vat');
	});

	test('from the US above US$200: duty and VAT like any origin', () => {
		expect(run(inDollars(250, 'US')).regime).toBe('co-duty-vat');
	});

	// CO4: the postal and courier mode takes parcels up to US$2,000.
	test('over US$2,000 the parcel needs an ordinary import: not allowed, amounts for the record', () => {
		expect(run(inDollars(2000.01, 'CN')).notAllowed).toEqual({ key: 'bands.over-limit', params: { usd: 2000 } });
		expect(run(inDollars(2000, 'CN')).notAllowed).toBeUndefined();
	});
});
