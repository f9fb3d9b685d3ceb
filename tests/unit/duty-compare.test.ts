import { describe, expect, test } from 'vitest';
import { calculate, compareChannels } from '../../src/duty/engine.ts';
import { regimes } from '../../src/duty/regimes/index.ts';
import { dutySchemas, type AnyDestination } from '../../src/schemas/duty.ts';
import type { DutyInput } from '../../src/duty/types.ts';
import { toyOrder, toyParcel } from './fixtures/toy-china.ts';

// The channel comparison, with CNY figures shaped like China's two channels (test fixtures, so the
// rules do not depend on content/duty/cn.yaml): a personal parcel limited to CNY 2,000 (rates 20%
// for clothing, 13% for books, 5% for toys, none known for "other"; tax of CNY 50 or less waived) and a
// cross-border order limited to CNY 5,000 (9.1%).
const registry = [...regimes, toyParcel, toyOrder];
const china = dutySchemas(registry).dutyDestination.parse({
	destination: 'TC',
	name: { en: 'Toy China', 'zh-CN': '玩具中国' },
	currency: 'CNY',
	minorUnits: 2,
	reviewed: '2026-12-07',
	sources: [{ id: 'TC1', title: 'Test rules', url: 'https://example.org/' }],
	channels: [
		{ id: 'cbec', kind: 'toy-order', name: { en: 'Cross-border e-commerce', 'zh-CN': '跨境电商' }, rules: [{ from: '2019-01-01', orderLimit: { value: 5000, source: 'TC1' }, rate: { value: 9.1, source: 'TC1' } }] },
		{
			id: 'postal',
			kind: 'toy-parcel',
			name: { en: 'Personal parcel', 'zh-CN': '个人物品' },
			rules: [{ from: '2019-01-01', parcelLimit: { value: 2000, source: 'TC1' }, waiver: { value: 50, source: 'TC1' }, rates: { clothing: { value: 20, source: 'TC1' }, books: { value: 13, source: 'TC1' }, toys: { value: 5, source: 'TC1' } } }],
		},
	],
}) as unknown as AnyDestination;

const yuan = (major: number) => Math.round(major * 100);
const compare = (items: DutyInput['items'], extra: Partial<DutyInput> = {}) => compareChannels({ date: '2026-11-22', items, ...extra }, china, registry);
const view = (c: ReturnType<typeof compare>) => Object.fromEntries(c.results.map((r) => [r.channel, { allowed: r.allowed, complete: r.complete, cost: r.cost === undefined ? undefined : r.cost / 100, reason: r.reason?.key }]));

describe('comparing channels: only those that can take the purchase, with every rate known', () => {
	test('a CNY 300 jacket: cross-border CNY 27.30, personal parcel CNY 60.00 — the cross-border order is cheapest', () => {
		const c = compare([{ category: 'clothing', value: yuan(300) }]);
		expect(view(c)).toEqual({
			cbec: { allowed: true, complete: true, cost: 27.3, reason: undefined },
			postal: { allowed: true, complete: true, cost: 60, reason: undefined },
		});
		expect(c.cheapest).toEqual(['cbec']);
	});

	test('a CNY 240 T-shirt: the parcel’s CNY 48 is waived, so the parcel (CNY 0) is cheapest', () => {
		expect(compare([{ category: 'clothing', value: yuan(240) }]).cheapest).toEqual(['postal']);
	});

	test('CNY 2,500 of books by parcel is over the CNY 2,000 limit: not allowed, never cheapest, and it says why; the order (CNY 227.50) is the only one left, so nothing is called cheapest', () => {
		const c = compare([{ category: 'books', value: yuan(2500) }]);
		expect(view(c)).toEqual({
			cbec: { allowed: true, complete: true, cost: 227.5, reason: undefined },
			postal: { allowed: false, complete: true, cost: 325, reason: 'toy.over-parcel-limit' },
		});
		expect(c.results[1]!.reason).toEqual({ key: 'toy.over-parcel-limit', params: { limit: 2000 } });
		expect(c.comparable).toEqual(['cbec']);
		expect(c.cheapest).toEqual([]);
	});

	test('not allowed is never cheapest, even at the lowest amount: CNY 2,100 of toys costs CNY 105.00 by parcel against CNY 191.10 cross-border, but the parcel is over CNY 2,000 — unless it is one indivisible item, when it is allowed and cheapest', () => {
		const many = compare([{ category: 'toys', value: yuan(2100) }]);
		expect(view(many)).toEqual({
			cbec: { allowed: true, complete: true, cost: 191.1, reason: undefined },
			postal: { allowed: false, complete: true, cost: 105, reason: 'toy.over-parcel-limit' },
		});
		expect(many.cheapest).toEqual([]);
		const single = compare([{ category: 'toys', value: yuan(2100) }], { single: true });
		expect(single.results.find((r) => r.channel === 'postal')).toMatchObject({ allowed: true, cost: yuan(105) });
		expect(single.cheapest).toEqual(['postal']);
	});

	test('CNY 6,000 of clothing: over the CNY 5,000 order limit and the CNY 2,000 parcel limit — neither is allowed, both say why, nothing is cheapest', () => {
		const c = compare([{ category: 'clothing', value: yuan(6000) }]);
		expect(view(c)).toEqual({
			cbec: { allowed: false, complete: true, cost: 546, reason: 'toy.over-order-limit' },
			postal: { allowed: false, complete: true, cost: 1200, reason: 'toy.over-parcel-limit' },
		});
		expect([c.comparable, c.cheapest]).toEqual([[], []]);
	});

	test('a figure that lacks a rate is never cheapest: CNY 1,000 of "other" goods has no parcel rate, so its CNY 0 is incomplete; the order’s CNY 91.00 is not called cheapest either (nothing to compare it with)', () => {
		const c = compare([{ category: 'other', value: yuan(1000) }]);
		expect(view(c)).toEqual({
			cbec: { allowed: true, complete: true, cost: 91, reason: undefined },
			postal: { allowed: true, complete: false, cost: 0, reason: 'compare.missing-rate' },
		});
		expect(c.cheapest).toEqual([]);
	});

	test('the same cost both ways: nothing is cheapest (CNY 200 of books: the parcel’s CNY 26 is waived; an order rate of 0% also costs CNY 0)', () => {
		const free = structuredClone(china) as unknown as { channels: { rules: { rate: { value: number } }[] }[] };
		free.channels[0]!.rules[0]!.rate.value = 0;
		const c = compareChannels({ date: '2026-11-22', items: [{ category: 'books', value: yuan(200) }] }, free as unknown as AnyDestination, registry);
		expect(c.results.map((r) => r.cost)).toEqual([0, 0]);
		expect(c.comparable).toEqual(['cbec', 'postal']);
		expect(c.cheapest).toEqual([]);
	});

	test('the engine passes the regime’s reason on: calculate() marks the result not allowed, with the amounts for the record', () => {
		const outcome = calculate({ channel: 'postal', date: '2026-11-22', items: [{ category: 'clothing', value: yuan(2000.01) }] }, china, registry);
		expect(outcome).toMatchObject({ ok: true, result: { notAllowed: { key: 'toy.over-parcel-limit', params: { limit: 2000 } }, total: yuan(400) } });
		const at = calculate({ channel: 'postal', date: '2026-11-22', items: [{ category: 'clothing', value: yuan(2000) }] }, china, registry);
		expect(at.ok ? at.result.notAllowed : 'error').toBeUndefined();
	});
});
