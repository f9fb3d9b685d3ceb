/** Small browser-side helpers for the calculator: money (elements and templates: src/dom.ts). */

export { h } from '../../dom.ts';

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
