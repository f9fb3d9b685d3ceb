/**
 * GST collected at checkout up to a threshold: Australia (A$1,000) and New Zealand (NZ$1,000).
 *
 * - At or under the threshold (the customs value: the goods, transport and insurance excluded) a
 *   seller or marketplace registered for GST charges it at checkout, on the price including the
 *   delivery and insurance it charges (`deliveryTaxedAtCheckout`), at each kind of goods' own rate
 *   (Australia: basic food is GST-free). Nothing is collected at the border, so a seller who is not
 *   registered, or a private gift (not a sale), leaves nothing to pay. A levy per consignment
 *   (New Zealand from 2026-04-01) applies at this value, whoever sends it.
 * - Goods that are never low-value goods (alcohol, tobacco) go through the border at any value.
 * - Above the threshold: duty on the customs value, GST on customs value + transport and insurance
 *   + duty (Australia's "value of the taxable importation"; New Zealand Customs' own examples), and
 *   government charges by value band. A gift above it may have an allowance taken off first
 *   (New Zealand's NZ$110 concession, on the excess). `notices` name charges known to apply that the
 *   calculator cannot include.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { borderLines, chargeLines, taxByRate, withShare } from '../tax-lines.ts';
import { variesWarnings } from '../varies.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Customs value of the goods (transport and insurance excluded) up to which GST is charged at checkout. */
		threshold: k.money(),
		/** GST rate for every kind of goods not given its own. */
		gst: k.percent,
		/** Whether the seller's GST at checkout is on the delivery and insurance it charges too. */
		deliveryTaxedAtCheckout: k.ruling,
		/** Duty when no category preset applies (Australia's general rate, 5%). */
		generalDuty: k.percent.optional(),
		categories: k.categoryRecord(
			k.z.object({
				duty: k.percent.optional(),
				/** GST for this kind of goods when it differs from `gst` (Australia: basic food 0%). */
				gst: k.percent.optional(),
				/** Excise (or excise-equivalent duty) also applies, which the calculator does not include. */
				excise: k.z.boolean().default(false),
				/** Never low-value goods: cleared at the border, with duty and GST, whatever the price. */
				alwaysAtBorder: k.ruling.optional(),
			}),
		),
		/**
		 * Gifts between private persons. At or under the threshold a gift is not a sale, so nothing is
		 * charged whatever this says; above it, up to `allowance` nothing is due, and over it the
		 * allowance comes off the value when `above` is `excess` (New Zealand's NZ$110 concession).
		 * Australia: 0, no gift relief.
		 */
		giftRelief: k.giftRelief,
		/** Levies per consignment at or under the threshold, each plus GST when `plusGst` (New Zealand's from 2026-04-01). */
		levies: k.z.array(k.z.object({ key: k.textKey, amount: k.money(), plusGst: k.z.boolean().default(false) })).default([]),
		/** Government charges above the threshold; each applies to goods values from `from` (inclusive) up to `below`. */
		charges: k.z
			.array(k.z.object({ key: k.z.string().regex(/^[a-z-]+$/), amount: k.money(), from: k.money(), below: k.money().optional() }))
			.default([]),
		/** Warnings (text keys of the destination) for a purchase at or under the threshold (a seller who charges no GST). */
		lowValueNotices: k.z.array(k.z.string().regex(/^[a-z0-9.-]+$/)).default([]),
		/** Warnings (text keys of the destination) shown above the threshold: charges that apply but are not included. */
		notices: k.z.array(k.z.string().regex(/^[a-z0-9.-]+$/)).default([]),
	});
export type GstThresholdRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: GstThresholdRules, digits: number): RegimeResult {
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const threshold = toMinor(rules.threshold.value, digits);
	const preset = (category: Category) => rules.categories[category];
	const gstOf = (category: Category): Figure => preset(category)?.gst ?? rules.gst;
	const warnings: DutyWarning[] = [];
	if (input.items.some((item) => preset(item.category)?.excise)) warnings.push({ key: 'excise-not-included' });
	warnings.push(...variesWarnings(input.items.map((item) => item.category), gstOf, 'varies.gst'));
	const atBorder = input.items.filter((item) => preset(item.category)?.alwaysAtBorder?.value);

	if (goods <= threshold && atBorder.length === 0) {
		if (goods >= threshold * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.threshold.value } });
		const levies = levyLines(rules, digits);
		if (input.gift) {
			warnings.push({ key: 'gst.gift-low-value', params: { limit: rules.threshold.value } });
			return { regime: 'gift-low-value', total: sum(levies), lines: levies, warnings };
		}
		warnings.push({ key: 'gst.checkout', params: { limit: rules.threshold.value } }, ...rules.lowValueNotices.map((key) => ({ key })));
		const bases = withShare(input.items, rules.deliveryTaxedAtCheckout.value ? extras : 0);
		const lines = [...taxByRate(bases, gstOf, 'gst-at-checkout', true), ...levies];
		// Delivery in the base rests on the ruling: an estimate when it is.
		if (extras > 0 && rules.deliveryTaxedAtCheckout.estimate) lines.forEach((line) => line.atCheckout && (line.estimate = true));
		return { regime: 'gst-at-checkout', total: sum(lines), lines, warnings };
	}

	const lowValue = goods <= threshold;
	if (lowValue) warnings.push({ key: 'gst.always-at-border' });
	else warnings.push({ key: 'over-threshold', params: { limit: rules.threshold.value } });
	// A gift above the threshold: nothing up to the allowance; over it, the allowance comes off the
	// value (shared by value) when only the excess is taxed.
	let items: { category: Category; value: number }[] = input.items;
	const relief = input.gift && !input.items.some((item) => rules.giftRelief.excluded.includes(item.category)) ? rules.giftRelief : undefined;
	const allowance = relief ? toMinor(relief.allowance.value, digits) : 0;
	if (relief && allowance > 0 && (relief.counts === 'goods' ? goods : goods + extras) <= allowance) {
		warnings.push({ key: 'gst.gift-relief', params: { allowance: relief.allowance.value } });
		return { regime: 'gift-relief', params: { allowance: relief.allowance.value }, total: 0, lines: [], warnings };
	}
	const excess = relief && allowance > 0 && relief.above === 'excess';
	if (excess) {
		const off = allocate(Math.min(allowance, goods), input.items.map((item) => item.value));
		items = input.items.map((item, i) => ({ category: item.category, value: item.value - off[i]! }));
		warnings.push({ key: 'gst.gift-allowance', params: { allowance: relief.allowance.value } });
	} else if (input.gift && !lowValue) warnings.push({ key: 'gst.gift-over', params: { limit: rules.threshold.value } });
	const border = borderLines(items, extras, { duty: (c) => preset(c)?.duty ?? rules.generalDuty, gst: gstOf }, input.dutyRate);
	if (border.unknown) warnings.push({ key: 'tariff-not-included' });
	const lines: BreakdownLine[] = [...border.lines, ...chargeLines(rules.charges, goods, digits)];
	if (excess && relief.allowance.estimate) lines.forEach((line) => (line.estimate = true));
	if (!lowValue) for (const key of rules.notices) warnings.push({ key });
	return { regime: lowValue ? 'gst-at-border' : 'duty-and-gst', total: sum(lines), lines, warnings };
}

const sum = (lines: readonly BreakdownLine[]) => lines.reduce((total, line) => total + line.amount, 0);

/** The levies per consignment, each followed by the GST on it when it bears GST. */
function levyLines(rules: GstThresholdRules, digits: number): BreakdownLine[] {
	return rules.levies.flatMap((levy) => {
		const amount = toMinor(levy.amount.value, digits);
		const sources = levy.amount.source ? [levy.amount.source] : [];
		const line: BreakdownLine = { key: `charge.${levy.key}`, base: 0, rate: 0, amount, sources, estimate: levy.amount.estimate };
		if (!levy.plusGst) return [line];
		const gst = { key: 'gst.on-levy', base: amount, rate: rules.gst.value, amount: applyRounded(amount, percent(rules.gst.value)), sources: rules.gst.source ? [rules.gst.source] : [], estimate: rules.gst.estimate };
		return [line, gst];
	});
}

/** The "at a glance" line. */
const glance: Regime<'gst-threshold', GstThresholdRules>['glance'] = (r, { currency }) => ({ key: 'checkout-gst', params: { limit: [r.threshold.value, currency], rate: r.gst.value } });

export const gstThreshold = defineRegime({
	kind: 'gst-threshold',
	calculate,
	inputs: ['gift', 'duty'],
	checkout: (r: GstThresholdRules) => ({ limit: { value: r.threshold.value } }),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? {
				rules,
				glance,
				fields: ['threshold', 'gst', 'deliveryTaxedAtCheckout', 'generalDuty', 'categories', 'duty', 'excise', 'alwaysAtBorder', 'giftRelief', 'allowance', 'counts', 'above', 'excluded', 'levies', 'key', 'amount', 'plusGst', 'charges', 'from', 'below', 'lowValueNotices', 'notices'],
			}
		: SERVER_ONLY),
});
