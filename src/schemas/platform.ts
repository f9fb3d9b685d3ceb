import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { calendarDay, kebabId, source } from './common.ts';

/**
 * One shopping platform's rules as data (content/platforms/<id>.yaml): its buyer-protection
 * deadlines, each with its source, the way to dispute, the ways to pay we could source, its own
 * help page and the day the rules were checked. The platform guides state the same rules in words;
 * the "By platform" overview (src/components/PlatformTable.astro) is generated from these files,
 * and each guide's link to the get-help plan is preset from the file's id (src/platforms/links.ts).
 */

/** The date a time limit counts from. */
export const deadlineStarts = ['purchase', 'payment', 'delivery', 'dispute-opened', 'confirm'] as const;

/**
 * What a time limit is about. The first four are the overview's columns; the rest are listed in
 * the guides only.
 * - `return`: how long you have to ask for a return (the platform's window, or the law's);
 * - `dispute`: how long you have to raise a problem or a claim with the platform;
 * - `confirm-receipt`: "confirm receipt" and the countdown that confirms it for you;
 * - `refund-without-return`: a refund where the goods stay with you (仅退款);
 * - `refund`: how long a refund takes to arrive; `delivery`: delivery promises and credits;
 * - `payment-dispute`: the payment provider's own window (PayPal, card chargeback);
 * - `other`: fees, price protection and other rules.
 */
export const deadlineKinds = ['return', 'dispute', 'confirm-receipt', 'refund-without-return', 'refund', 'delivery', 'payment-dispute', 'other'] as const;
export const overviewKinds = ['return', 'dispute', 'confirm-receipt', 'refund-without-return'] as const satisfies readonly (typeof deadlineKinds)[number][];

/** Ways to pay a platform may list; each has its label in content/platform-text.yaml (`payment.<id>`). */
export const platformPayments = ['credit-card', 'debit-card', 'paypal', 'klarna', 'gift-card', 'alipay', 'wechat-pay', 'bank-transfer'] as const;

const deadline = z
	.object({
		id: kebabId,
		label: bilingualText,
		kind: z.enum(deadlineKinds, { error: `must be one of: ${deadlineKinds.join(', ')}` }),
		days: z.number().int().positive({ error: 'must be a whole number of days' }).optional(),
		from: z.enum(deadlineStarts, { error: `must be one of: ${deadlineStarts.join(', ')}` }).optional(),
		/** The rule in a sentence or two, saying where the number counts from when it is not obvious. */
		text: bilingualText,
		source: source.optional(),
		/** True where no official page confirmed the rule: pages say so. */
		unconfirmed: z.boolean({ error: 'say whether the rule is confirmed: unconfirmed: true or false' }),
	})
	.strict()
	.refine((d) => d.unconfirmed || d.source !== undefined, {
		error: 'a confirmed rule needs its source ({ title, url }); mark it `unconfirmed: true` if no official page states it',
		path: ['source'],
	});

export const platform = z
	.object({
		name: bilingualText,
		/**
		 * The guide about it, a site path without the locale: /platforms/temu/. Left out for a platform
		 * that has no guide of its own (Xianyu, a WeChat 代购): its file only feeds the get-help plan's
		 * steps, and the "By platform" overview does not list it.
		 */
		guide: z.string().regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*\/$/, { error: 'must be a site path without the locale, e.g. /platforms/temu/' }).optional(),
		/** Position in the overview (lower first). */
		order: z.number().int(),
		/** The day a person checked these rules against their sources. */
		rulesChecked: calendarDay,
		/** The platform's own help or policy page (or the best official page we could open). */
		help: source,
		/** How a buyer disputes, in order, in a line: where to click, who decides, where to go next. */
		disputeRoute: bilingualText,
		/** Ways to pay stated on a source; left out when we found none. */
		payments: z.array(z.enum(platformPayments, { error: `must be one of: ${platformPayments.join(', ')}` })).min(1).optional(),
		deadlines: z.array(deadline).min(1, { error: 'list at least one rule' }),
	})
	.strict()
	.superRefine((p, ctx) => {
		const seen = new Set<string>();
		p.deadlines.forEach((d, i) => {
			if (seen.has(d.id)) ctx.addIssue({ code: 'custom', message: `the id "${d.id}" is used twice`, path: ['deadlines', i, 'id'] });
			seen.add(d.id);
		});
	});

export type Platform = z.infer<typeof platform>;
export type PlatformDeadline = Platform['deadlines'][number];
