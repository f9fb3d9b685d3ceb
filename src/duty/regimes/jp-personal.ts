/**
 * Japan, goods imported for personal use (research brief §7.1). Taxable value = 60% of the
 * overseas retail price, shipping excluded. A taxable value up to ¥10,000 is exempt, except
 * goods that never are (footwear, liquor…) — and for kinds where only some goods are excluded
 * (knitted clothing, leather bags) the result says so. Otherwise duty on the taxable value and
 * consumption tax on taxable value + duty.
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Share of the retail price that is taxed (60). */
		taxableShare: k.percent,
		exemption: k.money(),
		consumptionTax: k.percent,
		categories: k.categoryRecord(
			k.z.object({
				/** Left out where no rate is confirmed: the result then says duty is not included. */
				duty: k.percent.optional(),
				/** `always`: never exempt; `sometimes`: some goods of this kind are never exempt. */
				notExempt: k.z.enum(['always', 'sometimes']).optional(),
			}),
		),
	});
export type JpPersonalRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: JpPersonalRules, digits: number): RegimeResult {
	const share = percent(rules.taxableShare.value);
	const exemption = toMinor(rules.exemption.value, digits);
	const warnings: DutyWarning[] = [];
	const taxable = input.items.map((item) => ({ item, value: applyRounded(item.value, share), preset: rules.categories[item.category] }));
	const totalTaxable = taxable.reduce((sum, t) => sum + t.value, 0);
	const neverExempt = taxable.some((t) => t.preset?.notExempt === 'always');
	if (taxable.some((t) => t.preset?.notExempt === 'sometimes')) warnings.push({ key: 'jp.exemption-may-not-apply' });

	if (totalTaxable <= exemption && !neverExempt) {
		warnings.push({ key: 'jp.exempt', params: { exemption: rules.exemption.value } });
		// Shown for the record: the price, and the share of it that counts (nothing is payable).
		const price = input.items.reduce((sum, item) => sum + item.value, 0);
		const lines: BreakdownLine[] = [
			{ key: 'jp.taxable-value', base: price, rate: rules.taxableShare.value, amount: 0, sources: rules.taxableShare.source ? [rules.taxableShare.source] : [], estimate: rules.taxableShare.estimate },
		];
		return { regime: 'exempt', total: 0, lines, warnings };
	}
	const { lines, duties, unknown } = dutyLines(
		taxable.map(({ item, value, preset }) => ({ category: item.category, base: value, preset: preset?.duty })),
		input.dutyRate,
	);
	if (unknown) warnings.push({ key: 'tariff-not-included' });
	const base = totalTaxable + duties;
	lines.push({
		key: 'jp.consumption-tax',
		base,
		rate: rules.consumptionTax.value,
		amount: applyRounded(base, percent(rules.consumptionTax.value)),
		sources: rules.consumptionTax.source ? [rules.consumptionTax.source] : [],
		estimate: rules.consumptionTax.estimate,
	});
	return { regime: 'duty-and-tax', params: { share: rules.taxableShare.value }, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'jp-personal', JpPersonalRules>['glance'] = (r, { currency }) => ({ key: 'jp-personal', params: { exemption: [r.exemption.value, currency], share: r.taxableShare.value, ct: r.consumptionTax.value } });

export const jpPersonal = defineRegime({
	kind: 'jp-personal',
	calculate,
	inputs: ['duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['taxableShare', 'exemption', 'consumptionTax', 'categories', 'duty', 'notExempt'] } : SERVER_ONLY),
});
