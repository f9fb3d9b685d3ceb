import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { calculate } from '../../src/duty/engine.ts';
import { parseQuery, prepare, requestContext, resolveDest } from '../../src/duty/request.ts';
import type { DutyResult } from '../../src/duty/types.ts';
import { categories } from '../../src/schemas/duty.ts';
import { keys, loadRules, runner } from './duty-helpers.ts';

const { parsed } = loadRules('kr.yaml');
const kr = parsed.data!;
// A test rate of 1,400 won per US dollar: US$150 = ₩210,000, US$200 = ₩280,000, US$0.01 = ₩14.
const USD = 1400;
const run = runner(kr, { channel: 'parcel', fx: { USD }, origin: 'CN' });
/** Placeholders such as {limit} in a text that the parameters do not fill. */
const unfilled = (text: { en: string; 'zh-CN': string } | undefined, params: object = {}) =>
	[...`${text?.en} ${text?.['zh-CN']}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in params));
const steps = (r: DutyResult) => r.lines.map((l) => [l.key, l.base, l.rate, l.amount]);
const won = (usd: number) => Math.round(usd * USD);

test('content/duty/kr.yaml is valid, in whole won', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
	expect(kr.minorUnits).toBe(0);
});

describe('South Korea — the worked example (research brief §7.2, [KR4] bal.pe.kr)', () => {
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

describe('South Korea — the limits, exactly at and one cent past [KR7]', () => {
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
		// Clothing at 13% and VAT at 10% are from the KCS rules as reported by Korea Economic TV [KR8]: no estimate.
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

	// Changed in issue 14: only *functional* cosmetics (sunscreen, whitening, anti-wrinkle) are
	// excluded from list clearance [KR8], so ordinary cosmetics from the US get the US$200 limit; the
	// reader is told that functional ones keep US$150.
	test('cosmetics from the US get the US$200 list-clearance limit, with a warning that functional cosmetics keep US$150 [KR8]', () => {
		const at = run({ items: [{ category: 'cosmetics', value: won(200) }], origin: 'US' });
		expect(at.total).toBe(0);
		expect(at.warnings).toContainEqual({ key: 'kr.general-clearance-some', params: { usd: 150 } });
		const over = run({ items: [{ category: 'cosmetics', value: won(200.01) }], origin: 'US' });
		expect(over.regime).toBe('duty-and-vat');
		expect(steps(over)).toEqual([
			['duty', 280_014, 6.5, 18_201], // 18,200.91
			['import-vat', 298_215, 10, 29_822], // 29,821.5, half up
		]);
		expect(over.total).toBe(48_023);
	});

	test('health supplements from the US keep the US$150 limit (general clearance) [KR7]: US$150.00 is free, US$150.01 pays 8% duty and VAT', () => {
		const at = run({ items: [{ category: 'supplements', value: won(150) }], origin: 'US' });
		expect(at.total).toBe(0);
		expect(at.warnings).toContainEqual({ key: 'kr.general-clearance', params: { usd: 150 } });
		const over = run({ items: [{ category: 'supplements', value: won(150.01) }], origin: 'US' });
		expect(steps(over)).toEqual([
			['duty', 210_014, 8, 16_801], // 16,801.12
			['import-vat', 226_815, 10, 22_682], // 22,681.5, half up
		]);
	});

	test('one food item in a US parcel brings the whole parcel down to US$150 [KR7]', () => {
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
	test('international shipping shown separately does not count toward the limit [KR8][KR9]; the reader is told to keep the invoice', () => {
		const r = run({ items: [{ category: 'clothing', value: won(140) }], shipping: won(20) });
		expect(r.regime).toBe('exempt');
		expect(r.warnings).toContainEqual({ key: 'kr.shipping-may-count', params: { usd: 150 } });
	});

	test('above the limit, duty is on CIF (goods + shipping + insurance) and VAT on CIF + duty [KR8]', () => {
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

	test('books pay no VAT [KR10]; a mixed parcel gets one VAT line per rate', () => {
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
		for (const gift of [false, true])
		for (const category of categories)
			for (const value of [100_000, 200_000, 209_000, 275_000, 300_000])
				for (const shipping of [0, 30_000]) {
					const r = origin ? run({ items: [{ category, value }], origin, shipping, gift }) : noOrigin({ items: [{ category, value }], shipping, gift });
					seen.add(`regime.${r.regime}`);
					for (const key of [...r.lines.map((l) => l.key), ...r.warnings.map((w) => w.key)]) if (key.startsWith('kr.')) seen.add(key);
					// Every {placeholder} of a warning or of the regime's sentence is filled.
					for (const w of r.warnings) if (w.key.startsWith('kr.')) expect(unfilled(kr.text[w.key], w.params), w.key).toEqual([]);
					const regimeParams = (r as { regimeParams?: object }).regimeParams;
					if (regimeParams) expect(unfilled(kr.text[`regime.${r.regime}`], regimeParams), r.regime).toEqual([]);
				}
	seen.add('kr.no-usd-rate');
	seen.add('gift-hint');
	expect([...seen].filter((key) => !kr.text[key])).toEqual([]);
	expect(seen.size).toBeGreaterThan(10);
});

describe('South Korea — worked examples from published sources', () => {
	test('[KR8] a US$130 piece of clothing with US$30 shipping to Korea counts as US$130, not 160: no duty or VAT', () => {
		const r = run({ items: [{ category: 'clothing', value: won(130) }], shipping: won(30), entered: { currency: 'USD', minorUnits: 2, goods: 13_000, shipping: 3_000, insurance: 0 } });
		expect(r.regime).toBe('exempt');
		expect(r.total).toBe(0);
	});

	test('[KR8] clothing with a taxable value of ₩300,000: duty 13% ₩39,000, VAT 10% of ₩339,000 ₩33,900 — ₩72,900', () => {
		const r = run({ items: [{ category: 'clothing', value: 300_000 }] });
		expect(steps(r)).toEqual([
			['duty', 300_000, 13, 39_000],
			['import-vat', 339_000, 10, 33_900],
		]);
		expect(r.total).toBe(72_900);
	});

	test('[KR7] clothing and food bought in the US for US$190 are taxed: with food in the parcel the limit is US$150, not 200', () => {
		const r = run({ items: [{ category: 'clothing', value: won(170) }, { category: 'food', value: won(20) }], origin: 'US' });
		expect(r.regime).toBe('duty-and-vat');
		expect(r.warnings).toContainEqual({ key: 'kr.general-clearance', params: { usd: 150 } });
		expect(r.warnings).toContainEqual({ key: 'kr.over-threshold', params: { usd: 150 } });
	});

	// Research memo KR.7 #3, computed from the rule text [KR8] at the KCS rate for 2026-02-01~07.
	test('a US$160 jacket from China with US$15 freight, at the KCS rate of ₩1,442.88: CIF ₩252,504, duty ₩32,826, VAT ₩28,533 — ₩61,359', () => {
		const fx = 1442.88;
		const r = run({ items: [{ category: 'clothing', value: Math.round(160 * fx) }], shipping: Math.round(15 * fx), fx: { USD: fx } });
		expect(steps(r)).toEqual([
			['duty', 252_504, 13, 32_826], // 32,825.52
			['import-vat', 285_330, 10, 28_533],
		]);
		expect(r.total).toBe(61_359);
	});

	// Research memo KR.3: the example of converting a euro price (KCS rates of 2020: €1 = ₩1,349.48, US$1 = ₩1,252.17).
	test('€130 is ₩175,432 at ₩1,349.48 per euro, which is US$140.10 at ₩1,252.17 per dollar: under US$150, exempt', () => {
		const r = run({ items: [{ category: 'clothing', value: Math.round(130 * 1349.48) }], fx: { USD: 1252.17, EUR: 1349.48 } });
		expect(r.regime).toBe('exempt');
		expect(r.warnings).toContainEqual({ key: 'kr.usd-rate', params: { rate: 1252.17 } });
	});

	// Research memo KR.7 #1, from the rule text [KR7].
	test('US$180 shoes from the US by list clearance: under US$200, ₩0', () => {
		expect(run({ items: [{ category: 'shoes', value: won(180) }], origin: 'US' }).total).toBe(0);
	});

	test('[KR10] a US$160 book from the UK: over the limit, but books pay no duty and no VAT — ₩0', () => {
		const r = run({ items: [{ category: 'books', value: won(160) }], origin: 'GB' });
		expect(r.regime).toBe('duty-and-vat');
		expect(r.total).toBe(0);
	});

	test('a gift is treated like a purchase: the same limit, and the reader is told so', () => {
		const r = run({ items: [{ category: 'clothing', value: won(150.01) }], gift: true });
		expect(r.regime).toBe('duty-and-vat');
		expect(keys(r)).toContain('kr.gift');
		expect(kr.channels[0]!.rules[0]!).toMatchObject({ giftRelief: { allowance: { value: 0 } } });
	});
});

describe("South Korea — the US-dollar limit with the reader's own rate (from the form, through prepare)", () => {
	const ctx = requestContext([kr], ['USD', 'KRW', 'EUR'], ['CN', 'US', 'ZZ']);
	// The snapshot says ₩1,450 per dollar; the reader's receipt says ₩1,385.55.
	const snapshot: Record<string, number> = { USD: 1, KRW: 1450, EUR: 0.86 };
	const snapshotRate = (from: string, to: string) => snapshot[to]! / snapshot[from]!;
	const fx = Object.fromEntries(Object.keys(snapshot).map((c) => [c, snapshotRate(c, 'KRW')]));
	const result = (query: string) => {
		const { request } = parseQuery(new URLSearchParams(`dest=KR&${query}`), ctx);
		const { input } = prepare(request, resolveDest('KR', ctx)!.file, { today: '2026-11-22', snapshotRate, minorUnitsOf: (c) => (c === 'KRW' ? 0 : 2), fx });
		const outcome = calculate(input!, kr);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
		return outcome.result;
	};

	test('at ₩1,385.55 per dollar: US$149.99 and US$150.00 pay nothing, US$150.01 pays duty and VAT on the whole value', () => {
		expect(result('value=149.99&currency=USD&rate=1385.55').regime).toBe('exempt');
		// US$150.00 × 1,385.55 = ₩207,832.5, rounded to ₩207,833 — still exactly US$150.00, so exempt.
		const at = result('value=150.00&currency=USD&rate=1385.55');
		expect(at.regime).toBe('exempt');
		expect(at.warnings).toContainEqual({ key: 'kr.near-limit', params: { usd: 150 } });
		const over = result('value=150.01&currency=USD&rate=1385.55');
		expect(over.regime).toBe('duty-and-vat');
		expect(over.lines[0]).toMatchObject({ key: 'duty', base: 207_846, rate: 13, amount: 27_020 }); // 150.01 × 1,385.55 = 207,846.36
	});

	test("the reader's rate, not the snapshot's, decides: US$150.01 at ₩1,300 is over the limit, US$148 at ₩1,500 is not", () => {
		// Before issue 14 the snapshot's ₩1,450 was used for the limit: ₩195,013 < ₩217,500 showed no tax,
		// and ₩222,000 > ₩217,500 showed tax.
		expect(result('value=150.01&currency=USD&rate=1300').regime).toBe('duty-and-vat');
		expect(result('value=148&currency=USD&rate=1500').regime).toBe('exempt');
	});

	test('amounts in won are compared at the snapshot rate, and the result says which rate it used', () => {
		const r = result('value=217500&currency=KRW');
		expect(r.regime).toBe('exempt');
		expect(r.warnings).toContainEqual({ key: 'kr.usd-rate', params: { rate: 1450 } });
		expect(result('value=217501&currency=KRW').regime).toBe('duty-and-vat');
	});
});
