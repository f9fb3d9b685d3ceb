import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { dutyDestination } from '../../src/schemas/duty.ts';
import { keys, loadRules, major as pounds, minor as pence, runner } from './duty-helpers.ts';

const { raw, parsed } = loadRules('gb.yaml');
const gb = parsed.data!;
const run = runner(gb, { channel: 'parcel' });

test('content/duty/gb.yaml is valid', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
});

describe('United Kingdom — worked examples from the research brief', () => {
	test('a £100 marketplace order (delivery included) pays £20 VAT at checkout and nothing on delivery', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(100) }] });
		expect(r.regime).toBe('vat-at-checkout');
		expect(pounds(r.total)).toBe(20);
		expect(keys(r)).toContain('checkout-tax-note');
	});

	test('a £200 jacket with £15 shipping owes £73.96: duty 12% of £215 = 25.80, VAT 20% of £240.80 = 48.16', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(200) }], shipping: pence(15) });
		expect(r.regime).toBe('duty-and-vat');
		expect(r.lines.map((l) => [l.key, pounds(l.base), l.rate, pounds(l.amount)])).toEqual([
			['duty', 215, 12, 25.8],
			['import-vat', 240.8, 20, 48.16],
		]);
		expect(pounds(r.total)).toBe(73.96);
		expect(r.estimate).toBe(false);
	});
});

describe('United Kingdom — thresholds exactly at and one penny past', () => {
	test('£135.00 of goods is charged VAT at checkout; £135.01 pays duty and import VAT', () => {
		expect(run({ items: [{ category: 'clothing', value: pence(135) }] }).regime).toBe('vat-at-checkout');
		const over = run({ items: [{ category: 'clothing', value: pence(135.01) }] });
		expect(over.regime).toBe('duty-and-vat');
		expect(keys(over)).toContain('over-threshold');
	});

	test('shipping does not count toward the £135: £130 of goods with £20 delivery still pays VAT at checkout (on £150)', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(130) }], shipping: pence(20) });
		expect(r.regime).toBe('vat-at-checkout');
		expect(pounds(r.total)).toBe(30);
	});

	test('a gift of £39.00 pays nothing; at £39.01 import VAT is due (no duty under £135)', () => {
		const free = run({ items: [{ category: 'clothing', value: pence(39) }], gift: true });
		expect(free.total).toBe(0);
		expect(keys(free)).toContain('gb.gift-relief');
		const vat = run({ items: [{ category: 'clothing', value: pence(39.01) }], gift: true });
		expect(vat.lines.map((l) => [l.key, l.amount])).toEqual([
			['duty', 0],
			['import-vat', pence(7.8)], // 20% × 39.01 = 7.802
		]);
	});
});

describe('United Kingdom — what the calculator cannot know', () => {
	test('alcohol: excise is due at any value and is not included, which the result says', () => {
		expect(keys(run({ items: [{ category: 'alcohol', value: pence(50) }] }))).toContain('excise-not-included');
	});

	// Was food; food is now zero-rated for VAT (GB10), so sports goods (no duty preset, VAT 20%) keep the example's figures.
	test('a category without a confirmed duty preset says duty is not included, unless the reader gives a rate', () => {
		const unknown = run({ items: [{ category: 'sports', value: pence(300) }] });
		expect(keys(unknown)).toContain('tariff-not-included');
		expect(pounds(unknown.total)).toBe(60);
		const given = run({ items: [{ category: 'sports', value: pence(300) }], dutyRate: 10 });
		expect(pounds(given.total)).toBe(96); // duty 30 + VAT 20% × 330
		expect(keys(given)).not.toContain('tariff-not-included');
	});

	test('presets the brief could not confirm are estimates, and carry no borrowed citation', () => {
		const r = run({ items: [{ category: 'watches', value: pence(300) }] });
		expect(r.estimate).toBe(true);
		expect(r.lines[0]).toMatchObject({ key: 'duty', rate: 4.5, estimate: true, sources: [] });
	});

	test('the end of the £135 duty relief is listed as a change ahead, with its source', () => {
		expect(gb.changesAhead).toEqual([
			expect.objectContaining({ approximate: true, source: 'GB5', date: '2029-03-31' }),
		]);
	});
});

test('a figure without a source must be marked as an estimate', () => {
	const broken = structuredClone(raw) as { channels: { rules: { vat: Record<string, Record<string, unknown>> }[] }[] };
	delete broken.channels[0]!.rules[0]!.vat['standard']!['source'];
	expect(dutyDestination.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
		'channels.0.rules.0.vat.standard.source: needs a source, or estimate: true if none confirms it',
	]);
});

// Worked examples from the facts memo (GB.7), built from the rule text of GOV.UK and Invest NI's
// nibusinessinfo pages (source ids of content/duty/gb.yaml in each title).
describe('United Kingdom — worked examples from GOV.UK and nibusinessinfo rule text (memo GB.7)', () => {
	test('GB1, GB10: a £100 jacket with £10 delivery from a marketplace pays £22.00 VAT at checkout (20% of £110), nothing on delivery, no handling fee', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(100) }], shipping: pence(10) });
		expect(r.lines.map((l) => [l.key, pounds(l.base), l.rate, pounds(l.amount), l.atCheckout])).toEqual([['vat-at-checkout', 110, 20, 22, true]]);
		expect(pounds(r.onDelivery)).toBe(0);
		expect(r.carrier).toEqual([]);
	});

	test('GB9: a £35 T-shirt sent as a gift by a friend pays nothing (gifts of £39 or less)', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(35) }], gift: true });
		expect([r.regime, r.total, r.carrierTotal]).toEqual(['gift-relief', 0, 0]);
	});

	test('GB9, GB8, GB13: an £80 sweater sent as a gift pays £16.00 import VAT and no duty (under £135), plus Royal Mail’s £8 fee; an £80 gift of books pays nothing at all (0% VAT, GB11), so no fee', () => {
		const sweater = run({ items: [{ category: 'clothing', value: pence(80) }], gift: true });
		expect(sweater.regime).toBe('gift-vat-only');
		expect(sweater.lines.map((l) => [l.key, l.rate, pounds(l.amount)])).toEqual([
			['duty', 0, 0],
			['import-vat', 20, 16],
		]);
		expect(sweater.carrier.map((l) => [l.key, pounds(l.amount), l.flat])).toEqual([['carrier.royal-mail', 8, undefined]]);
		expect(pounds(sweater.total + sweater.carrierTotal)).toBe(24);
		const books = run({ items: [{ category: 'books', value: pence(80) }], gift: true });
		expect([books.total, books.carrierTotal]).toEqual([0, 0]);
	});

	test('GB8: a £300 leather handbag sent as a gift with £20 postage, tariff 3%, pays £7.50 duty (the flat 2.5% is lower; postage left out) and £65.50 VAT (20% of £327.50): £73.00', () => {
		const r = run({ items: [{ category: 'bags', value: pence(300) }], shipping: pence(20), gift: true, dutyRate: 3 });
		expect(r.regime).toBe('gift-flat-duty');
		expect(r.regimeParams).toEqual({ allowance: 39, limit: 135, rate: 2.5, threshold: 630 });
		expect(r.lines.map((l) => [l.key, pounds(l.base), l.rate, pounds(l.amount)])).toEqual([
			['gb.gift-flat-duty-line', 300, 2.5, 7.5],
			['import-vat', 327.5, 20, 65.5],
		]);
		expect(pounds(r.total)).toBe(73);
		expect(r.lines[0]!.sources).toEqual(['GB8']);
		// At a tariff of 2%, the tariff is lower than the flat rate, and it is what is charged.
		expect(run({ items: [{ category: 'bags', value: pence(300) }], gift: true, dutyRate: 2 }).lines[0]).toMatchObject({ key: 'duty', rate: 2, amount: pence(6) });
	});

	test('GB8: over £630 a gift pays the tariff: a £700 coat (12%, GB4) with £25 postage pays £84.00 duty on £700 and £161.80 VAT on £809: £245.80', () => {
		const r = run({ items: [{ category: 'clothing', value: pence(700) }], shipping: pence(25), gift: true });
		expect(r.regime).toBe('gift-duty-and-vat');
		expect(r.lines.map((l) => [l.key, pounds(l.base), l.rate, pounds(l.amount)])).toEqual([
			['duty', 700, 12, 84],
			['import-vat', 809, 20, 161.8],
		]);
		expect(pounds(r.total)).toBe(245.8);
	});

	test('GB11: £150 of books with £10 postage pays nothing: no duty (0%, an estimate) and books are zero-rated, so no handling fee either', () => {
		const r = run({ items: [{ category: 'books', value: pence(150) }], shipping: pence(10) });
		expect(r.regime).toBe('duty-and-vat');
		expect(r.lines.map((l) => [l.key, l.rate, l.amount])).toEqual([
			['duty', 0, 0],
			['import-vat', 0, 0],
		]);
		expect([r.total, r.carrierTotal]).toEqual([0, 0]);
	});

	test('GB9, GB8: a gift at exactly £135.00 pays VAT only; at £135.01 duty starts, at the flat 2.5% (lower than 12% for clothing)', () => {
		expect(run({ items: [{ category: 'clothing', value: pence(135) }], gift: true }).regime).toBe('gift-vat-only');
		const over = run({ items: [{ category: 'clothing', value: pence(135.01) }], gift: true });
		expect(over.lines.map((l) => [l.key, l.rate, pounds(l.amount)])).toEqual([
			['gb.gift-flat-duty-line', 2.5, 3.38], // 3.37525
			['import-vat', 20, 27.68], // 20% × 138.39 = 27.678
		]);
	});

	test('GB10, GB12: the VAT rate used is the one for the kind of goods, and the result says where it varies inside the kind (young children’s clothes)', () => {
		const food = run({ items: [{ category: 'food', value: pence(50) }] });
		expect(food.lines[0]).toMatchObject({ key: 'vat-at-checkout', category: 'food', rate: 0, sources: ['GB10'] });
		expect(food.warnings).toContainEqual({ key: 'gb.vat-varies', params: { category: 'food' } });
		const clothing = run({ items: [{ category: 'clothing', value: pence(50) }] });
		expect(clothing.warnings).toContainEqual({ key: 'gb.vat-varies', params: { category: 'clothing' } });
		expect(run({ items: [{ category: 'toys', value: pence(50) }] }).warnings.map((w) => w.key)).not.toContain('gb.vat-varies');
	});
});
