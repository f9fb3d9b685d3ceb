import { expect, test } from 'vitest';
import type { DutyInput } from '../../src/duty/types.ts';
import type { DutyDestination } from '../../src/schemas/duty.ts';
import { loadRules, major, minor as cents, runner } from './duty-helpers.ts';

const nz = loadRules('nz.yaml').parsed.data!;
const sg = loadRules('sg.yaml').parsed.data!;
const total = (destination: DutyDestination, input: Partial<DutyInput> & { items: DutyInput['items'] }) =>
	major(runner(destination, { channel: 'parcel' })(input).total);

test('New Zealand: a NZ$200 item carries NZ$30 GST from the seller', () => {
	expect(total(nz, { items: [{ category: 'clothing', value: cents(200) }] })).toBe(30);
});

test('New Zealand: a NZ$1,200 jacket with NZ$80 freight owes duty 120 and GST 210 = NZ$330 (before entry fees)', () => {
	expect(total(nz, { items: [{ category: 'clothing', value: cents(1200) }], shipping: cents(80) })).toBe(330);
});

test('Singapore: an S$390 item pays S$35.10 GST (9%) at checkout', () => {
	expect(total(sg, { items: [{ category: 'electronics', value: cents(390) }] })).toBe(35.1);
});

test('Singapore: GST was 8% in 2023 and 9% from 1 January 2024', () => {
	expect(total(sg, { items: [{ category: 'other', value: cents(100) }], date: '2023-12-31' })).toBe(8);
	expect(total(sg, { items: [{ category: 'other', value: cents(100) }], date: '2024-01-01' })).toBe(9);
});
