import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { calculate, compareChannels } from '../../src/duty/engine.ts';
import type { DutyInput, DutyResult } from '../../src/duty/types.ts';
import { categories, dutyDestination, type Category } from '../../src/schemas/duty.ts';
import { loadRules, major as yuan, minor as fen, runner } from './duty-helpers.ts';

const { raw, parsed } = loadRules('cn.yaml');
const cn = parsed.data!;
const run = runner(cn, { channel: 'cbec' });
const warningKeys = (r: DutyResult) => r.warnings.map((w) => w.key);

test('content/duty/cn.yaml is valid', () => {
	expect(parsed.error ? z.prettifyError(parsed.error) : '').toBe('');
});

describe('China, cross-border e-commerce (综合税) — worked examples from the research brief', () => {
	test('CNY 800 of supplements with CNY 20 shipping owes CNY 74.62 (820 × 13% VAT × 70%)', () => {
		const r = run({ items: [{ category: 'supplements', value: fen(800) }], shipping: fen(20) });
		expect(yuan(r.total)).toBe(74.62);
		expect(r.regime).toBe('within-limits');
		expect(r.lines).toEqual([
			expect.objectContaining({ key: 'cn.cbec.tariff-within-limits', base: fen(820), rate: 0, amount: 0 }),
			expect.objectContaining({ key: 'cn.vat', base: fen(820), rate: 13, share: 70, amount: fen(74.62) }),
		]);
		expect(r.estimate).toBe(false);
	});

	test('a CNY 700 high-end face cream owes CNY 161.41: consumption tax 86.47 and VAT 74.94 on the composite price 823.53', () => {
		const r = run({ items: [{ category: 'cosmetics-premium', value: fen(700) }] });
		expect(yuan(r.total)).toBe(161.41);
		const byKey = Object.fromEntries(r.lines.map((l) => [l.key, l]));
		expect(yuan(byKey['cn.consumption-tax']!.base)).toBe(823.53);
		expect(yuan(byKey['cn.consumption-tax']!.amount)).toBe(86.47);
		expect(yuan(byKey['cn.vat']!.amount)).toBe(74.94);
	});

	test('a single CNY 6,000 laptop over the order limit is taxed in full: CNY 780, not the 546 it would be inside the limits', () => {
		const r = run({ items: [{ category: 'electronics', value: fen(6000) }], single: true });
		expect(r.regime).toBe('full-tax');
		expect(yuan(r.total)).toBe(780);
		expect(warningKeys(r)).toContain('cn.cbec.single-item-full-tax');
		// The 0% tariff for IT products is marked as an estimate, so the result says so.
		expect(r.estimate).toBe(true);
		expect(warningKeys(r)).toContain('estimate');
	});

	test('a single CNY 12,000 watch pays the 20% consumption tax on high-end watches: 4,950 on a composite price of 15,000', () => {
		const r = run({ items: [{ category: 'watches', value: fen(12000) }], single: true });
		expect(yuan(r.total)).toBe(4950);
		expect(warningKeys(r)).toContain('tariff-not-included');
	});
});

describe('China, cross-border e-commerce — limits, exactly at and one fen past', () => {
	test('an order of exactly CNY 5,000 is within the limit; CNY 5,000.01 is not', () => {
		expect(run({ items: [{ category: 'clothing', value: fen(5000) }] }).regime).toBe('within-limits');
		const over = run({ items: [{ category: 'clothing', value: fen(5000.01) }] });
		expect(over.regime).toBe('over-order-limit');
		expect(warningKeys(over)).toContain('cn.cbec.over-order-limit');
	});

	test('shipping counts toward the order limit: 4,990 + 10.01 shipping is over', () => {
		expect(run({ items: [{ category: 'clothing', value: fen(4990) }], shipping: fen(10.01) }).regime).toBe('over-order-limit');
	});

	test('the year may reach exactly CNY 26,000; one fen more is over the annual limit and taxed in full', () => {
		const at = run({ items: [{ category: 'clothing', value: fen(5000) }], spent: fen(21000) });
		expect(at.regime).toBe('within-limits');
		expect(yuan(at.total)).toBe(455); // 5,000 × 9.1%
		expect(warningKeys(at)).toContain('cn.cbec.near-annual-limit');
		const over = run({ items: [{ category: 'clothing', value: fen(5000) }], spent: fen(21000.01) });
		expect(over.regime).toBe('over-annual-limit');
		expect(yuan(over.total)).toBe(650); // VAT in full; tariff unknown, so not included…
		expect(warningKeys(over)).toEqual(expect.arrayContaining(['cn.cbec.over-annual-limit', 'tariff-not-included']));
	});

	test('a duty rate typed by the reader is used when the full tax applies', () => {
		const r = run({ items: [{ category: 'clothing', value: fen(5000) }], spent: fen(21000.01), dutyRate: 6 });
		// tariff 300; VAT (5,000 + 300) × 13% = 689
		expect(yuan(r.total)).toBe(989);
		expect(warningKeys(r)).not.toContain('tariff-not-included');
	});
});

describe('China, personal articles tax (行邮税) — worked examples', () => {
	const postal = (items: DutyInput['items'], extra: Partial<DutyInput> = {}) => run({ channel: 'postal', items, ...extra });

	test('items of the same kind are one line, as on a customs declaration', () => {
		const r = postal([
			{ category: 'clothing', value: fen(450) },
			{ category: 'clothing', value: fen(450) },
		]);
		expect(r.lines.map((l) => [l.category, yuan(l.base), yuan(l.amount)])).toEqual([['clothing', 900, 180]]);
	});

	test('two sweaters (CNY 900) and a book (CNY 100) in one parcel owe CNY 193 (180 + 13)', () => {
		const r = postal([
			{ category: 'clothing', value: fen(900) },
			{ category: 'books', value: fen(100) },
		]);
		expect(yuan(r.total)).toBe(193);
		expect(r.lines.map((l) => [l.rate, yuan(l.amount)])).toEqual([
			[20, 180],
			[13, 13],
		]);
	});

	test('a CNY 240 T-shirt owes 48, which is waived; at CNY 300 the whole 60 is payable', () => {
		const low = postal([{ category: 'clothing', value: fen(240) }]);
		expect(low.regime).toBe('waived');
		expect(low.total).toBe(0);
		expect(warningKeys(low)).toContain('cn.postal.waived');
		expect(yuan(postal([{ category: 'clothing', value: fen(300) }]).total)).toBe(60);
	});

	test('2 kg of milk powder at the table value of CNY 400 owes CNY 52', () => {
		expect(yuan(postal([{ category: 'food', value: fen(400) }]).total)).toBe(52);
	});

	test('the CNY 50 waiver, exactly at and one fen past: 50.00 is waived, 50.01 is payable in full', () => {
		expect(postal([{ category: 'toys', value: fen(384.61) }]).total).toBe(0); // 13% → 50.00
		expect(yuan(postal([{ category: 'toys', value: fen(384.66) }]).total)).toBe(50.01); // 50.0058 → 50.01
		expect(postal([{ category: 'clothing', value: fen(250.02) }]).total).toBe(0); // 20% → 50.004 → 50.00
		expect(yuan(postal([{ category: 'clothing', value: fen(250.03) }]).total)).toBe(50.01); // 50.006 → 50.01
	});

	test('the per-parcel limit is CNY 2,000 from 2024-12-01 and was CNY 1,000 the day before', () => {
		const parcel = [{ category: 'clothing' as Category, value: fen(1500) }];
		expect(warningKeys(postal(parcel, { date: '2024-11-30' }))).toContain('cn.postal.over-parcel-limit');
		expect(warningKeys(postal(parcel, { date: '2024-12-01' }))).not.toContain('cn.postal.over-parcel-limit');
		expect(warningKeys(postal([{ category: 'clothing', value: fen(2000) }]))).not.toContain('cn.postal.over-parcel-limit');
		expect(warningKeys(postal([{ category: 'clothing', value: fen(2000.01) }]))).toContain('cn.postal.over-parcel-limit');
		expect(warningKeys(postal([{ category: 'clothing', value: fen(2000.01) }], { single: true }))).toContain(
			'cn.postal.single-item-over-limit',
		);
	});
});

describe('dated rules', () => {
	test('no rules are in force before the first version: a clear error, not a number', () => {
		expect(calculate({ channel: 'postal', date: '2019-04-08', items: [{ category: 'clothing', value: 100 }] }, cn)).toEqual({
			ok: false,
			error: { key: 'no-rules-on-date', params: { date: '2019-04-08' } },
		});
		expect(calculate({ channel: 'cbec', date: '2018-12-31', items: [{ category: 'clothing', value: 100 }] }, cn).ok).toBe(false);
		expect(calculate({ channel: 'cbec', date: '2019-01-01', items: [{ category: 'clothing', value: 100 }] }, cn).ok).toBe(true);
	});

	test('the result states the dates of the rules it used', () => {
		expect(run({ channel: 'postal', items: [{ category: 'clothing', value: fen(300) }], date: '2024-06-01' }).rules).toEqual({
			from: '2019-04-09',
			until: '2024-11-30',
			reviewed: '2026-12-07',
		});
	});

	test('bad input is an error, never a NaN', () => {
		expect(calculate({ channel: 'cbec', date: '2026-11-22', items: [{ category: 'toys', value: -1 }] }, cn)).toEqual({ ok: false, error: { key: 'bad-amount' } });
		expect(calculate({ channel: 'cbec', date: '2026-11-22', items: [{ category: 'toys', value: 1.5 }] }, cn).ok).toBe(false);
		expect(calculate({ channel: 'cbec', date: '22/11/2026', items: [{ category: 'toys', value: 100 }] }, cn).ok).toBe(false);
		expect(calculate({ channel: 'air', date: '2026-11-22', items: [{ category: 'toys', value: 100 }] }, cn)).toEqual({
			ok: false,
			error: { key: 'unknown-channel', params: { channel: 'air' } },
		});
	});
});

test('both channels side by side: a CNY 300 T-shirt costs 27.30 through a CBEC platform and 60 by post, so CBEC is cheaper', () => {
	const { results, cheapest } = compareChannels({ date: '2026-11-22', items: [{ category: 'clothing', value: fen(300) }] }, cn);
	const totals = Object.fromEntries(results.map((r) => [r.channel, r.outcome.ok ? yuan(r.outcome.result.total) : null]));
	expect(totals).toEqual({ cbec: 27.3, postal: 60 });
	expect(cheapest).toEqual(['cbec']);
	// A CNY 240 T-shirt: postal tax is waived, so the post is cheaper.
	expect(compareChannels({ date: '2026-11-22', items: [{ category: 'clothing', value: fen(240) }] }, cn).cheapest).toEqual(['postal']);
});

describe('invariants (fast-check)', () => {
	const item = fc.record({ category: fc.constantFrom(...categories), value: fc.integer({ min: 0, max: 10_000_000 }) });
	const input = fc.record({
		channel: fc.constantFrom('cbec', 'postal'),
		items: fc.array(item, { minLength: 1, maxLength: 4 }),
		shipping: fc.integer({ min: 0, max: 100_000 }),
		spent: fc.integer({ min: 0, max: 3_000_000 }),
		single: fc.boolean(),
		date: fc.constantFrom('2019-05-01', '2024-11-30', '2024-12-01', '2026-11-22'),
	});

	test('every valid input gives a whole, non-negative total equal to the sum of its lines', () => {
		fc.assert(
			fc.property(input, (i) => {
				const outcome = calculate(i, cn);
				if (!outcome.ok) return false;
				const { total, lines } = outcome.result;
				return Number.isSafeInteger(total) && total >= 0 && total === lines.reduce((s, l) => s + l.amount, 0);
			}),
			{ numRuns: 2000 },
		);
	});

	// For one kind of goods (what the calculator's form takes). With several kinds, shipping is
	// split between them and each line is rounded to the fen, so totals may move by a fen.
	test('for one kind of goods within one regime, more value never means less tax', () => {
		const oneKind = input.map((i) => ({ ...i, items: i.items.slice(0, 1) }));
		fc.assert(
			fc.property(oneKind, fc.integer({ min: 1, max: 100_000 }), (i, extra) => {
				const a = calculate(i, cn);
				const b = calculate({ ...i, items: i.items.map((it, n) => (n === 0 ? { ...it, value: it.value + extra } : it)) }, cn);
				if (!a.ok || !b.ok || a.result.regime !== b.result.regime) return true;
				return b.result.total >= a.result.total;
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('the rules file schema', () => {
	test('a figure citing a source the file does not list is refused, with its path', () => {
		const broken = structuredClone(raw) as { channels: { rules: { orderLimit: { source: string } }[] }[] };
		broken.channels[0]!.rules[0]!.orderLimit.source = 'CN99';
		const issues = dutyDestination.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(issues).toEqual(['channels.0.rules.0.orderLimit.source: "CN99" is not in this file\'s sources']);
	});

	test('rule versions that overlap are refused', () => {
		const broken = structuredClone(raw) as { channels: { rules: { until?: Date }[] }[] };
		broken.channels[1]!.rules[0]!.until = new Date('2024-12-05T00:00:00Z');
		expect(dutyDestination.safeParse(broken).error?.issues.map((i) => i.path.join('.'))).toEqual(['channels.1.rules.0.until']);
	});
});

describe('China — issue 14: rates by kind of goods, what a channel cannot take, gifts', () => {
	// Research memo CN.7 #4, from the rule text [CN1] and the VAT Law's 9% band for books [CN13].
	test('CBEC: a CNY 200 book pays VAT 9% at 70%: CNY 12.60, and the reader is told books may not be on the list', () => {
		const r = run({ items: [{ category: 'books', value: fen(200) }] });
		expect(yuan(r.total)).toBe(12.6);
		expect(r.lines.find((l) => l.key === 'cn.vat')).toMatchObject({ rate: 9, share: 70, sources: ['CN13', 'CN1'] });
		expect(warningKeys(r)).toContain('cn.cbec.may-not-be-listed');
	});

	test('CBEC VAT was 16% until 2019-03-31 and 13% from 2019-04-01 (estimate before): CNY 100 of clothing owes 11.20, then 9.10', () => {
		const before = run({ items: [{ category: 'clothing', value: fen(100) }], date: '2019-03-31' });
		expect(yuan(before.total)).toBe(11.2);
		expect(before.estimate).toBe(true);
		expect(yuan(run({ items: [{ category: 'clothing', value: fen(100) }], date: '2019-04-01' }).total)).toBe(9.1);
	});

	test('CBEC food: processed food at 13% (the common case), and the reader is told farm products are 9%', () => {
		const r = run({ items: [{ category: 'food', value: fen(100) }] });
		expect(yuan(r.total)).toBe(9.1);
		expect(warningKeys(r)).toContain('varies.vat.food');
	});

	test('CBEC over CNY 5,000 with more than one item: not allowed (split the order); the full tax is kept for the record', () => {
		const r = run({ items: [{ category: 'clothing', value: fen(3000) }, { category: 'shoes', value: fen(2500) }] });
		expect(r.notAllowed).toEqual({ key: 'cn.cbec.not-allowed-order', params: { limit: 5000 } });
		expect(yuan(r.total)).toBe(715); // VAT 13% in full on 5,500; tariff unknown
	});

	test('CBEC past the CNY 26,000 year: not allowed; a single CNY 6,000 item within the year is allowed, taxed in full', () => {
		expect(run({ items: [{ category: 'clothing', value: fen(100) }], spent: fen(25950) }).notAllowed).toEqual({ key: 'cn.cbec.not-allowed-annual', params: { limit: 26000 } });
		expect(run({ items: [{ category: 'electronics', value: fen(6000) }], single: true }).notAllowed).toBeUndefined();
		expect(run({ items: [{ category: 'electronics', value: fen(6000) }], single: true, spent: fen(21000) }).notAllowed?.key).toBe('cn.cbec.not-allowed-annual');
	});

	// Research memo CN.7 #7: over CNY 2,000 and not one indivisible item — cannot clear as personal articles.
	test('post: a parcel of CNY 2,500 with three items cannot pass as personal articles; one indivisible item can', () => {
		const postal = (items: DutyInput['items'], extra: Partial<DutyInput> = {}) => run({ channel: 'postal', items, ...extra });
		const r = postal([
			{ category: 'clothing', value: fen(1000) },
			{ category: 'shoes', value: fen(800) },
			{ category: 'toys', value: fen(700) },
		]);
		expect(r.notAllowed).toEqual({ key: 'cn.postal.not-allowed-parcel', params: { limit: 2000 } });
		expect(yuan(r.total)).toBe(451); // 200 + 160 + 91, for the record
		expect(postal([{ category: 'electronics', value: fen(2500) }], { single: true }).notAllowed).toBeUndefined();
	});

	test('post: a high-end watch (CNY 10,000 or more) is taxed at 50%, an ordinary one at 20% [CN4]', () => {
		const postal = (value: number) => run({ channel: 'postal', items: [{ category: 'watches', value: fen(value) }], single: true });
		expect(yuan(postal(12000).total)).toBe(6000);
		expect(yuan(postal(9999).total)).toBe(1999.8);
	});

	test('post: jewellery at 50% (precious) with the reader told gold and silver are 13%; every result says customs may use their value table', () => {
		const r = run({ channel: 'postal', items: [{ category: 'jewellery', value: fen(1000) }] });
		expect(yuan(r.total)).toBe(500);
		expect(warningKeys(r)).toEqual(expect.arrayContaining(['varies.postal.jewellery', 'cn.postal.table-value']));
	});

	test('gifts: no relief of their own — by post a gift is a personal article (CNY 300 of clothing: 60); cross-border platforms do not take gifts', () => {
		const post = run({ channel: 'postal', items: [{ category: 'clothing', value: fen(300) }], gift: true });
		expect(yuan(post.total)).toBe(60);
		expect(warningKeys(post)).toContain('cn.postal.gift');
		const cbec = run({ items: [{ category: 'clothing', value: fen(300) }], gift: true });
		expect(cbec.notAllowed).toEqual({ key: 'cn.cbec.not-allowed-gift' });
	});

	test('the comparison never calls a channel that cannot take the purchase the cheapest', () => {
		// A CNY 1,500 gift: only the post can take it.
		const gift = compareChannels({ date: '2026-11-22', items: [{ category: 'clothing', value: fen(1500) }], gift: true }, cn);
		expect(gift.results.map((r) => [r.channel, r.allowed])).toEqual([
			['cbec', false],
			['postal', true],
		]);
		expect(gift.cheapest).toEqual([]);
		// CNY 5,500 of clothing and shoes: neither channel can take it as it is.
		const big = compareChannels({ date: '2026-11-22', items: [{ category: 'clothing', value: fen(3000) }, { category: 'shoes', value: fen(2500) }] }, cn);
		expect(big.results.map((r) => r.reason?.key)).toEqual(['cn.cbec.not-allowed-order', 'cn.postal.not-allowed-parcel']);
		expect(big.comparable).toEqual([]);
	});
});
