/**
 * calculate(input, rules): the duty and tax on one purchase, from one destination's rules file.
 * Pure: no DOM, no network, no clock (the import date is part of the input).
 */
import type { DutyChannel, DutyDestination } from '../schemas/duty.ts';
import { cnCbec, cnPostal } from './china.ts';
import { euParcel } from './eu.ts';
import { gstThreshold } from './gst-threshold.ts';
import { caLowValue } from './canada.ts';
import { jpPersonal } from './japan.ts';
import { krPersonal } from './korea.ts';
import { gbLowValue } from './uk.ts';
import { usEntry } from './us.ts';
import { inForce, isoDay } from '../dates.ts';
import { applyRounded, percent, toMinor } from './money.ts';
import type { BreakdownLine, DutyInput, DutyResult, RegimeError, RegimeResult } from './types.ts';

type RulesOf<K extends DutyChannel['kind']> = Extract<DutyChannel, { kind: K }>['rules'][number];

/** One pure module per regime kind (adding a kind: its schema in src/schemas/duty.ts, a line here). */
const regimes: { [K in DutyChannel['kind']]: (input: DutyInput, rules: RulesOf<K>, digits: number) => RegimeResult | RegimeError } = {
	'cn-cbec': cnCbec,
	'cn-postal': cnPostal,
	'gb-low-value': gbLowValue,
	'gst-threshold': gstThreshold,
	'jp-personal': jpPersonal,
	'eu-parcel': euParcel,
	'ca-low-value': caLowValue,
	'kr-personal': krPersonal,
	'us-entry': usEntry,
};

export type DutyOutcome = { ok: true; result: DutyResult } | { ok: false; error: { key: string; params?: Record<string, string> } };


/** The version of a channel's rules in force on `date` (YYYY-MM-DD), if any. */
export function rulesInForce<C extends DutyChannel>(channel: C, date: string): C['rules'][number] | undefined {
	return (channel.rules as { from: Date; until?: Date | undefined }[]).find((rule) => inForce(rule, date)) as C['rules'][number] | undefined;
}

export function calculate(input: DutyInput, destination: DutyDestination): DutyOutcome {
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

	// The regime module for this kind of channel, given the rules version in force.
	const regime = regimes[channel.kind] as (input: DutyInput, rules: typeof version, digits: number) => RegimeResult | RegimeError;
	const outcome = regime(input, version, destination.minorUnits);
	if ('error' in outcome) return { ok: false, error: outcome.error };
	const onDelivery = outcome.lines.reduce((sum, line) => sum + (line.atCheckout ? 0 : line.amount), 0);
	const carrier = onDelivery > 0 ? carrierFees(destination, channel.id, input.date, onDelivery) : [];
	const estimate = outcome.lines.some((line) => line.estimate);
	const warnings = [...outcome.warnings];
	if (estimate) warnings.push({ key: 'estimate' });
	if (destination.volatile) warnings.push({ key: 'volatile', params: { reviewed: isoDay(destination.reviewed) } });
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
			rules: { from: isoDay(version.from), ...(version.until ? { until: isoDay(version.until) } : {}), reviewed: isoDay(destination.reviewed) },
			sources: [...new Set([...outcome.lines, ...carrier].flatMap((line) => line.sources))].filter((id) => id !== 'user'),
		},
	};
}

/** The carriers' fees for a parcel with `tax` (minor units) to collect on delivery. */
function carrierFees(destination: DutyDestination, channel: string, date: string, tax: number): BreakdownLine[] {
	const digits = destination.minorUnits;
	return destination.carrierFees
		.filter((fee) => (!fee.channel || fee.channel === channel) && inForce(fee, date))
		.map((fee) => {
			const flat = toMinor(fee.amount.value, digits);
			const share = fee.percentOfTax ? applyRounded(tax, percent(fee.percentOfTax.value)) : 0;
			const source = (share > flat ? fee.percentOfTax : fee.amount)?.source;
			return {
				key: `carrier.${fee.key}`,
				base: share > flat ? tax : 0,
				rate: share > flat ? fee.percentOfTax!.value : 0,
				amount: Math.max(flat, share),
				sources: source ? [source] : [],
				estimate: fee.amount.estimate || (fee.percentOfTax?.estimate ?? false),
			};
		});
}

/** Every channel of a destination for the same purchase, and which one costs least. */
export function compareChannels(input: Omit<DutyInput, 'channel'>, destination: DutyDestination) {
	const results = destination.channels.map((channel) => ({ channel: channel.id, outcome: calculate({ ...input, channel: channel.id }, destination) }));
	const payable = results.flatMap((r) => (r.outcome.ok ? [{ channel: r.channel, total: r.outcome.result.total }] : []));
	const lowest = Math.min(...payable.map((p) => p.total));
	const cheapest = payable.filter((p) => p.total === lowest).map((p) => p.channel);
	return { results, cheapest: cheapest.length === payable.length && payable.length > 1 ? [] : cheapest };
}
