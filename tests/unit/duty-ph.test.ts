import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, major, minor as peso, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('ph.yaml');
const ph = rules.parsed.data!;
const run = runner(ph, { channel: 'parcel', date: '2026-12-07' });

test('content/duty/ph.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Philippines — worked examples', () => {
	// PH4 (CMTA Sec. 423: FOB/FCA value of PHP 10,000 or below), PH3 (BOC: no duties and taxes).
	test('the PHP 10,000 line is on the goods alone: PHP 10,000 of clothes with PHP 800 shipping pays nothing', () => {
		const r = run({ items: [{ category: 'clothing', value: peso(10_000) }], shipping: peso(800) });
		expect(r.total).toBe(0);
		expect(r.regime).toBe('import-exempt');
		expect(keys(r)).toContain('vat-border.vat-exempt');
	});

	// PH1 (duty on the dutiable value; VAT 12% of the total landed cost; IPF PHP 250), PH2 (broker's
	// PHP 700 in the VAT base), PH5 (documentary stamp PHP 280).
	test('PHP 10,000.01 of clothes with PHP 800 shipping: duty 1,620, VAT 12% of 13,650.01 = 1,638, stamp 280, IPF 250 — PHP 3,788 to Customs, and the broker’s PHP 700', () => {
		const r = run({ items: [{ category: 'clothing', value: peso(10_000.01) }], shipping: peso(800) });
		expect(steps(r)).toEqual([
			['duty', 10_800.01, 15, 1620],
			['import-vat', 13_650.01, 12, 1638],
			['charge.documentary-stamp', 0, 0, 280],
			['charge.import-processing', 0, 0, 250],
		]);
		expect(major(r.total)).toBe(3788);
		expect(major(r.carrierTotal)).toBe(700);
		expect(keys(r)).toEqual(expect.arrayContaining(['vat-border.vat-over', 'ph.landed-cost']));
	});

	// PH1, PH2; electronics duty-free under the ITA (estimate).
	test('a PHP 30,000 laptop with PHP 1,500 shipping: no duty, VAT 12% of 32,730 = 3,927.60, plus PHP 530 of charges — PHP 4,457.60', () => {
		const r = run({ items: [{ category: 'electronics', value: peso(30_000) }], shipping: peso(1500) });
		expect(steps(r)).toEqual([
			['duty', 31_500, 0, 0],
			['import-vat', 32_730, 12, 3927.6],
			['charge.documentary-stamp', 0, 0, 280],
			['charge.import-processing', 0, 0, 250],
		]);
		expect(major(r.total)).toBe(4457.6);
		expect(r.estimate).toBe(true);
	});

	// PH3: wines and spirits pay excise whatever the value; the calculator does not include excise.
	test('PHP 2,000 of wine: no duty or VAT under the de minimis, but the excise (not included) is still due', () => {
		const r = run({ items: [{ category: 'alcohol', value: peso(2000) }] });
		expect(r.total).toBe(0);
		expect(keys(r)).toContain('excise-not-included');
	});

	// No gift allowance of its own: a gift over PHP 10,000 is taxed like a purchase.
	test('a PHP 12,000 gift of shoes: no gift relief; duty not preset (enter a rate); VAT 12% of 13,230 = 1,587.60 plus PHP 530 of charges', () => {
		const r = run({ gift: true, items: [{ category: 'shoes', value: peso(12_000) }] });
		expect(steps(r)).toEqual([
			['duty', 12_000, 0, 0],
			['import-vat', 13_230, 12, 1587.6],
			['charge.documentary-stamp', 0, 0, 280],
			['charge.import-processing', 0, 0, 250],
		]);
		expect(keys(r)).toEqual(expect.arrayContaining(['vat-border.gift-none', 'tariff-not-included']));
	});

	// The fixed charges are spread over the goods by value, so two kinds of goods share them.
	test('two items share the fixed charges by value: PHP 8,000 of clothes and PHP 4,000 of books', () => {
		const r = run({ items: [{ category: 'clothing', value: peso(8000) }, { category: 'books', value: peso(4000) }] });
		const vat = r.lines.filter((l) => l.key === 'import-vat');
		// 8,000 + duty 1,200 + 2/3 of 1,230 (820) = 10,020; 4,000 + 0 + 410 = 4,410. One 12% line: 14,430 → 1,731.60.
		expect(vat.map((l) => [major(l.base), major(l.amount)])).toEqual([[14_430, 1731.6]]);
	});
});

test('Philippines at a glance (issue 21): nothing up to PHP 10,000; above, duty and 12% VAT', () => {
	const [parcel] = glanceRows(ph, '2026-12-07', (t) => t.en);
	expect(parcel).toMatchObject({ key: 'glance.vat-exempt-up-to', params: { limit: [10_000, 'PHP'], rate: 12 } });
});
