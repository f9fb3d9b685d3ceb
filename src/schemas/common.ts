import { z } from 'astro/zod';

/**
 * Building blocks every content schema shares (guides, complaint bodies, glossary, get-help,
 * checklists, duty rules, exchange rates): defined once, so a rule such as "https only" or "a
 * calendar date" reads and reports the same everywhere.
 */

/** A full https:// address. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// URL' });

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 country code, e.g. US' });

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as CNY' });

/** A source a page or rule cites. */
export const source = z.object({
	title: z.string({ error: 'every source needs a title' }).trim().min(1, { error: 'every source needs a title' }),
	url: httpsUrl,
	/** The language of the title (and the page it links to), when it differs from the page's. */
	lang: z.enum(['en', 'zh-CN'], { error: 'must be en or zh-CN' }).optional(),
	/**
	 * Generated pages only (a destination's duty rules): the id of the source's list item, which
	 * the figures on the page link to, and the short name shown before its title ("CN1").
	 */
	anchor: z.string().regex(/^[a-z0-9-]+$/i, { error: 'must be letters, digits and hyphens' }).optional(),
	label: z.string().trim().min(1).optional(),
});
export type Source = z.infer<typeof source>;

export const DATE_HINT = 'must be a date written as YYYY-MM-DD, for example 2026-11-22';

/**
 * A calendar day, kept as its YYYY-MM-DD text end to end (compared as text, sent to the browser as
 * it is). YAML turns an unquoted 2026-11-22 into a Date at midnight UTC; a quoted one stays a
 * string. Both are accepted; anything else ("last week", 5, 2026-13-40) is an error naming the
 * format.
 */
export const calendarDay = z
	.union([z.date({ error: DATE_HINT }), z.iso.date({ error: DATE_HINT })], { error: DATE_HINT })
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** A kebab-case id (file names, checklist items, related terms). */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. save-the-listing' });
