/**
 * European Union, a parcel from outside the EU (research brief §3). `input.region` is the member
 * state the parcel is delivered to: its standard VAT rate (dated per state) and its national
 * parcel fees apply. Amounts are in euros.
 *
 * Low-value parcels — goods (intrinsic value, transport and insurance excluded) up to €150:
 * - until 2026-06-30, no customs duty (alcohol, perfume and tobacco excepted); from 2026-07-01 to
 *   2028-06-30, a flat €3 per distinct tariff subheading (`input.lines`, else each kind of goods
 *   in `items`); from 2028-07-01, the normal tariff;
 * - VAT on goods + transport + insurance, charged at checkout by an IOSS seller; VAT on the duty
 *   too where the rules say so (unconfirmed for VAT charged at checkout: an estimate). Goods with
 *   excise (alcohol) cannot use IOSS: import VAT on customs value + duty at the border instead;
 * - national fees (Romania, France, Italy) by their own dates and limits, outside the VAT base.
 * Above €150: duty on the customs value (goods + transport + insurance, allocated by value) and
 * import VAT on customs value + duty. Every amount is rounded half up to the cent, line by line.
 */
import type { EuParcelRules, EuState, Figure } from '../schemas/duty.ts';
import { inForce, isoDay as day } from '../dates.ts';
import { allocate, applyRounded, percent, toMinor } from './money.ts';
import { dutyLines } from './duty-lines.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from './types.ts';

const sourcesOf = (...figures: ({ source?: string | undefined } | undefined)[]) => figures.flatMap((f) => (f?.source ? [f.source] : []));

/** A member state's standard VAT rate on `date`: the last entry of its history that has begun. */
export const vatRateOn = <R>(history: readonly { from?: Date | undefined; rate: R }[], date: string): R | undefined =>
	history.findLast((entry) => !entry.from || day(entry.from) <= date)?.rate;

export function euParcel(input: DutyInput, rules: EuParcelRules, digits: number): RegimeResult | RegimeError {
	// The member state: Greece may also be given by its VAT prefix, EL.
	const requested = input.region ?? '';
	const code = requested.toUpperCase() === 'EL' ? 'GR' : requested.toUpperCase();
	const history = Object.hasOwn(rules.vat, code) ? rules.vat[code as EuState] : undefined;
	if (!history) return { error: { key: 'unknown-region', params: { region: requested } } };
	const vatRate = vatRateOn(history, input.date);
	if (!vatRate) return { error: { key: 'no-rules-on-date', params: { date: input.date } } };
	const vatSources = sourcesOf(vatRate);
	const vatOf = (base: number) => applyRounded(base, percent(vatRate.value));

	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const customsValue = goods + extras;
	const limit = toMinor(rules.lowValue.value, digits);
	const low = goods <= limit;
	// Each kind of goods is at least one tariff subheading; the reader may know of more.
	const kinds = Math.max(input.lines ?? 0, input.items.length);
	const preset = (item: DutyInput['items'][number]) => rules.categories[item.category];
	const excise = input.items.some((item) => preset(item)?.excise);
	const warnings: DutyWarning[] = [];
	if (excise) warnings.push({ key: 'excise-not-included' });
	if (input.items.some((item) => preset(item)?.reducedVat)) warnings.push({ key: 'eu.reduced-vat' });

	// Duty at the tariff rate on each kind's share of the customs value.
	const values = allocate(extras, input.items.map((item) => item.value)).map((extra, i) => input.items[i]!.value + extra);
	const tariff = (which: (item: DutyInput['items'][number]) => boolean) => {
		const result = dutyLines(
			input.items.flatMap((item, i) => (which(item) ? [{ category: item.category, base: values[i]!, preset: preset(item)?.duty }] : [])),
			input.dutyRate,
		);
		if (result.unknown) warnings.push({ key: 'tariff-not-included' });
		return result.lines;
	};

	if (!low) {
		warnings.push({ key: 'over-threshold', params: { limit: rules.lowValue.value } });
		const lines = tariff(() => true);
		const duties = lines.reduce((sum, line) => sum + line.amount, 0);
		lines.push({ key: 'import-vat', base: customsValue + duties, rate: vatRate.value, amount: vatOf(customsValue + duties), sources: vatSources, estimate: vatRate.estimate });
		return { regime: 'duty-and-vat', total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
	}

	if (goods >= limit * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.lowValue.value } });
	const rule = rules.lowValueDuty;
	let regime: string;
	let params: Record<string, number> = { limit: rules.lowValue.value };
	let duty: BreakdownLine[];
	if (rule.kind === 'relief') {
		// The relief never covered alcohol, perfume and tobacco.
		regime = 'duty-relief';
		duty = tariff((item) => preset(item)?.excise ?? false);
	} else if (rule.kind === 'flat') {
		regime = 'flat-duty';
		params = { ...params, amount: rule.perSubheading.value, lines: kinds };
		warnings.push({ key: 'eu.flat-duty-kinds', params: { amount: rule.perSubheading.value, lines: kinds } });
		const amount = kinds * toMinor(rule.perSubheading.value, digits);
		duty = [{ key: 'eu.flat-duty', base: goods, rate: 0, amount, sources: sourcesOf(rule.perSubheading), estimate: rule.perSubheading.estimate }];
	} else {
		regime = 'low-value-duty';
		duty = tariff(() => true);
	}
	const duties = duty.reduce((sum, line) => sum + line.amount, 0);

	const lines: BreakdownLine[] = [];
	if (excise) {
		// No IOSS for excise goods: import VAT on customs value + duty when the parcel arrives.
		warnings.push({ key: 'eu.excise-no-checkout' });
		lines.push(...duty, { key: 'import-vat', base: customsValue + duties, rate: vatRate.value, amount: vatOf(customsValue + duties), sources: vatSources, estimate: vatRate.estimate });
	} else {
		// IOSS: the seller charges VAT on the sale (goods + delivery) and passes the duty on.
		warnings.push({ key: 'checkout-tax-note', params: { limit: rules.lowValue.value } });
		lines.push(
			...duty.map((line) => ({ ...line, atCheckout: true })),
			{ key: 'vat-at-checkout', base: customsValue, rate: vatRate.value, amount: vatOf(customsValue), sources: vatSources, estimate: vatRate.estimate, atCheckout: true },
		);
		const ruling = rules.vatOnCheckoutDuty;
		if (duties > 0 && ruling.value) {
			lines.push({ key: 'eu.vat-on-duty', base: duties, rate: vatRate.value, amount: vatOf(duties), sources: [...new Set([...sourcesOf(ruling), ...vatSources])], estimate: ruling.estimate || vatRate.estimate, atCheckout: true });
		}
	}

	const fees = nationalFees(input, rules, code, goods, kinds, digits, warnings);
	lines.push(...fees);
	if (rules.handlingFee && day(rules.handlingFee.from) <= input.date) {
		warnings.push({ key: 'eu.handling-fee', params: { amount: rules.handlingFee.perItem.value, date: day(rules.handlingFee.from) } });
	}
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The member state's own parcel fees in force on the import date, in euros. */
function nationalFees(input: DutyInput, rules: EuParcelRules, region: string, goods: number, kinds: number, digits: number, warnings: DutyWarning[]): BreakdownLine[] {
	const lines = rules.fees
		.filter((fee) => fee.region === region && inForce(fee, input.date))
		.filter((fee) => (fee.below ? goods < toMinor(fee.below.value, digits) : goods <= toMinor(fee.upTo!.value, digits)))
		.map((fee): BreakdownLine => {
			const count = fee.per === 'line' ? kinds : 1;
			let amount = count * toMinor(fee.amount.value, digits);
			let fx: Figure | undefined;
			if (fee.currency !== 'EUR') {
				// `input.fx` gives euros per unit of the fee's currency; without it, the file's assumed rate.
				const given = input.fx?.[fee.currency];
				const rate = given !== undefined && Number.isFinite(given) && given > 0 ? given : undefined;
				if (rate === undefined) {
					fx = fee.fallbackFx!;
					warnings.push({ key: 'eu.fee-fx-assumed', params: { currency: fee.currency, fx: fx.value } });
				}
				amount = applyRounded(amount, percent((rate ?? fx!.value) * 100));
			}
			return {
				key: `charge.${fee.key}`,
				base: goods,
				rate: 0,
				amount,
				sources: sourcesOf(fee.amount, fx),
				estimate: fee.amount.estimate || (fx?.estimate ?? false),
				atCheckout: true,
			};
		});
	if (lines.length > 0) warnings.push({ key: 'eu.fee-charged-to-seller' });
	return lines;
}
