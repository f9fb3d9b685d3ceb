/**
 * Filtering for the "Where to complain" table: pure functions used by the custom element in
 * ComplaintBodies.astro and by the unit tests. The filter lives in the URL query
 * (?region=uk&kind=fraud-reporting&q=bank&buyer=de&seller=cn) so a filtered list can be linked to;
 * it is read by the rule every page shares (src/url/query.ts), and search text is normalised like
 * the search box's (src/text/normalize.ts). "Where you live" and "where the seller is" use the same
 * routing rule as the get-help plan (src/complaints/routing.ts).
 */
import { canTake } from '../complaints/routing.ts';
import { normalizeQuery } from '../text/normalize.ts';
import { readQuery, type QueryNotices } from '../url/query.ts';

export interface BodyFilter {
	region: string;
	kind: string;
	query: string;
	/** Where the reader lives: only bodies that help buyers there. */
	buyer?: string | undefined;
	/** Where the seller is: only bodies that reach sellers there. */
	seller?: string | undefined;
}
export interface FilterableRow {
	region: string;
	kind: string;
	/** All searchable text of the row, in both languages. */
	text: string;
	/** The body's `helps`, `reaches` and `crossBorderOnly` (content/complaint-bodies). */
	helps?: readonly string[];
	reaches?: readonly string[];
	crossBorderOnly?: boolean;
}

const MAX_QUERY = 100;
const normalize = (s: string) => normalizeQuery(s).toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const PARAMS = ['region', 'kind', 'q', 'buyer', 'seller'] as const;

/**
 * Reads a filter from a query string. Unknown regions or kinds are dropped (the list then shows
 * everything) and named in `notices`, unknown parameters counted, the first of repeated ones
 * used, and the search text cut to 100 characters; nothing from the URL is trusted or quoted.
 */
export function readFilter(
	search: string,
	allowed: { regions: readonly string[]; kinds: readonly string[]; places?: readonly string[] },
): { filter: BodyFilter; notices: QueryNotices } {
	const read = readQuery(search, PARAMS);
	const pick = (name: 'region' | 'kind' | 'buyer' | 'seller', values: readonly string[]) => {
		const value = read.get(name);
		if (value === undefined || value === '') return '';
		if (values.includes(value)) return value;
		read.reject(name);
		return '';
	};
	const filter: BodyFilter = {
		region: pick('region', allowed.regions),
		kind: pick('kind', allowed.kinds),
		query: (read.get('q') ?? '').slice(0, MAX_QUERY),
	};
	const buyer = pick('buyer', allowed.places ?? []);
	const seller = pick('seller', allowed.places ?? []);
	if (buyer) filter.buyer = buyer;
	if (seller) filter.seller = seller;
	return { filter, notices: read.notices };
}

/** The query string for a filter, keeping other parameters; empty fields are left out. */
export function filterToSearch(filter: BodyFilter, current = ''): string {
	const params = new URLSearchParams(current);
	for (const [name, value] of [
		['region', filter.region],
		['kind', filter.kind],
		['q', filter.query.trim()],
		['buyer', filter.buyer ?? ''],
		['seller', filter.seller ?? ''],
	] as const) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/**
 * Whether a row passes the filter: same region and kind (when set), a body that can take a case of a
 * buyer and seller in the places chosen (when set), and every search word found.
 */
export function matchesFilter(row: FilterableRow, filter: BodyFilter): boolean {
	if (filter.region && row.region !== filter.region) return false;
	if (filter.kind && row.kind !== filter.kind) return false;
	if (filter.buyer || filter.seller) {
		const reach = { helps: row.helps ?? [], reaches: row.reaches ?? [], crossBorderOnly: row.crossBorderOnly ?? false };
		if (!canTake(reach, { buyer: filter.buyer || undefined, sellers: filter.seller ? [filter.seller] : undefined })) return false;
	}
	const text = normalize(row.text);
	return normalize(filter.query)
		.split(' ')
		.filter(Boolean)
		.every((word) => text.includes(word));
}
