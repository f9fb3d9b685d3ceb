import { z } from 'astro/zod';
import { bilingualText as looseBilingualText } from './bilingual.ts';
import { calendarDay, kebabId, source as looseSource } from './common.ts';

/**
 * A buyer's rights by country or region: content/rights/<region>.yaml, one file per region, shown
 * side by side by the comparison table (src/components/RightsTable.astro) and fact by fact on each
 * region's page (src/components/RightsFacts.astro). Every object is strict: a misspelt key
 * (`sourse`, `zh-cn`) fails the build, naming the file and the path, instead of vanishing.
 * Plain TypeScript: content.config.ts, the tests and the components import this one definition.
 */

/** The regions, in the order the table lists them; the ids are those of content/complaint-bodies (`uk`, not `gb`). */
export const rightsRegions = ['eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'hk', 'cn'] as const;
export type RightsRegion = (typeof rightsRegions)[number];

/** Text in both languages and nothing else. */
export const rightsText = z.strictObject(looseBilingualText.shape, {
	error: (issue) => (issue.code === 'invalid_type' ? 'must give the text in both languages: { en: …, zh-CN: … }' : undefined),
});

/** A source the fact comes from: the authority's own page or the law itself, `{ title, url }`. */
const factSource = z.strictObject(looseSource.shape, {
	error: (issue) => (issue.code === 'invalid_type' ? 'every fact needs a source: { title, url }' : undefined),
});

/** What every fact carries: the text, its source (more in `also`), and `unconfirmed: true` when no official page confirmed it. */
const factFields = {
	text: rightsText,
	source: factSource,
	also: z.array(factSource).min(1, { error: 'leave `also` out rather than empty' }).optional(),
	/** No official page we could read confirmed this fact: the page says so next to it. */
	unconfirmed: z.literal(true, { error: 'write unconfirmed: true, or leave it out' }).optional(),
};
const fact = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...factFields, ...shape });

/** When the cooling-off period starts. */
export const withdrawalStarts = ['delivery'] as const;
/** Who pays to send back goods the buyer no longer wants (not faulty ones): by law, or the seller's own policy where the law gives no right. */
export const returnPayers = ['buyer', 'seller', 'depends'] as const;

const withdrawal = fact({
	/** Days to change one's mind about a distance purchase, or null where the law gives no general right. */
	days: z.int({ error: 'must be a whole number of days, or null where the law gives no general right' }).positive().nullable(),
	/** When the days start; null with `days: null`. */
	from: z.enum(withdrawalStarts, { error: `must be one of: ${withdrawalStarts.join(', ')}, or null` }).nullable(),
	/** A short qualifier the table shows under the period ("unless the seller's terms say otherwise"). */
	note: rightsText.optional(),
}).refine((w) => (w.days === null) === (w.from === null), {
	error: 'give `from` with a number of days, and `from: null` with `days: null`',
	path: ['from'],
});

const returnPostage = fact({
	who: z.enum(returnPayers, { error: `must be one of: ${returnPayers.join(', ')}` }),
});

const guarantee = fact({
	/** A fixed period in months (the EU's 24), or null where the law sets none ("reasonable durability"). */
	months: z.int({ error: 'must be a whole number of months, or null where the law sets no period' }).positive().nullable(),
	/** What the table shows instead of a period, or beside it. */
	short: rightsText.optional(),
}).refine((g) => g.months !== null || g.short !== undefined, {
	error: 'without a fixed period (`months: null`), give a `short` description for the table',
	path: ['short'],
});

const paymentDispute = fact({
	/** What the table shows: the main right in a few words ("Section 75 (£100–£30,000), chargeback"). */
	short: rightsText,
});

export const rightsRegion = z.strictObject({
	name: rightsText,
	/** The day a person last checked the facts of this file against their sources, YYYY-MM-DD. */
	checked: calendarDay,
	/** The cooling-off (withdrawal) right for purchases made online or by mail. */
	withdrawal,
	/** Who pays the postage of a change-of-mind return by default. */
	returnPostage,
	/** The legal guarantee for faulty goods and its remedies. */
	guarantee,
	/** Which of these rights hold when the seller is in China, and what enforcing them takes. */
	sellerInChina: fact({}),
	/** Card and payment-service disputes: chargeback, Section 75, Fair Credit Billing Act… */
	paymentDispute,
	/** The small-claims route. */
	smallClaims: fact({}),
	/** Where to complain: ids of content/complaint-bodies entries. */
	bodies: z.array(kebabId).min(1, { error: 'list at least one complaint body (an id from content/complaint-bodies)' }),
});

export type RightsRegionData = z.infer<typeof rightsRegion>;
export type RightsFact = z.infer<typeof rightsRegion>['sellerInChina'];
/** The facts a region page can show, in the order of the common outline. */
export const rightsFacts = ['withdrawal', 'returnPostage', 'guarantee', 'sellerInChina', 'paymentDispute', 'smallClaims'] as const;
export type RightsFactName = (typeof rightsFacts)[number];
