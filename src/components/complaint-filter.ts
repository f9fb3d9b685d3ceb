/**
 * Filtering for the "Where to complain" table: pure functions used by the custom element in
 * ComplaintBodies.astro and by the unit tests. The filter lives in the URL query
 * (?region=uk&kind=fraud-reporting&q=bank) so a filtered list can be linked to; it is read by the
 * rule every page shares (src/url/query.ts), and search text is normalised like the search box's
 * (src/text/normalize.ts).
 */
import { normalizeQuery } from '../text/normalize.ts';
import { readQuery, type QueryNotices } from '../url/query.ts';

export interface BodyFilter {
	region: string;
	kind: string;
	query: string;
}
export interface FilterableRow {
	region: string;
	kind: string;
	/** All searchable text of the row, in both languages. */
	text: string;
}

const MAX_QUERY = 100;
const normalize = (s: string) => normalizeQuery(s).toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const PARAMS = ['region', 'kind', 'q'] as const;

/**
 * Reads a filter from a query string. Unknown regions or kinds are dropped (the list then shows
 * everything) and named in `notices`, unknown parameters counted, the first of repeated ones
 * used, and the search text cut to 100 characters; nothing from the URL is trusted or quoted.
 */
export function readFilter(search: string, allowed: { regions: readonly string[]; kinds: readonly string[] }): { filter: BodyFilter; notices: QueryNotices } {
	const read = readQuery(search, PARAMS);
	const pick = (name: 'region' | 'kind', values: readonly string[]) => {
		const value = read.get(name);
		if (value === undefined || value === '') return '';
		if (values.includes(value)) return value;
		read.reject(name);
		return '';
	};
	const filter = {
		region: pick('region', allowed.regions),
		kind: pick('kind', allowed.kinds),
		query: (read.get('q') ?? '').slice(0, MAX_QUERY),
	};
	return { filter, notices: read.notices };
}

/** The query string for a filter, keeping other parameters; empty fields are left out. */
export function filterToSearch(filter: BodyFilter, current = ''): string {
	const params = new URLSearchParams(current);
	for (const [name, value] of [
		['region', filter.region],
		['kind', filter.kind],
		['q', filter.query.trim()],
	] as const) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** Whether a row passes the filter: same region and kind (when set), and every search word found. */
export function matchesFilter(row: FilterableRow, filter: BodyFilter): boolean {
	if (filter.region && row.region !== filter.region) return false;
	if (filter.kind && row.kind !== filter.kind) return false;
	const text = normalize(row.text);
	return normalize(filter.query)
		.split(' ')
		.filter(Boolean)
		.every((word) => text.includes(word));
}
