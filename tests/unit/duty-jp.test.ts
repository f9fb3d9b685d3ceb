import { expect, test } from 'vitest';
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

test('a ¥30,000 jacket: taxable 18,000 (60%), duty 1,800 at the assumed 10%, consumption tax 1,980 — ¥3,780, marked as an estimate', () => {
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
	expect(taxed.total).toBe(1000); // consumption tax 10% of 10,001, duty not included (no confirmed rate)
	expect(keys(taxed)).toContain('tariff-not-included');
});

test('footwear and liquor are never exempt; knitted clothing and leather bags may not be', () => {
	expect(run({ items: [{ category: 'shoes', value: 5000 }] }).regime).toBe('duty-and-tax');
	expect(run({ items: [{ category: 'alcohol', value: 3000 }] }).regime).toBe('duty-and-tax');
	const shirt = run({ items: [{ category: 'clothing', value: 5000 }] });
	expect(shirt.regime).toBe('exempt');
	expect(keys(shirt)).toContain('jp.exemption-may-not-apply');
});

test('the April 2028 change is listed ahead, with its source', () => {
	expect(jp.changesAhead).toEqual([expect.objectContaining({ approximate: false, source: 'JP3', date: '2028-04-01' })]);
});
