/**
 * calculate(input, rules, registry): the duty and tax on one purchase, from one destination's
 * rules file, with the regimes given. Pure: no DOM, no network, no clock (the import date is part
 * of the input). It imports no regime: the browser passes the regimes it has loaded (one dynamic
 * import per kind, src/duty/regimes/load.ts); src/duty/engine.ts passes the whole registry.
 */
import type { AnyDestination } from '../schemas/duty.ts';
import { inForce } from '../dates.ts';
import { applyRounded, percent, toMinor } from './money.ts';
import { regimeOf, type DatedRules, type Registry } from './regimes/regime.ts';
import { taxedAsParent, withParentRates } from './parent-rates.ts';
import { isChildCategory } from './categories.ts';
import { MISSING_RATE_WARNINGS, type BreakdownLine, type DutyInput, type DutyResult, type DutyWarning } from './types.ts';

export type DutyOutcome = { ok: true; result: DutyResult } | { ok: false; error: { key: string; params?: Record<string, string> } };


/** The version of a channel's rules in force on `date` (YYYY-MM-DD), if any. */
export function rulesInForce<R extends DatedRules>(channel: { rules: readonly R[] }, date: string): R | undefined {
	return channel.rules.find((rule) => inForce(rule, date));
}

/**
 * The currency a calculation is in: a region's own when it has one (Sweden's SEK in the EU file),
 * else the destination's. The amounts of the input are in it, and so is the result.
 */
export function answerCurrency(destination: Pick<AnyDestination, 'currency' | 'regions'>, region: string | undefined): string {
	const code = (region ?? '').toUpperCase();
	return destination.regions.find((r) => r.code === code)?.currency ?? destination.currency;
}

/** `registry` holds at least the regimes of the destination's channels. */
export function calculate(input: DutyInput, destination: AnyDestination, registry: Registry): DutyOutcome {
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
	const currency = answerCurrency(destination, input.region);
	// A narrower kind (perfume) the rules do not name is taxed as its parent (cosmetics), said once.
	const asParent = taxedAsParent(version, input.items.map((item) => item.category));
	const rules = input.items.some((item) => isChildCategory(item.category)) ? withParentRates(version) : version;
	const outcome = regimeOf(registry, channel.kind).calculate(input, rules, destination.minorUnits, { currency, rulesCurrency: destination.currency });
	if ('error' in outcome) return { ok: false, error: outcome.error };
	const onDelivery = outcome.lines.reduce((sum, line) => sum + (line.atCheckout ? 0 : line.amount), 0);
	const carrier = onDelivery > 0 ? carrierFees(destination, channel.id, input.date, onDelivery) : [];
	const estimate = outcome.lines.some((line) => line.estimate);
	const warnings: DutyWarning[] = [...asParent.map((kind) => ({ key: `taxed-as-parent.${kind}` })), ...outcome.warnings];
	if (estimate) warnings.push({ key: 'estimate' });
	if (destination.volatile) warnings.push({ key: 'volatile', params: { reviewed: destination.reviewed } });
	const result: DutyResult = {
		destination: destination.destination,
		currency,
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
		missingRate: warnings.some((w) => MISSING_RATE_WARNINGS.includes(w.key)),
		rules: { from: version.from, ...(version.until ? { until: version.until } : {}), reviewed: destination.reviewed },
		sources: [...new Set([...outcome.lines, ...carrier].flatMap((line) => line.sources))].filter((id) => id !== 'user'),
	};
	if (outcome.notAllowed) result.notAllowed = outcome.notAllowed;
	return { ok: true, result };
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

/** One channel in a comparison: its outcome, and whether it can be called the cheapest. */
export interface ChannelComparison {
	channel: string;
	outcome: DutyOutcome;
	/** False when the channel cannot take the purchase (or cannot be calculated): `reason` says why. */
	allowed: boolean;
	/** False when an amount is left out for want of a rate: its total is too low to compare. */
	complete: boolean;
	/** A text key (and its params) saying why the channel is not allowed or not complete. */
	reason?: DutyWarning;
	/** Duties, taxes and carrier fees: what the reader pays besides the goods (minor units); undefined without a result. */
	cost?: number;
}

/**
 * Every channel of a destination for the same purchase, and which costs least: duties and taxes
 * plus the carriers' fees (what the reader pays besides the goods). Only channels that may take the
 * purchase and whose every rate is known are compared: one that is not allowed (China: a personal
 * parcel over CNY 2,000, an order over the cross-border limit) or that lacks a rate is never the
 * cheapest, and its `reason` says why. `cheapest` is empty when fewer than two channels can be
 * compared or when those that can cost the same; `comparable` lists them. The calculator's
 * comparison table shows this.
 */
export function compareChannels(input: Omit<DutyInput, 'channel'>, destination: AnyDestination, registry: Registry) {
	const results: ChannelComparison[] = destination.channels.map((channel) => {
		const outcome = calculate({ ...input, channel: channel.id }, destination, registry);
		if (!outcome.ok) return { channel: channel.id, outcome, allowed: false, complete: false, reason: outcome.error };
		const { result } = outcome;
		const cost = result.total + result.carrierTotal;
		if (result.notAllowed) return { channel: channel.id, outcome, allowed: false, complete: !result.missingRate, reason: result.notAllowed, cost };
		if (result.missingRate) return { channel: channel.id, outcome, allowed: true, complete: false, reason: { key: 'compare.missing-rate' }, cost };
		return { channel: channel.id, outcome, allowed: true, complete: true, cost };
	});
	const comparable = results.filter((r) => r.allowed && r.complete);
	const lowest = Math.min(...comparable.map((r) => r.cost!));
	const cheapest = comparable.filter((r) => r.cost === lowest).map((r) => r.channel);
	return {
		results,
		comparable: comparable.map((r) => r.channel),
		cheapest: comparable.length < 2 || cheapest.length === comparable.length ? [] : cheapest,
	};
}
