import { expect, test } from 'vitest';
import { landedCost } from '../../src/duty/landed.ts';

test('a CNY 800 order with CNY 20 shipping and CNY 74.62 of tax lands at CNY 894.62: 92% goods, 8% tax', () => {
	const cost = landedCost({ channel: 'cbec', date: '2026-11-22', items: [{ category: 'supplements', value: 80_000 }], shipping: 2_000 }, { total: 7_462, carrierTotal: 0 });
	expect(cost.price).toBe(82_000);
	expect(cost.landed).toBe(89_462);
	expect(cost.parts.map((p) => [p.part, p.amount, Math.round(p.share)])).toEqual([
		['goods', 82_000, 92],
		['taxes', 7_462, 8],
	]);
});

test('carrier fees are a part of their own; nothing to pay leaves the goods alone at 100%', () => {
	const fees = landedCost({ channel: 'post', date: '2026-11-22', items: [{ category: 'clothing', value: 10_000 }] }, { total: 2_000, carrierTotal: 1_000 });
	expect(fees.landed).toBe(13_000);
	expect(fees.parts.map((p) => p.part)).toEqual(['goods', 'taxes', 'fees']);
	expect(landedCost({ channel: 'post', date: '2026-11-22', items: [{ category: 'clothing', value: 10_000 }] }, { total: 0, carrierTotal: 0 }).parts).toEqual([{ part: 'goods', amount: 10_000, share: 100 }]);
});
