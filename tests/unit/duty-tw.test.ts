import { describe, expect, test } from 'vitest';
import type { DutyResult } from '../../src/duty/types.ts';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, rulesProblems, runner } from './duty-helpers.ts';

// New Taiwan dollars have no minor units here (minorUnits: 0): amounts are whole dollars.
const twRules = loadRules('tw.yaml');
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);

test('content/duty/tw.yaml is valid', () => {
	expect(rulesProblems(twRules)).toBe('');
});

describe('Taiwan — worked examples (Customs Administration: NT$2,000 exemption TW1, TW2; frequent importers TW3; 5% postal duty TW6)', () => {
	const run = runner(twRules.parsed.data!, { channel: 'parcel', date: '2026-12-07' });

	test('the NT$2,000 line counts shipping and is inclusive: NT$1,800 of clothing with NT$200 shipping owes nothing', () => {
		const r = run({ items: [{ category: 'clothing', value: 1800 }], shipping: 200 });
		expect(r.total).toBe(0);
		expect(keys(r)).toContain('vat-border.vat-exempt');
	});

	test('one dollar past it, NT$1,801 with NT$200 shipping owes duty 5% of 2,001 = NT$100 and business tax 5% of 2,101 = NT$105: NT$205', () => {
		const r = run({ items: [{ category: 'clothing', value: 1801 }], shipping: 200 });
		expect(steps(r)).toEqual([
			['duty', 2001, 5, 100],
			['import-vat', 2101, 5, 105],
		]);
		expect(keys(r)).toContain('vat-border.vat-over');
	});

	test('a NT$12,000 phone with NT$400 shipping owes duty NT$620 and business tax 5% of 13,020 = NT$651: NT$1,271', () => {
		expect(run({ items: [{ category: 'electronics', value: 12000 }], shipping: 400 }).total).toBe(1271);
	});

	test('the seventh parcel in a half-year gets no exemption: NT$1,000 of toys owes duty NT$50 and business tax 5% of 1,050 = NT$53', () => {
		const r = run({ channel: 'frequent', items: [{ category: 'toys', value: 1000 }] });
		expect(steps(r)).toEqual([
			['duty', 1000, 5, 50],
			['import-vat', 1050, 5, 53],
		]);
		expect(keys(r)).toContain('tw.frequent');
	});

	test('alcohol is never exempt: a NT$1,000 bottle of wine owes duty NT$100 (an estimate) and business tax NT$55, and the alcohol tax is said to be left out', () => {
		const r = run({ items: [{ category: 'alcohol', value: 1000 }] });
		expect(r.total).toBe(155);
		expect(r.estimate).toBe(true);
		expect(keys(r)).toEqual(expect.arrayContaining(['excise-not-included', 'varies.duty.alcohol']));
	});

	test('a gift shares the exemption: NT$1,500 with NT$300 postage owes nothing; NT$1,800 with NT$300 owes NT$215', () => {
		expect(run({ items: [{ category: 'toys', value: 1500 }], shipping: 300, gift: true }).total).toBe(0);
		expect(run({ items: [{ category: 'toys', value: 1800 }], shipping: 300, gift: true }).total).toBe(215);
	});

	test('at a glance: nothing up to NT$2,000; the frequent channel from the first dollar', () => {
		expect(glanceRows(twRules.parsed.data!, '2026-12-07', (t) => t.en)).toMatchObject([
			{ key: 'glance.vat-exempt-up-to', params: { limit: [2000, 'TWD'], rate: 5 } },
			{ key: 'glance.vat-first-unit', params: { rate: 5 } },
		]);
	});
});
