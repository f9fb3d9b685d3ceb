import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, minor, rulesProblems, runner, steps } from './duty-helpers.ts';

const moRules = loadRules('mo.yaml');

test('content/duty/mo.yaml is valid', () => {
	expect(rulesProblems(moRules)).toBe('');
});

describe('Macao — worked examples (a free port with no duty or VAT; consumption tax on spirits and tobacco: MO1, MO2)', () => {
	const run = runner(moRules.parsed.data!, { channel: 'parcel', date: '2026-12-07' });

	test('a parcel of MOP 1,000 of clothing with MOP 60 shipping owes nothing, and shows no VAT line', () => {
		const r = run({ items: [{ category: 'clothing', value: minor(1000) }], shipping: minor(60) });
		expect(steps(r)).toEqual([['duty', 1060, 0, 0]]);
		expect(r.regime).toBe('no-vat');
	});

	test('no value limit: an MOP 8,000 phone owes nothing, and so do MOP 8,000.01 of goods with cosmetics', () => {
		expect(run({ items: [{ category: 'electronics', value: minor(8000) }] }).total).toBe(0);
		expect(run({ items: [{ category: 'electronics', value: minor(8000) }, { category: 'cosmetics', value: minor(0.01) }] }).total).toBe(0);
	});

	test('an MOP 300 bottle of wine owes nothing, and the reader is told how spirits differ', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(300) }] });
		expect(r.total).toBe(0);
		expect(keys(r)).toContain('varies.duty.alcohol');
	});

	// MO1: drinks of 30% or more pay 10% of the import value (CIF) plus MOP 20 a litre (not included).
	test('an MOP 500 bottle of whisky with MOP 50 shipping, 10% entered: consumption tax 10% of 550 = MOP 55, and the per-litre part is said to be left out', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(500) }], shipping: minor(50), dutyRate: 10 });
		expect(steps(r)).toEqual([['duty', 550, 10, 55]]);
		expect(keys(r)).toContain('mo.dutiable');
	});

	test('an MOP 2,000 gift owes nothing, with no warning about an allowance', () => {
		const r = run({ items: [{ category: 'toys', value: minor(2000) }], gift: true });
		expect(r.total).toBe(0);
		expect(keys(r)).not.toContain('vat-border.gift-over');
	});

	test('the at-a-glance line says there is no VAT', () => {
		expect(glanceRows(moRules.parsed.data!, '2026-12-07', (t) => t.en)).toMatchObject([{ key: 'glance.vat-none', params: {} }]);
	});
});
