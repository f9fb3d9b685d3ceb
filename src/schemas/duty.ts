import { z } from 'astro/zod';
import { calendarDay, countryCode, currencyCode, source } from './common.ts';
import { bilingualText, foreignMoney, schemaKit, sourceId } from './duty-kit.ts';
import type { Figure } from './duty-kit.ts';
import { regimes, type DutyChannel, type Registry } from '../duty/regimes/index.ts';

/**
 * content/duty/<destination>.yaml: one destination's import-tax rules as data. Numbers live here,
 * each with the source it comes from and whether it is verified or an estimate; formulas live in
 * src/duty/regimes/ (one file per regime kind, which also gives its rules' schema). Rules are
 * dated: every version of a channel's rules has `from` and optional `until` (YYYY-MM-DD), and the
 * engine applies the version in force on the import date.
 *
 * Every object is strict: a key the schema does not know (a misspelt `highVlaue`) fails the build,
 * naming the file, the path and the key, rather than being dropped with the rule it carried.
 */

export { categories, type Category } from '../duty/categories.ts';
export { euStates, type EuState } from '../duty/regimes/eu-parcel.ts';
export type { Figure, Unit } from './duty-kit.ts';
export type { DutyChannel };

/** The destination around its channels: words, sources, regions, carrier fees, changes ahead. */
const destinationSchema = <C extends z.ZodType<{ id: string; rules: { from: string; until?: string | undefined }[] }>>(channel: C) =>
	z
		.strictObject({
			/** ISO 3166-1 alpha-2 code of the destination. */
			destination: countryCode,
			name: bilingualText,
			/** ISO 4217 code, and the digits of its minor unit (2 for CNY: fen). */
			currency: currencyCode,
			minorUnits: z.number().int().min(0).max(3),
			/** The day a person last checked these rules against their sources (YYYY-MM-DD). */
			reviewed: calendarDay,
			/** Regions whose rules differ (EU member states, Canadian provinces): `input.region` picks one. */
			/**
			 * `currency`: the region's own, when it is not the destination's (Sweden's krona in the EU
			 * file): the calculator answers in it, and limits set in the destination's currency are
			 * converted (the result says at which rate).
			 */
			regions: z.array(z.strictObject({ code: countryCode, name: bilingualText, currency: currencyCode.optional() })).default([]),
			/**
			 * Words for this destination's breakdown lines and warnings (keys such as "us.section-122"),
			 * in both languages; `{name}` marks a parameter. Keys shared by every destination are in
			 * content/duty-text/common.yaml.
			 */
			text: z.record(z.string().regex(/^[a-z0-9.-]+$/), bilingualText).default({}),
			/**
			 * What carriers charge for clearing a parcel and advancing the tax (not a government charge):
			 * shown apart from the taxes and added to the landed cost, only when something is due on
			 * delivery. `percentOfTax`: the fee is this share of the tax advanced when that is more.
			 */
			carrierFees: z
				.array(
					z.strictObject({
						key: z.string().regex(/^[a-z0-9.-]+$/),
						name: bilingualText,
						channel: z.string().optional(),
						amount: schemaKit.money(),
						percentOfTax: schemaKit.percent.optional(),
						from: calendarDay.optional(),
						until: calendarDay.optional(),
					}),
				)
				.default([]),
			/** Rules that change often (the US): the page says so prominently. */
			volatile: z.boolean().default(false),
			sources: z.array(z.strictObject({ ...source.omit({ anchor: true, label: true }).shape, id: sourceId })).min(1),
			channels: z.array(channel).min(1),
			/** Announced changes not yet in force (shown as "changes ahead"); `date` may be a deadline. */
			changesAhead: z
				.array(z.strictObject({ date: calendarDay, approximate: z.boolean().default(false), text: bilingualText, source: sourceId }))
				.default([]),
		})
		.superRefine((data, ctx) => {
			const known = new Set(data.sources.map((s) => s.id));
			const walk = (value: unknown, path: (string | number)[]) => {
				if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
				else if (value && typeof value === 'object') {
					const cited = (value as { source?: unknown }).source;
					if (typeof cited === 'string' && !known.has(cited)) {
						ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `"${cited}" is not in this file's sources` });
					}
					// Money in a currency the file names: only where the field takes another currency.
					const { unit, currency } = value as Partial<Figure>;
					if (unit === 'money' && currency !== undefined && currency !== data.currency && !foreignMoney.has(value)) {
						ctx.addIssue({
							code: 'custom',
							path: [...path, 'currency'],
							message: `is ${currency}, but this field is in the destination's currency (${data.currency}): give the amount in ${data.currency}`,
						});
					}
					for (const [key, v] of Object.entries(value)) if (key !== 'source') walk(v, [...path, key]);
				}
			};
			walk(data.channels, ['channels']);
			walk(data.carrierFees, ['carrierFees']);
			walk(data.changesAhead, ['changesAhead']);
			data.channels.forEach((ch, c) => {
				ch.rules.forEach((rule, i) => {
					const at = ['channels', c, 'rules', i, 'until'];
					if (rule.until && rule.until < rule.from) ctx.addIssue({ code: 'custom', path: at, message: 'is before "from"' });
					const next = ch.rules[i + 1];
					if (!next) return;
					// Versions follow each other day by day: this one ends the day before the next begins.
					const end = dayBefore(next.from);
					if (!rule.until) {
						ctx.addIssue({ code: 'custom', path: at, message: `is missing: this version must end on ${end}, the day before the next version begins (${next.from})` });
					} else if (rule.until >= next.from) {
						ctx.addIssue({ code: 'custom', path: at, message: `must end before the next version begins (versions are oldest first, without overlap): end it on ${end}` });
					} else if (rule.until !== end) {
						ctx.addIssue({ code: 'custom', path: at, message: `leaves a gap: the next version begins ${next.from}, so this one must end on ${end} (no day without rules)` });
					}
				});
			});
		});

/** The calendar day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/**
 * The schemas for a registry of regimes: each channel names its regime `kind`, and its rule
 * versions follow that regime's schema. The site uses the full registry; a test may add a regime.
 */
export function dutySchemas(registry: Registry = regimes) {
	const channels = registry.map((regime) =>
		z.strictObject({
			id: z.string().regex(/^[a-z]+$/),
			kind: z.literal(regime.kind),
			name: bilingualText,
			/** Versions of the rules, oldest first; their date ranges must not overlap. */
			rules: z.array(regime.rules(schemaKit)).min(1),
		}),
	);
	const [first, ...rest] = channels;
	if (!first) throw new Error('The regime registry is empty');
	const dutyChannel = z.discriminatedUnion('kind', [first, ...rest]);
	return { dutyChannel, dutyDestination: destinationSchema(dutyChannel) };
}

const schemas = dutySchemas();
/** A channel of the site's registry: its rules follow its regime's schema. */
export const dutyChannel = schemas.dutyChannel as unknown as z.ZodType<DutyChannel>;
export const dutyDestination = schemas.dutyDestination as unknown as ReturnType<typeof destinationSchema<z.ZodType<DutyChannel>>>;
export type DutyDestination = z.output<typeof dutyDestination>;

/** A destination of any registry (the engine, glance and rules page accept a test's regimes too). */
export type AnyDestination = Omit<DutyDestination, 'channels'> & {
	channels: readonly { id: string; kind: string; name: DutyDestination['name']; rules: readonly { from: string; until?: string | undefined }[] }[];
};
