/**
 * "The shop charged tax at checkout" (the calculator's `collected=1`). Pure: no DOM.
 *
 * Where it applies comes from the rules: each regime says, from its own fields, whether a seller or
 * platform may charge the tax at checkout under a rules version and up to what limit
 * (`Regime.checkout`: the UK's £135, Australia's A$1,000, the EU's IOSS €150, Norway's VOEC, a
 * Remessa Conforme company…). `checkoutFor` answers for one channel and date (the calculator shows
 * the box only then, once the destination's rules are loaded); `checkoutOffers` lists them all
 * (the snippet builder, the tests).
 * The engine already marks each step charged at checkout (`BreakdownLine.atCheckout`) and adds
 * carrier fees only for what is left to pay on delivery; `collectedSplit` divides a result into
 * what was paid with the price and what is still due at the door.
 */
import type { AnyDestination } from '../schemas/duty.ts';
import { inForce } from '../dates.ts';
import { regimeOf, type Registry } from './regimes/regime.ts';
import type { BreakdownLine, DutyResult } from './types.ts';

/** A rules version under which the shop may charge the tax at checkout: its dates and limit ([major units, currency]; `below`: strictly below). */
export interface CheckoutVersion {
	from: string;
	until?: string;
	limit?: [number, string];
	below?: true;
}

/** By channel id: the versions with checkout collection (a channel without any is left out). */
export type CheckoutOffers = Record<string, CheckoutVersion[]>;

type Channel = AnyDestination['channels'][number];
type Version = { from: string; until?: string | undefined };

/** One rules version's checkout collection, if any. */
function versionOffer(destination: AnyDestination, channel: Channel, rules: Version, registry: Registry): CheckoutVersion | undefined {
	const offer = regimeOf(registry, channel.kind).checkout?.(rules);
	if (!offer) return undefined;
	const { limit } = offer;
	return {
		from: rules.from,
		...(rules.until ? { until: rules.until } : {}),
		...(limit ? { limit: [limit.value, limit.currency ?? destination.currency] as [number, string] } : {}),
		...(limit?.below ? { below: true as const } : {}),
	};
}

/** Where a destination's shops may charge the tax at checkout, from its rules and its channels' regimes. */
export function checkoutOffers(destination: AnyDestination, registry: Registry): CheckoutOffers {
	const offers: CheckoutOffers = {};
	for (const channel of destination.channels) {
		const versions = (channel.rules as readonly Version[]).flatMap((rules) => versionOffer(destination, channel, rules, registry) ?? []);
		if (versions.length > 0) offers[channel.id] = versions;
	}
	return offers;
}

/** The checkout collection for a channel on a date (YYYY-MM-DD), if the box applies there; `registry` holds the channel's regime. */
export function checkoutFor(destination: AnyDestination, channelId: string, date: string, registry: Registry): CheckoutVersion | undefined {
	const channel = destination.channels.find((c) => c.id === channelId);
	const rules = channel && (channel.rules as readonly Version[]).find((version) => inForce(version, date));
	return rules ? versionOffer(destination, channel, rules, registry) : undefined;
}

/** The same from a list made by `checkoutOffers`. */
export const checkoutOn = (offers: CheckoutOffers | undefined, channel: string, date: string): CheckoutVersion | undefined =>
	offers && Object.hasOwn(offers, channel) ? offers[channel]!.find((version) => inForce(version, date)) : undefined;

export interface CollectedSplit {
	/** Steps the shop charged with the price, and their sum (minor units). */
	paid: BreakdownLine[];
	paidTotal: number;
	/** What is still due on delivery: taxes not charged at checkout and the carrier's fees, and their sum. */
	due: BreakdownLine[];
	dueTotal: number;
}

/**
 * A result as paid at checkout and still due on delivery; undefined when nothing in it is charged
 * at checkout (over the limit, a gift, goods the scheme excludes): then the box changes nothing.
 */
export function collectedSplit(result: DutyResult): CollectedSplit | undefined {
	const paid = result.lines.filter((line) => line.atCheckout);
	if (paid.length === 0) return undefined;
	const due = [...result.lines.filter((line) => !line.atCheckout), ...result.carrier].filter((line) => line.amount > 0);
	return {
		paid,
		paidTotal: paid.reduce((sum, line) => sum + line.amount, 0),
		due,
		dueTotal: result.onDelivery + result.carrierTotal,
	};
}

/** Why the box changes nothing for this purchase: a text key (`collected.none…`) and the limit, if any. */
export function noCheckoutReason(version: CheckoutVersion): { key: string; limit?: [number, string] } {
	if (!version.limit) return { key: 'collected.none' };
	return { key: version.below ? 'collected.none-below' : 'collected.none-up-to', limit: version.limit };
}
