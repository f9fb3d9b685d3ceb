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

const steps = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.key, dollars(l.base), l.rate, dollars(l.amount)]);
const keys = (r: ReturnType<typeof run>) => r.warnings.map((w) => w.key);

describe('Australia — worked examples', () => {
	// ABF/Customs published example (customs.gov.au page 5549, quoted in research memo AU.7 #1).
	test('ABF example: customs value A$1,200, duty 5% A$60, transport and insurance A$150, VoTI A$1,410, GST A$141 — A$201, and A$296 with the charges', () => {
		const r = run({ items: [{ category: 'other', value: cents(1200) }], shipping: cents(150) });
		expect(steps(r)).toEqual([
			['duty', 1200, 5, 60],
			['import-gst', 1410, 10, 141],
			['charge.import-processing', 1200, 0, 50],
			['charge.biosecurity', 1200, 0, 45],
		]);
		expect(dollars(r.total)).toBe(296);
	});

	// Amazon Seller Central Australia's example (AU6, memo AU.7 #3): the GST is on the price including delivery.
	test('AU6: goods of A$1,000 (GST-exclusive) with A$5.00 delivery are low-value goods: GST at checkout A$100.50', () => {
		const r = run({ items: [{ category: 'electronics', value: cents(1000) }], shipping: cents(5) });
		expect(r.regime).toBe('gst-at-checkout');
		expect(steps(r)).toEqual([['gst-at-checkout', 1005, 10, 100.5]]);
		expect(r.lines[0]!.atCheckout).toBe(true);
		expect(dollars(r.onDelivery)).toBe(0);
	});

	// Memo AU.7 #4, from the rule text [AU1][AU6].
	test('a A$40 T-shirt with A$10 delivery from an overseas marketplace: GST A$5.00 at checkout, nothing at the border', () => {
		const r = run({ items: [{ category: 'clothing', value: cents(40) }], shipping: cents(10) });
		expect(dollars(r.total)).toBe(5);
		expect(keys(r)).toEqual(expect.arrayContaining(['gst.checkout', 'au.unregistered']));
	});

	// Memo AU.7 #5: basic food is GST-free, imported too [AU5].
	test('AU5: A$60 of coffee beans with A$15 delivery are basic food: no GST — A$0', () => {
		const r = run({ items: [{ category: 'food', value: cents(60) }], shipping: cents(15) });
		expect(r.regime).toBe('gst-at-checkout');
		expect(steps(r)).toEqual([['gst-at-checkout', 75, 0, 0]]);
		expect(dollars(r.total)).toBe(0);
	});

	test('a basket of basic food and clothing: one GST line per rate, delivery shared by value', () => {
		const r = run({ items: [{ category: 'food', value: cents(60) }, { category: 'clothing', value: cents(40) }], shipping: cents(10) });
		expect(steps(r)).toEqual([
			['gst-at-checkout', 66, 0, 0],
			['gst-at-checkout', 44, 10, 4.4],
		]);
	});

	// Memo AU.2 and AU.7 #6: no gift concession, but a private gift is not a sale.
	test('a A$300 gift from a friend: not a sale, and under A$1,000 — A$0; a A$1,200 gift is taxed like a purchase', () => {
		const gift = run({ items: [{ category: 'clothing', value: cents(300) }], gift: true });
		expect(gift.regime).toBe('gift-low-value');
		expect(gift.total).toBe(0);
		const big = run({ items: [{ category: 'other', value: cents(1200) }], shipping: cents(150), gift: true });
		expect(dollars(big.total)).toBe(296);
		expect(keys(big)).toContain('gst.gift-over');
	});

	test('alcohol is never a low-value good [AU7]: a A$100 bottle is taxed at the border, and excise is not included', () => {
		const r = run({ items: [{ category: 'alcohol', value: cents(100) }] });
		expect(r.regime).toBe('gst-at-border');
		expect(keys(r)).toEqual(expect.arrayContaining(['gst.always-at-border', 'excise-not-included']));
		expect(r.lines.some((l) => l.atCheckout)).toBe(false);
	});
});


test('a gift of alcohol under A$1,000 is taxed at the border like any alcohol, without the “over A$1,000” gift message', () => {
	const r = run({ items: [{ category: 'alcohol', value: cents(100) }], gift: true });
	expect(r.regime).toBe('gst-at-border');
	expect(r.warnings.map((w) => w.key)).not.toContain('gst.gift-over');
});
