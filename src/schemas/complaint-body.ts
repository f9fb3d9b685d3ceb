import { z } from 'astro/zod';
import { answerValues } from '../help/answers.ts';
import { ANY, places } from '../complaints/routing.ts';
import { bilingualText } from './bilingual.ts';
import { calendarDay, httpsUrl, source } from './common.ts';

/** Where a body works: one of the places (src/complaints/routing.ts), or `intl` = cross-border or international. Also the directory's order. */
export const regions = [...places, 'intl'] as const;
/** What kind of help it gives. */
export const bodyKinds = ['consumer-complaints', 'fraud-reporting', 'mediation', 'advice', 'regulator'] as const;

const placeList = (what: string) =>
	z
		.array(z.enum([...places, ANY], { error: `must be one of: ${[...places, ANY].join(', ')}` }), { error: `list the places ${what}, e.g. [uk] or [any]` })
		.min(1, { error: `list at least one place ${what}, or [any]` });

/** One entry of content/complaint-bodies/<id>.yaml: a real body a reader can turn to. */
export const complaintBody = z.object({
	name: bilingualText,
	region: z.enum(regions, { error: `must be one of: ${regions.join(', ')}` }),
	kind: z.enum(bodyKinds, { error: `must be one of: ${bodyKinds.join(', ')}` }),
	/** What it handles, in a sentence or two. */
	handles: bilingualText,
	/** Who may use it (residents only? anyone buying from a business there?). */
	whoCanUse: bilingualText,
	/** Where the buyers it helps live: places, `eu` (every EU/EEA country) or `any`. */
	helps: placeList('whose buyers it helps'),
	/** Where the sellers are that it can act on or pass a case to: places, `eu` or `any`. */
	reaches: placeList('whose sellers it can reach'),
	/** It takes only cases where the seller is in another country or region than the buyer (ECC-Net, UKICC, econsumer.gov). */
	crossBorderOnly: z.boolean({ error: 'must be true or false' }).default(false),
	/** The get-help problems it takes (src/help/answers.ts): the plan lists it only for these. */
	problems: z.array(z.enum(answerValues.problem, { error: `must be one of: ${answerValues.problem.join(', ')}` })).min(1, { error: 'list at least one problem it takes' }),
	/** Only for a payment made this way (a financial ombudsman takes complaints about the bank or payment firm). */
	payments: z.array(z.enum(answerValues.payment, { error: `must be one of: ${answerValues.payment.join(', ')}` })).min(1).optional(),
	/** The body's own page (https): where the reader goes, and what the entry was checked against unless `source` says otherwise. */
	url: httpsUrl,
	/** Languages it serves, as ISO 639-1 codes, e.g. [en, zh]. */
	languages: z.array(z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code, e.g. en' })).min(1),
	/** The day a person last checked the entry against the body's own site, YYYY-MM-DD. */
	lastVerified: calendarDay,
	/** A more specific page on the body's own site (or its operator's) that the facts come from; never a third party's. */
	source: source.optional(),
});
export type ComplaintBody = z.infer<typeof complaintBody>;
