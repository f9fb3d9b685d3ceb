import { describe, expect, test } from 'vitest';
import { keys, loadRules, major, minor as lira, rulesProblems, runner, steps } from './duty-helpers.ts';

const rules = loadRules('tr.yaml');
// Lira per euro for the tests: the calculator passes the page's rate (the reader's, or the snapshot's).
const run = runner(rules.parsed.data!, { channel: 'parcel', date: '2025-06-01', origin: 'CN', fx: { EUR: 48 } });

test('content/duty/tr.yaml is valid', () => {
	expect(rulesProblems(rules)).toBe('');
});

describe('Türkiye — worked examples', () => {
	// TR2 (Official Gazette of 06.08.2024): up to EUR 30, 60% from outside the EU, 30% from the EU.
	// TR1: shipping counts in the value. At 48 lira per euro the limit is TRY 1,440.
	test('2025: TRY 1,000 + TRY 200 shipping from China pays the 60% flat tax, TRY 720; from Germany 30%, TRY 360', () => {
		const cn = run({ items: [{ category: 'clothing', value: lira(1000) }], shipping: lira(200) });
		expect(cn.regime).toBe('flat-tax');
		expect(steps(cn)).toEqual([['vat-border.flat-tax', 1200, 60, 720]]);
		expect(major(run({ items: [{ category: 'clothing', value: lira(1000) }], shipping: lira(200), origin: 'DE' }).total)).toBe(360);
	});

	test('the EUR 30 line: TRY 1,440 is flat-taxed (TRY 864); TRY 1,440.01 is a normal import — VAT 20% TRY 288, duty left to the reader', () => {
		expect(major(run({ items: [{ category: 'toys', value: lira(1440) }] }).total)).toBe(864);
		const over = run({ items: [{ category: 'toys', value: lira(1440.01) }] });
		expect(steps(over)).toEqual([
			['duty', 1440.01, 0, 0],
			['import-vat', 1440.01, 20, 288],
		]);
		expect(keys(over)).toEqual(expect.arrayContaining(['vat-border.flat-over', 'tariff-not-included', 'tr.duties']));
	});

	test('TR2: goods on special consumption tax list IV pay 20% more — TRY 500 of cosmetics from China: 80%, TRY 400', () => {
		expect(steps(run({ items: [{ category: 'cosmetics', value: lira(500) }] }))).toEqual([['vat-border.flat-tax', 500, 80, 400]]);
	});

	// TR1: before 2024-08-21, EUR 150 at 30% (18% from the EU), on the goods.
	test('August 2024, before the change: TRY 3,000 from China (EUR 150 at 35 lira is TRY 5,250) pays 30%, TRY 900', () => {
		expect(major(run({ items: [{ category: 'electronics', value: lira(3000) }], date: '2024-08-20', fx: { EUR: 35 } }).total)).toBe(900);
		expect(run({ items: [{ category: 'electronics', value: lira(3000) }], date: '2024-08-21', fx: { EUR: 35 } }).regime).toBe('duty-and-vat');
	});

	// TR3: the flat regime ended on 2026-02-06 (30 days after the Official Gazette of 2026-01-07).
	test('December 2026: TRY 1,000 + TRY 200 shipping from China is a normal import — VAT TRY 240; with a 20% duty entered, duty TRY 240 and VAT TRY 288', () => {
		const today = run({ items: [{ category: 'clothing', value: lira(1000) }], shipping: lira(200), date: '2026-12-07' });
		expect(major(today.total)).toBe(240);
		expect(keys(today)).toContain('tr.no-flat');
		const withDuty = run({ items: [{ category: 'clothing', value: lira(1000) }], shipping: lira(200), date: '2026-12-07', dutyRate: 20 });
		expect(steps(withDuty)).toEqual([
			['duty', 1200, 20, 240],
			['import-vat', 1440, 20, 288],
		]);
	});

	test('without a lira-per-euro rate the EUR limit cannot be applied, and the calculator says so', () => {
		expect(() => run({ items: [{ category: 'toys', value: lira(100) }], fx: {} })).toThrow(/vat-border\.no-rate/);
	});
});
