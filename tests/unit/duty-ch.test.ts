import { describe, expect, test } from 'vitest';
import { keys, loadRules, major, minor as chf, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('ch.yaml');
const ch = rules.parsed.data!;
const run = runner(ch, { channel: 'parcel', date: '2026-12-07' });

test('content/duty/ch.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Switzerland — worked examples', () => {
	// FOCBS (CH1): "Tax amounts of up to 5 Swiss francs are not levied. This tax amount corresponds
	// to the assessment basis of CHF 62 at the 8,1 % VAT rate or CHF 193 at the 2.6% VAT rate."
	test('CHF 62 of goods with shipping at 8.1%: VAT 5.02, rounded CHF 5.00, not levied; CHF 63: CHF 5.10 is due', () => {
		const at = run({ items: [{ category: 'electronics', value: chf(52) }], shipping: chf(10) });
		expect(at.regime).toBe('vat-waived');
		expect(steps(at)).toEqual([
			['duty', 52, 0, 0],
			['import-vat', 62, 8.1, 0],
		]);
		expect(at.total).toBe(0);
		expect(at.carrier).toEqual([]);
		expect(keys(at)).toContain('vat-border.vat-waived');
		const over = run({ items: [{ category: 'electronics', value: chf(53) }], shipping: chf(10) });
		expect(major(over.total)).toBe(5.1);
		expect(major(over.carrierTotal)).toBe(16);
	});

	test('CH1 at the reduced rate: CHF 193 of books pay nothing (5.02 → 5.00); CHF 194 pay CHF 5.05', () => {
		expect(run({ items: [{ category: 'books', value: chf(193) }] }).total).toBe(0);
		expect(major(run({ items: [{ category: 'books', value: chf(194) }] }).total)).toBe(5.05);
	});

	// FOCBS sample calculation (CH2): a taxable goods value of CHF 196.70 (the shop's invoice of
	// CHF 159.25 with Swiss Post's CHF 17.45 and CHF 20.00, entered here as shipping), VAT 8.1% on
	// it rounded to the nearest franc: 8.1% of CHF 197 = CHF 15.957, CHF 15.95.
	test('CH2: a taxable value of CHF 196.70 is rounded to CHF 197, and 8.1% of it is CHF 15.95', () => {
		const r = run({ items: [{ category: 'electronics', value: chf(159.25) }], shipping: chf(37.45) });
		expect(steps(r)).toEqual([
			['duty', 159.25, 0, 0],
			['import-vat', 197, 8.1, 15.95],
		]);
		expect(keys(r)).toContain('ch.fees-in-base');
	});

	// CH3: no duty on industrial goods since 2024-01-01; food pays by weight, which is not known here.
	test('a CHF 300 jacket with CHF 20 shipping pays no duty and CHF 25.90 VAT; CHF 300 of food pays 2.6% (CHF 7.80) and duty by weight is named, not added', () => {
		expect(steps(run({ items: [{ category: 'clothing', value: chf(300) }], shipping: chf(20) }))).toEqual([
			['duty', 300, 0, 0],
			['import-vat', 320, 8.1, 25.9],
		]);
		const food = run({ items: [{ category: 'food', value: chf(300) }] });
		expect(major(food.total)).toBe(7.8);
		expect(keys(food)).toContain('vat-border.duty-by-weight');
	});

	// Swiss Post (CH4): gifts from private individuals abroad are duty-free up to CHF 100, alcohol and tobacco excepted.
	test('a gift of CHF 100 pays nothing; a gift of CHF 150 pays VAT on all of it (CHF 12.15); wine as a gift is never free', () => {
		expect(run({ items: [{ category: 'toys', value: chf(100) }], gift: true }).regime).toBe('gift-relief');
		expect(major(run({ items: [{ category: 'toys', value: chf(150) }], gift: true }).total)).toBe(12.15);
		expect(run({ items: [{ category: 'alcohol', value: chf(80) }], gift: true }).regime).not.toBe('gift-relief');
	});

	// ESTV (CH5): a registered mail-order seller taxes every delivery as a domestic supply, even one
	// whose import VAT would have been under CHF 5.
	test('from a seller registered for Swiss VAT: CHF 40 + CHF 10 delivery carries CHF 4.05 VAT at checkout, nothing on delivery', () => {
		const r = run({ channel: 'registered', items: [{ category: 'other', value: chf(40) }], shipping: chf(10) });
		expect(steps(r)).toEqual([['vat-at-checkout', 50, 8.1, 4.05]]);
		expect(r.onDelivery).toBe(0);
		expect(keys(r)).toContain('vat-border.checkout-all');
	});
});
