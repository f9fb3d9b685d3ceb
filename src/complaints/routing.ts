/**
 * Who a complaint body can help and which sellers it can reach: the one rule that the "Where to
 * complain" filter (src/components/complaint-filter.ts) and the get-help plan (src/help/plan.ts)
 * share. Pure: no schema library, no DOM, so the browser bundles and the tests import it as it is.
 */

/**
 * The member states of the European Union (ISO 3166 codes, lower case) and Iceland and Norway, whose
 * consumers ECC-Net, the ADR bodies and FIN-NET also serve: each a place of its own, so a buyer or
 * seller names their country. `eu` in a body's `helps` or `reaches` covers every one of them.
 */
export const euCountries = ['at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se', 'is', 'no'] as const;

/** Mainland China, Hong Kong, Macao and Taiwan: the places the questions list first. */
export const chinaPlaces = ['cn', 'hk', 'mo', 'tw'] as const;

/**
 * Places a buyer can live in or a seller be based in (their names: content/places.yaml). `eu` is
 * "another EU or EEA country, or not sure which" (Liechtenstein, and the answer links made before
 * the countries were named on their own carry).
 */
export const places = [...chinaPlaces, 'eu', ...euCountries, 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg'] as const;
export type Place = (typeof places)[number];

/** The groups the questions and the directory's filters show places in (src/complaints/place-groups.ts). */
export type PlaceGroup = 'china' | 'eu' | 'world';
export const placeGroup = (place: string): PlaceGroup =>
	(chinaPlaces as readonly string[]).includes(place) ? 'china' : place === 'eu' || (euCountries as readonly string[]).includes(place) ? 'eu' : 'world';

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
	return listed.includes(ANY) || listed.includes(place) || (listed.includes('eu') && (euCountries as readonly string[]).includes(place));
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
