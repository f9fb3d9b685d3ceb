/**
 * Amounts as partners receive them: the embed's `duty-calculator:result` event and the
 * `data-amount` of the result's <output> elements carry plain decimal strings ("74.62"), never a
 * locale's formatting. Pure; unit-tested.
 */

/** Minor units as a plain decimal string: 7462 → "74.62"; JPY (0 digits) 1200 → "1200". */
export function decimal(minor: number, digits: number): string {
	if (digits === 0) return String(minor);
	const sign = minor < 0 ? '-' : '';
	const abs = Math.abs(minor)
		.toString()
		.padStart(digits + 1, '0');
	return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}
