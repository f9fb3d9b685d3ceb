import { describe, expect, test } from 'vitest';
import { keys, loadRules, major, minor, rulesProblems, runner, steps } from './duty-helpers.ts';

const saRules = loadRules('sa.yaml');
const aeRules = loadRules('ae.yaml');

test('content/duty/sa.yaml and ae.yaml are valid', () => {
	expect(rulesProblems(saRules)).toBe('');
	expect(rulesProblems(aeRules)).toBe('');
});

describe('Saudi Arabia — worked examples (ZATCA statements as reported: SA1, SA2)', () => {
	const run = runner(saRules.parsed.data!, { channel: 'parcel', date: '2026-12-07' });

	test('a SAR 500 dress with SAR 50 shipping: no duty (under SAR 1,000), VAT 15% of 550 = SAR 82.50', () => {
		const r = run({ items: [{ category: 'clothing', value: minor(500) }], shipping: minor(50) });
		expect(steps(r)).toEqual([
			['duty', 550, 0, 0],
			['import-vat', 550, 15, 82.5],
		]);
		expect(keys(r)).toContain('vat-border.duty-free-below');
	});

	test('the SAR 1,000 line counts shipping and is strict: 950 + 49.99 pays VAT SAR 150.00 only; 950 + 50 pays duty SAR 50 and VAT SAR 157.50', () => {
		expect(steps(run({ items: [{ category: 'other', value: minor(950) }], shipping: minor(49.99) }))).toEqual([
			['duty', 999.99, 0, 0],
			['import-vat', 999.99, 15, 150],
		]);
		const at = run({ items: [{ category: 'other', value: minor(950) }], shipping: minor(50) });
		expect(steps(at)).toEqual([
			['duty', 1000, 5, 50],
			['import-vat', 1050, 15, 157.5],
		]);
		expect(keys(at)).toContain('vat-border.duty-over');
		expect(at.estimate).toBe(true);
	});

	test('a SAR 2,000 laptop with SAR 100 shipping: duty 5% of 2,100 = SAR 105, VAT 15% of 2,205 = SAR 330.75 — SAR 435.75', () => {
		expect(major(run({ items: [{ category: 'electronics', value: minor(2000) }], shipping: minor(100) }).total)).toBe(435.75);
	});

	test('a SAR 300 gift pays VAT like a purchase: SAR 45', () => {
		expect(major(run({ items: [{ category: 'toys', value: minor(300) }], gift: true }).total)).toBe(45);
	});

	test('alcohol cannot be imported: the channel is not allowed', () => {
		expect(run({ items: [{ category: 'alcohol', value: minor(100) }] }).notAllowed).toEqual({ key: 'vat-border.prohibited' });
	});
});

describe('United Arab Emirates — worked examples (Dubai Customs Notice 5/2022 and its suspension as reported: AE1, AE2; VAT bases AE3)', () => {
	const run = runner(aeRules.parsed.data!, { channel: 'parcel', date: '2026-12-07' });

	test('AED 800 of shoes with AED 50 shipping: no duty, VAT 5% of 850 = AED 42.50', () => {
		expect(steps(run({ items: [{ category: 'shoes', value: minor(800) }], shipping: minor(50) }))).toEqual([
			['duty', 850, 0, 0],
			['import-vat', 850, 5, 42.5],
		]);
	});

	test('the AED 1,000 line: exactly AED 1,000 pays VAT AED 50 only; AED 1,000.01 pays duty AED 50 and VAT AED 52.50 — AED 102.50', () => {
		expect(major(run({ items: [{ category: 'other', value: minor(1000) }] }).total)).toBe(50);
		const over = run({ items: [{ category: 'other', value: minor(1000.01) }] });
		expect(steps(over)).toEqual([
			['duty', 1000.01, 5, 50],
			['import-vat', 1050.01, 5, 52.5],
		]);
		expect(major(over.total)).toBe(102.5);
	});

	test('AED 500 of clothing: duty and VAT AED 51.25 in January 2023 (the AED 300 limit), VAT AED 25 only from March 2023', () => {
		const item = { items: [{ category: 'clothing' as const, value: minor(500) }] };
		expect(major(run({ ...item, date: '2023-01-15' }).total)).toBe(51.25);
		expect(major(run({ ...item, date: '2023-03-01' }).total)).toBe(25);
		expect(major(run({ ...item, date: '2022-12-31' }).total)).toBe(25);
	});

	test('AED 2,000 of electronics with AED 100 shipping: duty 5% of 2,100 = AED 105, VAT 5% of 2,205 = AED 110.25 — AED 215.25', () => {
		expect(major(run({ items: [{ category: 'electronics', value: minor(2000) }], shipping: minor(100) }).total)).toBe(215.25);
	});

	test('alcohol never gets the duty exemption: AED 200 of wine pays duty (an estimate) and VAT, excise not included', () => {
		const r = run({ items: [{ category: 'alcohol', value: minor(200) }] });
		expect(steps(r)).toEqual([
			['duty', 200, 50, 100],
			['import-vat', 300, 5, 15],
		]);
		expect(keys(r)).toEqual(expect.arrayContaining(['excise-not-included']));
	});
});
