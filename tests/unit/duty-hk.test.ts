import { expect, test, describe } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, major, minor, rulesProblems, runner, steps } from './duty-helpers.ts';

const hkRules = loadRules('hk.yaml');

test('content/duty/hk.yaml is valid', () => {
	expect(rulesProblems(hkRules)).toBe('');
});

describe('Hong Kong — worked examples (C&ED: a free port, no VAT, duty on four dutiable commodities only: HK1, HK2)', () => {
	const run = runner(hkRules.parsed.data!, { channel: 'parcel', date: '2026-12-07' });

	test('a parcel of HK$1,000 of clothing with HK$80 shipping owes nothing: no duty line of any amount, and no VAT line at all', () => {
		const r = run({ items: [{ category: 'clothing', value: minor(1000) }], shipping: minor(80) });
		expect(steps(r)).toEqual([['duty', 1000, 0, 0]]);
		expect(r.total).toBe(0);
		expect(r.regime).toBe('no-vat');
		expect(r.lines.some((l) => l.key === 'import-vat')).toBe(false);
	});

	test('no value limit: a HK$20,000 laptop owes nothing, nor does HK$20,000.01 of it and a phone', () => {
		expect(run({ items: [{ category: 'electronics', value: minor(20000) }] }).total).toBe(0);
		expect(run({ items: [{ category: 'electronics', value: minor(20000) }, { category: 'electronics', value: minor(0.01) }] }).total).toBe(0);
	});

	test('a HK$500 bottle of wine owes nothing (wine 0% since 2008), and the reader is told how spirits differ', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(500) }] });
		expect(r.total).toBe(0);
		expect(keys(r)).toContain('varies.duty.alcohol');
	});

	// HK2: liquor over 30% pays 100% on the first HK$200 of a bottle up to 1 litre, 10% on the rest.
	test('a HK$200 bottle of whisky (over 30%), the rate entered as 100%: HK$200 duty — exactly the top of the 100% tier', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(200) }], dutyRate: 100 });
		expect(steps(r)).toEqual([['duty', 200, 100, 200]]);
		expect(keys(r)).not.toContain('varies.duty.alcohol');
		expect(keys(r)).toContain('hk.dutiable');
	});

	// HK2, Example (1): a 0.7 L bottle valued HK$306 pays 200 + 10% of 106 = HK$210.60, an entered rate of 68.8235…%.
	test("C&ED's own example: a HK$306 bottle of spirits, just past the HK$200 tier, pays HK$210.60 (entered as 210.6 / 306)", () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(306) }], dutyRate: (210.6 / 306) * 100 });
		expect(major(r.total)).toBe(210.6);
	});

	test('a HK$3,000 gift owes nothing, with no warning about an allowance', () => {
		const r = run({ items: [{ category: 'toys', value: minor(3000) }], gift: true });
		expect(r.total).toBe(0);
		expect(keys(r)).not.toContain('vat-border.gift-over');
	});

	test('the at-a-glance line says there is no VAT', () => {
		expect(glanceRows(hkRules.parsed.data!, '2026-12-07', (t) => t.en)).toMatchObject([{ key: 'glance.vat-none', params: {} }]);
	});
});
