/**
 * United Kingdom (research brief §4). At or under £135 of goods (shipping not counted), VAT is
 * charged at the point of sale and there is no customs duty; above it, duty is due on the customs
 * value (goods + transport + insurance, allocated by value) and import VAT on customs value +
 * duty. Gifts between private individuals up to £39 pay nothing. Alcohol and tobacco (excise
 * goods) are taxed at any value with specific duties this calculator does not model.
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		threshold: k.money(),
		giftAllowance: k.money(),
		vat: k.percent,
		categories: k.categoryRecord(k.z.object({ duty: k.percent, excise: k.z.boolean().default(false) })),
	});
export type GbLowValueRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: GbLowValueRules, digits: number): RegimeResult {
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const threshold = toMinor(rules.threshold.value, digits);
	const warnings: DutyWarning[] = [];
	const excise = input.items.some((item) => rules.categories[item.category]?.excise);
	if (excise) warnings.push({ key: 'excise-not-included' });

	if (input.gift && goods <= toMinor(rules.giftAllowance.value, digits)) {
		warnings.push({ key: 'gb.gift-relief', params: { allowance: rules.giftAllowance.value } });
		return { regime: 'gift-relief', total: 0, lines: [], warnings };
	}
	if (goods <= threshold && !input.gift) {
		// VAT on the sale price, charged by the seller or marketplace at checkout.
		const base = goods + extras;
		if (goods >= threshold * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.threshold.value } });
		warnings.push({ key: 'checkout-tax-note', params: { limit: rules.threshold.value } });
		return {
			regime: 'vat-at-checkout',
			total: applyRounded(base, percent(rules.vat.value)),
			lines: [{ key: 'vat-at-checkout', base, rate: rules.vat.value, amount: applyRounded(base, percent(rules.vat.value)), sources: rules.vat.source ? [rules.vat.source] : [], estimate: rules.vat.estimate, atCheckout: true }],
			warnings,
		};
	}
	// Above the threshold (or a gift above the allowance): duty and import VAT at the border.
	if (!input.gift) warnings.push({ key: 'over-threshold', params: { limit: rules.threshold.value } });
	const lines: BreakdownLine[] = [];
	const values = allocate(extras, input.items.map((i) => i.value)).map((extra, i) => input.items[i]!.value + extra);
	let duties = 0;
	let dutyUnknown = false;
	input.items.forEach((item, i) => {
		const preset = rules.categories[item.category] ?? rules.categories.other;
		if (!preset && input.dutyRate === undefined) dutyUnknown = true;
		const rate = input.dutyRate ?? preset?.duty.value ?? 0;
		const duty = input.gift && goods <= threshold ? 0 : applyRounded(values[i]!, percent(rate));
		duties += duty;
		lines.push({
			key: 'duty',
			category: item.category,
			base: values[i]!,
			rate: input.gift && goods <= threshold ? 0 : rate,
			amount: duty,
			sources: input.dutyRate === undefined && preset?.duty.source ? [preset.duty.source] : [],
			estimate: input.dutyRate === undefined && (preset?.duty.estimate ?? true),
		});
	});
	if (dutyUnknown && !(input.gift && goods <= threshold)) warnings.push({ key: 'tariff-not-included' });
	const vatBase = goods + extras + duties;
	lines.push({ key: 'import-vat', base: vatBase, rate: rules.vat.value, amount: applyRounded(vatBase, percent(rules.vat.value)), sources: rules.vat.source ? [rules.vat.source] : [], estimate: rules.vat.estimate });
	return { regime: 'duty-and-vat', total: lines.reduce((s, l) => s + l.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'gb-low-value', GbLowValueRules>['glance'] = (r, { currency }) => ({ key: 'checkout-vat', params: { limit: [r.threshold.value, currency], rate: r.vat.value } });

export const gbLowValue = defineRegime({
	kind: 'gb-low-value',
	calculate,
	inputs: ['gift', 'duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['threshold', 'giftAllowance', 'vat', 'categories', 'duty', 'excise'] } : SERVER_ONLY),
});
