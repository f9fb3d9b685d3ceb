/**
 * Filtering for the "Where to complain" table: pure functions used by the custom element in
 * ComplaintBodies.astro and by the unit tests. The filter lives in the URL query
 * (?region=uk&kind=fraud-reporting&q=bank) so a filtered list can be linked to.
 */
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
const normalize = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Reads a filter from a query string. Unknown regions or kinds are dropped (the list then shows
 * everything), and the search text is cut to 100 characters; nothing from the URL is trusted.
 */
export function parseFilter(search: string, allowed: { regions: readonly string[]; kinds: readonly string[] }): BodyFilter {
	const params = new URLSearchParams(search);
	const pick = (name: string, values: readonly string[]) => {
		const value = params.get(name) ?? '';
		return values.includes(value) ? value : '';
	};
	return {
		region: pick('region', allowed.regions),
		kind: pick('kind', allowed.kinds),
		query: (params.get('q') ?? '').slice(0, MAX_QUERY),
	};
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
