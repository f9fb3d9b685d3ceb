import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { regions } from './complaint-body.ts';
import { calendarDay, kebabId, source } from './common.ts';
import { answerValues } from '../help/answers.ts';

/**
 * The "What should I do now?" router's content (content/help/): the steps a plan can contain,
 * when each applies, its deadline rule with the source of the window, and the letters. Logic
 * that picks and orders them is src/help/plan.ts; nothing here is code.
 */

/** A site path the step explains itself on, without the locale: /shoppers/escalation/#anchor. */
const guidePath = z.string().regex(/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/, { error: 'must be a site path without the locale, e.g. /shoppers/escalation/' });

/** When a step applies: every listed condition must hold; an absent one matches any answer. */
const when = z
	.object({
		problems: z.array(z.enum(answerValues.problem)).min(1).optional(),
		payments: z.array(z.enum(answerValues.payment)).min(1).optional(),
		platforms: z.array(z.enum(answerValues.platform)).min(1).optional(),
		sellers: z.array(z.enum(answerValues.seller)).min(1).optional(),
		buyers: z.array(z.enum(answerValues.buyer)).min(1).optional(),
		/** Where the seller is or, for a shop on a mainland Chinese platform, the platform (src/help/plan.ts caseOf): either matches. */
		sellerPlaces: z.array(z.enum(answerValues.seller)).min(1).optional(),
	})
	.strict()
	.default({});

/** A time limit counted from a date the reader gave. */
const window = z.object({
	days: z.number().int().positive().optional(),
	months: z.number().int().positive().optional(),
	from: z.enum(['payment', 'delivery']),
}).refine((w) => (w.days === undefined) !== (w.months === undefined), { error: 'give either days or months' });

const deadline = z.object({
	/** The limit is the earliest of these (PayPal: 30 days from delivery or 180 from payment). */
	earliestOf: z.array(window).min(1),
	/** True where the window differs by card scheme, bank or seller: the page says so and gives this safe date. */
	varies: z.boolean().default(false),
	/** What the date is for, in words: "open a PayPal dispute". */
	action: bilingualText,
	source,
});

/**
 * A deadline read from the step's platform file (content/platforms/<platform>.yaml): the days, the
 * date they count from and the source are the platform guide's own rules, named by id, so no number
 * is typed twice (src/help/platform-steps.ts reads them at build time). The limit is the earliest
 * of the rules named.
 */
const platformDeadline = z
	.object({
		rules: z.array(kebabId).min(1),
		varies: z.boolean().default(false),
		action: bilingualText,
		/** Only for these problems (a return window means nothing for a parcel that never came). */
		problems: z.array(z.enum(answerValues.problem)).min(1).optional(),
	})
	.strict();

export const helpStep = z.object({
	/** Steps are shown in this order (lower first). */
	order: z.number().int(),
	/**
	 * The order in a scam's plan (a crime: src/help/answers.ts SCAMS), where it differs: a payment step
	 * that must be done at once when the money went to a scammer (recall a bank transfer) but after
	 * the seller has been asked when it did not.
	 */
	scamOrder: z.number().int().optional(),
	/**
	 * The platform file (content/platforms/<id>.yaml) the step is about: its `{{route}}` is filled in
	 * with the platform's dispute route, and a `deadline` with `rules` reads them from that file.
	 */
	platform: kebabId.optional(),
	title: bilingualText,
	/**
	 * What to do, in a few sentences. `{{platform}}`, `{{payment}}`, `{{seller}}` are filled in; for a
	 * step with a `platform`, `{{route}}` (its dispute route) and `{{rule.<id>}}` (one rule's text)
	 * are filled in from the platform file at build time.
	 */
	body: bilingualText,
	guide: guidePath,
	when,
	deadline: z.union([deadline, platformDeadline]).optional(),
	/** A letter from content/help/letters that goes with this step. */
	letter: z.string().regex(/^[a-z-]+$/).optional(),
	/** A crime is involved: the step goes to the police or an anti-fraud centre. */
	police: z.boolean().default(false),
	/** YYYY-MM-DD. */
	lastReviewed: calendarDay,
	/** Where the facts in the step come from (the deadline has its own): required, at least one. */
	sources: z
		.array(source, { error: 'must be a list of { title, url } entries: every step needs a source' })
		.min(1, { error: 'must list at least one source (title and https URL)' }),
}).refine((step) => !(step.deadline && 'rules' in step.deadline) || step.platform !== undefined, {
	error: 'a deadline with `rules` reads them from the step\'s platform file: name it with `platform:`',
	path: ['platform'],
});
export type HelpStep = z.infer<typeof helpStep>;

export const helpLetter = z.object({
	title: bilingualText,
	/** Who it is for. */
	to: z.enum(['seller', 'payment', 'consumer-body']),
	/**
	 * The letter, with `{{problem}}`, `{{platform}}`, `{{payment}}`, `{{paid}}`, `{{expected}}`, `{{today}}`
	 * filled in from the answers, and `[…]` where the reader adds their own details.
	 */
	body: bilingualText,
	/** What the letter relies on (the rule or help page behind what it asks for): required, at least one. */
	sources: z
		.array(source, { error: 'must be a list of { title, url } entries: every letter needs a source' })
		.min(1, { error: 'must list at least one source (title and https URL)' }),
});
export type HelpLetter = z.infer<typeof helpLetter>;

/** Region codes of the complaint directory that the "where do you live" answers map to. */
export const helpRegions = regions;
