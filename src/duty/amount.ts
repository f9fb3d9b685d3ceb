/**
 * Amounts as people type them, to integer minor units: "1,299.00", "1299", "¥1,299", "1 299",
 * full-width digits ("１２９９．５"), a currency code or sign before or after. Anything else is an
 * error with a key the form turns into a message; never NaN, never an exception.
 */
export type AmountError = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';
export type ParsedAmount = { ok: true; minor: number } | { ok: false; error: AmountError };

/** Far above any parcel a person imports; beyond it a typo is likelier than a purchase. */
export const MAX_AMOUNT = 100_000_000;

/** Currency codes and signs a reader may type around the number (and nothing else). */
const MARK = '(?:CNY|RMB|USD|EUR|GBP|JPY|KRW|AUD|CAD|NZD|SGD|HKD|US\\$|[¥$€£₩]|元|円|원)';
const CURRENCY_MARKS = new RegExp(`^${MARK}+|${MARK}+$`, 'gi');

export function parseAmount(text: string | null | undefined, minorUnits: number): ParsedAmount {
	// NFKC turns full-width digits and punctuation (１２３４．５，) into ASCII ones.
	let s = (text ?? '').normalize('NFKC').trim();
	if (s === '') return { ok: false, error: 'empty' };
	s = s.replace(/\s+/g, '');
	s = s.replace(CURRENCY_MARKS, '');
	if (s.startsWith('-') || s.startsWith('−')) return { ok: false, error: 'negative' };
	if (s.startsWith('+')) s = s.slice(1);
	// Thousands separators: commas between groups of three digits ("1,299.00").
	if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return { ok: false, error: 'not-a-number' };
	s = s.replaceAll(',', '');
	const [whole, fraction = ''] = s.split('.');
	if (fraction.length > minorUnits) return { ok: false, error: 'too-many-decimals' };
	if (Number(whole) > MAX_AMOUNT) return { ok: false, error: 'too-large' };
	const minor = Number(whole) * 10 ** minorUnits + Number(fraction.padEnd(minorUnits, '0') || '0');
	return { ok: true, minor };
}
