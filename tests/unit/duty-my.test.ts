import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { glanceRows } from '../../src/duty/glance.ts';
import { keys, loadRules, major, minor, rulesProblems, runner, steps } from './duty-helpers.ts';

const myRules = loadRules('my.yaml');

test('content/duty/my.yaml is valid', () => {
	expect(rulesProblems(myRules)).toBe('');
});

describe('Malaysia, a registered seller — worked examples (RMCD FAQ on LVG as extracted: MY1; LVG Order 2023: MY2; not on shipping: MY3)', () => {
	const run = runner(myRules.parsed.data!, { channel: 'registered', date: '2026-12-07' });

	test('a parcel of an RM120 dress with RM15 shipping owes 10% of 120 = RM12 at checkout, and nothing at import', () => {
		const r = run({ items: [{ category: 'clothing', value: minor(120) }], shipping: minor(15) });
		expect(steps(r)).toEqual([['vat-at-checkout', 120, 10, 12]]);
		expect(r.regime).toBe('vat-at-checkout');
		expect(keys(r)).toContain('vat-border.checkout-item-up-to');
	});

	test('the RM500 line is per item and inclusive: an RM500 item owes RM50 at checkout; an RM500.01 item with RM20 shipping goes to import: 10% of 520.01 = RM52.00, duty to be entered', () => {
		expect(steps(run({ items: [{ category: 'electronics', value: minor(500) }] }))).toEqual([['vat-at-checkout', 500, 10, 50]]);
		const over = run({ items: [{ category: 'electronics', value: minor(500.01) }], shipping: minor(20) });
		expect(steps(over)).toEqual([
			['duty', 520.01, 0, 0],
			['import-vat', 520.01, 10, 52],
		]);
		expect(keys(over)).toEqual(expect.arrayContaining(['vat-border.over-item-up-to', 'vat-border.vat-over', 'tariff-not-included']));
	});

	test('one basket split: RM300 shoes at checkout (RM30); an RM700 watch at import with 5% duty entered: duty RM35, sales tax 10% of 735 = RM73.50 — RM138.50', () => {
		const r = run({ items: [{ category: 'shoes', value: minor(300) }, { category: 'watches', value: minor(700) }], dutyRate: 5 });
		expect(steps(r)).toEqual([
			['vat-at-checkout', 300, 10, 30],
			['duty', 700, 5, 35],
			['import-vat', 735, 10, 73.5],
		]);
		expect(major(r.total)).toBe(138.5);
		expect(keys(r)).toContain('vat-border.split');
	});

	test('liquor is never a low-value good: an RM200 bottle of wine pays sales tax at import (RM20), and excise is said to be left out', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(200) }] });
		expect(r.lines.find((l) => l.key === 'import-vat')?.amount).toBe(minor(20));
		expect(keys(r)).toEqual(expect.arrayContaining(['excise-not-included', 'vat-border.always-at-border']));
	});
});

describe('Malaysia, a seller that charged no sales tax — worked examples (de minimis by air, CIF RM500: MY4, an estimate)', () => {
	const run = runner(myRules.parsed.data!, { channel: 'unregistered', date: '2026-12-07' });

	test('RM450 of cosmetics with RM50 shipping, CIF exactly RM500, owes nothing; with RM50.01 shipping it owes sales tax 10% of 500.01 = RM50.00 and the duty of the tariff', () => {
		const at = run({ items: [{ category: 'cosmetics', value: minor(450) }], shipping: minor(50) });
		expect(at.total).toBe(0);
		expect(keys(at)).toContain('vat-border.vat-exempt');
		expect(keys(at)).toContain('estimate');
		const past = run({ items: [{ category: 'cosmetics', value: minor(450) }], shipping: minor(50.01) });
		expect(steps(past)).toEqual([
			['duty', 500.01, 0, 0],
			['import-vat', 500.01, 10, 50],
		]);
	});

	test('a gift shares the de minimis: RM400 with RM60 postage owes nothing', () => {
		expect(run({ items: [{ category: 'toys', value: minor(400) }], shipping: minor(60), gift: true }).total).toBe(0);
	});
});

test('Malaysia at a glance: each item up to RM500 taxed 10% at checkout; otherwise nothing up to RM500 CIF', () => {
	expect(glanceRows(myRules.parsed.data!, '2026-12-07', (t) => t.en)).toMatchObject([
		{ key: 'glance.vat-checkout-item-up-to', params: { limit: [500, 'MYR'], rate: 10 } },
		{ key: 'glance.vat-exempt-up-to', params: { limit: [500, 'MYR'], rate: 10 } },
	]);
});

test('a checkout limit is either strictly below or at most, not both', async () => {
	const { dutyDestination } = await import('../../src/schemas/duty.ts');
	const raw = structuredClone(myRules.raw) as { channels: { rules: { checkout?: Record<string, unknown> }[] }[] };
	raw.channels[0]!.rules[0]!.checkout!['below'] = { value: 500, source: 'MY2' };
	const parsed = dutyDestination.safeParse(raw);
	expect(parsed.success).toBe(false);
	expect(z.prettifyError(parsed.error!)).toContain('not both');
});
