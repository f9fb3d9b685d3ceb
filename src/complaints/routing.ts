/**
 * Who a complaint body can help and which sellers it can reach: the one rule that the "Where to
 * complain" filter (src/components/complaint-filter.ts) and the get-help plan (src/help/plan.ts)
 * share. Pure: no schema library, no DOM, so the browser bundles and the tests import it as it is.
 */

/**
 * Places a buyer can live in or a seller be based in. `eu` is the EU, Iceland, Liechtenstein and
 * Norway outside the countries named on their own (as a get-help answer: "another EU country").
 */
export const places = ['cn', 'hk', 'mo', 'tw', 'eu', 'de', 'fr', 'es', 'it', 'nl', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg'] as const;
export type Place = (typeof places)[number];

/** EU countries with bodies of their own in the directory; `eu` in a body's lists covers them too. */
export const euCountries: readonly string[] = ['de', 'fr', 'es', 'it', 'nl'];

/** In a body's `helps` or `reaches`: every place, including places the site does not name. */
export const ANY = 'any';

/** The parts of a complaint body (content/complaint-bodies) the routing reads. */
export interface BodyReach {
	/** Where the buyers it helps live. */
	helps: readonly string[];
	/** Where the sellers it can act on (or pass a case to) are based. */
	reaches: readonly string[];
	/** It takes only cross-border cases: the seller is in another country or region than the buyer. */
	crossBorderOnly?: boolean | undefined;
}

/**
 * A case to route. `buyer`: where the buyer lives; undefined = not asked (no filter), a place the
 * site does not name ('other') = only bodies for anyone. `sellers`: where the seller is and, for a
 * shop on a mainland Chinese platform, the platform's place too (its operator and, for a
 * cross-border shop, the shop's domestic agent are there); undefined = not asked, [] = not known.
 */
export interface Case {
	buyer?: string | undefined;
	sellers?: readonly string[] | undefined;
}

/** Whether a place is among a body's listed places: `any` covers every place, `eu` the EU countries named on their own. */
export function covers(listed: readonly string[], place: string): boolean {
	return listed.includes(ANY) || listed.includes(place) || (listed.includes('eu') && euCountries.includes(place));
}

/** Buyer and seller in the same country. Two answers of "another EU country" may be two countries, so they count as cross-border. */
export const sameCountry = (buyer: string, seller: string): boolean => buyer === seller && buyer !== 'eu';

/** Whether a body can take the case: it helps the buyer's place, reaches one of the sellers' places, and the case is cross-border if it must be. */
export function canTake(body: BodyReach, { buyer, sellers }: Case): boolean {
	if (buyer !== undefined && !covers(body.helps, buyer)) return false;
	if (sellers !== undefined) {
		if (sellers.length === 0) return body.reaches.includes(ANY);
		if (!sellers.some((seller) => covers(body.reaches, seller))) return false;
		if (body.crossBorderOnly && buyer !== undefined && sellers.every((seller) => sameCountry(buyer, seller))) return false;
	}
	return true;
}

/** Whether a body is meant for the buyer's own place (not for anyone anywhere). */
export const isLocalTo = (body: BodyReach, buyer: string | undefined): boolean =>
	buyer !== undefined && !body.helps.includes(ANY) && covers(body.helps, buyer);

/** Whether a body is meant for sellers in one of the sellers' places (not sellers anywhere). */
export const isForSellersIn = (body: BodyReach, sellers: readonly string[] | undefined): boolean =>
	sellers !== undefined && !body.reaches.includes(ANY) && sellers.some((seller) => covers(body.reaches, seller));
