/**
 * China, cross-border e-commerce retail import (跨境电商零售进口, 综合税; 财关税〔2016〕18号 and
 * 〔2018〕49号): the dutiable price is the actual transaction price, shipping and insurance
 * included. Inside the limits (order ≤ CNY 5,000 and the year's total ≤ CNY 26,000) tariff is 0%
 * and VAT and consumption tax are payable at 70%; both are levied on the composite price
 * (price + tariff) / (1 − consumption-tax rate), at each kind of goods' VAT rate (books 9%).
 *
 * What the channel cannot take (`notAllowed`, with the full tax for the record): an order over the
 * order limit holding more than one item (it must be split), an order that takes the year past the
 * annual limit (managed as an ordinary import), and a gift from a private person (the channel sells
 * to buyers; gifts come as personal articles). A single indivisible item over the order limit may
 * come through the channel, taxed in full, and counts toward the year.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, allocate, minus, one, over, percent, times, toMinor } from '../money.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { variesWarnings } from '../varies.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		orderLimit: k.money(),
		annualLimit: k.money(),
		/** Share of VAT and consumption tax payable inside the limits (70). */
		taxShareWithinLimits: k.percent,
		/** Tariff inside the limits (0). */
		tariffWithinLimits: k.percent,
		/** `other` applies to every kind of goods not listed. */
		categories: k.categoryRecordWithOther(
			k.z.object({
				vat: k.percent,
				consumptionTax: k.percent,
				tariff: k.percent.optional(),
				/** A higher consumption tax from a unit price up (watches of CNY 10,000 or more: 20%). */
				highValue: k.z.object({ from: k.money(), consumptionTax: k.percent }).optional(),
				/** Goods of this kind may not be on the list of goods the channel may sell (books): the reader is told. */
				mayNotBeListed: k.ruling.optional(),
			}),
		),
		/** Gifts: the channel sells to buyers, so a gift from a private person cannot come this way (allowance 0). */
		giftRelief: k.giftRelief,
		/** The shop, platform or logistics firm collects the tax with the order (代收代缴): nothing on delivery. */
		collectedAtCheckout: k.ruling.optional(),
	});
export type CnCbecRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: CnCbecRules, digits: number): RegimeResult {
	const orderLimit = toMinor(rules.orderLimit.value, digits);
	const annualLimit = toMinor(rules.annualLimit.value, digits);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const order = goods + extras;
	const yearTotal = (input.spent ?? 0) + order;
	const warnings: DutyWarning[] = [];

	let regime: string;
	let notAllowed: DutyWarning | undefined;
	if (yearTotal > annualLimit) {
		regime = 'over-annual-limit';
		warnings.push({ key: 'cn.cbec.over-annual-limit', params: { limit: rules.annualLimit.value } });
		notAllowed = { key: 'cn.cbec.not-allowed-annual', params: { limit: rules.annualLimit.value } };
	} else if (order > orderLimit) {
		regime = input.single ? 'full-tax' : 'over-order-limit';
		warnings.push({
			key: input.single ? 'cn.cbec.single-item-full-tax' : 'cn.cbec.over-order-limit',
			params: { limit: rules.orderLimit.value },
		});
		if (!input.single) notAllowed = { key: 'cn.cbec.not-allowed-order', params: { limit: rules.orderLimit.value } };
	} else {
		regime = 'within-limits';
		if (order >= orderLimit * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.orderLimit.value } });
		if (yearTotal >= annualLimit * NEAR_LIMIT) warnings.push({ key: 'cn.cbec.near-annual-limit', params: { limit: rules.annualLimit.value } });
	}
	if (input.gift && rules.giftRelief.allowance.value === 0) {
		warnings.push({ key: 'cn.cbec.gift' });
		notAllowed ??= { key: 'cn.cbec.not-allowed-gift' };
	}
	const presetOf = (category: DutyInput['items'][number]['category']) => rules.categories[category] ?? rules.categories.other;
	const categories = input.items.map((item) => item.category);
	warnings.push(...variesWarnings(categories, (c) => presetOf(c).vat, 'varies.vat'), ...variesWarnings(categories, (c) => presetOf(c).consumptionTax, 'varies.ct'));
	if (categories.some((c) => presetOf(c).mayNotBeListed?.value)) warnings.push({ key: 'cn.cbec.may-not-be-listed' });
	const withinLimits = regime === 'within-limits';
	const share: Figure | undefined = withinLimits ? rules.taxShareWithinLimits : undefined;
	const shareFraction = share ? percent(share.value) : one;

	// Shipping and insurance are part of each item's dutiable price, in proportion to its value.
	const bases = allocate(extras, input.items.map((i) => i.value)).map((extra, i) => input.items[i]!.value + extra);
	const lines: BreakdownLine[] = [];
	let tariffMissing = false;
	input.items.forEach((item, i) => {
		const base = bases[i]!;
		const preset = rules.categories[item.category] ?? rules.categories.other;
		const highValue = preset.highValue && item.value >= toMinor(preset.highValue.from.value, digits) ? preset.highValue : undefined;
		const ct: Figure = highValue ? highValue.consumptionTax : preset.consumptionTax;
		let tariff: Figure | undefined = withinLimits ? rules.tariffWithinLimits : preset.tariff;
		if (!withinLimits && input.dutyRate !== undefined) tariff = { value: input.dutyRate, source: 'user', estimate: false, unit: 'percent' };
		if (!tariff) tariffMissing = true;
		const tariffRate = tariff?.value ?? 0;
		const tariffAmount = applyRounded(base, percent(tariffRate));
		// Composite price: (price + tariff) / (1 − consumption-tax rate).
		const composite = applyRounded(base + tariffAmount, over(one, minus(one, percent(ct.value))));
		const common = { category: item.category };
		if (tariff || !withinLimits) {
			lines.push({
				...common,
				key: withinLimits ? 'cn.cbec.tariff-within-limits' : 'cn.tariff',
				base,
				rate: tariffRate,
				amount: tariffAmount,
				sources: tariff?.source ? [tariff.source] : [],
				estimate: tariff?.estimate ?? true,
			});
		}
		if (ct.value > 0) {
			lines.push({
				...common,
				key: 'cn.consumption-tax',
				base: composite,
				rate: ct.value,
				...(share ? { share: share.value } : {}),
				amount: applyRounded(composite, times(percent(ct.value), shareFraction)),
				sources: [ct.source, share?.source].filter((id): id is string => Boolean(id)),
				estimate: ct.estimate,
			});
		}
		lines.push({
			...common,
			key: 'cn.vat',
			base: composite,
			rate: preset.vat.value,
			...(share ? { share: share.value } : {}),
			amount: applyRounded(composite, times(percent(preset.vat.value), shareFraction)),
			sources: [preset.vat.source, share?.source].filter((id): id is string => Boolean(id)),
			estimate: preset.vat.estimate,
		});
	});
	if (tariffMissing) warnings.push({ key: 'tariff-not-included' });
	// Collected with the order, where the channel may take it at all.
	if (rules.collectedAtCheckout?.value && !notAllowed) for (const line of lines) line.atCheckout = true;
	const params = { limit: rules.orderLimit.value, annual: rules.annualLimit.value, share: rules.taxShareWithinLimits.value };
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings, ...(notAllowed ? { notAllowed } : {}) };
}

/** The "at a glance" line. */
const glance: Regime<'cn-cbec', CnCbecRules>['glance'] = (r, { currency }) => ({
	key: 'cn-cbec',
	params: { order: [r.orderLimit.value, currency], annual: [r.annualLimit.value, currency], share: r.taxShareWithinLimits.value, vat: r.categories.other.vat.value },
});

export const cnCbec = defineRegime({
	kind: 'cn-cbec',
	calculate,
	inputs: ['gift', 'spent', 'single', 'duty'],
	checkout: (r: CnCbecRules) => (r.collectedAtCheckout?.value ? {} : undefined),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['orderLimit', 'annualLimit', 'taxShareWithinLimits', 'tariffWithinLimits', 'categories', 'vat', 'consumptionTax', 'tariff', 'highValue', 'from', 'mayNotBeListed', 'giftRelief', 'allowance', 'counts', 'above', 'excluded', 'collectedAtCheckout'] } : SERVER_ONLY),
});
