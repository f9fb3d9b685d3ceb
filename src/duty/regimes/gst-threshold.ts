/**
 * GST collected at checkout up to a threshold (research brief §6, §7): Australia A$1,000, and
 * the same shape for New Zealand and Singapore. At or under the threshold (goods value, transport
 * excluded) the seller or marketplace charges GST on the sale; nothing is collected at the border.
 * Above it: duty on the customs value (goods, transport excluded), GST on customs value + duty +
 * transport and insurance (Australia's "value of the taxable importation"), and government
 * charges by value band (import processing, biosecurity).
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { NEAR_LIMIT, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Goods value (transport and insurance excluded) up to which tax is collected at checkout. */
		threshold: k.money(),
		/** GST/VAT rate. */
		gst: k.percent,
		/** Duty when no category preset applies (Australia's general rate, 5%). */
		generalDuty: k.percent.optional(),
		categories: k.categoryRecord(k.z.object({ duty: k.percent, excise: k.z.boolean().default(false) })),
		/** Government charges above the threshold; each applies to goods values from `from` (inclusive) up to `below`. */
		charges: k.z
			.array(k.z.object({ key: k.z.string().regex(/^[a-z-]+$/), amount: k.money(), from: k.money(), below: k.money().optional() }))
			.default([]),
	});
export type GstThresholdRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: GstThresholdRules, digits: number): RegimeResult {
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const threshold = toMinor(rules.threshold.value, digits);
	const gstSources = rules.gst.source ? [rules.gst.source] : [];
	const warnings: DutyWarning[] = [];
	if (input.items.some((item) => rules.categories[item.category]?.excise)) warnings.push({ key: 'excise-not-included' });

	if (goods <= threshold) {
		if (goods >= threshold * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.threshold.value } });
		warnings.push({ key: 'checkout-tax-note', params: { limit: rules.threshold.value } });
		// Whether delivery is part of the checkout GST base is not confirmed: the goods only.
		const amount = applyRounded(goods, percent(rules.gst.value));
		return {
			regime: 'gst-at-checkout',
			total: amount,
			lines: [{ key: 'gst-at-checkout', base: goods, rate: rules.gst.value, amount, sources: gstSources, estimate: rules.gst.estimate, atCheckout: true }],
			warnings,
		};
	}
	warnings.push({ key: 'over-threshold', params: { limit: rules.threshold.value } });
	const { lines, duties, unknown } = dutyLines(
		input.items.map((item) => ({ category: item.category, base: item.value, preset: rules.categories[item.category]?.duty ?? rules.generalDuty })),
		input.dutyRate,
	);
	if (unknown) warnings.push({ key: 'tariff-not-included' });
	const taxable = goods + duties + extras;
	lines.push({ key: 'import-gst', base: taxable, rate: rules.gst.value, amount: applyRounded(taxable, percent(rules.gst.value)), sources: gstSources, estimate: rules.gst.estimate });
	for (const charge of rules.charges) {
		const from = toMinor(charge.from.value, digits);
		const below = charge.below ? toMinor(charge.below.value, digits) : Infinity;
		if (goods < from || goods >= below) continue;
		const amount = toMinor(charge.amount.value, digits);
		lines.push({ key: `charge.${charge.key}`, base: goods, rate: 0, amount, sources: charge.amount.source ? [charge.amount.source] : [], estimate: charge.amount.estimate });
	}
	return { regime: 'duty-and-gst', total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'gst-threshold', GstThresholdRules>['glance'] = (r, { currency }) => ({ key: 'checkout-gst', params: { limit: [r.threshold.value, currency], rate: r.gst.value } });

export const gstThreshold = defineRegime({
	kind: 'gst-threshold',
	calculate,
	inputs: ['duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['threshold', 'gst', 'generalDuty', 'categories', 'duty', 'excise', 'charges', 'key', 'amount', 'from', 'below'] } : SERVER_ONLY),
});
