import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { loadRules, major as dollars, minor as cents, runner } from './duty-helpers.ts';

const { parsed } = loadRules('au.yaml');
const au = parsed.data!;
const run = runner(au, { channel: 'parcel' });

test('content/duty/au.yaml is valid', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
});

describe('Australia', () => {
	test('the ABF example: A$1,400 amplifier + A$130 postage and insurance owes duty 70 + GST 160 = 230, and 325 with the charges', () => {
		const r = run({ items: [{ category: 'electronics', value: cents(1400) }], shipping: cents(130) });
		expect(r.lines.map((l) => [l.key, dollars(l.base), l.rate, dollars(l.amount)])).toEqual([
			['duty', 1400, 5, 70],
			['import-gst', 1600, 10, 160], // value of the taxable importation: 1,400 + 70 + 130
			['charge.import-processing', 1400, 0, 50],
			['charge.biosecurity', 1400, 0, 45],
		]);
		expect(dollars(r.total)).toBe(325);
		// The 5% general rate is marked as an estimate (many goods are 0%).
		expect(r.estimate).toBe(true);
	});

	test('an A$200 order: the seller adds A$20 GST at checkout; nothing at the border', () => {
		const r = run({ items: [{ category: 'clothing', value: cents(200) }] });
		expect(r.regime).toBe('gst-at-checkout');
		expect(dollars(r.total)).toBe(20);
	});

	test('A$1,000.00 of goods is taxed at checkout; A$1,000.01 goes through the border with duty, GST and charges', () => {
		expect(run({ items: [{ category: 'clothing', value: cents(1000) }] }).regime).toBe('gst-at-checkout');
		const over = run({ items: [{ category: 'clothing', value: cents(1000.01) }] });
		expect(over.regime).toBe('duty-and-gst');
		expect(over.lines.filter((l) => l.key.startsWith('charge.')).map((l) => dollars(l.amount))).toEqual([50, 45]);
	});

	test('transport does not count toward the threshold: A$990 of goods with A$50 postage is still taxed at checkout', () => {
		expect(run({ items: [{ category: 'clothing', value: cents(990) }], shipping: cents(50) }).regime).toBe('gst-at-checkout');
	});

	test('from A$10,000 the import processing charge is A$152', () => {
		const charges = (value: number) =>
			run({ items: [{ category: 'clothing', value: cents(value) }] }).lines.filter((l) => l.key === 'charge.import-processing').map((l) => dollars(l.amount));
		expect(charges(9999.99)).toEqual([50]);
		expect(charges(10000)).toEqual([152]);
	});

	test('a rate typed by the reader (0% under ChAFTA) replaces the 5% general rate', () => {
		const r = run({ items: [{ category: 'clothing', value: cents(1400) }], shipping: cents(130), dutyRate: 0 });
		expect(dollars(r.total)).toBe(153 + 95); // GST 10% × 1,530 = 153, plus the charges
	});

	test('alcohol is flagged: excise is not included', () => {
		expect(run({ items: [{ category: 'alcohol', value: cents(100) }] }).warnings.map((w) => w.key)).toContain('excise-not-included');
	});
});
