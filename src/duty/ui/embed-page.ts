/**
 * The embed page's side of the conversation with its host (public/embed.js): it posts only the
 * two documented message types, to its parent, and never reads messages.
 *   { type: 'duty-calculator:resize', height }  — the page's height in CSS pixels;
 *   { type: 'duty-calculator:result', total, currency, destination, channel } — total is a plain
 *     decimal string, or null when there is no result (e.g. no price yet).
 * Messages go to any parent ('*'): they carry nothing private, and the host checks their origin.
 */
export function startEmbed() {
	const post = (message: Record<string, unknown>) => {
		if (window.parent !== window) window.parent.postMessage(message, '*');
	};
	let last = 0;
	const report = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height !== last) {
			last = height;
			post({ type: 'duty-calculator:resize', height });
		}
	};
	new ResizeObserver(report).observe(document.body);
	report();

	const full = document.querySelector<HTMLAnchorElement>('a[data-full]');
	const base = full?.getAttribute('href') ?? '';
	type Detail = { total: string; currency: string; destination: string; channel: string; query: string } | null;
	// The host hears a result once per change of what it is told (the query is not sent: a new query
	// with the same total, e.g. "300" becoming "300.0", is no news to it).
	let sent: string | undefined;
	const send = (detail: Detail) => {
		const message = {
			type: 'duty-calculator:result',
			total: detail?.total ?? null,
			currency: detail?.currency ?? null,
			destination: detail?.destination ?? null,
			channel: detail?.channel ?? null,
		};
		const json = JSON.stringify(message);
		if (json !== sent) post(message);
		sent = json;
		// "Full calculator" opens the same purchase on the site.
		if (full && detail?.query) full.href = `${base}?${detail.query}`;
	};
	document.addEventListener('duty-calculator:result', (event) => send((event as CustomEvent<Detail>).detail));
	// The calculator may have calculated before this script ran (undefined: not yet, the
	// destination's rules or regimes are still loading, and the event will come).
	const calculator = document.querySelector('duty-calculator') as (Element & { lastResult?: Detail }) | null;
	if (calculator?.lastResult !== undefined) send(calculator.lastResult);
}
