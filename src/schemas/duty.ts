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

import { categories, type Category } from '../duty/categories.ts';
export { categories, type Category };

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
		/** What the figure covers or why it is uncertain, in both languages. */
		note: bilingualText.optional(),
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

/**
 * Canada (research brief §5). Mail and courier imports pay nothing up to a low-value limit that
 * depends on the channel and, by courier, on where the goods come from (CUSMA, since 2020-07-01:
 * from the US or Mexico, duty-free to CAD 150 and tax-free to CAD 40); above a limit, on the full
 * value. Duty on the value for duty (shipping excluded), then the sales taxes of the buyer's
 * province on value + duty. Province taxes carry their own dates (Nova Scotia's HST cut of
 * 2025-04-01), independent of the channel's rule versions.
 */
const caCountry = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 country code, e.g. US' });
const caProvinceTax = z.object({
	/** gst: federal; hst: federal and provincial in one (replaces gst); pst, rst, qst: provincial, beside gst. */
	tax: z.enum(['gst', 'hst', 'pst', 'rst', 'qst']),
	rate: percent,
	/** Left out: in force for every version of the channel's rules. */
	from: calendarDate.optional(),
	until: calendarDate.optional(),
});
const caLowValueRules = z
	.object({
		...dated,
		/**
		 * Duty-free and tax-free limits on the goods value (shipping excluded). The entry whose
		 * `origins` include the goods' origin applies; otherwise the one entry without `origins`.
		 */
		lowValue: z
			.array(z.object({ origins: z.array(caCountry).min(1).optional(), dutyFree: amount, taxFree: amount }))
			.min(1),
		/** Kinds of goods that never get the low-value exemption (by mail: books, alcohol): taxed at any value. */
		notExempt: z.array(z.enum(categories)).default([]),
		/** A gift from a private person abroad: nothing due up to `allowance`; above it, duty and tax on the excess. */
		gift: z.object({ allowance: amount, excluded: z.array(z.enum(categories)).default([]) }).optional(),
		/** Duty for goods from these origins under a trade agreement (CUSMA: 0%), unless the reader gives a rate. */
		preferential: z.array(z.object({ origins: z.array(caCountry).min(1), duty: percent })).default([]),
		categories: z.partialRecord(z.enum(categories), z.object({ duty: percent.optional(), excise: z.boolean().default(false) })),
		/** Sales taxes by province or territory (the destination's `regions` codes). */
		provinces: z.record(caCountry, z.array(caProvinceTax).min(1)),
	})
	.superRefine((rules, ctx) => {
		if (rules.lowValue.filter((entry) => !entry.origins).length !== 1) {
			ctx.addIssue({ code: 'custom', path: ['lowValue'], message: 'needs exactly one entry without `origins` (the limits for every other origin)' });
		}
		const day = (date: Date | undefined, fallback: string) => (date ? date.toISOString().slice(0, 10) : fallback);
		for (const [province, taxes] of Object.entries(rules.provinces)) {
			taxes.forEach((a, i) => {
				if (a.from && a.until && a.until < a.from) ctx.addIssue({ code: 'custom', path: ['provinces', province, i, 'until'], message: 'is before "from"' });
				taxes.forEach((b, j) => {
					if (j <= i || a.tax !== b.tax) return;
					const overlap = day(a.from, '0000') <= day(b.until, '9999') && day(b.from, '0000') <= day(a.until, '9999');
					if (overlap) ctx.addIssue({ code: 'custom', path: ['provinces', province, j], message: `overlaps another "${a.tax}" entry: give them dates that do not overlap` });
				});
			});
		}
	});

/**
 * South Korea (research brief §7.2): goods for personal use pay nothing up to USD 150, or USD 200
 * for goods shipped from the US that go through list clearance (목록통관); food, supplements,
 * cosmetics and medicines go through general clearance and keep USD 150. The limits are in US
 * dollars, not won (the reader's KRW-per-USD rate converts them), on the goods price, international
 * shipping excluded. Above the limit, on the whole value: duty on CIF (goods + shipping +
 * insurance) and VAT on CIF + duty.
 */
const krOrigin = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 country code, e.g. US' });
const krPersonalRules = z.object({
	...dated,
	/** In US dollars. */
	thresholdUSD: figure,
	/** Higher limits, in US dollars, for list-clearance goods shipped from these origins (US: 200). */
	listClearance: z.array(z.object({ origins: z.array(krOrigin).min(1), thresholdUSD: figure })).default([]),
	vat: percent,
	categories: z.partialRecord(
		z.enum(categories),
		z.object({
			/** Left out where no rate is known: the result then says duty is not included. */
			duty: percent.optional(),
			/** General clearance (일반통관): a parcel holding such goods never gets the higher list-clearance limit. */
			generalClearance: z.boolean().default(false),
			/** VAT for this kind of goods when it differs from `vat` (books: exempt). */
			vat: percent.optional(),
			/** Liquor tax and education tax apply, which the calculator does not include. */
			excise: z.boolean().default(false),
		}),
	),
});

/**
 * United States (research brief §2): no de minimis since 2025-08-29; duty on the goods value,
 * transport and insurance excluded; no federal VAT. `full`: the MFN duty per kind of goods, every
 * additional tariff layer for the goods' origin, and the entry fee (flat up to the informal-entry
 * limit, MPF by value above it). `in-lieu`: post pays only the listed layers, in lieu of all other
 * duties (EO 14324 §3, EO 14388), and no entry fee. Bona fide gifts up to the allowance are free.
 */
const usOrigin = z.string().regex(/^([A-Z]{2}|other)$/, { error: 'must be an ISO 3166-1 country code, e.g. CN, or "other"' });
const usLayer = z.object({
	/** Its breakdown line's text key is `us.<key>` (e.g. section-301). */
	key: z.string().regex(/^[a-z0-9-]+$/),
	/** Rate by country of origin; `other` for every origin not listed. An origin without a rate does not pay this layer. */
	rates: z.record(usOrigin, percent),
	/** A different rate for some kinds of goods (the Section 301 lists), for the origins that pay. */
	categories: z.partialRecord(z.enum(categories), percent).default({}),
	/** Kinds of goods of which some are exempt (Section 122: certain electronics): the result says so (`us.<key>-exemptions`). */
	partlyExempt: z.array(z.enum(categories)).default([]),
	/** Every origin pays but only the listed rates are known: others are told it is not included (`us.<key>-not-included`). */
	otherOriginsUnknown: z.boolean().default(false),
	/** Post only: a flat duty per item the carrier could pay instead, by band of the origin's rate (`from` inclusive, ascending). */
	flatOption: z.array(z.object({ from: percent, amount })).default([]),
});
const usRules = z.object({
	...dated,
	duties: z.enum(['full', 'in-lieu']),
	/** Bona fide gifts up to this value (goods) pay nothing (100). */
	giftAllowance: amount,
	/** Column 1 General (MFN) duty by kind of goods, `full` only; left out where no preset is known. */
	mfn: z.partialRecord(z.enum(categories), percent).default({}),
	/** Kinds of goods that also pay federal excise tax, which is not included. */
	excise: z.array(z.enum(categories)).default([]),
	layers: z.array(usLayer).default([]),
	/** Entry fees; left out where none is charged (post paying a duty in lieu). */
	entry: z
		.object({
			/** Goods up to this value (inclusive) clear on an informal entry (2,500). */
			informalLimit: amount,
			/** The flat fee of an informal entry: its text key is `us.<key>`. */
			informalFee: z.object({ key: z.string().regex(/^[a-z0-9-]+$/), amount }),
			/** MPF on a formal entry: a percentage of the goods value, between a minimum and a maximum. */
			formalFee: z.object({ rate: percent, min: amount, max: amount }),
		})
		.optional(),
	/** Origins whose goods may qualify for duty-free treatment (USMCA, American goods returned): the result says so. */
	preferenceOrigins: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
	/** Warnings shown whenever this version applies (text keys, e.g. us.section-122-lapsed). */
	notices: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
});

/**
 * European Union (research brief §3): a parcel from outside the EU to a consumer in one member
 * state (`input.region`). Low-value parcels (goods worth up to €150, transport excluded) pay no
 * duty until 2026-06-30, a flat amount per tariff subheading from 2026-07-01 to 2028-06-30, and the
 * normal tariff after; VAT at checkout (IOSS) or at the border. Above €150: duty on the customs
 * value (goods + transport + insurance) and import VAT on customs value + duty. Each member
 * state's standard VAT rate and national parcel fees carry their own dates, independent of the
 * rule versions.
 */
export const euStates = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;
export type EuState = (typeof euStates)[number];
const euState = z.enum(euStates, { error: 'must be an EU member state code (Greece is GR)' });
/** A state's standard VAT rate, oldest first: the first entry needs no date (in force when the rules begin). */
const euVatHistory = z
	.array(z.object({ from: calendarDate.optional(), rate: percent }))
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
/** A yes/no rule with its provenance: like a figure, one no source confirms must be an estimate. */
const euRuling = z
	.object({ value: z.boolean(), source: sourceId.optional(), estimate: z.boolean().default(false), note: bilingualText.optional() })
	.refine((f) => f.estimate || f.source !== undefined, { error: 'needs a source, or estimate: true if none confirms it', path: ['source'] });
/** A member state's own charge on low-value parcels from outside the EU (not duty, not in the VAT base). */
const euNationalFee = z
	.object({
		/** Its breakdown line's text key is `charge.<key>` (in the destination's `text:`). */
		key: z.string().regex(/^[a-z-]+$/),
		region: euState,
		from: calendarDate,
		until: calendarDate.optional(),
		/** Once per parcel, or once per kind of goods (declaration line). */
		per: z.enum(['parcel', 'line']),
		/** In `currency`, major units. */
		amount,
		currency: z.string().regex(/^[A-Z]{3}$/).default('EUR'),
		/** Euros per unit of `currency` when the reader gives no rate (`input.fx`). */
		fallbackFx: figure.optional(),
		/** Applies to goods (intrinsic value, euros) below `below`, or up to and including `upTo`. */
		below: amount.optional(),
		upTo: amount.optional(),
	})
	.refine((fee) => (fee.below === undefined) !== (fee.upTo === undefined), { error: 'give exactly one of `below` or `upTo`' })
	.refine((fee) => fee.currency === 'EUR' || fee.fallbackFx !== undefined, { error: 'a fee in another currency needs `fallbackFx`', path: ['fallbackFx'] });
const euParcelRules = z.object({
	...dated,
	/** Intrinsic value (goods only, transport and insurance excluded) up to which a parcel is low-value (150). */
	lowValue: amount,
	/** Duty on a low-value parcel: none (relief), a flat amount per distinct tariff subheading, or the normal tariff. */
	lowValueDuty: z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('relief') }),
		z.object({ kind: z.literal('flat'), perSubheading: amount }),
		z.object({ kind: z.literal('tariff') }),
	]),
	/** Whether VAT is counted on a low-value parcel's duty when the VAT is charged at checkout. */
	vatOnCheckoutDuty: euRuling,
	/** Standard VAT rate of every member state; reduced rates are not modelled. */
	vat: z.record(euState, euVatHistory),
	categories: z.partialRecord(
		z.enum(categories),
		z.object({
			/** Third-country duty; left out where no rate is known (the result says duty is not included). */
			duty: percent.optional(),
			/** Excise goods: never in the duty relief, no VAT at checkout; the excise is not calculated. */
			excise: z.boolean().default(false),
			/** A reduced VAT rate may apply (books, food): the standard rate is used and the result says so. */
			reducedVat: z.boolean().default(false),
		}),
	),
	fees: z.array(euNationalFee).default([]),
	/** The EU handling fee, announced but unconfirmed: from `from`, a warning only. */
	handlingFee: z.object({ from: calendarDate, perItem: amount }).optional(),
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
	channel('eu-parcel', euParcelRules),
	channel('ca-low-value', caLowValueRules),
	channel('kr-personal', krPersonalRules),
	channel('us-entry', usRules),
]);
export type DutyChannel = z.infer<typeof dutyChannel>;
export type CnCbecRules = z.infer<typeof cnCbecRules>;
export type CnPostalRules = z.infer<typeof cnPostalRules>;
export type GbLowValueRules = z.infer<typeof gbLowValueRules>;
export type GstThresholdRules = z.infer<typeof gstThresholdRules>;
export type JpPersonalRules = z.infer<typeof jpPersonalRules>;
export type EuParcelRules = z.infer<typeof euParcelRules>;
export type CaLowValueRules = z.infer<typeof caLowValueRules>;
export type KrPersonalRules = z.infer<typeof krPersonalRules>;
export type UsRules = z.infer<typeof usRules>;

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
		/** Regions whose rules differ (EU member states, Canadian provinces): `input.region` picks one. */
		regions: z
			.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: bilingualText, currency: z.string().regex(/^[A-Z]{3}$/).optional() }))
			.default([]),
		/**
		 * Words for this destination's breakdown lines and warnings (keys such as "us.section-122"),
		 * in both languages; `{name}` marks a parameter. Keys shared by every destination are in
		 * content/duty-text.yaml.
		 */
		text: z.record(z.string().regex(/^[a-z0-9.-]+$/), bilingualText).default({}),
		/**
		 * What carriers charge for clearing a parcel and advancing the tax (not a government charge):
		 * shown apart from the taxes and added to the landed cost, only when something is due on
		 * delivery. `percentOfTax`: the fee is this share of the tax advanced when that is more.
		 */
		carrierFees: z
			.array(
				z.object({
					key: z.string().regex(/^[a-z0-9.-]+$/),
					name: bilingualText,
					channel: z.string().optional(),
					amount,
					percentOfTax: percent.optional(),
					from: calendarDate.optional(),
					until: calendarDate.optional(),
				}),
			)
			.default([]),
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
