/**
 * Canada, mail and courier imports (research brief §5). Nothing is due up to the low-value limits
 * of the channel and origin (mail: CAD 20; courier: CAD 20, or from the US or Mexico duty-free to
 * CAD 150 and tax-free to CAD 40 under CUSMA); above a limit, on the full value. Duty on the value
 * for duty (the price, shipping excluded), then the sales taxes of the buyer's province or
 * territory (GST, HST, PST, RST, QST) on value for duty + duty, each rounded half up to the cent.
 * By mail, Canada Post adds a handling fee (a carrier fee, in the file's carrierFees) to every item on which duty or tax is due, and a gift
 * from a private person abroad pays nothing up to CAD 60 (duty and tax on the excess above it).
 */
import type { CaLowValueRules, Category, Figure } from '../schemas/duty.ts';
import { inForce } from '../dates.ts';
import { allocate, applyRounded, percent, toMinor } from './money.ts';
import { dutyLines } from './duty-lines.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from './types.ts';

const sourcesOf = (figure: Figure) => (figure.source ? [figure.source] : []);

/** A province's sales taxes in force on `date` (also the rules page's "at a glance"). */
export const provinceTaxesOn = <T extends { from?: Date | undefined; until?: Date | undefined }>(taxes: readonly T[], date: string): T[] =>
	taxes.filter((tax) => inForce(tax, date));

export function caLowValue(input: DutyInput, rules: CaLowValueRules, digits: number): RegimeResult | RegimeError {
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
		warnings.push({ key: 'ca.gift-excess', params });
		const excess = allocate(goods - allowance, input.items.map((item) => item.value));
		taxed = input.items.map((item, i) => ({ category: item.category, value: excess[i]! }));
		dutyDue = taxDue = true;
		regime = 'gift-excess';
	} else {
		const fallback = rules.lowValue.find((entry) => !entry.origins)!;
		const limits = (origin && rules.lowValue.find((entry) => entry.origins?.includes(origin))) || fallback;
		const dutyFree = toMinor(limits.dutyFree.value, digits);
		const taxFree = toMinor(limits.taxFree.value, digits);
		// Named as the calculator page formats money parameters: limit (tax-free), threshold (duty-free).
		params = { limit: limits.taxFree.value, threshold: limits.dutyFree.value };
		if (limits.dutyFree.estimate || limits.taxFree.estimate) warnings.push({ key: 'ca.threshold-estimate', params: { limit: limits.taxFree.value } });
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
	let duties = 0;
	if (dutyDue) {
		const preferential = origin ? rules.preferential.find((p) => p.origins.includes(origin)) : undefined;
		const duty = dutyLines(
			taxed.map((t) => ({ category: t.category, base: t.value, preset: preferential?.duty ?? rules.categories[t.category]?.duty })),
			input.dutyRate,
		);
		if (preferential && input.dutyRate === undefined) warnings.push({ key: 'ca.cusma' });
		if (duty.unknown) warnings.push({ key: 'tariff-not-included' });
		lines.push(...duty.lines);
		duties = duty.duties;
	}
	const value = taxed.reduce((sum, t) => sum + t.value, 0);
	if (taxDue) {
		const base = value + duties;
		for (const tax of taxes) {
			lines.push({
				key: `ca.${tax.tax}`,
				base,
				rate: tax.rate.value,
				amount: applyRounded(base, percent(tax.rate.value)),
				sources: sourcesOf(tax.rate),
				estimate: tax.rate.estimate,
			});
			if (tax.tax === 'qst' && tax.rate.estimate) warnings.push({ key: 'ca.qst-unconfirmed' });
		}
	}
	// Canada Post's handling fee is a carrier fee: content/duty/ca.yaml `carrierFees`, added by the engine.
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}
