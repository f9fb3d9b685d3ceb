/**
 * United Kingdom (research brief §4; facts memo GB.1–GB.7). At or under £135 of goods (shipping
 * not counted), VAT is charged at the point of sale and there is no customs duty; above it, duty is
 * due on the customs value (goods + transport + insurance, allocated by value) and import VAT on
 * customs value + duty. VAT is at the rate for the kind of goods (books 0%, most food 0%).
 *
 * Gifts from one private person to another: up to £39 nothing; up to £135 import VAT only, on
 * delivery; above £135 duty too, at a flat 2.5% up to £630 when that is lower than the tariff
 * ("only if it is to your advantage"), on the goods without the postage (which gift duty leaves
 * out), and VAT on all of it. Alcohol and tobacco (excise goods) are taxed at any value with
 * specific duties this calculator does not model.
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { rateFor, sourcesOf, vatLinesByFigure } from '../rates.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Goods (intrinsic value) up to this pay VAT at checkout and no duty (135). */
		threshold: k.money(),
		/** Gifts from one private person to another (£39; flat 2.5% duty up to £630). */
		gift: k.giftRelief,
		/** VAT: the standard rate and the kinds of goods with their own (books 0%). */
		vat: k.ratesByCategory(k.percent),
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
	const sum = (lines: readonly BreakdownLine[]) => lines.reduce((s, line) => s + line.amount, 0);

	/** VAT lines, one per rate (src/duty/rates.ts); a rate that varies inside its kind says so. */
	const vatLines = (key: string, bases: readonly { category: Category; base: number }[], extra: Partial<BreakdownLine> = {}): BreakdownLine[] =>
		vatLinesByFigure(key, bases, (category) => rateFor(rules.vat, category), extra, (category) => warnings.push({ key: 'gb.vat-varies', params: { category } }));

	const shares = allocate(extras, input.items.map((i) => i.value));
	const values = shares.map((extra, i) => input.items[i]!.value + extra);

	const gift = input.gift ? rules.gift : undefined;
	const giftExcluded = gift !== undefined && input.items.some((item) => gift.excluded.includes(item.category));
	if (giftExcluded) warnings.push({ key: 'gb.gift-excluded' });
	if (gift && !giftExcluded) {
		const params = { allowance: gift.allowance.value, limit: rules.threshold.value };
		if (goods <= toMinor(gift.allowance.value, digits)) {
			warnings.push({ key: 'gb.gift-relief', params: { allowance: gift.allowance.value } });
			return { regime: 'gift-relief', params, total: 0, lines: [], warnings };
		}
		if (goods <= threshold) {
			// Over the allowance but not over £135: import VAT on delivery, no duty.
			warnings.push({ key: 'gb.gift-vat-only', params });
			const lines: BreakdownLine[] = [
				...input.items.map((item, i): BreakdownLine => ({ key: 'duty', category: item.category, base: values[i]!, rate: 0, amount: 0, sources: sourcesOf(rules.threshold), estimate: false })),
				...vatLines('import-vat', input.items.map((item, i) => ({ category: item.category, base: values[i]! }))),
			];
			return { regime: 'gift-vat-only', params, total: sum(lines), lines, warnings };
		}
		// Over £135: duty on the goods without the postage (insurance counts), at the flat gift rate
		// up to £630 when it is lower than the tariff; import VAT on everything with the duty.
		const insurance = allocate(input.insurance ?? 0, input.items.map((i) => i.value));
		const flat = gift.flatDuty && goods <= toMinor(gift.flatDuty.upTo.value, digits) ? gift.flatDuty : undefined;
		let dutyUnknown = false;
		const duty = input.items.map((item, i): BreakdownLine => {
			const preset = rules.categories[item.category];
			if (!preset && input.dutyRate === undefined) dutyUnknown = true;
			const tariff = input.dutyRate ?? preset?.duty.value;
			const base = item.value + insurance[i]!;
			if (flat && (tariff === undefined || flat.rate.value < tariff)) {
				return { key: 'gb.gift-flat-duty-line', category: item.category, base, rate: flat.rate.value, amount: applyRounded(base, percent(flat.rate.value)), sources: sourcesOf(flat.rate, flat.upTo), estimate: flat.rate.estimate };
			}
			return {
				key: 'duty',
				category: item.category,
				base,
				rate: tariff ?? 0,
				amount: applyRounded(base, percent(tariff ?? 0)),
				sources: input.dutyRate === undefined && preset?.duty.source ? [preset.duty.source] : [],
				estimate: input.dutyRate === undefined && (preset?.duty.estimate ?? true),
			};
		});
		if (dutyUnknown && !flat) warnings.push({ key: 'tariff-not-included' });
		if (flat) warnings.push({ key: 'gb.gift-flat-duty', params: { rate: flat.rate.value, limit: flat.upTo.value } });
		warnings.push({ key: 'gb.gift-postage-excluded' });
		const lines = [...duty, ...vatLines('import-vat', input.items.map((item, i) => ({ category: item.category, base: values[i]! + duty[i]!.amount })))];
		// Up to £630 the flat rate caps the duty; above it the tariff applies in full.
		return flat
			? { regime: 'gift-flat-duty', params: { ...params, rate: flat.rate.value, threshold: flat.upTo.value }, total: sum(lines), lines, warnings }
			: { regime: 'gift-duty-and-vat', params, total: sum(lines), lines, warnings };
	}

	if (goods <= threshold) {
		// VAT on the sale price (goods and delivery), charged by the seller or marketplace at checkout.
		if (goods >= threshold * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.threshold.value } });
		warnings.push({ key: 'checkout-tax-note', params: { limit: rules.threshold.value } });
		const lines = vatLines('vat-at-checkout', input.items.map((item, i) => ({ category: item.category, base: values[i]! })), { atCheckout: true });
		return { regime: 'vat-at-checkout', params: { limit: rules.threshold.value }, total: sum(lines), lines, warnings };
	}
	// Above the threshold: duty and import VAT at the border.
	warnings.push({ key: 'over-threshold', params: { limit: rules.threshold.value } });
	let dutyUnknown = false;
	const duty = input.items.map((item, i): BreakdownLine => {
		const preset = rules.categories[item.category] ?? rules.categories.other;
		if (!preset && input.dutyRate === undefined) dutyUnknown = true;
		const rate = input.dutyRate ?? preset?.duty.value ?? 0;
		return {
			key: 'duty',
			category: item.category,
			base: values[i]!,
			rate,
			amount: applyRounded(values[i]!, percent(rate)),
			sources: input.dutyRate === undefined && preset?.duty.source ? [preset.duty.source] : [],
			estimate: input.dutyRate === undefined && (preset?.duty.estimate ?? true),
		};
	});
	if (dutyUnknown) warnings.push({ key: 'tariff-not-included' });
	const lines = [...duty, ...vatLines('import-vat', input.items.map((item, i) => ({ category: item.category, base: values[i]! + duty[i]!.amount })))];
	return { regime: 'duty-and-vat', params: { limit: rules.threshold.value }, total: sum(lines), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'gb-low-value', GbLowValueRules>['glance'] = (r, { currency }) => ({ key: 'checkout-vat', params: { limit: [r.threshold.value, currency], rate: r.vat.standard.value } });

export const gbLowValue = defineRegime({
	kind: 'gb-low-value',
	calculate,
	inputs: ['gift', 'duty'],
	checkout: (r: GbLowValueRules) => ({ limit: { value: r.threshold.value } }),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? { rules, glance, fields: ['threshold', 'gift', 'allowance', 'counts', 'above', 'excluded', 'flatDuty', 'rate', 'upTo', 'vat', 'standard', 'categories', 'duty', 'excise'] }
		: SERVER_ONLY),
});
