/**
 * Opens the search dialog with a query from the address: /zh-cn/#search=退款. The 404 page's
 * search box sends readers here (src/routes/404.astro), to the real search on the landing page of
 * the language they chose. The query is read once and removed from the address, so a reload or
 * Back does not search again; what the dialog does with it is what it does with typed text (the
 * box's own normalisation in src/components/Search.astro runs on the `input` event).
 */
export const SEARCH_HASH = '#search=';
/** Longer queries are cut: a link may carry anything. */
export const MAX_QUERY = 100;

/** The query a `#search=` address carries, or undefined (no such hash, or one that does not decode). */
export function queryFromHash(hash: string): string | undefined {
	if (!hash.startsWith(SEARCH_HASH)) return undefined;
	let query: string;
	try {
		query = decodeURIComponent(hash.slice(SEARCH_HASH.length).replace(/\+/g, ' '));
	} catch {
		return undefined;
	}
	return [...query.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()].slice(0, MAX_QUERY).join('').trim();
}

/** In the browser: opens the dialog and types the query into its box once the box exists. */
export function openSearchFromLink(): void {
	const query = queryFromHash(location.hash);
	if (query === undefined) return;
	history.replaceState(history.state, '', location.pathname + location.search);
	const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
	const box = () => document.querySelector<HTMLInputElement>('#starlight__search input[type="text"], #starlight__search input[type="search"]');
	if (!button) return;
	let tries = 0;
	const step = () => {
		// The button is enabled once Starlight's search element has started; the box appears when
		// the search UI has loaded (on idle after the page).
		if (!button.disabled && !button.closest('site-search')?.querySelector('dialog')?.open) button.click();
		const input = box();
		if (input && query) {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
			return;
		}
		if (input || ++tries > 200) return;
		setTimeout(step, 50);
	};
	step();
}
