/** Small browser-side helpers for the calculator: money and the page's JSON (elements and templates: src/dom.ts). */

export { h, fill } from '../../dom.ts';

/** Minor units as money; `whole`: drop the minor digits when they are zero (limits: "CNY 5,000"). */
export type Money = (minor: number, whole?: boolean) => string;

/** Formats minor units as "CNY 1,299.00" / "CNY 1,299.00" (the code, not a sign: ¥ is both yuan and yen). */
export function moneyFormatter(lang: string, currency: string, digits: number): Money {
	const options = { style: 'currency', currency, currencyDisplay: 'code' } as const;
	const format = new Intl.NumberFormat(lang, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits });
	const round = new Intl.NumberFormat(lang, { ...options, maximumFractionDigits: 0 });
	return (minor, whole = false) =>
		(whole && minor % 10 ** digits === 0 ? round : format).format(minor / 10 ** digits).replace(/\u00a0/g, ' ');
}

export { localToday } from '../../dates.ts';

/** JSON from the page back to the shapes the engine expects: dates were serialised as ISO strings. */
export function revive(value: unknown): unknown {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return new Date(value);
	if (Array.isArray(value)) return value.map(revive);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
	return value;
}
