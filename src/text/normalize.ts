/**
 * Text a reader typed or pasted into a search box or filter, as the words it shows: full-width
 * and other compatibility forms folded (NFKC: "ｒｅｆｕｎｄ" → "refund", "１２３１５" → "12315"), and
 * characters that are invisible removed — zero-width ones (U+200B–U+200D, U+2060, U+FEFF) and
 * bidirectional marks and controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) — so
 * "re\u200Bfund" finds what "refund" finds. Case and ordinary spaces are left as typed (a search
 * box rewritten while the reader types must keep their spaces). Pure; used by the complaint
 * directory's filter and the search box.
 */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g;

export function normalizeQuery(text: string): string {
	return text.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '');
}
