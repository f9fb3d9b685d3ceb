import { describe, expect, test } from 'vitest';
import type { DutyInput } from '../../src/duty/types.ts';
import { keys, loadRules, major, minor as centavos, rulesProblems, runner, steps } from './duty-helpers.ts';

// Mexico (issue 21): one "tasa global" on the customs value of a courier parcel, by origin and by
// value band in US dollars (RGCE rule 3.7.35). Amounts typed in dollars are converted at MX$18.40,
// the calculator's snapshot rate, and the bands are compared in dollars as typed.
const rules = loadRules('mx.yaml');
const mx = rules.parsed.data!;
const run = runner(mx, { channel: 'courier', origin: 'CN', date: '2026-12-07', fx: { USD: 18.4 } });
const inDollars = (usd: number, origin: string, shipping = 0): Partial<DutyInput> & { items: DutyInput['items'] } => ({
	origin,
	items: [{ category: 'clothing', value: Math.round(centavos(usd) * 18.4) }],
	shipping: Math.round(centavos(shipping) * 18.4),
	entered: { currency: 'USD', minorUnits: 2, goods: centavos(usd), shipping: centavos(shipping), insurance: 0 },
});

test('content/duty/mx.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Mexico — worked examples', () => {
	// Foro Cuatro (MX4): since 2025-08-15 a MX$1,000 purchase pays MX$335.
	test('a MX$1,000 parcel from China owes the 33.5% global rate: MX$335.00', () => {
		const r = run({ items: [{ category: 'clothing', value: centavos(1000) }] });
		expect(steps(r)).toEqual([['mx.global-rate', 1000, 33.5, 335]]);
		expect(r.regime).toBe('mx-global');
		expect(major(r.onDelivery)).toBe(335);
	});

	// MX7 and MX1: the rate was 19% until the Fourth Resolution took effect on 2025-08-15.
	test('the same parcel on 2025-08-14 owed 19% (MX$190.00); from 2025-08-15, 33.5%', () => {
		expect(major(run({ date: '2025-08-14', items: [{ category: 'clothing', value: centavos(1000) }] }).total)).toBe(190);
		expect(major(run({ date: '2025-08-15', items: [{ category: 'clothing', value: centavos(1000) }] }).total)).toBe(335);
	});

	// Uno TV (MX3) and Expansión (MX2): USMCA goods up to US$50 pay no duty or VAT (only the DTA fee).
	test('US-made goods of exactly US$50 owe nothing but the DTA fee; at US$50.01 the 17% rate: MX$156.43', () => {
		const at = run(inDollars(50, 'US'));
		expect(at.total).toBe(0);
		expect(at.regime).toBe('mx-tmec-exempt');
		expect(keys(at)).toEqual(expect.arrayContaining(['mx.dta', 'mx.tmec-origin', 'bands.near']));
		const past = run(inDollars(50.01, 'US'));
		expect(steps(past)).toEqual([['mx.global-rate', 920.18, 17, 156.43]]);
	});

	// MX2: 17% from US$50 to US$117; 19% above (an estimate: MX3 reads it as open to any origin).
	test('US-made goods of US$117 owe 17% (MX$365.98); at US$117.01, 19% (MX$409.07), marked as an estimate', () => {
		expect(steps(run(inDollars(117, 'US')))).toEqual([['mx.global-rate', 2152.8, 17, 365.98]]);
		const past = run(inDollars(117.01, 'US'));
		expect(steps(past)).toEqual([['mx.global-rate', 2152.98, 19, 409.07]]);
		expect(past.estimate).toBe(true);
	});

	// MX1, MX2: goods from a country without a trade agreement pay 33.5% at any value up to US$2,500.
	test('Chinese goods of US$117.01 still owe 33.5% (MX$721.25), not the USMCA 19%', () => {
		expect(steps(run(inDollars(117.01, 'CN')))).toEqual([['mx.global-rate', 2152.98, 33.5, 721.25]]);
	});
});

describe('Mexico — channels, shipping and limits', () => {
	test('bought on a platform that shows the tax at checkout: the same MX$335, paid at checkout, nothing on delivery', () => {
		const r = run({ channel: 'platform', items: [{ category: 'clothing', value: centavos(1000) }] });
		expect(major(r.total)).toBe(335);
		expect(r.onDelivery).toBe(0);
		expect(keys(r)).toContain('bands.checkout');
	});

	test('shipping counts: US$45 of US-made goods with US$10 shipping is over US$50 and owes 17% of MX$1,012', () => {
		expect(steps(run(inDollars(45, 'US', 10)))).toEqual([['mx.global-rate', 1012, 17, 172.04]]);
	});

	test('goods made in the US but with no origin given: the 33.5% rate, and the reader is asked for the origin', () => {
		const r = run({ origin: '', items: [{ category: 'clothing', value: centavos(1000) }] });
		expect(major(r.total)).toBe(335);
		expect(keys(r)).toContain('bands.origin-unknown');
	});

	test('over US$2,500 a parcel needs a formal import: not allowed, amounts for the record', () => {
		expect(run(inDollars(2500.01, 'CN')).notAllowed).toEqual({ key: 'bands.over-limit', params: { usd: 2500 } });
		expect(run(inDollars(2500, 'CN')).notAllowed).toBeUndefined();
	});
});
