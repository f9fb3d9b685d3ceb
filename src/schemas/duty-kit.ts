import { z } from 'astro/zod';
import { bilingualText as looseBilingualText, type BilingualText } from './bilingual.ts';
import { calendarDay, countryCode, currencyCode } from './common.ts';
import { categories, type Category } from '../duty/categories.ts';

/**
 * The building blocks of a duty regime's rules schema, built once here and handed to each regime
 * (`rules: (k: SchemaKit) => k.z.object({…})` in src/duty/regimes/<kind>.ts). Regime files import
 * only types from here and from zod, so the browser bundle, which imports the regimes for their
 * formulas, never carries the schema library.
 *
 * Every number in the rules is a figure that says what it is: `unit` 'percent', 'money' (with
 * `currency` when it is not the destination's) or 'number'. The rules page reads the unit from
 * the figure, never from the field's name.
 */

export type Unit = 'percent' | 'money' | 'number';

/** A number with its provenance and its unit, as the schema reads it. */
export interface Figure {
	value: number;
	source?: string | undefined;
	estimate: boolean;
	/** What the figure covers or why it is uncertain, in both languages. */
	note?: BilingualText | undefined;
	/**
	 * The rate differs inside this kind of goods (food: most groceries 0%, sweets 20%): `value` is
	 * the common case and the note says how it varies. The calculator tells the reader.
	 */
	varies?: boolean | undefined;
	unit: Unit;
	/** Money in another currency than the destination's (Korea's limits in US dollars). */
	currency?: string | undefined;
}

/** A yes/no rule with its provenance. */
export interface Ruling {
	value: boolean;
	source?: string | undefined;
	estimate: boolean;
	note?: BilingualText | undefined;
}

export const sourceId = z.string().regex(/^[A-Z]{2}\d+$/, { error: 'must name a source of this file, e.g. CN1' });

/**
 * zod as the duty schemas use it: `z.object` is `z.strictObject`, so an object in a rules file
 * with a key its schema does not know (a typo: `highVlaue`) fails the build, naming the file, the
 * path and the key, instead of being dropped. Every regime builds its rules with `k.z.object`.
 */
const strictZ = Object.freeze({ ...z, object: z.strictObject }) as Omit<typeof z, 'object'> & { object: typeof z.strictObject };

/** Text in both languages, with no other key (a `zh-cn` typo fails instead of vanishing). */
export const bilingualText = z.strictObject(looseBilingualText.shape, {
	error: (issue) => (issue.code === 'invalid_type' ? 'must give the text in both languages: { en: …, zh-CN: … }' : undefined),
});

const SOURCE_OR_ESTIMATE = { error: 'needs a source, or estimate: true if none confirms it', path: ['source'] };
const VARIES_NEEDS_NOTE = { error: 'a rate that varies inside the kind of goods needs a note saying how', path: ['note'] };

/**
 * A number with its provenance. `estimate: true` marks a figure that could not be confirmed; only
 * an estimate may lack a source (better no citation than one that does not support it). Money may
 * name its `currency` in the file; it must then be the one the field takes (see `money`).
 */
const figureFields = z
	.strictObject({
		value: z.number({ error: 'must be a number' }).nonnegative({ error: 'cannot be negative' }),
		source: sourceId.optional(),
		estimate: z.boolean().default(false),
		note: bilingualText.optional(),
		varies: z.boolean().optional(),
	})
	.refine((f) => f.estimate || f.source !== undefined, SOURCE_OR_ESTIMATE)
	.refine((f) => !f.varies || f.note !== undefined, VARIES_NEEDS_NOTE);
const moneyFields = z
	.strictObject({ ...figureFields.shape, currency: currencyCode.optional() })
	.refine((f) => f.estimate || f.source !== undefined, SOURCE_OR_ESTIMATE)
	.refine((f) => !f.varies || f.note !== undefined, VARIES_NEEDS_NOTE);

/**
 * Money figures whose currency the field itself declares (Korea's limits in US dollars, a fee in
 * lei): the destination's check (src/schemas/duty.ts) lets these differ from the destination's
 * currency, and only these. Filled while a file is parsed; nothing else reads it.
 */
export const foreignMoney = new WeakSet<object>();

const withUnit = <S extends z.ZodType<Omit<Figure, 'unit'>>>(schema: S, unit: Unit) => schema.transform((f): Figure => ({ ...f, unit }));

/** A plain number (an exchange rate, a count). */
const figure = withUnit(figureFields, 'number');
/** A rate written as a percentage (13 means 13%). */
const percent = withUnit(
	figureFields.refine((f) => f.value <= 100, { error: 'a percentage cannot exceed 100' }),
	'percent',
);
/**
 * An amount in major units (CNY 5,000 is 5000):
 * - `money()`: the destination's currency. A `currency` written in the file must be that one
 *   (checked with the destination: a EUR threshold in the CNY file fails, naming the field);
 * - `money('USD')`: this currency whatever the destination (Korea's USD 150); written or not;
 * - `money('stated')`: the currency the file writes beside the value, required (a fee in lei).
 */
const money = (currency?: string) =>
	moneyFields
		.refine((f) => currency !== 'stated' || f.currency !== undefined, { error: 'needs its currency, e.g. currency: RON', path: ['currency'] })
		.refine((f) => currency === undefined || currency === 'stated' || f.currency === undefined || f.currency === currency, {
			error: `must be in ${currency ?? 'the destination currency'}: this field is set in that currency`,
			path: ['currency'],
		})
		.transform((f): Figure => {
			const out: Figure = { ...f, unit: 'money', ...(currency && currency !== 'stated' ? { currency } : {}) };
			if (currency) foreignMoney.add(out);
			return out;
		});

/** A yes/no rule: like a figure, one no source confirms must be an estimate. */
const ruling = z
	.strictObject({ value: z.boolean(), source: sourceId.optional(), estimate: z.boolean().default(false), note: bilingualText.optional() })
	.refine((f) => f.estimate || f.source !== undefined, SOURCE_OR_ESTIMATE);

const category = z.enum(categories);

/** Values by kind of goods; any kind may be left out. */
const categoryRecord = <T extends z.ZodType>(value: T) => z.partialRecord(category, value);

/**
 * Rates by kind of goods around a standard one: `standard` for every kind not listed (UK VAT:
 * standard 20%, books 0%). `rateFor` in src/duty/rates.ts reads it; the rules page lists the
 * standard rate and every kind that differs. The value may be a figure or a dated history.
 */
const ratesByCategory = <T extends z.ZodType>(rate: T) =>
	z.strictObject({ standard: rate, ...(Object.fromEntries(categories.map((c) => [c, rate.optional()])) as Record<Category, z.ZodOptional<T>>) });

/**
 * Relief for a gift from one private person to another. Up to `allowance` (inclusive) nothing is
 * due; above it, tax on the whole value (`above: whole`) or only on what exceeds the allowance
 * (`excess`: Canada). `counts` is what is compared with the allowance: the goods alone, or goods
 * with shipping and insurance (the EU's €45). `flatDuty`: gifts up to `upTo` may pay this flat
 * duty rate instead of the tariff when it is lower (EU 2.5% to €700, UK 2.5% to £630). An
 * allowance of 0 says there is no gift relief: gifts are taxed like purchases (its note says so).
 */
const giftRelief = z.strictObject({
	allowance: money(),
	counts: z.enum(['goods', 'goods-and-shipping']).default('goods'),
	above: z.enum(['whole', 'excess']).default('whole'),
	excluded: z.array(category).default([]),
	flatDuty: z.strictObject({ rate: percent, upTo: money() }).optional(),
});
export type GiftRelief = z.output<typeof giftRelief>;

/** Values by kind of goods, where `other` is required: the rate for every kind not listed. */
const categoryRecordWithOther = <T extends z.ZodType>(value: T) =>
	categoryRecord(value)
		.refine((record) => record.other !== undefined, { error: 'needs an "other" entry: the rate for every kind of goods not listed', path: ['other'] })
		.transform((record) => record as Partial<Record<Category, z.output<T>>> & { other: z.output<T> });

/** `from` and optional `until` (inclusive), YYYY-MM-DD: every rules version has them. */
const dated = { from: calendarDay, until: calendarDay.optional() };

/**
 * A value's history, oldest first: each entry applies from its `from` (YYYY-MM-DD) until the next
 * one begins; the first needs no date (in force when the rules begin). An EU state's VAT rate.
 */
const history = <T extends z.ZodType>(value: T) =>
	z
		.array(z.strictObject({ from: calendarDay.optional(), rate: value }))
		.min(1)
		.superRefine((entries, ctx) => {
			entries.forEach((entry, i) => {
				const previous = entries[i - 1];
				if (i > 0 && !entry.from) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: 'every rate after the first needs the date it applies from' });
				else if (entry.from && previous?.from && entry.from <= previous.from) {
					ctx.addIssue({ code: 'custom', path: [i, 'from'], message: 'must come after the date of the rate before it (oldest first)' });
				}
			});
		});

/**
 * Entries with their own optional `from`/`until` (YYYY-MM-DD), independent of the rules versions:
 * two entries with the same `by` field (a Canadian province's "gst" and "hst") must not overlap.
 */
const datedEntries = <T extends z.ZodType<{ from?: string | undefined; until?: string | undefined }>>(entry: T, by: string) =>
	z
		.array(entry)
		.min(1)
		.superRefine((entries, ctx) => {
			const name = (e: unknown) => String((e as Record<string, unknown>)[by]);
			entries.forEach((a, i) => {
				if (a.from && a.until && a.until < a.from) ctx.addIssue({ code: 'custom', path: [i, 'until'], message: 'is before "from"' });
				entries.forEach((b, j) => {
					if (j <= i || name(a) !== name(b)) return;
					const overlap = (a.from ?? '0000') <= (b.until ?? '9999') && (b.from ?? '0000') <= (a.until ?? '9999');
					if (overlap) ctx.addIssue({ code: 'custom', path: [j], message: `overlaps another "${name(a)}" entry: give them dates that do not overlap` });
				});
			});
		});

/** A key into the destination's words (`text:`), e.g. a charge's `ro-logistics-tax`. */
const textKey = z.string().regex(/^[a-z0-9-]+$/);

export const schemaKit = {
	z: strictZ,
	figure,
	percent,
	money,
	ruling,
	day: calendarDay,
	dated,
	country: countryCode,
	currency: currencyCode,
	sourceId,
	category,
	categoryRecord,
	categoryRecordWithOther,
	ratesByCategory,
	giftRelief,
	textKey,
	bilingualText,
	history,
	datedEntries,
};
export type SchemaKit = typeof schemaKit;
