import { describe, expect, test } from 'vitest';
import { calculate } from '../../src/duty/engine.ts';
import { giftHints } from '../../src/duty/gift.ts';
import type { DutyInput } from '../../src/duty/types.ts';
import { keys, loadRules, major, minor as centavos, rulesProblems, runner, steps } from './duty-helpers.ts';

// Brazil (issue 21): federal import tax by value band in US dollars on goods + shipping +
// insurance, then the state's ICMS "por dentro" (on the price including itself). The examples use
// R$5.52 per US dollar, the rate of the UOL article (BR3), unless they say otherwise.
const rules = loadRules('br.yaml');
const br = rules.parsed.data!;
const FX = { USD: 5.52 };
const run = runner(br, { channel: 'conforme', region: 'SP', date: '2026-12-07', fx: FX });
/** Amounts typed in US dollars, converted at R$5.52 as the calculator does. */
const inDollars = (usd: number, shipping = 0): Partial<DutyInput> & { items: DutyInput['items'] } => ({
	items: [{ category: 'clothing', value: Math.round(centavos(usd) * 5.52) }],
	shipping: Math.round(centavos(shipping) * 5.52),
	entered: { currency: 'USD', minorUnits: 2, goods: centavos(usd), shipping: centavos(shipping), insurance: 0 },
});

test('content/duty/br.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Brazil, Remessa Conforme — worked examples', () => {
	// JTV, 2024-08-01 (BR7): R$100 pays R$20 import tax, and 17% ICMS on the sum makes R$144.58.
	test('a R$100 purchase in São Paulo owes R$20.00 import tax and R$24.58 ICMS = R$44.58, all at checkout', () => {
		const r = run({ items: [{ category: 'clothing', value: centavos(100) }] });
		expect(steps(r)).toEqual([
			['br.import-tax', 100, 20, 20],
			['br.icms', 144.58, 17, 24.58],
		]);
		expect(major(r.total)).toBe(44.58);
		expect(r.onDelivery).toBe(0);
		expect(r.lines.every((l) => l.atCheckout)).toBe(true);
		expect(r.carrier).toEqual([]);
	});

	// UOL, 2025-07-29 (BR3): US$50 + US$10 + US$12.29 ICMS = US$72.29, R$399.04 at R$5.52.
	test('a parcel of exactly US$50 (R$276) owes 20%: R$55.20 import tax and R$67.84 ICMS — R$399.04 with the goods, as UOL says', () => {
		const r = run({ items: [{ category: 'clothing', value: centavos(276) }] });
		expect(steps(r)).toEqual([
			['br.import-tax', 276, 20, 55.2],
			['br.icms', 399.04, 17, 67.84],
		]);
		expect(r.regime).toBe('br-low-band');
		expect(keys(r)).toContain('br.near-band');
		// Typed in dollars, US$50.00 is compared exactly: still the 20% band.
		expect(run(inDollars(50)).regime).toBe('br-low-band');
	});

	// UOL (BR3): US$100 + US$40 (60% less US$20) + US$28.67 ICMS = US$168.67. Worked in reais the ICMS
	// is R$158.28; the article rounds in dollars first (US$28.67 × 5.52 = R$158.26) and gives R$931.05.
	test('a parcel of US$100 (R$552) owes 60% less US$20: R$220.80 import tax and R$158.28 ICMS = R$379.08', () => {
		const r = run({ items: [{ category: 'clothing', value: centavos(552) }] });
		expect(steps(r)).toEqual([
			['br.import-tax-deduction', 552, 60, 220.8],
			['br.icms', 931.08, 17, 158.28],
		]);
		expect(major(r.total)).toBe(379.08);
		expect(r.regime).toBe('br-high-band');
	});

	// The rule text (BR1, BR2): 20% up to US$50.00, 60% less US$20 from US$50.01.
	test('just past the band, US$50.01 costs six centavos more than US$50: the deduction leaves no jump', () => {
		const at = run(inDollars(50));
		const past = run(inDollars(50.01));
		expect(past.regime).toBe('br-high-band');
		expect(steps(past)).toEqual([
			['br.import-tax-deduction', 276.06, 60, 55.24],
			['br.icms', 399.16, 17, 67.86],
		]);
		expect(major(past.total - at.total)).toBe(0.06);
	});

	// BR1 §4: transport and insurance count toward the bands.
	test('US$45 of goods with US$10 shipping is over US$50: the 60% band, on R$303.60', () => {
		const r = run(inDollars(45, 10));
		expect(r.regime).toBe('br-high-band');
		expect(steps(r)[0]).toEqual(['br.import-tax-deduction', 303.6, 60, 71.76]);
	});

	// BR4 and BR9: ten states moved to 20% on 2025-04-01; Bahia is one of them.
	test('in Bahia since 2025-04-01, R$100 owes R$20.00 import tax and R$30.00 ICMS (20% of R$150): half the price again', () => {
		const r = run({ region: 'BA', items: [{ category: 'clothing', value: centavos(100) }] });
		expect(steps(r)).toEqual([
			['br.import-tax', 100, 20, 20],
			['br.icms', 150, 20, 30],
		]);
		expect(major(r.total)).toBe(50);
		expect(major(run({ region: 'BA', date: '2025-03-31', items: [{ category: 'clothing', value: centavos(100) }] }).total)).toBe(44.58);
	});
});

describe('Brazil, other sellers, books and limits', () => {
	// BR1: 60% on the whole value, without the deduction; ICMS as before; paid before delivery.
	test('US$100 (R$552) from a seller not in Remessa Conforme owes R$331.20 + R$180.90 ICMS = R$512.10 on delivery, plus the R$15 Correios fee', () => {
		const r = run({ channel: 'other', items: [{ category: 'clothing', value: centavos(552) }] });
		expect(steps(r)).toEqual([
			['br.import-tax', 552, 60, 331.2],
			['br.icms', 1064.1, 17, 180.9],
		]);
		expect(major(r.onDelivery)).toBe(512.1);
		expect(major(r.carrierTotal)).toBe(15);
		expect(r.regime).toBe('br-flat');
	});

	// BR6: the Constitution forbids taxing books.
	test('R$300 of books owes nothing by either channel', () => {
		for (const channel of ['conforme', 'other']) {
			const r = run({ channel, items: [{ category: 'books', value: centavos(300) }] });
			expect(r.total).toBe(0);
			expect(r.regime).toBe('br-immune');
			expect(r.carrier).toEqual([]);
		}
	});

	test('over US$3,000 the simplified regime does not apply: the result says so and is never the cheapest way', () => {
		const r = run(inDollars(3000.01));
		expect(r.notAllowed).toEqual({ key: 'br.over-limit', params: { usd: 3000 } });
		expect(run(inDollars(3000)).notAllowed).toBeUndefined();
	});

	test('Roraima’s 20% is reported differently by different sources: an estimate, and the reader is told', () => {
		const r = run({ region: 'RR', items: [{ category: 'clothing', value: centavos(100) }] });
		expect(major(r.total)).toBe(50);
		expect(r.estimate).toBe(true);
		expect(keys(r)).toContain('br.icms-unconfirmed');
	});

	test('without a state there is no answer: the ICMS rate depends on it', () => {
		const outcome = calculate({ channel: 'conforme', date: '2026-12-07', fx: FX, items: [{ category: 'clothing', value: 10000 }] }, br);
		expect(outcome).toEqual({ ok: false, error: { key: 'unknown-region', params: { region: '' } } });
	});

	test('a gift has no allowance of its own since 2024-08-01: taxed like a purchase, and the hint says so', () => {
		const r = run({ channel: 'other', gift: true, items: [{ category: 'clothing', value: centavos(100) }] });
		expect(major(r.lines[0]!.amount)).toBe(60);
		expect(keys(r)).toContain('br.gift');
		expect(giftHints(br, '2026-12-07').map((h) => h.key)).toEqual(['gift.none', 'gift.none']);
	});
});
