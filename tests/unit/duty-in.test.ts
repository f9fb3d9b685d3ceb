import { describe, expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, major, minor as rupees, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('in.yaml');
const india = rules.parsed.data!;
const run = runner(india, { channel: 'courier', date: '2026-12-07' });

test('content/duty/in.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('India — worked examples (Mumbai Customs courier FAQ, IN1)', () => {
	// IN1: purchases under 9804 pay BCD 10% + SWS 10% of BCD + IGST 18% of (X + BCD + SWS) = 30.98% of X.
	test('INR 5,000 of shoes with INR 500 shipping, bought abroad: duty (BCD + SWS) 605, IGST 1,098.90 — INR 1,703.90, 30.98% of 5,500', () => {
		const r = run({ items: [{ category: 'shoes', value: rupees(5000) }], shipping: rupees(500) });
		expect(steps(r)).toEqual([
			['duty', 5500, 11, 605],
			['import-vat', 6105, 18, 1098.9],
		]);
		expect(major(r.total)).toBe(1703.9);
		expect(r.total / rupees(5500)).toBeCloseTo(0.3098, 4);
		expect(keys(r)).toContain('in.courier');
	});

	// IN1: gifts pay BCD 20%, no SWS, IGST 18% — 41.60% of X.
	test('the same INR 5,500 as a gift: BCD 1,100, IGST 1,188 — INR 2,288, 41.6%', () => {
		const r = run({ channel: 'gift', gift: true, items: [{ category: 'shoes', value: rupees(5000) }], shipping: rupees(500) });
		expect(steps(r)).toEqual([
			['duty', 5500, 20, 1100],
			['import-vat', 6600, 18, 1188],
		]);
		expect(major(r.total)).toBe(2288);
		// IN3, IN4: the old gift allowance was rescinded; none is applied, and the result says so.
		expect(keys(r)).toContain('vat-border.gift-none');
	});

	// IN1: the rate is the same for every kind of goods under 9804.
	test('a INR 1,00,000 laptop bought abroad: duty 11,000, IGST 19,980 — INR 30,980', () => {
		const r = run({ items: [{ category: 'electronics', value: rupees(100_000) }] });
		expect(major(r.total)).toBe(30_980);
	});

	// There is no value below which a purchase is free: INR 1 of goods already pays.
	test('no threshold: a INR 200 phone case pays INR 61.96', () => {
		const r = run({ items: [{ category: 'electronics', value: rupees(200) }] });
		expect(steps(r)).toEqual([
			['duty', 200, 11, 22],
			['import-vat', 222, 18, 39.96],
		]);
	});

	test('the gift box on the purchase channel points to the gift channel (no allowance there either)', () => {
		const r = run({ gift: true, items: [{ category: 'toys', value: rupees(1000) }] });
		expect(major(r.total)).toBe(309.8);
		expect(keys(r)).toContain('vat-border.gift-none');
	});
});

test('India at a glance (issue 21): no threshold, IGST 18% with duty on delivery', () => {
	const [courier, gift] = glanceRows(india, '2026-12-07', (t) => t.en);
	expect(courier).toMatchObject({ key: 'glance.vat-first-unit', params: { rate: 18 } });
	expect(gift).toMatchObject({ key: 'glance.vat-first-unit', params: { rate: 18 } });
});
