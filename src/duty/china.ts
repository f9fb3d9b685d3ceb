/**
 * China's two channels for personal imports (research brief §1).
 *
 * Cross-border e-commerce (跨境电商零售进口, 综合税): the dutiable price includes shipping and
 * insurance. Inside the limits (order ≤ 5,000 and the year's total ≤ 26,000) tariff is 0% and
 * VAT and consumption tax are payable at 70%; both are levied on the composite price
 * (price + tariff) / (1 − consumption-tax rate). A single indivisible item over the order limit,
 * or an order that takes the year past the annual limit, is taxed in full.
 *
 * Personal articles (行邮税): one rate per category covers duty, VAT and consumption tax, on the
 * declared price; a total tax of CNY 50 or less is waived (not deducted); the parcel's value is
 * limited (CNY 2,000 since 2024-12-01) unless it holds one indivisible item.
 */
import type { CnCbecRules, CnPostalRules, Figure } from '../schemas/duty.ts';
import { allocate, applyRounded, minus, one, over, percent, times, toMinor } from './money.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from './types.ts';

export function cnCbec(input: DutyInput, rules: CnCbecRules, digits: number): RegimeResult {
	const orderLimit = toMinor(rules.orderLimit.value, digits);
	const annualLimit = toMinor(rules.annualLimit.value, digits);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const order = goods + extras;
	const yearTotal = (input.spent ?? 0) + order;
	const warnings: DutyWarning[] = [];

	let regime: string;
	if (yearTotal > annualLimit) {
		regime = 'over-annual-limit';
		warnings.push({ key: 'cn.cbec.over-annual-limit', params: { limit: rules.annualLimit.value } });
	} else if (order > orderLimit) {
		regime = input.single ? 'full-tax' : 'over-order-limit';
		warnings.push({
			key: input.single ? 'cn.cbec.single-item-full-tax' : 'cn.cbec.over-order-limit',
			params: { limit: rules.orderLimit.value },
		});
	} else {
		regime = 'within-limits';
		if (order >= orderLimit * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.orderLimit.value } });
		if (yearTotal >= annualLimit * NEAR_LIMIT) warnings.push({ key: 'cn.cbec.near-annual-limit', params: { limit: rules.annualLimit.value } });
	}
	const withinLimits = regime === 'within-limits';
	const share: Figure | undefined = withinLimits ? rules.taxShareWithinLimits : undefined;
	const shareFraction = share ? percent(share.value) : one;

	// Shipping and insurance are part of each item's dutiable price, in proportion to its value.
	const bases = allocate(extras, input.items.map((i) => i.value)).map((extra, i) => input.items[i]!.value + extra);
	const lines: BreakdownLine[] = [];
	let tariffMissing = false;
	input.items.forEach((item, i) => {
		const base = bases[i]!;
		const preset = rules.categories[item.category] ?? rules.categories.other!;
		const highValue = preset.highValue && item.value >= toMinor(preset.highValue.from.value, digits) ? preset.highValue : undefined;
		const ct: Figure = highValue ? highValue.consumptionTax : preset.consumptionTax;
		let tariff: Figure | undefined = withinLimits ? rules.tariffWithinLimits : preset.tariff;
		if (!withinLimits && input.dutyRate !== undefined) tariff = { value: input.dutyRate, source: 'user', estimate: false };
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
	const params = { limit: rules.orderLimit.value, annual: rules.annualLimit.value, share: rules.taxShareWithinLimits.value };
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

export function cnPostal(input: DutyInput, rules: CnPostalRules, digits: number): RegimeResult {
	const waiver = toMinor(rules.waiver.value, digits);
	const parcelLimit = toMinor(rules.parcelLimit.value, digits);
	const declared = input.items.reduce((sum, item) => sum + item.value, 0);
	const warnings: DutyWarning[] = [];
	if (declared > parcelLimit) {
		warnings.push({
			key: input.single ? 'cn.postal.single-item-over-limit' : 'cn.postal.over-parcel-limit',
			params: { limit: rules.parcelLimit.value },
		});
	} else if (declared >= parcelLimit * NEAR_LIMIT) {
		warnings.push({ key: 'near-limit', params: { limit: rules.parcelLimit.value } });
	}
	const lines: BreakdownLine[] = input.items.map((item) => {
		const rate = rules.categories[item.category] ?? rules.categories.other!;
		return {
			key: 'cn.postal.articles-tax',
			category: item.category,
			base: item.value,
			rate: rate.value,
			amount: applyRounded(item.value, percent(rate.value)),
			sources: rate.source ? [rate.source] : [],
			estimate: rate.estimate,
		};
	});
	const tax = lines.reduce((sum, line) => sum + line.amount, 0);
	if (tax <= waiver) {
		// The waiver is all or nothing: CNY 50.00 is waived, CNY 50.01 is payable in full.
		lines.push({ key: 'cn.postal.waiver', base: tax, rate: 100, amount: -tax, sources: rules.waiver.source ? [rules.waiver.source] : [], estimate: false });
		warnings.push({ key: 'cn.postal.waived', params: { waiver: rules.waiver.value } });
		return { regime: 'waived', params: { waiver: rules.waiver.value }, total: 0, lines, warnings };
	}
	return { regime: 'payable', total: tax, lines, warnings };
}
