import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerCurrency, calculate } from '../../src/duty/engine.ts';
import { categories, dutyDestination } from '../../src/schemas/duty.ts';
import { loadRules } from './duty-helpers.ts';

// Every destination file, every channel: the invariants a reader relies on.
const destinations = readdirSync('content/duty')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => dutyDestination.parse(loadRules(f).raw));

// Exchange rates from the snapshot, as the calculator passes them (Korea's USD limit, Romania's RON fee).
const snapshot = load(readFileSync(`content/exchange-rates/${readdirSync('content/exchange-rates').sort().at(-1)}`, 'utf8')) as { rates: Record<string, number> };
const fxFor = (currency: string) => Object.fromEntries(Object.entries(snapshot.rates).map(([c, r]) => [c, snapshot.rates[currency]! / r]));

const common = load(readFileSync('content/duty-text/common.yaml', 'utf8')) as Record<string, unknown>;

test('the rules files cover China and the nine destinations the calculator first offered, and each file is named after its destination', () => {
	expect(destinations.map((d) => d.destination)).toEqual(expect.arrayContaining(['AU', 'CA', 'CN', 'EU', 'GB', 'JP', 'KR', 'NZ', 'SG', 'US']));
	const files = readdirSync('content/duty').filter((f) => f.endsWith('.yaml'));
	expect(files).toEqual(destinations.map((d) => `${d.destination.toLowerCase()}.yaml`));
});

describe.each(destinations.flatMap((d) => d.channels.map((c) => [`${d.destination}/${c.id}`, d, c.id] as const)))(
	'%s',
	(_name, destination, channel) => {
		// Dates on which this channel has rules: the first and last day of each version, and today.
		const versions = destination.channels.find((c) => c.id === channel)!.rules as { from: string; until?: string }[];
		const dates = versions.flatMap((v) => [v.from, v.until ?? '2026-11-22']);
		const purchase = fc.record({
			category: fc.constantFrom(...categories),
			region: destination.regions.length ? fc.constantFrom(...destination.regions.map((r) => r.code)) : fc.constant(undefined),
			origin: fc.constantFrom('CN', 'HK', 'US', 'MX', 'JP', 'ZZ'),
			lines: fc.integer({ min: 1, max: 5 }),
			value: fc.integer({ min: 0, max: 5_000_000 }),
			shipping: fc.integer({ min: 0, max: 50_000 }),
			spent: fc.integer({ min: 0, max: 3_000_000 }),
			single: fc.boolean(),
			gift: fc.boolean(),
			date: fc.constantFrom(...dates),
		});
		const input = (p: { category: (typeof categories)[number]; value: number } & Record<string, unknown>) => ({
			channel,
			items: [{ category: p.category, value: p.value }],
			shipping: p.shipping as number,
			spent: p.spent as number,
			single: p.single as boolean,
			gift: p.gift as boolean,
			date: p.date as string,
			origin: p.origin as string,
			lines: p.lines as number,
			// Units of the answer's currency (an EU state's own, e.g. SEK) per unit of each currency.
			fx: fxFor(answerCurrency(destination, p.region as string | undefined)),
			...(p.region ? { region: p.region as string } : {}),
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

		test('every step, warning, treatment and error it can produce has words for the reader in both languages', () => {
			fc.assert(
				fc.property(purchase, (p) => {
					const outcome = calculate(input(p), destination);
					const keys = outcome.ok
						? [...outcome.result.lines.map((l) => l.key), ...outcome.result.warnings.map((w) => w.key), `regime.${outcome.result.regime}`]
						: [outcome.error.key];
					const missing = keys.filter((key) => !(key in destination.text) && !(key in common));
					if (missing.length) throw new Error(`no text for ${missing.join(', ')}`);
					// Carrier fees are named by their own entry in carrierFees.
					return outcome.ok ? outcome.result.carrier.every((l) => destination.carrierFees.some((f) => `carrier.${f.key}` === l.key)) : true;
				}),
				{ numRuns: 500 },
			);
		});

		test('within one regime, more value never means less to pay', () => {
			fc.assert(
				fc.property(purchase, fc.integer({ min: 1, max: 100_000 }), (p, extra) => {
					const a = calculate(input(p), destination);
					const b = calculate(input({ ...p, value: p.value + extra }), destination);
					if (!a.ok || !b.ok || a.result.regime !== b.result.regime) return true;
					// Flat per-parcel charges may stop at a value inside one regime (Romania's and
					// France's parcel taxes end at EUR 150, where the flat EUR 3 duty still applies):
					// that is the law, so they are left out of this comparison.
					const taxes = (r: typeof a.result) => r.lines.reduce((sum, l) => sum + (l.key.startsWith('charge.') ? 0 : l.amount), 0);
					return taxes(b.result) >= taxes(a.result);
				}),
				{ numRuns: 1000 },
			);
		});
	},
);

test.each(['AU', 'NZ', 'SG', 'JP', 'KR', 'CN', 'NO', 'CH', 'SA', 'AE', 'TR', 'IL', 'BR', 'MX', 'CL', 'CO', 'TH', 'VN', 'PH', 'ID', 'IN'])('%s says what gifts get, in both languages (the form’s gift hint, “gift-hint”)', (code) => {
	const destination = destinations.find((d) => d.destination === code)!;
	expect(destination.text['gift-hint']?.en).toBeTruthy();
	expect(destination.text['gift-hint']?.['zh-CN']).toBeTruthy();
});
