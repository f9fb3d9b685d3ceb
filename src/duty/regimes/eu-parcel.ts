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
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import { inForce } from '../../dates.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, numberRange, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

export const euStates = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;
export type EuState = (typeof euStates)[number];

/**
 * Each member state's standard VAT rate and national parcel fees carry their own dates,
 * independent of the rule versions.
 */
const rules = (k: SchemaKit) => {
	const euState = k.z.enum(euStates, { error: 'must be an EU member state code (Greece is GR)' });
	/** A member state's own charge on low-value parcels from outside the EU (not duty, not in the VAT base). */
	const nationalFee = k.z
		.object({
			/** Its breakdown line's text key is `charge.<key>` (in the destination's `text:`). */
			key: k.z.string().regex(/^[a-z-]+$/),
			region: euState,
			from: k.day,
			until: k.day.optional(),
			/** Once per parcel, or once per kind of goods (declaration line). */
			per: k.z.enum(['parcel', 'line']),
			/** Major units, in the currency written beside the value (euros unless it says, e.g. RON 25). */
			amount: k.money('stated'),
			/** Euros per unit of the amount's currency when the reader gives no rate (`input.fx`). */
			fallbackFx: k.figure.optional(),
			/** Applies to goods (intrinsic value, euros) below `below`, or up to and including `upTo`. */
			below: k.money().optional(),
			upTo: k.money().optional(),
		})
		.refine((fee) => (fee.below === undefined) !== (fee.upTo === undefined), { error: 'give exactly one of `below` or `upTo`' })
		.refine((fee) => fee.amount.currency === 'EUR' || fee.fallbackFx !== undefined, { error: 'a fee in another currency needs `fallbackFx`', path: ['fallbackFx'] })
		// The limit is one of two kinds.
		.transform((fee) => fee as Omit<typeof fee, 'below' | 'upTo'> & { amount: Figure & { currency: string } } & ({ below: Figure; upTo?: undefined } | { below?: undefined; upTo: Figure }));
	return k.z.object({
		...k.dated,
		/** Intrinsic value (goods only, transport and insurance excluded) up to which a parcel is low-value (150). */
		lowValue: k.money(),
		/** Duty on a low-value parcel: none (relief), a flat amount per distinct tariff subheading, or the normal tariff. */
		lowValueDuty: k.z.discriminatedUnion('kind', [
			k.z.object({ kind: k.z.literal('relief') }),
			k.z.object({ kind: k.z.literal('flat'), perSubheading: k.money() }),
			k.z.object({ kind: k.z.literal('tariff') }),
		]),
		/** Whether VAT is counted on a low-value parcel's duty when the VAT is charged at checkout. */
		vatOnCheckoutDuty: k.ruling,
		/** Standard VAT rate of every member state; reduced rates are not modelled. */
		vat: k.z.record(euState, k.history(k.percent)),
		categories: k.categoryRecord(
			k.z.object({
				/** Third-country duty; left out where no rate is known (the result says duty is not included). */
				duty: k.percent.optional(),
				/** Excise goods: never in the duty relief, no VAT at checkout; the excise is not calculated. */
				excise: k.z.boolean().default(false),
				/** A reduced VAT rate may apply (books, food): the standard rate is used and the result says so. */
				reducedVat: k.z.boolean().default(false),
			}),
		),
		fees: k.z.array(nationalFee).default([]),
		/** The EU handling fee, announced but unconfirmed: from `from`, a warning only. */
		handlingFee: k.z.object({ from: k.day, perItem: k.money() }).optional(),
	});
};
export type EuParcelRules = RulesOf<typeof rules>;

const sourcesOf = (...figures: ({ source?: string | undefined } | undefined)[]) => figures.flatMap((f) => (f?.source ? [f.source] : []));

/** A member state's standard VAT rate on `date`: the last entry of its history that has begun. */
export const vatRateOn = <R>(history: readonly { from?: string | undefined; rate: R }[], date: string): R | undefined =>
	history.findLast((entry) => !entry.from || entry.from <= date)?.rate;

function calculate(input: DutyInput, rules: EuParcelRules, digits: number): RegimeResult | RegimeError {
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
	if (rules.handlingFee && rules.handlingFee.from <= input.date) {
		warnings.push({ key: 'eu.handling-fee', params: { amount: rules.handlingFee.perItem.value, date: rules.handlingFee.from } });
	}
	return { regime, params, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The member state's own parcel fees in force on the import date, in euros. */
function nationalFees(input: DutyInput, rules: EuParcelRules, region: string, goods: number, kinds: number, digits: number, warnings: DutyWarning[]): BreakdownLine[] {
	const lines = rules.fees
		.filter((fee) => fee.region === region && inForce(fee, input.date))
		.filter((fee) => (fee.below ? goods < toMinor(fee.below.value, digits) : goods <= toMinor(fee.upTo.value, digits)))
		.map((fee): BreakdownLine => {
			const count = fee.per === 'line' ? kinds : 1;
			let amount = count * toMinor(fee.amount.value, digits);
			let fx: Figure | undefined;
			const currency = fee.amount.currency;
			if (currency !== 'EUR') {
				// `input.fx` gives euros per unit of the fee's currency; without it, the file's assumed rate.
				const given = input.fx?.[currency];
				const rate = given !== undefined && Number.isFinite(given) && given > 0 ? given : undefined;
				if (rate === undefined) {
					fx = fee.fallbackFx;
					if (!fx) throw new Error(`eu-parcel fee ${fee.key} in ${currency} without fallbackFx`);
					warnings.push({ key: 'eu.fee-fx-assumed', params: { currency, fx: fx.value } });
				}
				amount = applyRounded(amount, percent((rate ?? fx?.value ?? 0) * 100));
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

/** The "at a glance" line. */
const glance: Regime<'eu-parcel', EuParcelRules>['glance'] = (r, { date, currency }) => {
	const rates = Object.values(r.vat).flatMap((history) => vatRateOn(history, date)?.value ?? []);
	const duty = r.lowValueDuty;
	return {
		key: duty.kind === 'flat' ? 'eu-flat' : duty.kind === 'relief' ? 'eu-relief' : 'eu-tariff',
		params: { limit: [r.lowValue.value, currency], vat: numberRange(rates), ...(duty.kind === 'flat' ? { flat: [duty.perSubheading.value, currency] as [number, string] } : {}) },
	};
};

export const euParcel = defineRegime({
	kind: 'eu-parcel',
	calculate,
	inputs: ['region', 'lines', 'duty', 'fx'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: [
	'lowValue', 'lowValueDuty', 'kind', 'perSubheading', 'vatOnCheckoutDuty', 'vat', 'from', 'rate', 'categories', 'duty', 'excise', 'reducedVat',
	'fees', 'key', 'region', 'until', 'per', 'amount', 'fallbackFx', 'below', 'upTo', 'handlingFee', 'perItem',
] } : SERVER_ONLY),
});
