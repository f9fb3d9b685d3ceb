import { describe, expect, test } from 'vitest';
import { keys, loadRules, major, minor as kr, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('no.yaml');
const no = rules.parsed.data!;
const run = runner(no, { channel: 'voec', date: '2026-12-07' });

test('content/duty/no.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Norway — worked examples', () => {
	// Skatteetaten (NO1): VOEC items are taxed at checkout on the price with shipping (the NOK 3,000
	// test leaves shipping out); Tolletaten (NO2): no customs duty on VOEC goods.
	test('a NOK 1,000 jacket with NOK 100 shipping from a VOEC shop owes NOK 275 VAT at checkout, no duty, nothing on delivery', () => {
		const r = run({ items: [{ category: 'clothing', value: kr(1000) }], shipping: kr(100) });
		expect(steps(r)).toEqual([['vat-at-checkout', 1100, 25, 275]]);
		expect(r.onDelivery).toBe(0);
		expect(r.carrier).toEqual([]);
	});

	// NO1: "goods with value at or above NOK 3,000 … will be subject to border collection".
	test('the NOK 3,000 line: an item of NOK 2,999 pays NOK 749.75 at checkout; one of exactly NOK 3,000 pays NOK 750 VAT on delivery, plus the carrier’s fee', () => {
		const under = run({ items: [{ category: 'electronics', value: kr(2999) }] });
		expect(steps(under)).toEqual([['vat-at-checkout', 2999, 25, 749.75]]);
		expect(keys(under)).toContain('near-limit');
		const at = run({ items: [{ category: 'electronics', value: kr(3000) }] });
		expect(steps(at)).toEqual([
			['duty', 3000, 0, 0],
			['import-vat', 3000, 25, 750],
		]);
		expect(major(at.onDelivery)).toBe(750);
		expect(keys(at)).toContain('vat-border.over-item');
		expect(major(at.carrierTotal)).toBe(149);
	});

	// NO1 ("applies per item – not per invoice"); the seller's own examples (ediya-shop.se/sidor/voec,
	// example 2: items of 1,600 and 3,200 kr in one order): VOEC for the first only.
	test('one order, two items: NOK 1,600 of clothing at checkout (NOK 400), a NOK 3,200 phone at the border (NOK 800)', () => {
		const r = run({ items: [{ category: 'clothing', value: kr(1600) }, { category: 'electronics', value: kr(3200) }] });
		expect(r.regime).toBe('vat-split');
		expect(steps(r)).toEqual([
			['vat-at-checkout', 1600, 25, 400],
			['duty', 3200, 0, 0],
			['import-vat', 3200, 25, 800],
		]);
		expect(major(r.total)).toBe(1200);
		expect(major(r.onDelivery)).toBe(800);
	});

	// NO2, NO3: food is outside VOEC and pays 15% VAT at the border at any value; its duty varies.
	test('NOK 200 of food from a VOEC shop: NOK 30 VAT (15%) at the border, duty not included (enter a rate), and the carrier’s fee', () => {
		const r = run({ items: [{ category: 'food', value: kr(200) }] });
		expect(steps(r)).toEqual([
			['duty', 200, 0, 0],
			['import-vat', 200, 15, 30],
		]);
		expect(keys(r)).toEqual(expect.arrayContaining(['vat-border.always-at-border', 'tariff-not-included']));
		expect(r.lines.some((l) => l.atCheckout)).toBe(false);
	});

	// NO3 (duty on clothing only), NO6 (customs value includes transport), NO5 (VAT basis = customs
	// value + duties): a shop outside VOEC.
	test('a NOK 500 dress with NOK 50 shipping from a shop outside VOEC: duty 10.7% of 550 = NOK 58.85, VAT 25% of 608.85 = NOK 152.21 — NOK 211.06, an estimate', () => {
		const r = run({ channel: 'unregistered', items: [{ category: 'clothing', value: kr(500) }], shipping: kr(50) });
		expect(steps(r)).toEqual([
			['duty', 550, 10.7, 58.85],
			['import-vat', 608.85, 25, 152.21],
		]);
		expect(major(r.total)).toBe(211.06);
		expect(r.estimate).toBe(true);
		expect(keys(r)).toContain('no.unregistered');
	});

	// NO8: below NOK 350 with freight nothing was declared until 2023-12-31; NO2: VAT from the first krone since 2024-01-01.
	test('NOK 300 of earphones with NOK 40 shipping outside VOEC: nothing in 2023 (NOK 340, below 350); NOK 85 VAT from 2024; NOK 310 + 40 = 350 paid in 2023 too', () => {
		const item = { channel: 'unregistered', items: [{ category: 'electronics' as const, value: kr(300) }], shipping: kr(40) };
		const before = run({ ...item, date: '2023-12-31' });
		expect(before.regime).toBe('import-exempt');
		expect(before.total).toBe(0);
		expect(major(run({ ...item, date: '2024-01-01' }).total)).toBe(85);
		expect(major(run({ ...item, items: [{ category: 'electronics', value: kr(310) }], date: '2023-12-31' }).total)).toBe(87.5);
		// Food never had the NOK 350 limit.
		expect(major(run({ ...item, items: [{ category: 'food', value: kr(100) }], date: '2023-12-31' }).total)).toBe(21);
	});

	// NO4: a gift from a private person abroad of NOK 1,000 or less (shipping not counted) is free.
	test('a gift of NOK 1,000 with NOK 150 postage pays nothing; one of NOK 1,001 pays VAT on its whole value with postage: NOK 287.75', () => {
		const free = run({ items: [{ category: 'toys', value: kr(1000) }], shipping: kr(150), gift: true });
		expect(free.regime).toBe('gift-relief');
		expect(free.total).toBe(0);
		const over = run({ items: [{ category: 'toys', value: kr(1001) }], shipping: kr(150), gift: true });
		expect(steps(over)).toEqual([
			['duty', 1151, 0, 0],
			['import-vat', 1151, 25, 287.75],
		]);
		expect(over.lines.some((l) => l.atCheckout)).toBe(false);
		expect(run({ items: [{ category: 'alcohol', value: kr(300) }], gift: true }).regime).toBe('duty-and-vat');
	});

	test('books are zero-rated and still under VOEC: NOK 400 of books from a VOEC shop owe nothing', () => {
		const r = run({ items: [{ category: 'books', value: kr(400) }] });
		expect(steps(r)).toEqual([['vat-at-checkout', 400, 0, 0]]);
	});
});
