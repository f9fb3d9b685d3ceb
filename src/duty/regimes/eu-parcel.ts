/**
 * European Union, a parcel from outside the EU (research brief §3; facts memo EU.1–EU.7).
 * `input.region` is the member state the parcel is delivered to: its VAT rates (standard and by
 * kind of goods, each dated) and its national parcel fees apply. The answer is in the state's own
 * currency (`context.currency`: SEK in Sweden, euros in Germany); the EU's limits and flat amounts
 * are set in euros and converted at the reader's (or the snapshot's) rate, `input.fx.EUR`, or,
 * without one, at the state's yearly customs countervalue in the rules (an estimate); the result
 * says which.
 *
 * Low-value parcels — goods (intrinsic value, transport and insurance excluded) up to €150:
 * - until 2026-06-30, no customs duty (alcohol, perfume and tobacco excepted); from 2026-07-01 to
 *   2028-06-30, a flat €3 per distinct tariff subheading (`input.lines`, else each kind of goods
 *   in `items`); from 2028-07-01, the normal tariff;
 * - VAT on goods + transport + insurance at the rate for each kind of goods, charged at checkout
 *   by an IOSS seller; VAT on the duty too where the rules say so (unconfirmed for VAT charged at
 *   checkout: an estimate). Goods with excise (alcohol) cannot use IOSS: import VAT on customs
 *   value + duty at the border instead;
 * - national fees (Romania, France, Italy) by their own dates and limits, outside the VAT base.
 * Above €150: duty on the customs value (goods + transport + insurance, allocated by value) and
 * import VAT on customs value + duty.
 * Gifts from one private person to another (`input.gift`): items whose customs value fits in the
 * €45 allowance pay nothing (whole items, never split); the rest pay import VAT on delivery, and
 * duty at the tariff or the optional flat gift rate (2.5% up to €700) when that is lower.
 * Every amount is rounded half up to the minor unit, line by line.
 */
import type { Figure, GiftRelief, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { inForce } from '../../dates.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { rateFor, sourcesOf, vatLinesByFigure } from '../rates.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, numberRange, SERVER_ONLY, type Regime, type RegimeContext, type RulesOf } from './regime.ts';

export const euStates = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;
export type EuState = (typeof euStates)[number];

/**
 * Each member state's VAT rates and national parcel fees carry their own dates, independent of
 * the rule versions.
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
			/** Major units, in euros or in the state's own currency, written beside the value (RON 25). */
			amount: k.money('stated'),
			/** Applies to goods (intrinsic value, euros) below `below`, or up to and including `upTo`. */
			below: k.money().optional(),
			upTo: k.money().optional(),
		})
		.refine((fee) => (fee.below === undefined) !== (fee.upTo === undefined), { error: 'give exactly one of `below` or `upTo`' })
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
		/** Every member state's VAT: the standard rate and the kinds of goods with their own rate, each a dated history. */
		vat: k.z.record(euState, k.ratesByCategory(k.history(k.percent))),
		/** Euros per unit of a non-euro state's currency (the yearly customs countervalue), when the reader gives no rate. */
		countervalue: k.z.partialRecord(euState, k.figure).default({}),
		categories: k.categoryRecord(
			k.z.object({
				/** Third-country duty; left out where no rate is known (the result says duty is not included). */
				duty: k.percent.optional(),
				/** Excise goods: never in the duty relief, no VAT at checkout; the excise is not calculated. */
				excise: k.z.boolean().default(false),
			}),
		),
		/** A gift from one private person to another (the €45 relief; the optional 2.5% flat duty up to €700). */
		gift: k.giftRelief,
		fees: k.z.array(nationalFee).default([]),
		/** The EU handling fee: agreed, to apply by `from` at the latest; its amount is not set (`proposed`, a warning only). */
		handlingFee: k.z.object({ from: k.day, proposed: k.money() }).optional(),
	});
};
export type EuParcelRules = RulesOf<typeof rules>;


/** A dated rate on `date`: the last entry of its history that has begun. */
export const vatRateOn = <R>(history: readonly { from?: string | undefined; rate: R }[], date: string): R | undefined =>
	history.findLast((entry) => !entry.from || entry.from <= date)?.rate;

type Item = DutyInput['items'][number];
type StateVat = EuParcelRules['vat'][EuState];

/** Euros (major units, as the rules set them) in the answer's minor units. */
interface Converter {
	minor(euros: number): number;
	/** What the result says about the conversion, when there is one. */
	warning?: DutyWarning;
	figure?: Figure;
}

/**
 * How euros become the answer's currency: not at all in a euro state; at the reader's or the
 * snapshot's rate (`input.fx.EUR`, units per euro) if given; else at the state's countervalue.
 */
function converter(input: DutyInput, rules: EuParcelRules, state: EuState, digits: number, context: RegimeContext): Converter | RegimeError {
	if (context.currency === context.rulesCurrency) return { minor: (euros) => toMinor(euros, digits) };
	const given = input.fx?.[context.rulesCurrency];
	if (given !== undefined && Number.isFinite(given) && given > 0) {
		return {
			minor: (euros) => Math.round(euros * given * 10 ** digits),
			warning: { key: 'eu.converted', params: { currency: context.currency, rate: Math.round(given * 10_000) / 10_000, euros: rules.lowValue.value, limit: Math.round(rules.lowValue.value * given * 100) / 100 } },
		};
	}
	const fixed = rules.countervalue[state];
	if (!fixed || fixed.value <= 0) return { error: { key: 'eu.no-euro-rate', params: { currency: context.currency } } };
	const perEuro = 1 / fixed.value;
	return {
		minor: (euros) => Math.round((euros / fixed.value) * 10 ** digits),
		warning: { key: 'eu.converted-assumed', params: { currency: context.currency, rate: Math.round(perEuro * 10_000) / 10_000, euros: rules.lowValue.value, limit: Math.round((rules.lowValue.value / fixed.value) * 100) / 100 } },
		figure: fixed,
	};
}

/** The VAT rate for a kind of goods in a state on a date. */
function vatFigure(vat: StateVat, category: Category, date: string): Figure | undefined {
	return vatRateOn(rateFor(vat, category), date) ?? vatRateOn(vat.standard, date);
}

/** VAT lines, one per rate (src/duty/rates.ts); a rate that varies inside its kind says so. */
function vatLines(key: string, bases: readonly { category: Category; base: number }[], vat: StateVat, date: string, extra: Partial<BreakdownLine>, warnings: DutyWarning[]): BreakdownLine[] {
	return vatLinesByFigure(key, bases, (category) => vatFigure(vat, category, date)!, extra, (category) => warnings.push({ key: 'eu.vat-varies', params: { category } }));
}

function calculate(input: DutyInput, rules: EuParcelRules, digits: number, context: RegimeContext): RegimeResult | RegimeError {
	// The member state: Greece may also be given by its VAT prefix, EL.
	const requested = input.region ?? '';
	const code = requested.toUpperCase() === 'EL' ? 'GR' : requested.toUpperCase();
	const vat = Object.hasOwn(rules.vat, code) ? rules.vat[code as EuState] : undefined;
	if (!vat) return { error: { key: 'unknown-region', params: { region: requested } } };
	const state = code as EuState;
	if (!vatRateOn(vat.standard, input.date)) return { error: { key: 'no-rules-on-date', params: { date: input.date } } };
	const money = converter(input, rules, state, digits, context);
	if ('error' in money) return money;
	const major = (minor: number) => minor / 10 ** digits;
	const warnings: DutyWarning[] = [];
	if (money.warning) warnings.push(money.warning);

	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const limit = money.minor(rules.lowValue.value);
	const low = goods <= limit;
	// Each kind of goods is at least one tariff subheading; the reader may know of more.
	const kinds = Math.max(input.lines ?? 0, input.items.length);
	const preset = (item: Item) => rules.categories[item.category];
	const excise = input.items.some((item) => preset(item)?.excise);
	if (excise) warnings.push({ key: 'excise-not-included' });
	// Each kind's share of the customs value (transport and insurance allocated by value).
	const values = allocate(extras, input.items.map((item) => item.value)).map((extra, i) => input.items[i]!.value + extra);

	const tariff = (which: (item: Item, i: number) => boolean, flatGift?: GiftRelief['flatDuty']) => {
		const chosen = input.items.flatMap((item, i) => (which(item, i) ? [{ item, base: values[i]! }] : []));
		const result = dutyLines(chosen.map(({ item, base }) => ({ category: item.category, base, preset: preset(item)?.duty })), input.dutyRate);
		if (result.unknown && !flatGift) warnings.push({ key: 'tariff-not-included' });
		if (!flatGift) return result.lines;
		// A gift may pay the flat rate instead of the tariff when it is lower (or the tariff is unknown).
		return result.lines.map((line, i) => {
			const known = input.dutyRate !== undefined || preset(chosen[i]!.item)?.duty !== undefined;
			if (known && line.rate <= flatGift.rate.value) return line;
			return { ...line, key: 'eu.gift-flat-duty-line', rate: flatGift.rate.value, amount: applyRounded(line.base, percent(flatGift.rate.value)), sources: sourcesOf(flatGift.rate, flatGift.upTo), estimate: flatGift.rate.estimate };
		});
	};
	const importVat = (chosen: readonly number[], duty: readonly BreakdownLine[]) =>
		vatLines('import-vat', chosen.map((i) => ({ category: input.items[i]!.category, base: values[i]! + duty.filter((l) => l.category === input.items[i]!.category).reduce((s, l) => s + l.amount, 0) })), vat, input.date, {}, warnings);
	const fees = () => nationalFees(input, rules, state, goods, kinds, money, digits, warnings);
	const sum = (lines: readonly BreakdownLine[]) => lines.reduce((s, line) => s + line.amount, 0);

	if (input.gift) return gift(input, rules, { money, values, goods, low, limit, tariff, importVat, fees, sum, warnings, major });

	if (!low) {
		warnings.push({ key: 'over-threshold', params: { limit: major(limit) } });
		const lines = tariff(() => true);
		lines.push(...importVat(input.items.map((_, i) => i), lines));
		return { regime: 'duty-and-vat', params: { limit: major(limit) }, total: sum(lines), lines, warnings };
	}

	if (goods >= limit * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: major(limit) } });
	const rule = rules.lowValueDuty;
	let regime: string;
	let params: Record<string, number> = { limit: major(limit) };
	let duty: BreakdownLine[];
	if (rule.kind === 'relief') {
		// The relief never covered alcohol, perfume and tobacco.
		regime = 'duty-relief';
		duty = tariff((item) => preset(item)?.excise ?? false);
	} else if (rule.kind === 'flat') {
		regime = 'flat-duty';
		const amount = money.minor(kinds * rule.perSubheading.value);
		const each = major(money.minor(rule.perSubheading.value));
		params = { ...params, amount: each, lines: kinds };
		warnings.push({ key: 'eu.flat-duty-kinds', params: { amount: each, lines: kinds } });
		duty = [{ key: 'eu.flat-duty', base: goods, rate: 0, flat: true, amount, sources: sourcesOf(rule.perSubheading, money.figure), estimate: rule.perSubheading.estimate || (money.figure?.estimate ?? false) }];
	} else {
		regime = 'low-value-duty';
		duty = tariff(() => true);
	}
	const duties = sum(duty);

	const lines: BreakdownLine[] = [];
	if (excise) {
		// No IOSS for excise goods: import VAT on customs value + duty when the parcel arrives.
		warnings.push({ key: 'eu.excise-no-checkout' });
		const shared = rule.kind === 'flat' ? allocate(duties, values) : undefined;
		lines.push(
			...duty,
			...vatLines('import-vat', input.items.map((item, i) => ({ category: item.category, base: values[i]! + (shared ? shared[i]! : sum(duty.filter((l) => l.category === item.category))) })), vat, input.date, {}, warnings),
		);
	} else {
		// IOSS: the seller charges VAT on the sale (goods + delivery) and passes the duty on.
		warnings.push({ key: 'checkout-tax-note', params: { limit: major(limit) } });
		lines.push(
			...duty.map((line) => ({ ...line, atCheckout: true })),
			...vatLines('vat-at-checkout', input.items.map((item, i) => ({ category: item.category, base: values[i]! })), vat, input.date, { atCheckout: true }, warnings),
		);
		const ruling = rules.vatOnCheckoutDuty;
		if (duties > 0 && ruling.value) {
			// One rate for the duty: the goods' own when they share one, else the standard rate.
			const rates = [...new Set(input.items.map((item) => vatFigure(vat, item.category, input.date)!))];
			const figure = rates.length === 1 ? rates[0]! : vatRateOn(vat.standard, input.date)!;
			lines.push({ key: 'eu.vat-on-duty', base: duties, rate: figure.value, amount: applyRounded(duties, percent(figure.value)), sources: sourcesOf(ruling, figure), estimate: ruling.estimate || figure.estimate, atCheckout: true });
		}
	}
	lines.push(...fees());
	if (rules.handlingFee && rules.handlingFee.from <= input.date) {
		warnings.push({ key: 'eu.handling-fee', params: { amount: major(money.minor(rules.handlingFee.proposed.value)), date: rules.handlingFee.from } });
	}
	return { regime, params, total: sum(lines), lines, warnings };
}

/** A gift from one private person to another (memo EU.2). */
function gift(
	input: DutyInput,
	rules: EuParcelRules,
	p: {
		money: Converter;
		values: number[];
		goods: number;
		low: boolean;
		limit: number;
		tariff: (which: (item: Item, i: number) => boolean, flat?: GiftRelief['flatDuty']) => BreakdownLine[];
		importVat: (chosen: readonly number[], duty: readonly BreakdownLine[]) => BreakdownLine[];
		fees: () => BreakdownLine[];
		sum: (lines: readonly BreakdownLine[]) => number;
		warnings: DutyWarning[];
		major: (minor: number) => number;
	},
): RegimeResult {
	const { money, values, warnings, major } = p;
	const relief = rules.gift;
	const allowance = money.minor(relief.allowance.value);
	const counted = (i: number) => (relief.counts === 'goods' ? input.items[i]!.value : values[i]!);
	// Whole items, in order, while they fit in the allowance; excluded kinds (alcohol) never.
	let left = allowance;
	const relieved = new Set<number>();
	input.items.forEach((item, i) => {
		if (relief.excluded.includes(item.category) || counted(i) > left) return;
		relieved.add(i);
		left -= counted(i);
	});
	const params = { allowance: major(allowance) };
	if (input.items.some((item) => relief.excluded.includes(item.category))) warnings.push({ key: 'eu.gift-excluded' });
	if (relieved.size === input.items.length) {
		warnings.push({ key: 'eu.gift-relief', params });
		return { regime: 'gift-relief', params, total: 0, lines: [], warnings };
	}
	warnings.push({ key: relieved.size > 0 ? 'eu.gift-partly-relieved' : 'eu.gift-over-allowance', params });
	const taxed = (_: Item, i: number) => !relieved.has(i);
	// Duty: the low-value relief still covered gifts before 2026-07-01; whether the flat duty per kind
	// (for distance sales) applies to a gift is not confirmed, so the tariff (or the flat gift rate) is used.
	const dutyFree = p.low && rules.lowValueDuty.kind === 'relief';
	const taxedValue = values.reduce((s, v, i) => s + (relieved.has(i) ? 0 : v), 0);
	const flat = relief.flatDuty && taxedValue <= money.minor(relief.flatDuty.upTo.value) ? relief.flatDuty : undefined;
	if (!dutyFree && p.low && rules.lowValueDuty.kind === 'flat') warnings.push({ key: 'eu.gift-duty-unconfirmed' });
	const duty = dutyFree ? p.tariff((item, i) => taxed(item, i) && (rules.categories[item.category]?.excise ?? false), flat) : p.tariff(taxed, flat);
	if (flat && duty.some((l) => l.key === 'eu.gift-flat-duty-line')) warnings.push({ key: 'eu.gift-flat-duty', params: { rate: flat.rate.value, limit: major(money.minor(flat.upTo.value)) } });
	const chosen = input.items.flatMap((item, i) => (taxed(item, i) ? [i] : []));
	const lines = [...duty, ...p.importVat(chosen, duty), ...p.fees()];
	// Up to €700 the flat gift rate caps the duty; above it the tariff applies in full.
	if (flat && !dutyFree) return { regime: 'gift-flat-duty', params: { ...params, rate: flat.rate.value, threshold: major(money.minor(flat.upTo.value)) }, total: p.sum(lines), lines, warnings };
	return { regime: 'gift-taxed', params, total: p.sum(lines), lines, warnings };
}

/** The member state's own parcel fees in force on the import date, in the answer's currency. */
function nationalFees(input: DutyInput, rules: EuParcelRules, state: EuState, goods: number, kinds: number, money: Converter, digits: number, warnings: DutyWarning[]): BreakdownLine[] {
	const lines = rules.fees
		.filter((fee) => fee.region === state && inForce(fee, input.date))
		.filter((fee) => (fee.below ? goods < money.minor(fee.below.value) : goods <= money.minor(fee.upTo.value)))
		.map((fee): BreakdownLine => {
			const count = fee.per === 'line' ? kinds : 1;
			// In euros (converted like every EU amount) or in the state's own currency (as it is).
			const inEuros = fee.amount.currency === 'EUR';
			const amount = inEuros ? money.minor(count * fee.amount.value) : toMinor(count * fee.amount.value, digits);
			return {
				key: `charge.${fee.key}`,
				base: goods,
				rate: 0,
				flat: true,
				amount,
				sources: sourcesOf(fee.amount, inEuros ? money.figure : undefined),
				estimate: fee.amount.estimate || (inEuros && (money.figure?.estimate ?? false)),
				atCheckout: true,
			};
		});
	if (lines.length > 0) warnings.push({ key: 'eu.fee-charged-to-seller' });
	return lines;
}

/** The "at a glance" line. */
const glance: Regime<'eu-parcel', EuParcelRules>['glance'] = (r, { date, currency }) => {
	const rates = Object.values(r.vat).flatMap((rates) => vatRateOn(rates.standard, date)?.value ?? []);
	const duty = r.lowValueDuty;
	return {
		key: duty.kind === 'flat' ? 'eu-flat' : duty.kind === 'relief' ? 'eu-relief' : 'eu-tariff',
		params: { limit: [r.lowValue.value, currency], vat: numberRange(rates), ...(duty.kind === 'flat' ? { flat: [duty.perSubheading.value, currency] as [number, string] } : {}) },
	};
};

export const euParcel = defineRegime({
	kind: 'eu-parcel',
	calculate,
	inputs: ['gift', 'region', 'lines', 'duty', 'fx'],
	checkout: (r: EuParcelRules) => ({ limit: { value: r.lowValue.value } }),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: [
	'lowValue', 'lowValueDuty', 'kind', 'perSubheading', 'vatOnCheckoutDuty', 'vat', 'standard', 'from', 'rate', 'countervalue', 'categories', 'duty', 'excise',
	'gift', 'allowance', 'counts', 'above', 'excluded', 'flatDuty', 'upTo',
	'fees', 'key', 'region', 'until', 'per', 'amount', 'below', 'handlingFee', 'proposed',
] } : SERVER_ONLY),
});
