/**
 * Calendar dates as the site handles them: YYYY-MM-DD strings, compared as text, and Dates at
 * midnight UTC (what the content schemas produce). No dependencies, so browser code uses it too.
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
export const inForce = (dated: { from?: Date | undefined; until?: Date | undefined }, date: string): boolean =>
	(!dated.from || isoDay(dated.from) <= date) && (!dated.until || date <= isoDay(dated.until));
