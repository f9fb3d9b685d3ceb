/**
 * Canada, mail and courier imports (research brief §5; facts memo CA.1–CA.7). Nothing is due up to the low-value limits
 * of the channel and origin (mail: CAD 20; courier: CAD 20, or from the US or Mexico duty-free to
 * CAD 150 and tax-free to CAD 40 under CUSMA); above a limit, on the full value. Duty on the value
 * for duty (the price, shipping excluded), then the sales taxes of the buyer's province or
 * territory (GST, HST, PST, RST, QST) on value for duty + duty, each rounded half up to the cent.
 * By mail, Canada Post adds a handling fee (a carrier fee, in the file's carrierFees) to every item on which duty or tax is due, and a gift
 * from a private person abroad pays nothing up to CAD 60 (duty and tax on the excess above it).
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { inForce } from '../../dates.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, numberRange, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

/**
 * Province taxes carry their own dates (Nova Scotia's HST cut of 2025-04-01), independent of the
 * channel's rule versions.
 */
const rules = (k: SchemaKit) => {
	const provinceTax = k.z.object({
		/** gst: federal; hst: federal and provincial in one (replaces gst); pst, rst, qst: provincial, beside gst. */
		tax: k.z.enum(['gst', 'hst', 'pst', 'rst', 'qst']),
		rate: k.percent,
		/**
		 * The rate for kinds of goods that differ (Ontario's HST on printed books: 5%, the provincial
		 * part rebated at the border). A rate that varies inside its kind says so (`varies`).
		 */
		categories: k.categoryRecord(k.percent).default({}),
		/** Left out: in force for every version of the channel's rules. */
		from: k.day.optional(),
		until: k.day.optional(),
	});
	return k.z
		.object({
			...k.dated,
			/**
			 * Duty-free and tax-free limits on the goods value (shipping excluded). The entry whose
			 * `origins` include the goods' origin applies; otherwise the one entry without `origins`.
			 */
			lowValue: k.z.array(k.z.object({ origins: k.z.array(k.country).min(1).optional(), dutyFree: k.money(), taxFree: k.money() })).min(1),
			/** Kinds of goods that never get the low-value exemption (by mail: books, alcohol): taxed at any value. */
			notExempt: k.z.array(k.category).default([]),
			/** A gift from a private person abroad: nothing due up to `allowance`; above it, duty and tax on the excess (`above: excess`). Left out: no gift relief by this channel. */
			gift: k.giftRelief.optional(),
			/** Duty for goods from these origins under a trade agreement (CUSMA: 0%), unless the reader gives a rate. */
			preferential: k.z.array(k.z.object({ origins: k.z.array(k.country).min(1), duty: k.percent })).default([]),
			categories: k.categoryRecord(k.z.object({ duty: k.percent.optional(), excise: k.z.boolean().default(false) })),
			/** Sales taxes by province or territory (the destination's `regions` codes). */
			provinces: k.z.record(k.country, k.datedEntries(provinceTax, 'tax')),
		})
		.refine((rules) => rules.lowValue.filter((entry) => !entry.origins).length === 1, {
			error: 'needs exactly one entry without `origins` (the limits for every other origin)',
			path: ['lowValue'],
		});
};
export type CaLowValueRules = RulesOf<typeof rules>;

const sourcesOf = (figure: Figure) => (figure.source ? [figure.source] : []);

/** A province's sales taxes in force on `date` (also the rules page's "at a glance"). */
export const provinceTaxesOn = <T extends { from?: string | undefined; until?: string | undefined }>(taxes: readonly T[], date: string): T[] =>
	taxes.filter((tax) => inForce(tax, date));

/** The limits for goods from every origin not listed (the schema requires exactly one such entry). */
function generalLimits(rules: CaLowValueRules) {
	const [general] = rules.lowValue.filter((entry) => !entry.origins);
	if (!general) throw new Error('ca-low-value rules without a general lowValue entry');
	return general;
}

function calculate(input: DutyInput, rules: CaLowValueRules, digits: number): RegimeResult | RegimeError {
	// The tax rates depend on the province: without a known one there is no answer.
	const region = input.region ?? '';
	const provinceTaxes = rules.provinces[region];
	if (!provinceTaxes) return { error: { key: 'unknown-region', params: { region } } };
	const taxes = provinceTaxesOn(provinceTaxes, input.date);
	if (taxes.length === 0) return { error: { key: 'no-rules-on-date', params: { date: input.date } } };

	const warnings: DutyWarning[] = [];
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const origin = input.origin?.toUpperCase();
	if (input.items.some((item) => rules.categories[item.category]?.excise)) warnings.push({ key: 'excise-not-included' });

	// What is taxed: each kind of goods with the value duty and tax apply to.
	let taxed: { category: Category; value: number }[] = [];
	let dutyDue = false;
	let taxDue = false;
	let regime = 'duty-and-tax';
	let params: Record<string, number> = {};

	const gift = input.gift ? rules.gift : undefined;
	if (input.gift && !rules.gift) warnings.push({ key: 'ca.gift-by-mail-only' });
	const giftExcluded = gift !== undefined && input.items.some((item) => gift.excluded.includes(item.category));
	if (giftExcluded) warnings.push({ key: 'ca.gift-excluded' });

	if (gift && !giftExcluded) {
		// A gift: the allowance replaces the low-value limit (the two are not combined).
		const allowance = toMinor(gift.allowance.value, digits);
		params = { allowance: gift.allowance.value };
		if (goods <= allowance) {
			warnings.push({ key: 'ca.gift', params });
			return { regime: 'gift', params, total: 0, lines: [], warnings };
		}
		if (gift.above === 'excess') {
			warnings.push({ key: 'ca.gift-excess', params });
			const excess = allocate(goods - allowance, input.items.map((item) => item.value));
			taxed = input.items.map((item, i) => ({ category: item.category, value: excess[i]! }));
		} else {
			warnings.push({ key: 'ca.gift-whole', params });
			taxed = input.items.map((item) => ({ ...item }));
		}
		dutyDue = taxDue = true;
		regime = 'gift-excess';
	} else {
		const fallback = generalLimits(rules);
		const limits = (origin && rules.lowValue.find((entry) => entry.origins?.includes(origin))) || fallback;
		const dutyFree = toMinor(limits.dutyFree.value, digits);
		const taxFree = toMinor(limits.taxFree.value, digits);
		// Named as the calculator page formats money parameters: limit (tax-free), threshold (duty-free).
		params = { limit: limits.taxFree.value, threshold: limits.dutyFree.value };
		const higherByOrigin = rules.lowValue.some(
			(entry) => entry.origins && (entry.dutyFree.value !== fallback.dutyFree.value || entry.taxFree.value !== fallback.taxFree.value),
		);
		if (!origin && higherByOrigin) warnings.push({ key: 'ca.origin-unknown' });

		dutyDue = goods > dutyFree;
		taxDue = goods > taxFree;
		// The nearest limit above the goods value, if the value is close to it.
		const next = [taxFree, dutyFree].filter((limit) => goods <= limit).sort((a, b) => a - b)[0];
		if (next !== undefined && goods >= next * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: next / 10 ** digits } });

		if (dutyDue || taxDue) {
			taxed = input.items.map((item) => ({ ...item }));
			if (taxDue && !dutyDue) {
				warnings.push({ key: 'ca.tax-only', params: { limit: limits.dutyFree.value } });
				regime = 'tax-only';
			}
		} else {
			// Under the limits, only goods that never get the exemption (books, alcohol by mail) are taxed.
			taxed = input.items.filter((item) => rules.notExempt.includes(item.category)).map((item) => ({ ...item }));
			if (taxed.length === 0) {
				warnings.push({ key: 'ca.exempt', params: { limit: limits.taxFree.value } });
				return { regime: 'exempt', params, total: 0, lines: [], warnings };
			}
			warnings.push({ key: 'ca.not-exempt', params: { limit: limits.taxFree.value } });
			dutyDue = taxDue = true;
			regime = 'not-exempt';
		}
	}

	const lines: BreakdownLine[] = [];
	/** The duty on each taxed kind of goods, in the order of `taxed` (dutyLines keeps it). */
	let dutyOn: readonly number[] = [];
	if (dutyDue) {
		const preferential = origin ? rules.preferential.find((p) => p.origins.includes(origin)) : undefined;
		const duty = dutyLines(
			taxed.map((t) => ({ category: t.category, base: t.value, preset: preferential?.duty ?? rules.categories[t.category]?.duty })),
			input.dutyRate,
		);
		if (preferential && input.dutyRate === undefined) warnings.push({ key: 'ca.cusma' });
		if (duty.unknown) warnings.push({ key: 'tariff-not-included' });
		lines.push(...duty.lines);
		dutyOn = duty.lines.map((line) => line.amount);
	}
	if (taxDue) {
		// Each tax on value for duty + duty, one line per rate: a kind of goods may have its own.
		for (const tax of taxes) {
			if (taxed.length === 1) {
				// One kind of goods (the form's case): one line per tax.
				const t = taxed[0]!;
				const figure = tax.categories[t.category] ?? tax.rate;
				if (figure.varies) warnings.push({ key: 'ca.tax-varies', params: { category: t.category } });
				const base = t.value + (dutyOn[0] ?? 0);
				const line: BreakdownLine = { key: `ca.${tax.tax}`, base, rate: figure.value, amount: applyRounded(base, percent(figure.value)), sources: sourcesOf(figure), estimate: figure.estimate };
				// Named by its kind of goods when the kind has its own rate (books in Ontario: 5%).
				if (figure !== tax.rate) line.category = t.category;
				lines.push(line);
				if (tax.tax === 'qst' && tax.rate.estimate) warnings.push({ key: 'ca.qst-unconfirmed' });
				continue;
			}
			const groups = new Map<Figure, { categories: Category[]; base: number }>();
			for (const [i, t] of taxed.entries()) {
				const figure = tax.categories[t.category] ?? tax.rate;
				const group = groups.get(figure) ?? { categories: [], base: 0 };
				group.categories.push(t.category);
				group.base += t.value + (dutyOn[i] ?? 0);
				groups.set(figure, group);
				if (figure.varies) warnings.push({ key: 'ca.tax-varies', params: { category: t.category } });
			}
			for (const [figure, { categories, base }] of groups) {
				lines.push({
					key: `ca.${tax.tax}`,
					...(categories.length === 1 && figure !== tax.rate ? { category: categories[0]! } : {}),
					base,
					rate: figure.value,
					amount: applyRounded(base, percent(figure.value)),
					sources: sourcesOf(figure),
					estimate: figure.estimate,
				});
			}
			if (tax.tax === 'qst' && tax.rate.estimate) warnings.push({ key: 'ca.qst-unconfirmed' });
		}
	}
	// Canada Post's handling fee is a carrier fee: content/duty/ca.yaml `carrierFees`, added by the engine.
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'ca-low-value', CaLowValueRules>['glance'] = (r, { date, currency }) => {
	const taxes = Object.values(r.provinces).map((list) => provinceTaxesOn(list, date).reduce((sum, t) => sum + t.rate.value, 0));
	return { key: 'ca', params: { limit: [generalLimits(r).taxFree.value, currency], tax: numberRange(taxes.map((v) => Math.round(v * 1000) / 1000)) } };
};

export const caLowValue = defineRegime({
	kind: 'ca-low-value',
	calculate,
	inputs: ['gift', 'region', 'origin', 'duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['lowValue', 'origins', 'dutyFree', 'taxFree', 'notExempt', 'gift', 'allowance', 'counts', 'above', 'excluded', 'flatDuty', 'upTo', 'preferential', 'duty', 'categories', 'excise', 'provinces', 'tax', 'rate', 'from', 'until'] } : SERVER_ONLY),
});
