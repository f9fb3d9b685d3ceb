import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import type { DutyResult } from '../../src/duty/types.ts';
import { dutyDestination } from '../../src/schemas/duty.ts';
import { loadRules, major as pounds, minor as pence, runner } from './duty-helpers.ts';

const { raw, parsed } = loadRules('gb.yaml');
const gb = parsed.data!;
const run = runner(gb, { channel: 'parcel' });
const keys = (r: DutyResult) => r.warnings.map((w) => w.key);

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

	test('a category without a confirmed duty preset says duty is not included, unless the reader gives a rate', () => {
		const unknown = run({ items: [{ category: 'food', value: pence(300) }] });
		expect(keys(unknown)).toContain('tariff-not-included');
		expect(pounds(unknown.total)).toBe(60);
		const given = run({ items: [{ category: 'food', value: pence(300) }], dutyRate: 10 });
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
	const broken = structuredClone(raw) as { channels: { rules: { vat: Record<string, unknown> }[] }[] };
	delete broken.channels[0]!.rules[0]!.vat['source'];
	expect(dutyDestination.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
		'channels.0.rules.0.vat.source: needs a source, or estimate: true if none confirms it',
	]);
});
