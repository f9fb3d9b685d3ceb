import { z } from 'astro/zod';
import { bilingualText, type BilingualText } from './bilingual.ts';
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

const SOURCE_OR_ESTIMATE = { error: 'needs a source, or estimate: true if none confirms it', path: ['source'] };

/**
 * A number with its provenance. `estimate: true` marks a figure that could not be confirmed; only
 * an estimate may lack a source (better no citation than one that does not support it).
 */
const figureFields = z
	.object({
		value: z.number({ error: 'must be a number' }).nonnegative({ error: 'cannot be negative' }),
		source: sourceId.optional(),
		estimate: z.boolean().default(false),
		note: bilingualText.optional(),
	})
	.refine((f) => f.estimate || f.source !== undefined, SOURCE_OR_ESTIMATE);

const withUnit = <S extends z.ZodType<Omit<Figure, 'unit' | 'currency'>>>(schema: S, unit: Unit, currency?: string) =>
	schema.transform((f): Figure => ({ ...f, unit, ...(currency ? { currency } : {}) }));

/** A plain number (an exchange rate, a count). */
const figure = withUnit(figureFields, 'number');
/** A rate written as a percentage (13 means 13%). */
const percent = withUnit(
	figureFields.refine((f) => f.value <= 100, { error: 'a percentage cannot exceed 100' }),
	'percent',
);
/** An amount in major units (CNY 5,000 is 5000): the destination's currency, or the one given. */
const money = (currency?: string) => withUnit(figureFields, 'money', currency);

/** A yes/no rule: like a figure, one no source confirms must be an estimate. */
const ruling = z
	.object({ value: z.boolean(), source: sourceId.optional(), estimate: z.boolean().default(false), note: bilingualText.optional() })
	.refine((f) => f.estimate || f.source !== undefined, SOURCE_OR_ESTIMATE);

const category = z.enum(categories);

/** Values by kind of goods; any kind may be left out. */
const categoryRecord = <T extends z.ZodType>(value: T) => z.partialRecord(category, value);

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
		.array(z.object({ from: calendarDay.optional(), rate: value }))
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
	z,
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
	textKey,
	bilingualText,
	history,
	datedEntries,
};
export type SchemaKit = typeof schemaKit;
