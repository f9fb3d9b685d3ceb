import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { calculate } from '../../src/duty/engine.ts';
import type { DutyInput, DutyResult } from '../../src/duty/types.ts';
import { dutyDestination, euStates } from '../../src/schemas/duty.ts';
import { keys, loadRules, major as euros, minor as cents, runner } from './duty-helpers.ts';

// European Union (research brief §3). Source ids in test names are this file's (content/duty/eu.yaml).
const { raw, parsed } = loadRules('eu.yaml');
const eu = parsed.data!;
const run = runner(eu, { channel: 'parcel', region: 'DE' });
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, euros(l.base), l.rate, euros(l.amount)]);
const amountOf = (r: DutyResult, key: string) => euros(r.lines.find((l) => l.key === key)?.amount ?? 0);
const item = (category: DutyInput['items'][number]['category'], value: number) => ({ category, value: cents(value) });

test('content/duty/eu.yaml is valid', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
});

describe('member states', () => {
	test('all 27 by ISO code (Greece GR, not the VAT prefix EL), with the six non-euro currencies; Bulgaria uses the euro since 2026', () => {
		expect(eu.regions.map((r) => r.code).sort()).toEqual([...euStates].sort());
		expect(Object.fromEntries(eu.regions.filter((r) => r.currency).map((r) => [r.code, r.currency]))).toEqual({
			CZ: 'CZK',
			DK: 'DKK',
			HU: 'HUF',
			PL: 'PLN',
			RO: 'RON',
			SE: 'SEK',
		});
		expect(eu.regions.find((r) => r.code === 'DE')?.name).toEqual({ en: 'Germany', 'zh-CN': '德国' });
	});

	test('every state has its standard VAT rate: a T-shirt of 100 on 2025-12-31 (duty relief, no national fee yet) pays exactly that rate, in the state’s own currency (EU16–EU20, EU28, EU34; the rest estimates)', () => {
		const expected: Record<string, number> = {
			AT: 20, BE: 21, BG: 20, HR: 25, CY: 19, CZ: 21, DK: 25, EE: 24, FI: 25.5, FR: 20, DE: 19, GR: 24, HU: 27, IE: 23,
			IT: 22, LV: 21, LT: 21, LU: 17, MT: 18, NL: 21, PL: 23, PT: 23, RO: 21, SK: 23, SI: 22, ES: 21, SE: 25,
		};
		for (const region of euStates) {
			const r = run({ region, date: '2025-12-31', items: [item('clothing', 100)] });
			expect([region, r.lines.find((l) => l.key === 'vat-at-checkout')?.rate]).toEqual([region, expected[region]]);
			expect([region, euros(r.total)]).toEqual([region, expected[region]]);
		}
	});

	test('an unknown or missing member state is an error, not a guess; EL is accepted for Greece', () => {
		const outcome = (region: string | undefined) =>
			calculate({ channel: 'parcel', date: '2026-11-22', items: [item('clothing', 100)], ...(region === undefined ? {} : { region }) }, eu);
		expect(outcome('XX')).toEqual({ ok: false, error: { key: 'unknown-region', params: { region: 'XX' } } });
		expect(outcome('EU')).toEqual({ ok: false, error: { key: 'unknown-region', params: { region: 'EU' } } });
		expect(outcome(undefined)).toEqual({ ok: false, error: { key: 'unknown-region', params: { region: '' } } });
		expect(outcome('')).toEqual({ ok: false, error: { key: 'unknown-region', params: { region: '' } } });
		const greece = outcome('EL');
		expect(greece.ok && greece.result.lines.find((l) => l.key === 'vat-at-checkout')?.rate).toBe(24);
	});

	test('no rules before 2024-01-01 (the first date every state rate is confirmed)', () => {
		expect(calculate({ channel: 'parcel', region: 'DE', date: '2023-12-31', items: [item('clothing', 100)] }, eu)).toEqual({
			ok: false,
			error: { key: 'no-rules-on-date', params: { date: '2023-12-31' } },
		});
	});
});

describe('worked examples (research brief §3.8)', () => {
	test('A (Council, EU6): one silk blouse and two wool blouses are 2 subheadings, so €6 duty — the reader says 2 kinds (`lines`)', () => {
		const r = run({ date: '2026-07-01', items: [item('clothing', 60)], lines: 2 });
		expect(r.regime).toBe('flat-duty');
		expect(amountOf(r, 'eu.flat-duty')).toBe(6);
		expect(r.warnings).toContainEqual({ key: 'eu.flat-duty-kinds', params: { amount: 3, lines: 2 } });
		// Without `lines`, one category counts as one subheading: €3 (the page asks for the count).
		expect(amountOf(run({ date: '2026-07-01', items: [item('clothing', 60)] }), 'eu.flat-duty')).toBe(3);
	});

	test('B (France, EU12): 2 T-shirts + shoes = 2 HS codes: duty €6 + VAT on it €1.20 = €7.20; with VAT on €50 at checkout and the French €2-per-line tax', () => {
		const r = run({ region: 'FR', date: '2026-07-01', items: [item('clothing', 20), item('shoes', 30)] });
		expect(steps(r)).toEqual([
			['eu.flat-duty', 50, 0, 6],
			['vat-at-checkout', 50, 20, 10],
			['eu.vat-on-duty', 6, 20, 1.2],
			['charge.fr-small-parcel-tax', 50, 0, 4],
		]);
		expect(amountOf(r, 'eu.flat-duty') + amountOf(r, 'eu.vat-on-duty')).toBe(7.2);
		expect(euros(r.total)).toBe(21.2);
		expect(r.lines.find((l) => l.key === 'eu.vat-on-duty')?.estimate).toBe(true);
	});

	test('C (Germany, IOSS, after 2026-07-01): T-shirt €20 + sneakers €60 + €10 delivery: VAT at checkout 19% × 90 = €17.10, duty 2 × €3 = €6, and the unconfirmed VAT on the duty 19% × 6 = €1.14', () => {
		const r = run({ date: '2026-07-01', items: [item('clothing', 20), item('shoes', 60)], shipping: cents(10) });
		expect(r.regime).toBe('flat-duty');
		expect(r.regimeParams).toEqual({ limit: 150, amount: 3, lines: 2 });
		expect(steps(r)).toEqual([
			['eu.flat-duty', 80, 0, 6],
			['vat-at-checkout', 90, 19, 17.1],
			['eu.vat-on-duty', 6, 19, 1.14],
		]);
		expect(euros(r.total)).toBe(24.24);
		expect(r.onDelivery).toBe(0); // all charged at checkout: no carrier fee
		expect(r.carrier).toEqual([]);
		expect(keys(r)).toContain('checkout-tax-note');
	});

	test('D (Germany, over €150): jacket €200 + shipping €20 + insurance €2: duty 12% × 222 = €26.64, VAT 19% × 248.64 = €47.24, €73.88 — plus DHL’s €12.50 (duty 12% an estimate, EU34, EU23)', () => {
		const r = run({ items: [item('clothing', 200)], shipping: cents(20), insurance: cents(2) });
		expect(r.regime).toBe('duty-and-vat');
		expect(steps(r)).toEqual([
			['duty', 222, 12, 26.64],
			['import-vat', 248.64, 19, 47.24],
		]);
		expect(euros(r.total)).toBe(73.88);
		// The 12% apparel rate was cited to an AI tool (EU21, removed): an estimate until checked against TARIC.
		expect(r.lines.map((l) => [l.key, l.estimate, l.sources])).toEqual([
			['duty', true, []],
			['import-vat', false, ['EU34']],
		]);
		expect(euros(r.onDelivery)).toBe(73.88);
		expect(r.carrier.map((l) => [l.key, euros(l.amount), l.estimate])).toEqual([['carrier.handling', 12.5, true]]); // max(12.50, 2% × 73.88)
		expect(keys(r)).toContain('over-threshold');
	});
});

describe('dates either side of each change', () => {
	const parcel = { items: [item('clothing', 20), item('shoes', 60)], shipping: cents(10) };

	test('2026-06-30: duty relief, VAT only (€17.10); 2026-07-01: the flat €3 per kind (EU3, EU5)', () => {
		const before = run({ ...parcel, date: '2026-06-30' });
		expect(before.regime).toBe('duty-relief');
		expect(before.regimeParams).toEqual({ limit: 150 });
		expect(steps(before)).toEqual([['vat-at-checkout', 90, 19, 17.1]]);
		expect(run({ ...parcel, date: '2026-07-01' }).regime).toBe('flat-duty');
	});

	test('2028-06-30: still the flat duty; 2028-07-01: normal duty on a low-value parcel too (12% and 8% of each share of €90), VAT on it estimated', () => {
		expect(run({ ...parcel, date: '2028-06-30' }).regime).toBe('flat-duty');
		const after = run({ ...parcel, date: '2028-07-01' });
		expect(after.regime).toBe('low-value-duty');
		expect(steps(after)).toEqual([
			['duty', 22.5, 12, 2.7],
			['duty', 67.5, 8, 5.4],
			['vat-at-checkout', 90, 19, 17.1],
			['eu.vat-on-duty', 8.1, 19, 1.54],
		]);
		expect(euros(after.total)).toBe(26.74);
		expect(after.rules).toMatchObject({ from: '2028-07-01' });
	});

	test.each([
		['EE', '2025-06-30', 22, '2025-07-01', 24], // EU16
		['FI', '2024-08-31', 24, '2024-09-01', 25.5], // EU17
		['RO', '2025-07-31', 19, '2025-08-01', 21], // EU18
		['SK', '2024-12-31', 20, '2025-01-01', 23], // EU20
	])('%s standard VAT rate: %s → %s, %s → %s', (region, before, rateBefore, after, rateAfter) => {
		const vat = (date: string) => run({ region, date, items: [item('clothing', 100)] }).lines.find((l) => l.key === 'vat-at-checkout')!;
		expect([vat(before).rate, euros(vat(before).amount)]).toEqual([rateBefore, rateBefore]);
		expect([vat(after).rate, euros(vat(after).amount)]).toEqual([rateAfter, rateAfter]);
	});

	test('Estonia worked through: €100 + €10 delivery pays €24.20 VAT on 2025-06-30 (22%) and €26.40 on 2025-07-01 (24%)', () => {
		expect(euros(run({ region: 'EE', date: '2025-06-30', items: [item('clothing', 100)], shipping: cents(10) }).total)).toBe(24.2);
		expect(euros(run({ region: 'EE', date: '2025-07-01', items: [item('clothing', 100)], shipping: cents(10) }).total)).toBe(26.4);
	});
});

describe('the €150 limit: goods only, exactly at and one cent past', () => {
	test('€150.00 of goods is low-value (flat duty, VAT at checkout); €150.01 pays 12% duty and import VAT on delivery', () => {
		const at = run({ items: [item('clothing', 150)] });
		expect(at.regime).toBe('flat-duty');
		expect(steps(at)).toEqual([
			['eu.flat-duty', 150, 0, 3],
			['vat-at-checkout', 150, 19, 28.5],
			['eu.vat-on-duty', 3, 19, 0.57],
		]);
		expect(keys(at)).toContain('near-limit');
		const past = run({ items: [item('clothing', 150.01)] });
		expect(past.regime).toBe('duty-and-vat');
		expect(steps(past)).toEqual([
			['duty', 150.01, 12, 18], // 18.0012
			['import-vat', 168.01, 19, 31.92], // 31.9219
		]);
	});

	test('before 2026-07-01 too: €150.00 pays VAT only; €150.01 pays duty as well', () => {
		expect(run({ date: '2026-06-30', items: [item('clothing', 150)] }).regime).toBe('duty-relief');
		expect(run({ date: '2026-06-30', items: [item('clothing', 150.01)] }).regime).toBe('duty-and-vat');
	});

	test('shipping does not count toward €150 (EU4): €140 of goods with €20 delivery is low-value, VAT on €160', () => {
		const r = run({ items: [item('clothing', 140)], shipping: cents(20) });
		expect(r.regime).toBe('flat-duty');
		expect(r.lines.find((l) => l.key === 'vat-at-checkout')).toMatchObject({ base: cents(160), amount: cents(30.4) });
	});
});

describe('national parcel fees, each on its own date', () => {
	test('Romania (EU45): RON 25 per parcel from 2026-01-01 — the answer is in lei, so the fee needs no conversion', () => {
		const ro = (date: string) => run({ region: 'RO', date, items: [item('clothing', 250)], fx: { EUR: 5 } });
		expect(ro('2025-12-31').lines.map((l) => l.key)).toEqual(['vat-at-checkout']);
		const r = ro('2026-01-01');
		expect(r.currency).toBe('RON');
		expect(r.lines.find((l) => l.key === 'charge.ro-logistics-tax')).toMatchObject({ amount: cents(25), flat: true, estimate: false, sources: ['EU45'] });
		expect(keys(r)).toContain('eu.fee-charged-to-seller');
		expect(euros(r.total)).toBe(77.5); // VAT 21% × RON 250 = 52.50 + RON 25 (2026-01-01: no flat duty yet)
	});

	test('Romania: under €150 only (the law’s "sub 150 euro"), converted to lei: at RON 5 per euro, RON 749.99 pays it, RON 750.00 does not', () => {
		const fee = (value: number) => amountOf(run({ region: 'RO', items: [item('clothing', value)], fx: { EUR: 5 } }), 'charge.ro-logistics-tax');
		expect(fee(749.99)).toBe(25);
		expect(fee(750)).toBe(0);
	});

	test('France (EU10): €2 per declaration line under €150 from 2026-03-01 — 3 kinds pay €6; none on 2026-02-28 or at €150.00', () => {
		const fr = (date: string, value: number) => run({ region: 'FR', date, items: [item('clothing', value)], lines: 3 });
		expect(amountOf(fr('2026-02-28', 50), 'charge.fr-small-parcel-tax')).toBe(0);
		expect(amountOf(fr('2026-03-01', 50), 'charge.fr-small-parcel-tax')).toBe(6);
		expect(amountOf(fr('2026-11-22', 149.99), 'charge.fr-small-parcel-tax')).toBe(6);
		expect(amountOf(fr('2026-11-22', 150), 'charge.fr-small-parcel-tax')).toBe(0);
	});

	test('Italy (EU44, EU42): €2 per parcel up to and including €150 from 2026-01-01, suspended from mid-March, back from 2026-07-01 as an estimate', () => {
		const it = (date: string, value: number) => run({ region: 'IT', date, items: [item('clothing', value)] });
		expect(amountOf(it('2025-12-31', 50), 'charge.it-customs-contribution')).toBe(0);
		expect(it('2026-01-01', 50).lines.find((l) => l.key === 'charge.it-customs-contribution')).toMatchObject({ amount: cents(2), flat: true, estimate: false, atCheckout: true, sources: ['EU44'] });
		expect(amountOf(it('2026-03-11', 50), 'charge.it-customs-contribution')).toBe(2);
		expect(amountOf(it('2026-03-12', 50), 'charge.it-customs-contribution')).toBe(0);
		expect(amountOf(it('2026-06-30', 50), 'charge.it-customs-contribution')).toBe(0);
		const july = it('2026-07-01', 50);
		expect(july.lines.find((l) => l.key === 'charge.it-customs-contribution')).toMatchObject({ amount: cents(2), estimate: true, sources: ['EU42'] });
		expect(july.estimate).toBe(true);
		expect(amountOf(it('2026-11-22', 150), 'charge.it-customs-contribution')).toBe(2);
		expect(amountOf(it('2026-11-22', 150.01), 'charge.it-customs-contribution')).toBe(0);
	});

	test('fees are not in the VAT base, and other states pay none', () => {
		const fr = run({ region: 'FR', items: [item('clothing', 50)] });
		expect(fr.lines.find((l) => l.key === 'vat-at-checkout')?.base).toBe(cents(50));
		expect(run({ region: 'DE', items: [item('clothing', 50)] }).lines.some((l) => l.key.endsWith('-tax') || l.key.endsWith('-contribution'))).toBe(false);
	});
});

describe('what the calculator cannot know', () => {
	test('the EU handling fee (unconfirmed) is a warning from 2026-11-01 and a change ahead, never a charge', () => {
		expect(keys(run({ date: '2026-10-31', items: [item('clothing', 50)] }))).not.toContain('eu.handling-fee');
		const r = run({ date: '2026-11-01', items: [item('clothing', 50)] });
		expect(r.warnings).toContainEqual({ key: 'eu.handling-fee', params: { amount: 2, date: '2026-11-01' } });
		expect(r.lines.map((l) => l.key)).toEqual(['eu.flat-duty', 'vat-at-checkout', 'eu.vat-on-duty']);
		expect(eu.changesAhead.map((c) => [c.date, c.approximate, c.source])).toEqual([
			['2026-11-01', true, 'EU47'],
			['2028-07-01', false, 'EU6'],
		]);
	});

	test('books and food pay their own VAT rate (Germany 7%, EU24), and where the rate varies inside the kind the result says so (Ireland’s food)', () => {
		const books = run({ items: [item('books', 30)] });
		expect(books.lines.find((l) => l.key === 'vat-at-checkout')).toMatchObject({ category: 'books', rate: 7, amount: cents(2.1), estimate: true, sources: ['EU24'] });
		expect(run({ items: [item('food', 30)] }).lines.find((l) => l.key === 'vat-at-checkout')?.rate).toBe(7);
		expect(run({ items: [item('clothing', 30)] }).lines.find((l) => l.key === 'vat-at-checkout')?.rate).toBe(19);
		const irish = run({ region: 'IE', items: [item('food', 30)] });
		expect(irish.lines.find((l) => l.key === 'vat-at-checkout')?.rate).toBe(0);
		expect(irish.warnings).toContainEqual({ key: 'eu.vat-varies', params: { category: 'food' } });
		expect(keys(books)).not.toContain('eu.vat-varies');
	});

	test('alcohol before 2026-07-01: no duty relief and no VAT at checkout — duty (rate unknown unless given) and import VAT on delivery, excise not included', () => {
		const r = run({ date: '2026-06-30', items: [item('alcohol', 50)] });
		expect(r.regime).toBe('duty-relief');
		expect(steps(r)).toEqual([
			['duty', 50, 0, 0],
			['import-vat', 50, 19, 9.5],
		]);
		expect(keys(r)).toEqual(expect.arrayContaining(['excise-not-included', 'tariff-not-included', 'eu.excise-no-checkout']));
		expect(keys(r)).not.toContain('checkout-tax-note');
		const given = run({ date: '2026-06-30', items: [item('alcohol', 50)], dutyRate: 10 });
		expect(steps(given)).toEqual([
			['duty', 50, 10, 5],
			['import-vat', 55, 19, 10.45],
		]);
	});

	test('alcohol from 2026-07-01 pays the flat €3 as well (EU7), with import VAT on it at the border', () => {
		const r = run({ items: [item('alcohol', 50)] });
		expect(steps(r)).toEqual([
			['eu.flat-duty', 50, 0, 3],
			['import-vat', 53, 19, 10.07],
		]);
	});

	test('over €150, the reader’s duty rate replaces the preset; a kind without a preset says duty is not included', () => {
		const r = run({ items: [item('clothing', 200)], dutyRate: 5 });
		expect(steps(r)).toEqual([
			['duty', 200, 5, 10],
			['import-vat', 210, 19, 39.9],
		]);
		expect(r.lines[0]!.sources).toEqual([]);
		const food = run({ items: [item('food', 200)] });
		expect(keys(food)).toContain('tariff-not-included');
		expect(euros(food.total)).toBe(14); // import VAT at Germany's food rate, 7% (was 19%, the standard rate, before rates by kind of goods)
	});

	test('unconfirmed presets are estimates without borrowed citations; shipping is allocated by value over €150', () => {
		const r = run({ items: [item('watches', 100), item('clothing', 100)], shipping: cents(10) });
		expect(steps(r)).toEqual([
			['duty', 105, 4.5, 4.73], // 4.725
			['duty', 105, 12, 12.6],
			['import-vat', 227.33, 19, 43.19], // 43.1927
		]);
		expect(r.lines[0]).toMatchObject({ estimate: true, sources: [] });
		expect(r.estimate).toBe(true);
	});

	test('the €3 flat duty is not a rate: the reader’s duty rate does not change it', () => {
		expect(amountOf(run({ items: [item('clothing', 50)], dutyRate: 20 }), 'eu.flat-duty')).toBe(3);
	});
});

test('every text key the EU regime can emit has words in both languages (eu.*, charge.* and regime.* in eu.yaml, the rest in the shared file)', () => {
	const common = load(readFileSync('content/duty-text/common.yaml', 'utf8')) as Record<string, unknown>;
	const inputs: Partial<DutyInput>[] = [];
	for (const date of ['2024-01-01', '2026-03-01', '2026-06-30', '2026-07-01', '2026-11-22', '2028-07-01']) {
		for (const region of ['DE', 'FR', 'IT', 'RO', 'EE', 'IE', 'SE']) {
			for (const value of [10, 40, 140, 149.99, 150, 150.01, 500, 5000]) {
				for (const category of ['clothing', 'books', 'alcohol', 'food', 'watches'] as const) {
					for (const gift of [false, true]) inputs.push({ date, region, gift, items: [item(category, value)], shipping: cents(5) });
				}
			}
			inputs.push({ date, region, gift: true, items: [item('clothing', 30), item('books', 30)] });
		}
		inputs.push({ date, region: 'SE', fx: { EUR: 11 }, items: [item('clothing', 100)] });
	}
	const seen = new Set<string>();
	for (const input of inputs) {
		const r = run(input as DutyInput);
		for (const key of [...r.lines.map((l) => l.key), ...r.warnings.map((w) => w.key), ...r.carrier.map((l) => l.key), `regime.${r.regime}`]) seen.add(key);
	}
	// Without any euro rate (none given, none in the file) a non-euro state cannot answer, and says why.
	const noRate = structuredClone(eu);
	for (const version of noRate.channels[0]!.rules) (version as { countervalue: object }).countervalue = {};
	const error = calculate({ channel: 'parcel', region: 'SE', date: '2026-11-22', items: [item('clothing', 100)] }, noRate);
	expect(error).toEqual({ ok: false, error: { key: 'eu.no-euro-rate', params: { currency: 'SEK' } } });
	if (!error.ok) seen.add(error.error.key);
	// Carrier fees are labelled by their own `name` in carrierFees.
	const missing = [...seen].filter((key) => !key.startsWith('carrier.') && !(key in eu.text) && !(key in common));
	expect(missing).toEqual([]);
	// The EU's own words (eu.*, its national charges and regimes) are all used, and all in eu.yaml.
	const own = (key: string) => /^(eu|charge|regime)\./.test(key) && !(key in common);
	expect([...seen].filter(own).sort()).toEqual(Object.keys(eu.text).filter(own).sort());
	expect([...seen].filter(own).every((key) => key in eu.text)).toBe(true);
});

describe('the schema guards the data', () => {
	type Raw = { channels: { rules: { vat: Record<string, Record<string, { from?: string; rate: unknown }[]>>; fees: Record<string, Record<string, unknown>>[] }[] }[] };
	const issues = (data: unknown) => dutyDestination.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

	test('a state missing from the VAT table fails', () => {
		const broken = structuredClone(raw) as Raw;
		delete broken.channels[0]!.rules[0]!.vat['DE'];
		expect(issues(broken)?.some((i) => i.startsWith('channels.0.rules.0.vat'))).toBe(true);
	});

	test('a later VAT rate without its date, or out of order, fails', () => {
		const undated = structuredClone(raw) as Raw;
		delete undated.channels[0]!.rules[0]!.vat['EE']!['standard']![1]!.from;
		expect(issues(undated)).toContain('channels.0.rules.0.vat.EE.standard.1.from: every rate after the first needs the date it applies from');
		const early = structuredClone(raw) as Raw;
		early.channels[0]!.rules[0]!.vat['FI']!['books']!.splice(1, 0, { from: '2025-06-01', rate: { value: 24, estimate: true } });
		expect(issues(early)).toContain('channels.0.rules.0.vat.FI.books.2.from: must come after the date of the rate before it (oldest first)');
	});

	test('a national fee says its currency (RON 25 is not €25)', () => {
		const broken = structuredClone(raw) as Raw;
		delete broken.channels[0]!.rules[0]!.fees[0]!['amount']!['currency'];
		expect(issues(broken)).toContain('channels.0.rules.0.fees.0.amount.currency: needs its currency, e.g. currency: RON');
	});
});

// Worked examples from the facts memo (EU.7): the Council's and the Commission's examples, Irish
// Revenue's gift examples (EU35, EU36) and examples built from the rule text for a euro and a
// non-euro state. Source ids of content/duty/eu.yaml in each title.
describe('worked examples from the facts memo (EU.7)', () => {
	test('EU5 (Council Reg. 2026/382 as quoted): five T-shirts are one subheading, €3; a T-shirt and a watch are two, €6', () => {
		expect(amountOf(run({ date: '2026-07-02', items: [item('clothing', 5 * 8)] }), 'eu.flat-duty')).toBe(3);
		const two = run({ date: '2026-07-02', items: [item('clothing', 8), item('watches', 40)] });
		expect(two.lines.find((l) => l.key === 'eu.flat-duty')).toMatchObject({ amount: cents(6), flat: true, rate: 0 });
	});

	test('EU36 (Irish Revenue): one gift item of €45 is relieved in full — nothing to pay', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('electronics', 45)] });
		expect([r.regime, r.total]).toEqual(['gift-relief', 0]);
		expect(r.warnings).toContainEqual({ key: 'eu.gift-relief', params: { allowance: 45 } });
	});

	test('EU36: one gift item of €55 pays VAT on the full €55 — at Ireland’s 23%, €12.65 on delivery; no duty (under €150, before 2026-07-01)', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('electronics', 55)] });
		expect(r.regime).toBe('gift-taxed');
		expect(steps(r)).toEqual([['import-vat', 55, 23, 12.65]]);
		expect(r.onDelivery).toBe(r.total);
	});

	test('EU35, EU36: five gift items of €10 each — relief for four, VAT on the fifth: 23% of €10 = €2.30', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('clothing', 10), item('toys', 10), item('sports', 10), item('shoes', 10), item('bags', 10)] });
		expect(steps(r)).toEqual([['import-vat', 10, 23, 2.3]]);
		expect(r.lines[0]!.category).toBe('bags');
		expect(keys(r)).toContain('eu.gift-partly-relieved');
	});

	test('EU35: three gift items of €20 — relief for two, the third is taxed whole (an item is never split): VAT €4.60', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('toys', 20), item('electronics', 20), item('sports', 20)] });
		expect(steps(r)).toEqual([['import-vat', 20, 23, 4.6]]);
	});

	test('EU36: a gift over €700 pays duty at the normal rate and VAT on the full customs value: a €710 coat in Ireland, duty 12% = €85.20, VAT 23% of €795.20 = €182.90', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('clothing', 710)] });
		expect(steps(r)).toEqual([
			['duty', 710, 12, 85.2],
			['import-vat', 795.2, 23, 182.9],
		]);
		expect(keys(r)).not.toContain('eu.gift-flat-duty');
	});

	test('EU36: a €300 gift of clothing pays the flat 2.5% duty (lower than 12%): €7.50, and VAT 23% of €307.50 = €70.73 — €78.23', () => {
		const r = run({ region: 'IE', date: '2026-06-30', gift: true, items: [item('clothing', 300)] });
		expect(steps(r)).toEqual([
			['eu.gift-flat-duty-line', 300, 2.5, 7.5],
			['import-vat', 307.5, 23, 70.73],
		]);
		expect(euros(r.total)).toBe(78.23);
		expect(r.lines[0]!.sources).toEqual(['EU36']);
	});

	test('EU5, EU43 (computed in the memo): a €60 dress with €8 shipping to Italy on 2026-07-01 pays €3 duty, 22% VAT on €71 (€14.96 + €0.66 on the duty) and the €2 contribution (an estimate after its postponement): €20.62', () => {
		const r = run({ region: 'IT', date: '2026-07-01', items: [item('clothing', 60)], shipping: cents(8) });
		expect(steps(r)).toEqual([
			['eu.flat-duty', 60, 0, 3],
			['vat-at-checkout', 68, 22, 14.96],
			['eu.vat-on-duty', 3, 22, 0.66],
			['charge.it-customs-contribution', 60, 0, 2],
		]);
		expect(euros(r.total)).toBe(20.62);
	});

	test('EU31, EU5 (Sweden answers in kronor): SEK 500 of food on 2026-07-15 at SEK 11 per euro: €3 duty is SEK 33, food VAT 6% = SEK 30 and SEK 1.98 on the duty — SEK 64.98; the €150 limit is SEK 1,650', () => {
		const r = run({ region: 'SE', date: '2026-07-15', items: [item('food', 500)], fx: { EUR: 11 } });
		expect(r.currency).toBe('SEK');
		expect(r.regimeParams).toEqual({ limit: 1650, amount: 33, lines: 1 });
		expect(steps(r)).toEqual([
			['eu.flat-duty', 500, 0, 33],
			['vat-at-checkout', 500, 6, 30],
			['eu.vat-on-duty', 33, 6, 1.98],
		]);
		expect(euros(r.total)).toBe(64.98);
		expect(r.warnings).toContainEqual({ key: 'eu.converted', params: { currency: 'SEK', rate: 11, euros: 150, limit: 1650 } });
		// Food was 12% before the temporary cut of 2026-04-01 (EU31).
		expect(run({ region: 'SE', date: '2026-03-31', items: [item('food', 500)], fx: { EUR: 11 } }).lines.find((l) => l.key === 'vat-at-checkout')?.rate).toBe(12);
	});

	test('Sweden, the converted limit exactly at and one öre past: SEK 1,650.00 is low-value, SEK 1,650.01 pays duty and import VAT on delivery', () => {
		const se = (value: number) => run({ region: 'SE', date: '2026-11-22', items: [item('clothing', value)], fx: { EUR: 11 } });
		expect(se(1650).regime).toBe('flat-duty');
		expect(se(1650.01).regime).toBe('duty-and-vat');
		// Without a rate, the yearly countervalue in the file converts it (an estimate, and said so).
		const assumed = run({ region: 'SE', date: '2026-11-22', items: [item('clothing', 100)] });
		expect(assumed.warnings).toContainEqual({ key: 'eu.converted-assumed', params: { currency: 'SEK', rate: 11.3122, euros: 150, limit: 1696.83 } });
		expect(assumed.lines.find((l) => l.key === 'eu.flat-duty')).toMatchObject({ amount: cents(33.94), estimate: true, sources: ['EU5', 'EU41'] });
	});

	test('EU26 (Czechia answers in koruna): a CZK 400 book on 2026-11-22 at CZK 25 per euro pays no VAT (books 0% since 2024), only the €3 duty, CZK 75', () => {
		const r = run({ region: 'CZ', items: [item('books', 400)], fx: { EUR: 25 } });
		expect(r.currency).toBe('CZK');
		expect(steps(r)).toEqual([
			['eu.flat-duty', 400, 0, 75],
			['vat-at-checkout', 400, 0, 0],
			['eu.vat-on-duty', 75, 0, 0],
		]);
		expect(euros(r.total)).toBe(75);
	});
});
