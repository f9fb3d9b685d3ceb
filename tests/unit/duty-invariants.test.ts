import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculate } from '../../src/duty/engine.ts';
import { categories, dutyDestination } from '../../src/schemas/duty.ts';
import { loadRules } from './duty-helpers.ts';

// Every destination file, every channel: the invariants a reader relies on.
const destinations = readdirSync('content/duty')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => dutyDestination.parse(loadRules(f).raw));

test('the rules files cover China, the United Kingdom, Australia, New Zealand, Singapore and Japan so far', () => {
	expect(destinations.map((d) => d.destination).sort()).toEqual(['AU', 'CN', 'GB', 'JP', 'NZ', 'SG']);
});

describe.each(destinations.flatMap((d) => d.channels.map((c) => [`${d.destination}/${c.id}`, d, c.id] as const)))(
	'%s',
	(_name, destination, channel) => {
		const purchase = fc.record({
			category: fc.constantFrom(...categories),
			value: fc.integer({ min: 0, max: 5_000_000 }),
			shipping: fc.integer({ min: 0, max: 50_000 }),
			spent: fc.integer({ min: 0, max: 3_000_000 }),
			single: fc.boolean(),
			gift: fc.boolean(),
			date: fc.constantFrom('2024-12-01', '2025-06-30', '2026-11-22'),
		});
		const input = (p: { category: (typeof categories)[number]; value: number } & Record<string, unknown>) => ({
			channel,
			items: [{ category: p.category, value: p.value }],
			shipping: p.shipping as number,
			spent: p.spent as number,
			single: p.single as boolean,
			gift: p.gift as boolean,
			date: p.date as string,
		});

		test('a whole, non-negative total that is the sum of its lines, never NaN', () => {
			fc.assert(
				fc.property(purchase, (p) => {
					const outcome = calculate(input(p), destination);
					if (!outcome.ok) return false;
					const { total, lines } = outcome.result;
					return Number.isSafeInteger(total) && total >= 0 && lines.every((l) => Number.isSafeInteger(l.amount)) && total === lines.reduce((s, l) => s + l.amount, 0);
				}),
				{ numRuns: 1000 },
			);
		});

		test('within one regime, more value never means less to pay', () => {
			fc.assert(
				fc.property(purchase, fc.integer({ min: 1, max: 100_000 }), (p, extra) => {
					const a = calculate(input(p), destination);
					const b = calculate(input({ ...p, value: p.value + extra }), destination);
					if (!a.ok || !b.ok || a.result.regime !== b.result.regime) return true;
					return b.result.total >= a.result.total;
				}),
				{ numRuns: 1000 },
			);
		});
	},
);
