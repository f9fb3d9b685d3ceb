/**
 * Japan, goods imported for personal use. The customs value is 60% of the overseas retail price
 * (Customs Tariff Act Art. 4-6(2); Customs Answer 1405), shipping not added (`shippingInBase`, not
 * confirmed). A customs value up to ¥10,000 is exempt (Customs Answer 1006), except goods that never
 * are (footwear, liquor…) — and for kinds where only some goods are excluded (knitted clothing,
 * leather bags) the result says so. Otherwise duty on the customs value, and consumption tax on
 * customs value + duty (Consumption Tax Act Art. 28(4)) at 10%, or the reduced 8% on food and
 * non-alcoholic drinks (Customs Answer 1111). Gifts are taxed like purchases (Tokyo Customs).
 *
 * A bill of February 2026 repeals the 60% rule; its effective date was not confirmed, so the rule
 * stays and every result also gives what the purchase would cost on the full price.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { taxByRate } from '../tax-lines.ts';
import { variesWarnings } from '../varies.ts';
import { type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Share of the retail price that is the customs value (60); 100 once the special rule is repealed. */
		taxableShare: k.percent,
		/** Whether shipping and insurance are added to the customs value of a personal import. */
		shippingInBase: k.ruling,
		exemption: k.money(),
		/** Consumption tax for every kind of goods not given its own. */
		consumptionTax: k.percent,
		categories: k.categoryRecord(
			k.z.object({
				/** Left out where no rate is confirmed: the result then says duty is not included. */
				duty: k.percent.optional(),
				/** Consumption tax when it differs from the standard rate (food: the reduced 8%). */
				consumptionTax: k.percent.optional(),
				/** `always`: never exempt; `sometimes`: some goods of this kind are never exempt. */
				notExempt: k.z.enum(['always', 'sometimes']).optional(),
			}),
		),
		/** Gifts: no relief of their own (allowance 0): taxed like purchases, with the same exemption. */
		giftRelief: k.giftRelief,
	});
export type JpPersonalRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: JpPersonalRules, digits: number): RegimeResult {
	const result = withShare(input, rules, digits, rules.taxableShare);
	if (rules.taxableShare.value < 100) {
		// The same purchase on the full price: what it costs once the 60% rule is repealed.
		const full = withShare(input, rules, digits, { ...rules.taxableShare, value: 100 });
		if (full.total !== result.total) result.warnings.push({ key: 'jp.sixty-percent-repeal', params: { amount: full.total / 10 ** digits } });
		else result.warnings.push({ key: 'jp.sixty-percent-repeal-same' });
	}
	return result;
}

function withShare(input: DutyInput, rules: JpPersonalRules, digits: number, shareFigure: Figure): RegimeResult {
	const share = percent(shareFigure.value);
	const exemption = toMinor(rules.exemption.value, digits);
	const preset = (category: Category) => rules.categories[category];
	const ctOf = (category: Category): Figure => preset(category)?.consumptionTax ?? rules.consumptionTax;
	const warnings: DutyWarning[] = [];
	const categories = input.items.map((item) => item.category);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const shipping = rules.shippingInBase.value ? allocate(extras, input.items.map((item) => item.value)) : input.items.map(() => 0);
	const taxable = input.items.map((item, i) => ({ item, value: applyRounded(item.value, share) + shipping[i]!, preset: preset(item.category) }));
	const totalTaxable = taxable.reduce((sum, t) => sum + t.value, 0);
	const neverExempt = taxable.some((t) => t.preset?.notExempt === 'always');
	if (taxable.some((t) => t.preset?.notExempt === 'sometimes')) warnings.push({ key: 'jp.exemption-may-not-apply' });
	if (input.gift && rules.giftRelief.allowance.value === 0) warnings.push({ key: 'jp.gift' });
	const shippingUnsure = extras > 0 && rules.shippingInBase.estimate;
	if (shippingUnsure) warnings.push({ key: 'jp.shipping-not-confirmed' });
	const shareSources = shareFigure.source ? [shareFigure.source] : [];

	if (totalTaxable <= exemption && !neverExempt) {
		warnings.push({ key: 'jp.exempt', params: { exemption: rules.exemption.value } });
		// Shown for the record: the price, and the share of it that counts (nothing is payable).
		const price = input.items.reduce((sum, item) => sum + item.value, 0);
		const lines: BreakdownLine[] = [{ key: 'jp.taxable-value', base: price, rate: shareFigure.value, amount: 0, sources: shareSources, estimate: shareFigure.estimate }];
		return { regime: 'exempt', total: 0, lines, warnings };
	}
	warnings.push(...variesWarnings(categories, (c) => preset(c)?.duty, 'varies.duty'), ...variesWarnings(categories, ctOf, 'varies.ct'));
	const { lines, unknown } = dutyLines(
		taxable.map(({ item, value, preset }) => ({ category: item.category, base: value, preset: preset?.duty })),
		input.dutyRate,
	);
	if (unknown) warnings.push({ key: 'tariff-not-included' });
	// Consumption tax on customs value + duty, one line per rate (food at the reduced 8%).
	const bases = taxable.map((t, i) => ({ category: t.item.category, base: t.value + lines[i]!.amount }));
	const tax = taxByRate(bases, ctOf, 'jp.consumption-tax');
	if (shippingUnsure) tax.forEach((line) => (line.estimate = true));
	lines.push(...tax);
	warnings.push({ key: 'jp.simplified-rates' });
	return { regime: 'duty-and-tax', params: { share: shareFigure.value }, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'jp-personal', JpPersonalRules>['glance'] = (r, { currency }) => ({ key: 'jp-personal', params: { exemption: [r.exemption.value, currency], share: r.taxableShare.value, ct: r.consumptionTax.value } });

export const jpPersonal = defineRegime({
	kind: 'jp-personal',
	calculate,
	inputs: ['gift', 'duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? { rules, glance, fields: ['taxableShare', 'shippingInBase', 'exemption', 'consumptionTax', 'categories', 'duty', 'notExempt', 'giftRelief', 'allowance', 'counts', 'above', 'excluded'] }
		: SERVER_ONLY),
});
