/**
 * GST collected at checkout up to a threshold (research brief §6, §7): Australia A$1,000, and
 * the same shape for New Zealand and Singapore. At or under the threshold (goods value, transport
 * excluded) the seller or marketplace charges GST on the sale; nothing is collected at the border.
 * Above it: duty on the customs value (goods, transport excluded), GST on customs value + duty +
 * transport and insurance (Australia's "value of the taxable importation"), and government
 * charges by value band (import processing, biosecurity).
 */
import type { GstThresholdRules } from '../schemas/duty.ts';
import { applyRounded, percent, toMinor } from './money.ts';
import { dutyLines } from './duty-lines.ts';
import { NEAR_LIMIT, type DutyInput, type DutyWarning, type RegimeResult } from './types.ts';

export function gstThreshold(input: DutyInput, rules: GstThresholdRules, digits: number): RegimeResult {
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
