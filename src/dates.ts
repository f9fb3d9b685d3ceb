/**
 * Calendar dates as the site handles them: YYYY-MM-DD strings end to end (the content schemas
 * keep them so), compared as text. Date objects appear only inside the arithmetic here. No
 * dependencies, so browser code uses it too.
 */

/** A Date at midnight UTC as YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && isoDay(date) === text;
}

/** Today in the reader's own time zone, YYYY-MM-DD. */
export function localToday(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether something dated `from` (optional) and `until` (optional, inclusive) applies on `date`. */
export const inForce = (dated: { from?: string | undefined; until?: string | undefined }, date: string): boolean =>
	(!dated.from || dated.from <= date) && (!dated.until || date <= dated.until);

/** The earliest date a reader may give (a payment, a delivery, an import). */
export const EARLIEST_DAY = '2000-01-01';
/** How far ahead a reader may give a date, in years from today. */
const YEARS_AHEAD = 5;

/** The latest date a reader may give: five years after `today` (29 February → 28 February). */
export function latestDay(today: string): string {
	const [year, month, day] = today.split('-').map(Number) as [number, number, number];
	const lastOfMonth = new Date(Date.UTC(year + YEARS_AHEAD, month, 0)).getUTCDate();
	return isoDay(new Date(Date.UTC(year + YEARS_AHEAD, month - 1, Math.min(day, lastOfMonth))));
}

/**
 * Whether `date` is a calendar date a reader may give: from 2000-01-01 to five years after
 * `today` (YYYY-MM-DD), both included. The one bound for the calculator and get-help.
 */
export function dateInBounds(date: string, today: string): boolean {
	return isCalendarDate(date) && date >= EARLIEST_DAY && date <= latestDay(today);
}

/** The bounds of dateInBounds as a reader reads them: "January 1, 2000" / "2000年1月1日". */
export function dateBoundsText(today: string, lang: string): { min: string; max: string } {
	const day = (d: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
	return { min: day(EARLIEST_DAY), max: day(latestDay(today)) };
}
