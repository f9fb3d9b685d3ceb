/**
 * calculate(input, rules): the duty and tax on one purchase, from one destination's rules file.
 * Pure: no DOM, no network, no clock (the import date is part of the input).
 */
import type { AnyDestination } from '../schemas/duty.ts';
import { inForce } from '../dates.ts';
import { applyRounded, percent, toMinor } from './money.ts';
import { regimeOf, regimes, type DatedRules, type Registry } from './regimes/index.ts';
import type { BreakdownLine, DutyInput, DutyResult } from './types.ts';

export type DutyOutcome = { ok: true; result: DutyResult } | { ok: false; error: { key: string; params?: Record<string, string> } };


/** The version of a channel's rules in force on `date` (YYYY-MM-DD), if any. */
export function rulesInForce<R extends DatedRules>(channel: { rules: readonly R[] }, date: string): R | undefined {
	return channel.rules.find((rule) => inForce(rule, date));
}

/** The regimes of the site (src/duty/regimes/index.ts) unless a test gives its own. */
export function calculate(input: DutyInput, destination: AnyDestination, registry: Registry = regimes): DutyOutcome {
	const channel = destination.channels.find((c) => c.id === input.channel);
	if (!channel) return { ok: false, error: { key: 'unknown-channel', params: { channel: input.channel } } };
	if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) return { ok: false, error: { key: 'bad-date', params: { date: input.date } } };
	const amounts = [...input.items.map((i) => i.value), input.shipping ?? 0, input.insurance ?? 0, input.spent ?? 0];
	if (input.items.length === 0 || amounts.some((a) => !Number.isSafeInteger(a) || a < 0)) {
		return { ok: false, error: { key: 'bad-amount' } };
	}
	const version = rulesInForce(channel, input.date);
	if (!version) return { ok: false, error: { key: 'no-rules-on-date', params: { date: input.date } } };
	// One line per kind of goods, as a customs declaration lists them.
	const merged = new Map<string, number>();
	for (const item of input.items) merged.set(item.category, (merged.get(item.category) ?? 0) + item.value);
	input = { ...input, items: [...merged].map(([category, value]) => ({ category: category as DutyInput['items'][number]['category'], value })) };

	// The regime of this kind of channel, given the rules version in force.
	const outcome = regimeOf(registry, channel.kind).calculate(input, version, destination.minorUnits);
	if ('error' in outcome) return { ok: false, error: outcome.error };
	const onDelivery = outcome.lines.reduce((sum, line) => sum + (line.atCheckout ? 0 : line.amount), 0);
	const carrier = onDelivery > 0 ? carrierFees(destination, channel.id, input.date, onDelivery) : [];
	const estimate = outcome.lines.some((line) => line.estimate);
	const warnings = [...outcome.warnings];
	if (estimate) warnings.push({ key: 'estimate' });
	if (destination.volatile) warnings.push({ key: 'volatile', params: { reviewed: destination.reviewed } });
	return {
		ok: true,
		result: {
			destination: destination.destination,
			currency: destination.currency,
			minorUnits: destination.minorUnits,
			channel: channel.id,
			regime: outcome.regime,
			regimeParams: outcome.params ?? {},
			total: outcome.total,
			onDelivery,
			lines: outcome.lines,
			carrier,
			carrierTotal: carrier.reduce((sum, line) => sum + line.amount, 0),
			warnings,
			estimate,
			rules: { from: version.from, ...(version.until ? { until: version.until } : {}), reviewed: destination.reviewed },
			sources: [...new Set([...outcome.lines, ...carrier].flatMap((line) => line.sources))].filter((id) => id !== 'user'),
		},
	};
}

/** The carriers' fees for a parcel with `tax` (minor units) to collect on delivery. */
function carrierFees(destination: AnyDestination, channel: string, date: string, tax: number): BreakdownLine[] {
	const digits = destination.minorUnits;
	return destination.carrierFees
		.filter((fee) => (!fee.channel || fee.channel === channel) && inForce(fee, date))
		.map((fee) => {
			const flat = toMinor(fee.amount.value, digits);
			const share = fee.percentOfTax ? applyRounded(tax, percent(fee.percentOfTax.value)) : 0;
			// The share of the tax when it is more than the flat fee.
			const byShare = fee.percentOfTax && share > flat ? fee.percentOfTax : undefined;
			const source = (byShare ?? fee.amount).source;
			return {
				key: `carrier.${fee.key}`,
				base: byShare ? tax : 0,
				rate: byShare ? byShare.value : 0,
				amount: Math.max(flat, share),
				sources: source ? [source] : [],
				estimate: fee.amount.estimate || (fee.percentOfTax?.estimate ?? false),
			};
		});
}

/**
 * Every channel of a destination for the same purchase, and which costs least: duties and taxes
 * plus the carriers' fees (what the reader pays besides the goods). `cheapest` is empty when
 * every channel costs the same. The calculator's comparison table shows this.
 */
export function compareChannels(input: Omit<DutyInput, 'channel'>, destination: AnyDestination, registry: Registry = regimes) {
	const results = destination.channels.map((channel) => ({ channel: channel.id, outcome: calculate({ ...input, channel: channel.id }, destination, registry) }));
	const cost = (outcome: DutyOutcome) => (outcome.ok ? outcome.result.total + outcome.result.carrierTotal : Infinity);
	const lowest = Math.min(...results.map((r) => cost(r.outcome)));
	const cheapest = results.filter((r) => r.outcome.ok && cost(r.outcome) === lowest).map((r) => r.channel);
	return { results, cheapest: cheapest.length === results.length ? [] : cheapest };
}
