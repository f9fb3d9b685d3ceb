import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { calculate } from '../../src/duty/engine.ts';
import type { DutyResult } from '../../src/duty/types.ts';
import { categories } from '../../src/schemas/duty.ts';
import { loadRules, runner } from './duty-helpers.ts';

const { parsed } = loadRules('kr.yaml');
const kr = parsed.data!;
// A test rate of 1,400 won per US dollar: US$150 = ₩210,000, US$200 = ₩280,000, US$0.01 = ₩14.
const USD = 1400;
const run = runner(kr, { channel: 'parcel', fx: { USD }, origin: 'CN' });
const keys = (r: DutyResult) => r.warnings.map((w) => w.key);
/** Placeholders such as {limit} in a text that the parameters do not fill. */
const unfilled = (text: { en: string; 'zh-CN': string } | undefined, params: object = {}) =>
	[...`${text?.en} ${text?.['zh-CN']}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in params));
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);
const won = (usd: number) => Math.round(usd * USD);

test('content/duty/kr.yaml is valid, in whole won', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
	expect(kr.minorUnits).toBe(0);
});

describe('South Korea — the worked example (research brief §7.2, [KR4])', () => {
	test('a US$250 item from the US at 6.5%: duty $16.25 = ₩22,750, VAT 10% of $266.25 = ₩37,275 ($26.63), total ₩60,025', () => {
		const r = run({ items: [{ category: 'other', value: won(250) }], origin: 'US', dutyRate: 6.5 });
		expect(r.regime).toBe('duty-and-vat');
		expect(steps(r)).toEqual([
			['duty', 350_000, 6.5, 22_750], // 6.5% × 350,000
			['import-vat', 372_750, 10, 37_275], // 10% × (350,000 + 22,750); $26.625, which the source rounds to $26.63
		]);
		expect(r.total).toBe(60_025); // $42.875: the source's $42.88 is the sum of its rounded dollar amounts
		expect(r.currency).toBe('KRW');
	});
});

describe('South Korea — the limits, exactly at and one cent past [KR1][KR3]', () => {
	test('from China: US$150.00 (₩210,000) pays nothing; US$150.01 (₩210,014) pays duty and VAT on the whole value', () => {
		const at = run({ items: [{ category: 'clothing', value: won(150) }] });
		expect(at.regime).toBe('exempt');
		expect(at.total).toBe(0);
		expect(at.warnings).toContainEqual({ key: 'kr.near-limit', params: { usd: 150 } });
		expect(keys(at)).toEqual(expect.arrayContaining(['kr.exempt', 'kr.same-day']));
		const over = run({ items: [{ category: 'clothing', value: won(150.01) }] });
		expect(over.regime).toBe('duty-and-vat');
		expect(steps(over)).toEqual([
			['duty', 210_014, 13, 27_302], // 27,301.82
			['import-vat', 237_316, 10, 23_732], // 23,731.6
		]);
		expect(over.total).toBe(51_034);
		expect(over.warnings).toContainEqual({ key: 'kr.over-threshold', params: { usd: 150 } });
		// Clothing at 13% is from a secondary source [KR1], VAT 10% too: nothing here is an estimate.
		expect(over.estimate).toBe(false);
	});

	test('from the US (list clearance): US$200.00 (₩280,000) pays nothing; US$200.01 (₩280,014) pays on the whole value', () => {
		const at = run({ items: [{ category: 'clothing', value: won(200) }], origin: 'US' });
		expect(at.regime).toBe('exempt');
		expect(at.warnings).toContainEqual({ key: 'kr.exempt', params: { usd: 200 } });
		const over = run({ items: [{ category: 'clothing', value: won(200.01) }], origin: 'US' });
		expect(steps(over)).toEqual([
			['duty', 280_014, 13, 36_402], // 36,401.82
			['import-vat', 316_416, 10, 31_642], // 31,641.6
		]);
		expect(over.total).toBe(68_044);
	});

	test('cosmetics from the US keep the US$150 limit (general clearance): US$150.00 is free, US$150.01 pays 6.5% duty and VAT', () => {
		const at = run({ items: [{ category: 'cosmetics', value: won(150) }], origin: 'US' });
		expect(at.total).toBe(0);
		expect(at.warnings).toContainEqual({ key: 'kr.general-clearance', params: { usd: 150 } });
		const over = run({ items: [{ category: 'cosmetics', value: won(150.01) }], origin: 'US' });
		expect(over.regime).toBe('duty-and-vat');
		expect(steps(over)).toEqual([
			['duty', 210_014, 6.5, 13_651], // 13,650.91
			['import-vat', 223_665, 10, 22_367], // 22,366.5, half up
		]);
		expect(over.total).toBe(36_018);
	});

	test('one food item in a US parcel brings the whole parcel down to US$150 [KR3]', () => {
		const r = run({ items: [{ category: 'clothing', value: won(140) }, { category: 'food', value: won(10.01) }], origin: 'US' });
		expect(r.regime).toBe('duty-and-vat');
		expect(keys(r)).toEqual(expect.arrayContaining(['kr.general-clearance', 'tariff-not-included']));
	});

	test("the limit is in dollars at the reader's rate, compared exactly: at ₩1,385.50 per dollar, US$150 is ₩207,825", () => {
		const at = run({ items: [{ category: 'clothing', value: 207_825 }], fx: { USD: 1385.5 } });
		expect(at.regime).toBe('exempt');
		expect(run({ items: [{ category: 'clothing', value: 207_826 }], fx: { USD: 1385.5 } }).regime).toBe('duty-and-vat');
	});
});

describe('South Korea — value, shipping and what the calculator cannot know', () => {
	test('international shipping does not count toward the limit [KR3], but the reader is warned that some guides count it [KR1]', () => {
		const r = run({ items: [{ category: 'clothing', value: won(140) }], shipping: won(20) });
		expect(r.regime).toBe('exempt');
		expect(r.warnings).toContainEqual({ key: 'kr.shipping-may-count', params: { usd: 150 } });
	});

	test('above the limit, duty is on CIF (goods + shipping + insurance) and VAT on CIF + duty [KR1]', () => {
		const r = run({ items: [{ category: 'clothing', value: 300_000 }], shipping: 15_000, insurance: 5_000 });
		expect(steps(r)).toEqual([
			['duty', 320_000, 13, 41_600],
			['import-vat', 361_600, 10, 36_160],
		]);
		expect(r.total).toBe(77_760);
	});

	test("the reader's duty rate replaces the preset; presets from an uncited list are estimates", () => {
		expect(run({ items: [{ category: 'shoes', value: 300_000 }], dutyRate: 8 }).lines[0]).toMatchObject({ rate: 8, amount: 24_000, estimate: false });
		const preset = run({ items: [{ category: 'shoes', value: 300_000 }] });
		expect(preset.lines[0]).toMatchObject({ rate: 13, estimate: true, sources: [] });
		expect(keys(preset)).toContain('estimate');
	});

	test('books pay no VAT [KR1]; a mixed parcel gets one VAT line per rate', () => {
		const r = run({ items: [{ category: 'books', value: 200_000 }, { category: 'clothing', value: 100_000 }] });
		expect(steps(r)).toEqual([
			['duty', 200_000, 0, 0],
			['duty', 100_000, 13, 13_000],
			['import-vat', 200_000, 0, 0],
			['import-vat', 113_000, 10, 11_300],
		]);
	});

	test('alcohol: liquor tax is not included, and there is no duty preset', () => {
		const r = run({ items: [{ category: 'alcohol', value: 300_000 }] });
		expect(keys(r)).toEqual(expect.arrayContaining(['kr.liquor-tax', 'tariff-not-included', 'kr.simplified-rates']));
	});

	test('without a won-per-dollar rate there is no answer, and the error says why', () => {
		const input = { channel: 'parcel', items: [{ category: 'clothing' as const, value: 100_000 }], date: '2026-11-22' };
		expect(calculate(input, kr)).toEqual({ ok: false, error: { key: 'kr.no-usd-rate' } });
		expect(calculate({ ...input, fx: { USD: 0 } }, kr)).toEqual({ ok: false, error: { key: 'kr.no-usd-rate' } });
		expect(calculate({ ...input, fx: { EUR: 1500 } }, kr)).toEqual({ ok: false, error: { key: 'kr.no-usd-rate' } });
		expect(kr.text['kr.no-usd-rate']).toBeDefined();
	});
});

test('every kr.* key and regime the calculator can show has words in both languages in kr.yaml', () => {
	const seen = new Set<string>();
	const noOrigin = runner(kr, { channel: 'parcel', fx: { USD } });
	for (const origin of ['US', 'CN', undefined])
		for (const category of categories)
			for (const value of [100_000, 200_000, 209_000, 275_000, 300_000])
				for (const shipping of [0, 30_000]) {
					const r = origin ? run({ items: [{ category, value }], origin, shipping }) : noOrigin({ items: [{ category, value }], shipping });
					seen.add(`regime.${r.regime}`);
					for (const key of [...r.lines.map((l) => l.key), ...r.warnings.map((w) => w.key)]) if (key.startsWith('kr.')) seen.add(key);
					// Every {placeholder} of a warning or of the regime's sentence is filled.
					for (const w of r.warnings) if (w.key.startsWith('kr.')) expect(unfilled(kr.text[w.key], w.params), w.key).toEqual([]);
					const regimeParams = (r as { regimeParams?: object }).regimeParams;
					if (regimeParams) expect(unfilled(kr.text[`regime.${r.regime}`], regimeParams), r.regime).toEqual([]);
				}
	seen.add('kr.no-usd-rate');
	expect([...seen].filter((key) => !kr.text[key])).toEqual([]);
	expect(seen.size).toBeGreaterThan(10);
});
