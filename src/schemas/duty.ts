import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { calendarDate } from './guide.ts';

/**
 * content/duty/<destination>.yaml: one destination's import-tax rules as data. Numbers live here,
 * each with the source it comes from and whether it is verified or an estimate; formulas live in
 * src/duty/ (one small module per regime kind). Rules are dated: every version of a channel's
 * rules has `from` and optional `until`, and the engine applies the version in force on the
 * import date.
 */

/** The category vocabulary shared by every destination. */
export const categories = [
	'clothing',
	'shoes',
	'bags',
	'electronics',
	'cosmetics',
	'cosmetics-premium',
	'watches',
	'jewellery',
	'toys',
	'books',
	'food',
	'supplements',
	'sports',
	'alcohol',
	'other',
] as const;
export type Category = (typeof categories)[number];

const sourceId = z.string().regex(/^[A-Z]{2}\d+$/, { error: 'must name a source of this file, e.g. CN1' });

/**
 * A number with its provenance. `estimate: true` marks a figure that could not be confirmed; only
 * an estimate may lack a source (better no citation than one that does not support it).
 */
export const figure = z
	.object({
		value: z.number({ error: 'must be a number' }).nonnegative({ error: 'cannot be negative' }),
		source: sourceId.optional(),
		estimate: z.boolean().default(false),
		note: z.string().optional(),
	})
	.refine((f) => f.estimate || f.source !== undefined, {
		error: 'needs a source, or estimate: true if none confirms it',
		path: ['source'],
	});
export type Figure = z.infer<typeof figure>;

/** A rate written as a percentage (13 means 13%). */
const percent = figure.refine((f) => f.value <= 100, { error: 'a percentage cannot exceed 100' });
/** An amount in the destination currency, in major units (CNY 5,000 is 5000). */
const amount = figure;

const dated = { from: calendarDate, until: calendarDate.optional() };

/** China, cross-border e-commerce retail import (跨境电商零售进口). */
const cnCbecRules = z.object({
	...dated,
	orderLimit: amount,
	annualLimit: amount,
	/** Share of VAT and consumption tax payable inside the limits (70). */
	taxShareWithinLimits: percent,
	/** Tariff inside the limits (0). */
	tariffWithinLimits: percent,
	categories: z.partialRecord(
		z.enum(categories),
		z.object({
			vat: percent,
			consumptionTax: percent,
			tariff: percent.optional(),
			/** A higher consumption tax from a unit price up (watches of CNY 10,000 or more: 20%). */
			highValue: z.object({ from: amount, consumptionTax: percent }).optional(),
		}),
	),
});

/** China, personal articles tax on inbound parcels (行邮税). */
const cnPostalRules = z.object({
	...dated,
	/** Tax at or below this amount is waived (50). */
	waiver: amount,
	/** Value limit per parcel (2,000 since 2024-12-01). */
	parcelLimit: amount,
	categories: z.partialRecord(z.enum(categories), percent),
});

/**
 * United Kingdom: at or under the threshold (£135, goods only), VAT is charged at the point of
 * sale and no customs duty; above it, duty on the customs value (goods + transport + insurance)
 * and import VAT on customs value + duty. Gifts between individuals up to £39 pay nothing.
 */
const gbLowValueRules = z.object({
	...dated,
	threshold: amount,
	giftAllowance: amount,
	vat: percent,
	categories: z.partialRecord(z.enum(categories), z.object({ duty: percent, excise: z.boolean().default(false) })),
});

/**
 * GST or VAT collected at checkout up to a threshold (Australia, New Zealand, Singapore); above
 * it, duty on the customs value and GST on customs value + duty + transport, plus government
 * charges by value band.
 */
const gstThresholdRules = z.object({
	...dated,
	/** Goods value (transport and insurance excluded) up to which tax is collected at checkout. */
	threshold: amount,
	/** GST/VAT rate. */
	gst: percent,
	/** Duty when no category preset applies (Australia's general rate, 5%). */
	generalDuty: percent.optional(),
	categories: z.partialRecord(z.enum(categories), z.object({ duty: percent, excise: z.boolean().default(false) })),
	/** Government charges above the threshold; each applies to goods values from `from` (inclusive) up to `below`. */
	charges: z
		.array(z.object({ key: z.string().regex(/^[a-z-]+$/), amount, from: amount, below: amount.optional() }))
		.default([]),
});

/**
 * Japan, goods for personal use: the taxable value is a share (60%) of the overseas retail price,
 * shipping excluded; a taxable value up to ¥10,000 is exempt except for listed goods (knitted
 * clothing, footwear, leather bags, liquor…); otherwise duty on the taxable value and
 * consumption tax on taxable value + duty.
 */
const jpPersonalRules = z.object({
	...dated,
	/** Share of the retail price that is taxed (60). */
	taxableShare: percent,
	exemption: amount,
	consumptionTax: percent,
	categories: z.partialRecord(
		z.enum(categories),
		z.object({
			/** Left out where no rate is confirmed: the result then says duty is not included. */
			duty: percent.optional(),
			/** `always`: never exempt; `sometimes`: some goods of this kind are never exempt. */
			notExempt: z.enum(['always', 'sometimes']).optional(),
		}),
	),
});

const channel = <K extends string, R extends z.ZodType>(kind: K, rules: R) =>
	z.object({
		id: z.string().regex(/^[a-z]+$/),
		kind: z.literal(kind),
		name: bilingualText,
		/** Versions of the rules, oldest first; their date ranges must not overlap. */
		rules: z.array(rules).min(1),
	});

export const dutyChannel = z.discriminatedUnion('kind', [
	channel('cn-cbec', cnCbecRules),
	channel('cn-postal', cnPostalRules),
	channel('gb-low-value', gbLowValueRules),
	channel('gst-threshold', gstThresholdRules),
	channel('jp-personal', jpPersonalRules),
]);
export type DutyChannel = z.infer<typeof dutyChannel>;
export type CnCbecRules = z.infer<typeof cnCbecRules>;
export type CnPostalRules = z.infer<typeof cnPostalRules>;
export type GbLowValueRules = z.infer<typeof gbLowValueRules>;
export type GstThresholdRules = z.infer<typeof gstThresholdRules>;
export type JpPersonalRules = z.infer<typeof jpPersonalRules>;

export const dutyDestination = z
	.object({
		/** ISO 3166-1 alpha-2 code of the destination. */
		destination: z.string().regex(/^[A-Z]{2}$/),
		name: bilingualText,
		/** ISO 4217 code, and the digits of its minor unit (2 for CNY: fen). */
		currency: z.string().regex(/^[A-Z]{3}$/),
		minorUnits: z.number().int().min(0).max(3),
		/** The day a person last checked these rules against their sources. */
		reviewed: calendarDate,
		/** Rules that change often (the US): the page says so prominently. */
		volatile: z.boolean().default(false),
		sources: z
			.array(z.object({ id: sourceId, title: z.string().min(1), url: z.url({ protocol: /^https$/ }) }))
			.min(1),
		channels: z.array(dutyChannel).min(1),
		/** Announced changes not yet in force (shown as "changes ahead"); `date` may be a deadline. */
		changesAhead: z
			.array(z.object({ date: calendarDate, approximate: z.boolean().default(false), text: bilingualText, source: sourceId }))
			.default([]),
	})
	.superRefine((data, ctx) => {
		const known = new Set(data.sources.map((s) => s.id));
		const walk = (value: unknown, path: (string | number)[]) => {
			if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
			else if (value && typeof value === 'object') {
				const source = (value as { source?: unknown }).source;
				if (typeof source === 'string' && !known.has(source)) {
					ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `"${source}" is not in this file's sources` });
				}
				for (const [key, v] of Object.entries(value)) if (key !== 'source') walk(v, [...path, key]);
			}
		};
		walk(data.channels, ['channels']);
		walk(data.changesAhead, ['changesAhead']);
		data.channels.forEach((ch, c) => {
			const versions = ch.rules as { from: Date; until?: Date | undefined }[];
			versions.forEach((rule, i) => {
				if (rule.until && rule.until < rule.from) {
					ctx.addIssue({ code: 'custom', path: ['channels', c, 'rules', i, 'until'], message: 'is before "from"' });
				}
				const next = versions[i + 1];
				if (next && (!rule.until || rule.until >= next.from)) {
					ctx.addIssue({
						code: 'custom',
						path: ['channels', c, 'rules', i, 'until'],
						message: 'must end before the next version begins (versions are oldest first, without overlap)',
					});
				}
			});
		});
	});
export type DutyDestination = z.infer<typeof dutyDestination>;
