import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { loadRules, runner } from './duty-helpers.ts';

const { parsed } = loadRules('jp.yaml');
const jp = parsed.data!;
// Yen have no minor unit: amounts are whole yen.
const run = runner(jp, { channel: 'parcel' });
const keys = (r: ReturnType<typeof run>) => r.warnings.map((w) => w.key);

test('content/duty/jp.yaml is valid', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
});

test('a ¥30,000 jacket: taxable 18,000 (60%), duty 1,800 at 10% (Customs Answer 1204: coats 8.4–12.8%), consumption tax 1,980 — ¥3,780, marked as an estimate', () => {
	const r = run({ items: [{ category: 'clothing', value: 30000 }], shipping: 2000 });
	expect(r.lines.map((l) => [l.key, l.base, l.rate, l.amount])).toEqual([
		['duty', 18000, 10, 1800],
		['jp.consumption-tax', 19800, 10, 1980],
	]);
	expect(r.total).toBe(3780);
	expect(r.estimate).toBe(true);
});

test('the ¥10,000 exemption on the taxable value: a ¥16,666 toy (taxable 10,000) is exempt; ¥16,668 (taxable 10,001) is not', () => {
	const exempt = run({ items: [{ category: 'toys', value: 16666 }] });
	expect(exempt.regime).toBe('exempt');
	expect(exempt.total).toBe(0);
	const taxed = run({ items: [{ category: 'toys', value: 16668 }] });
	expect(taxed.regime).toBe('duty-and-tax');
	expect(taxed.total).toBe(1000); // consumption tax 10% of 10,001
	// Changed in issue 14: toys pay no duty (Japan Customs, Customs Answer 1204 [JP7]), so duty is
	// included (at 0%) instead of being left out for want of a rate.
	expect(taxed.lines[0]).toMatchObject({ key: 'duty', rate: 0, amount: 0, sources: ['JP7'] });
	expect(keys(taxed)).not.toContain('tariff-not-included');
});

test('footwear and liquor are never exempt; knitted clothing and leather bags may not be', () => {
	expect(run({ items: [{ category: 'shoes', value: 5000 }] }).regime).toBe('duty-and-tax');
	expect(run({ items: [{ category: 'alcohol', value: 3000 }] }).regime).toBe('duty-and-tax');
	const shirt = run({ items: [{ category: 'clothing', value: 5000 }] });
	expect(shirt.regime).toBe('exempt');
	expect(keys(shirt)).toContain('jp.exemption-may-not-apply');
});

test('the April 2028 change is listed ahead, with its source; so is the repeal of the 60% rule, its date marked approximate', () => {
	expect(jp.changesAhead).toEqual([
		expect.objectContaining({ approximate: true, source: 'JP8', date: '2026-04-01' }),
		expect.objectContaining({ approximate: false, source: 'JP3', date: '2028-04-01' }),
	]);
});

const steps = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);

describe('Japan — worked examples', () => {
	// Research memo JP.7 #1 (rule text [JP4][JP6][JP7]); the same figures as a tax accountant's
	// published example (kikumoto-taxfp.com: ¥30,000 → taxable ¥18,000 → consumption tax ¥1,800).
	test('a ¥30,000 watch: taxable ¥18,000, duty free, consumption tax 10% ¥1,800 — plus Japan Post’s ¥200 fee', () => {
		const r = run({ items: [{ category: 'watches', value: 30000 }] });
		expect(steps(r)).toEqual([
			['duty', 18000, 0, 0],
			['jp.consumption-tax', 18000, 10, 1800],
		]);
		expect(r.total).toBe(1800);
		expect(r.carrierTotal).toBe(200);
		// On the full price (once the 60% rule is repealed): ¥3,000 (memo JP.7 #5).
		expect(r.warnings).toContainEqual({ key: 'jp.sixty-percent-repeal', params: { amount: 3000 } });
	});

	// Memo JP.7 #2: books are free of duty and not a designated article.
	test('a ¥12,000 book: taxable ¥7,200, under ¥10,000 — exempt', () => {
		const r = run({ items: [{ category: 'books', value: 12000 }] });
		expect(r.regime).toBe('exempt');
		expect(r.total).toBe(0);
	});

	// Memo JP.7 #4: food pays the reduced 8% consumption tax [JP6]; duty on food varies (not included).
	test('¥20,000 of coffee: taxable ¥12,000, consumption tax at the reduced 8%: ¥960 (duty not included)', () => {
		const r = run({ items: [{ category: 'food', value: 20000 }] });
		expect(steps(r)).toEqual([
			['duty', 12000, 0, 0],
			['jp.consumption-tax', 12000, 8, 960],
		]);
		expect(keys(r)).toContain('tariff-not-included');
	});

	// Memo JP.7 #6 (importsquare's pattern): US$1,000 → taxable US$600; US$90 → US$54, under ¥10,000.
	test('the 60% rule both ways: ¥150,000 of cosmetics is taxed on ¥90,000 (¥9,000 tax); ¥13,500 is taxed on ¥8,100 — exempt', () => {
		expect(run({ items: [{ category: 'cosmetics', value: 150000 }] }).total).toBe(9000);
		expect(run({ items: [{ category: 'cosmetics', value: 13500 }] }).regime).toBe('exempt');
	});

	test('a basket of food and toys: one consumption-tax line per rate (8% and 10%)', () => {
		const r = run({ items: [{ category: 'food', value: 20000 }, { category: 'toys', value: 10000 }] });
		expect(r.lines.filter((l) => l.key === 'jp.consumption-tax').map((l) => [l.base, l.rate, l.amount])).toEqual([
			[12000, 8, 960],
			[6000, 10, 600],
		]);
	});

	test('gifts are taxed like purchases [JP9]: a ¥30,000 watch sent as a gift still owes ¥1,800', () => {
		const r = run({ items: [{ category: 'watches', value: 30000 }], gift: true });
		expect(r.total).toBe(1800);
		expect(keys(r)).toContain('jp.gift');
	});

	test('whether postage counts is not confirmed: left out, and the result says so and is an estimate', () => {
		const r = run({ items: [{ category: 'watches', value: 30000 }], shipping: 3000 });
		expect(r.total).toBe(1800);
		expect(r.estimate).toBe(true);
		expect(keys(r)).toContain('jp.shipping-not-confirmed');
	});
});
