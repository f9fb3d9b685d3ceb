/**
 * Import VAT at the border, from the first unit, unless a registered seller charged it at checkout:
 * Norway (VOEC: items under NOK 3,000 each) and Switzerland (mail-order sellers and platforms
 * registered for Swiss VAT, at any value). Written as a kind of its own because the kinds the site
 * had test the whole consignment (gst-threshold, gb-low-value, eu-parcel), while VOEC tests each
 * item, strictly below its limit, and splits one basket: items under it taxed at checkout, the rest
 * (and food, alcohol, goods with excise) at the border.
 *
 * - `checkout`: a registered seller's VAT at checkout, no duty, on the price with the delivery it
 *   charges (`deliveryTaxed`); `below` the item's (or the consignment's) price limit, strictly
 *   below, or `upTo` it, inclusive (Malaysia's RM500); without either, every purchase. A channel without `checkout` is a seller that charges none.
 * - At the border: duty on each kind of goods (on its value, with its share of shipping and
 *   insurance when the customs value includes transport: `dutyOnShipping`), then import VAT at the
 *   kind's rate on value + shipping share + duty. Kinds whose duty is by weight (Swiss food) say so
 *   and are not included.
 * - `exempt`: nothing is due at the border below this value (Norway's NOK 350 until 2023-12-31),
 *   except goods `alwaysAtBorder` (food, alcohol, excise goods).
 * - `dutyExempt`: no duty (VAT still due) on a consignment within the limit (Saudi Arabia, the UAE).
 * - `vatExempt`: nothing at all is due on a consignment within the limit (Israel's USD 75).
 * - `flat`: one flat tax in place of duty and VAT within a limit, by origin (Türkiye).
 * - Limits may be in another currency (EUR, USD), converted at the page's rate (`input.fx`).
 * - `vatWaivedUpTo`: import VAT of at most this amount is not collected (Switzerland's CHF 5), after
 *   `rounding` (Switzerland: the base to the franc, the tax to 5 centimes).
 * - Gifts from one private person to another up to the allowance pay nothing; above it, the whole
 *   value is taxed at the border (never at checkout: a gift is not a sale).
 * - A place with no VAT at all (the free ports Hong Kong and Macao) gives `vat.standard` 0 and no
 *   kind of its own: no VAT line is shown, only duty on the few kinds of goods that pay it. A duty
 *   that varies inside a kind of goods (spirits over 30% pay, wine does not) has words
 *   `varies.duty.<category>`.
 * - `vatBaseCharges`: fixed charges added to the import VAT's base (the Philippines' brokerage fee,
 *   documentary stamp and import processing fee); those Customs collects are lines of their own.
 * - `collectedAtCheckout`: the platform collects at checkout the same duty and VAT the border would
 *   charge (Thailand's platforms from 2026), so nothing is due on delivery; not for gifts.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { dutyLines } from '../duty-lines.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { rateFor, vatLinesByFigure } from '../rates.ts';
import { variesWarnings } from '../varies.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, numberRange, SERVER_ONLY, type CheckoutOffer, type Regime, type RegimeContext, type RulesOf } from './regime.ts';

/** A limit in the destination's currency, or in one the file states (Türkiye's EUR 30, Israel's USD 75). */
const limitMoney = (k: SchemaKit) => k.z.union([k.money('stated'), k.money()]);

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** VAT: the standard rate and the kinds of goods with their own (food 15% in Norway). */
		vat: k.ratesByCategory(k.percent),
		/** A registered seller charges VAT at checkout (no duty): on items priced strictly below `below`, or at most `upTo`, or on every purchase. */
		checkout: k.z
			.object({
				below: k.money().optional(),
				upTo: k.money().optional(),
				/** What `below` is tested on: each item's price (Norway's VOEC) or the whole consignment's goods. */
				testedOn: k.z.enum(['item', 'consignment']).default('item'),
				/** Whether the seller's VAT is on the delivery and insurance it charges too. */
				deliveryTaxed: k.ruling,
			})
			.refine((c) => c.below === undefined || c.upTo === undefined, { error: 'give below (strictly below) or upTo (at most), not both' })
			.optional(),
		/** The customs value includes transport and insurance, so duty is on them too. */
		dutyOnShipping: k.ruling,
		/** Duty when no kind of goods' preset applies; left out where most goods are free and none is known. */
		generalDuty: k.percent.optional(),
		categories: k.categoryRecord(
			k.z.object({
				duty: k.percent.optional(),
				/** Duty is by gross weight, which the calculator cannot know: not included, and the result says so. */
				dutyByWeight: k.ruling.optional(),
				/** Excise also applies, which the calculator does not include. */
				excise: k.z.boolean().default(false),
				/** Never at checkout and never exempt: cleared at the border whatever the value (food, alcohol). */
				alwaysAtBorder: k.ruling.optional(),
				/** The flat tax for this kind of goods, when it differs (books). */
				flatRate: k.percent.optional(),
				/** Income tax collected at import on value + duty, where duty is charged (Indonesia's PPh on goods at the general tariff). */
				incomeTax: k.percent.optional(),
				/** May not be imported by post or courier at all (alcohol in Saudi Arabia): the channel cannot take it. */
				prohibited: k.ruling.optional(),
			}),
		),
		/** Nothing is due at the border when the value is strictly below this (goods `alwaysAtBorder` excepted). */
		exempt: k.z.object({ below: k.money(), counts: k.z.enum(['goods', 'goods-and-shipping']).default('goods-and-shipping') }).optional(),
		/**
		 * No customs duty (VAT still due) when the consignment's value is at most `upTo`, or strictly
		 * `below` (one of them), counting `counts`; kinds `excluded` pay duty at any value (Saudi
		 * Arabia: below SAR 1,000 with shipping; the UAE: up to AED 1,000).
		 */
		dutyExempt: k.z
			.object({
				upTo: limitMoney(k).optional(),
				below: limitMoney(k).optional(),
				counts: k.z.enum(['goods', 'goods-and-shipping']).default('goods-and-shipping'),
				excluded: k.z.array(k.category).default([]),
			})
			.refine((d) => (d.upTo === undefined) !== (d.below === undefined), { error: 'give either upTo (at most) or below (strictly below), not both' })
			.optional(),
		/** No import VAT (and no duty) when the consignment's value is at most `upTo` (Israel's USD 75). */
		vatExempt: k.z
			.object({ upTo: limitMoney(k), counts: k.z.enum(['goods', 'goods-and-shipping']).default('goods'), excluded: k.z.array(k.category).default([]) })
			.optional(),
		/**
		 * One flat tax in place of duty and VAT on a parcel by post or courier worth at most `upTo`
		 * (Türkiye): `rate` for every origin not in `rates`; goods with excise pay `excisePlus` more;
		 * a kind of goods' own `flatRate` replaces the rate (books).
		 */
		flat: k.z
			.object({
				upTo: limitMoney(k),
				counts: k.z.enum(['goods', 'goods-and-shipping']).default('goods-and-shipping'),
				rates: k.z.array(k.z.object({ origins: k.z.array(k.country).min(1), rate: k.percent })).default([]),
				rate: k.percent,
				excisePlus: k.percent.optional(),
			})
			.optional(),
		/** Import VAT of at most this amount per consignment is not collected. */
		vatWaivedUpTo: k.money().optional(),
		/** Rounding of the import VAT: its base to a multiple of `baseTo`, its amount to a multiple of `taxTo` (Switzerland: the franc, 5 centimes). */
		rounding: k.z.object({ baseTo: k.money().optional(), taxTo: k.money().optional() }).optional(),
		giftRelief: k.giftRelief,
		/**
		 * Fixed charges added to the import VAT's base, spread over the goods by value (the
		 * Philippines' total landed cost); `collected`: Customs collects the charge itself too, shown
		 * as a line `charge.<key>` (a broker's fee is not: the carrier bills it).
		 */
		vatBaseCharges: k.z.array(k.z.object({ key: k.z.string().regex(/^[a-z0-9-]+$/), amount: k.money(), collected: k.z.boolean().default(false) })).default([]),
		/** The platform collects at checkout the duty and VAT the border would charge: the same amounts, none on delivery (Thailand from 2026). */
		collectedAtCheckout: k.ruling.optional(),
		/** Warnings (text keys of the destination) shown whenever something is due at the border. */
		notices: k.z.array(k.z.string().regex(/^[a-z0-9.-]+$/)).default([]),
	});
export type VatBorderRules = RulesOf<typeof rules>;

const sum = (lines: readonly BreakdownLine[]) => lines.reduce((total, line) => total + line.amount, 0);

function calculate(input: DutyInput, rules: VatBorderRules, digits: number, context: RegimeContext): RegimeResult | RegimeError {
	// Limits in another currency than the destination's are converted at the page's rate for it.
	for (const figure of [rules.dutyExempt?.upTo, rules.dutyExempt?.below, rules.vatExempt?.upTo, rules.flat?.upTo]) {
		const currency = figure?.currency;
		if (currency && currency !== context.rulesCurrency && !(input.fx?.[currency]! > 0)) return { error: { key: 'vat-border.no-rate', params: { currency } } };
	}
	const result = compute(input, rules, digits, context);
	if (input.items.some((item) => rules.categories[item.category]?.prohibited?.value)) {
		result.notAllowed = { key: 'vat-border.prohibited' };
		result.warnings.unshift({ key: 'vat-border.prohibited' });
	}
	return result;
}

/** A limit in minor units of the answer's currency, and how to name it in a warning (money, or "EUR 30"). */
function limitOf(figure: Figure, input: DutyInput, digits: number, context: RegimeContext) {
	const foreign = figure.currency && figure.currency !== context.rulesCurrency ? figure.currency : undefined;
	const rate = foreign ? input.fx![foreign]! : 1;
	return { minor: Math.round(figure.value * rate * 10 ** digits), shown: foreign ? `${foreign} ${figure.value}` : figure.value };
}

function compute(input: DutyInput, rules: VatBorderRules, digits: number, context: RegimeContext): RegimeResult {
	const goods = input.items.reduce((total, item) => total + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const preset = (category: Category) => rules.categories[category];
	const vatOf = (category: Category): Figure => rateFor(rules.vat, category);
	const warnings: DutyWarning[] = [];
	if (input.items.some((item) => preset(item.category)?.excise)) warnings.push({ key: 'excise-not-included' });
	warnings.push(...variesWarnings(input.items.map((item) => item.category), vatOf, 'varies.vat'));
	if (input.dutyRate === undefined) warnings.push(...variesWarnings(input.items.map((item) => item.category), (c) => preset(c)?.duty, 'varies.duty'));
	const noVat = isVatFree(rules);
	const atBorderAlways = (category: Category) => preset(category)?.alwaysAtBorder?.value === true;

	// Gifts: nothing up to the allowance; above it, the whole value at the border.
	const relief = input.gift ? rules.giftRelief : undefined;
	if (relief) {
		const excluded = input.items.some((item) => relief.excluded.includes(item.category));
		const allowance = toMinor(relief.allowance.value, digits);
		const counted = relief.counts === 'goods' ? goods : goods + extras;
		if (!excluded && allowance > 0 && counted <= allowance) {
			warnings.push({ key: 'gst.gift-relief', params: { allowance: relief.allowance.value } });
			return { regime: 'gift-relief', params: { allowance: relief.allowance.value }, total: 0, lines: [], warnings };
		}
		// An allowance of 0 is no relief at all: say that, not "worth more than 0".
		const key = excluded ? 'vat-border.gift-excluded' : allowance > 0 ? 'vat-border.gift-over' : 'vat-border.gift-none';
		warnings.push({ key, params: { allowance: relief.allowance.value } });
	}

	// Which items the seller taxes at checkout.
	const checkout = relief ? undefined : rules.checkout;
	const limitFigure = checkout?.below ?? checkout?.upTo;
	const below = limitFigure ? toMinor(limitFigure.value, digits) : undefined;
	// Words for an inclusive limit ("at most") end in -up-to.
	const upTo = checkout?.upTo ? '-up-to' : '';
	const underLimit = (value: number) => {
		const tested = checkout!.testedOn === 'item' ? value : goods;
		return below === undefined || (upTo ? tested <= below : tested < below);
	};
	const atCheckout = input.items.map((item) => checkout !== undefined && !atBorderAlways(item.category) && underLimit(item.value));
	const shares = allocate(extras, input.items.map((item) => item.value));
	const lines: BreakdownLine[] = [];
	if (atCheckout.some(Boolean)) {
		const limit = limitFigure?.value;
		if (limit !== undefined) {
			const tested = checkout!.testedOn === 'item' ? Math.max(...input.items.filter((_, i) => atCheckout[i]).map((item) => item.value)) : goods;
			if (tested >= below! * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit } });
			warnings.push({ key: (checkout!.testedOn === 'item' ? 'vat-border.checkout-item' : 'vat-border.checkout-consignment') + upTo, params: { limit } });
		} else warnings.push({ key: 'vat-border.checkout-all' });
		const bases = input.items.flatMap((item, i) => (atCheckout[i] ? [{ category: item.category, base: item.value + (checkout!.deliveryTaxed.value ? shares[i]! : 0) }] : []));
		const vat = vatLinesByFigure('vat-at-checkout', bases, vatOf, { atCheckout: true }, () => undefined);
		if (extras > 0 && checkout!.deliveryTaxed.estimate) vat.forEach((line) => (line.estimate = true));
		lines.push(...vat);
	}
	const border = input.items.map((item, i) => ({ ...item, share: shares[i]! })).filter((_, i) => !atCheckout[i]);
	if (border.length === 0) return { regime: 'vat-at-checkout', params: { limit: limitFigure?.value ?? 0 }, total: sum(lines), lines, warnings };
	if (checkout && atCheckout.some(Boolean)) warnings.push({ key: 'vat-border.split' });
	if (limitFigure && border.some((item) => !atBorderAlways(item.category))) warnings.push({ key: 'vat-border.over-item' + upTo, params: { limit: limitFigure.value } });
	if (border.some((item) => atBorderAlways(item.category))) warnings.push({ key: 'vat-border.always-at-border' });

	// Below the exemption (before Norway's 2024 change), nothing at the border.
	if (rules.exempt && !border.some((item) => atBorderAlways(item.category))) {
		const counted = border.reduce((total, item) => total + item.value + (rules.exempt!.counts === 'goods' ? 0 : item.share), 0);
		if (counted < toMinor(rules.exempt.below.value, digits)) {
			warnings.push({ key: 'vat-border.exempt', params: { limit: rules.exempt.below.value } });
			return { regime: lines.length ? 'vat-split' : 'import-exempt', params: { limit: rules.exempt.below.value }, total: sum(lines), lines, warnings };
		}
	}

	const value = (counts: 'goods' | 'goods-and-shipping') => border.reduce((total, item) => total + item.value + (counts === 'goods' ? 0 : item.share), 0);
	// Nothing at all within the VAT exemption (Israel).
	const vatFree = rules.vatExempt;
	if (vatFree && !border.some((item) => vatFree.excluded.includes(item.category) || atBorderAlways(item.category))) {
		const limit = limitOf(vatFree.upTo, input, digits, context);
		if (value(vatFree.counts) <= limit.minor) {
			warnings.push({ key: 'vat-border.vat-exempt', params: { limit: limit.shown } });
			// Nothing to pay rests on the limit: when it is an estimate, the result says so.
			if (vatFree.upTo.estimate) warnings.push({ key: 'estimate' });
			return { regime: lines.length ? 'vat-split' : 'import-exempt', params: { limit: limit.shown }, total: sum(lines), lines, warnings };
		}
		warnings.push({ key: 'vat-border.vat-over', params: { limit: limit.shown } });
	}
	// One flat tax in place of duty and VAT within the flat limit (Türkiye).
	const flat = rules.flat;
	if (flat) {
		const limit = limitOf(flat.upTo, input, digits, context);
		if (value(flat.counts) <= limit.minor) {
			const origin = input.origin?.toUpperCase() ?? '';
			const byOrigin = flat.rates.find((r) => r.origins.includes(origin))?.rate ?? flat.rate;
			const flatLines = border.map((item): BreakdownLine => {
				const own = preset(item.category)?.flatRate;
				const plus = preset(item.category)?.excise && flat.excisePlus ? flat.excisePlus : undefined;
				const figures = [own ?? byOrigin, ...(plus ? [plus] : [])];
				const rate = figures.reduce((total, f) => total + f.value, 0);
				const base = item.value + (flat.counts === 'goods' ? 0 : item.share);
				return { key: 'vat-border.flat-tax', category: item.category, base, rate, amount: applyRounded(base, percent(rate)), sources: [...new Set(figures.flatMap((f) => (f.source ? [f.source] : [])))], estimate: flat.upTo.estimate || figures.some((f) => f.estimate) };
			});
			warnings.push({ key: 'vat-border.flat', params: { limit: limit.shown } });
			lines.push(...flatLines);
			return { regime: 'flat-tax', params: { limit: limit.shown }, total: sum(lines), lines, warnings };
		}
		warnings.push({ key: 'vat-border.flat-over', params: { limit: limit.shown } });
	}

	// At the border: duty (none within the duty-free limit), then import VAT on value + shipping share + duty.
	const dutyBase = (item: (typeof border)[number]) => item.value + (rules.dutyOnShipping.value ? item.share : 0);
	const free = rules.dutyExempt;
	const freeLimit = free?.upTo ?? free?.below;
	let noDuty = false;
	if (free && freeLimit && !border.some((item) => free.excluded.includes(item.category))) {
		const counted = value(free.counts);
		const limit = limitOf(freeLimit, input, digits, context);
		noDuty = free.upTo ? counted <= limit.minor : counted < limit.minor;
		if (noDuty) warnings.push({ key: free.upTo ? 'vat-border.duty-free-up-to' : 'vat-border.duty-free-below', params: { limit: limit.shown } });
		else warnings.push({ key: 'vat-border.duty-over', params: { limit: limit.shown } });
	}
	const duty = noDuty
		? { lines: border.map((item): BreakdownLine => ({ key: 'duty', category: item.category, base: dutyBase(item), rate: 0, amount: 0, sources: freeLimit!.source ? [freeLimit!.source] : [], estimate: freeLimit!.estimate })), unknown: false }
		: dutyLines(border.map((item) => ({ category: item.category, base: dutyBase(item), preset: preset(item.category)?.duty ?? rules.generalDuty })), input.dutyRate);
	if (duty.unknown) warnings.push({ key: 'tariff-not-included' });
	if (!noDuty && input.dutyRate === undefined && border.some((item) => preset(item.category)?.dutyByWeight?.value)) warnings.push({ key: 'vat-border.duty-by-weight' });
	// Income tax at import on value + duty, for the kinds of goods that carry it (Indonesia), when duty is charged.
	const incomeTax = noDuty
		? []
		: border.flatMap((item, i): BreakdownLine[] => {
				const rate = preset(item.category)?.incomeTax;
				if (!rate) return [];
				const base = item.value + item.share + duty.lines[i]!.amount;
				return [{ key: 'vat-border.income-tax', category: item.category, base, rate: rate.value, amount: applyRounded(base, percent(rate.value)), sources: rate.source ? [rate.source] : [], estimate: rate.estimate }];
			});
	// Fixed charges in the VAT base (the Philippines), spread over the goods by value.
	const fixed = rules.vatBaseCharges;
	const fixedShares = allocate(
		fixed.reduce((total, charge) => total + toMinor(charge.amount.value, digits), 0),
		border.map((item) => item.value),
	);
	// No VAT at all (Hong Kong, Macao): no VAT line.
	const vat = noVat
		? []
		: vatLinesByFigure(
				'import-vat',
				border.map((item, i) => ({ category: item.category, base: item.value + item.share + duty.lines[i]!.amount + fixedShares[i]! })),
				vatOf,
				{},
				() => undefined,
			);
	if (fixed.some((charge) => charge.amount.estimate)) vat.forEach((line) => (line.estimate = true));
	const charges = fixed
		.filter((charge) => charge.collected)
		.map((charge): BreakdownLine => ({ key: `charge.${charge.key}`, base: 0, rate: 0, flat: true, amount: toMinor(charge.amount.value, digits), sources: charge.amount.source ? [charge.amount.source] : [], estimate: charge.amount.estimate }));
	if (rules.rounding) {
		const step = (figure: Figure | undefined) => (figure ? toMinor(figure.value, digits) : 1);
		const to = (amount: number, unit: number) => Math.round(amount / unit) * unit;
		for (const line of vat) {
			line.base = to(line.base, step(rules.rounding.baseTo));
			line.amount = to(applyRounded(line.base, percent(line.rate)), step(rules.rounding.taxTo));
		}
	}
	let regime = lines.length ? 'vat-split' : noVat ? 'no-vat' : 'duty-and-vat';
	if (rules.vatWaivedUpTo && sum(vat) <= toMinor(rules.vatWaivedUpTo.value, digits)) {
		// The VAT is shown with its amount, then waived: nothing of it is collected.
		const waived = sum(vat);
		vat.forEach((line) => (line.amount = 0));
		warnings.push({ key: 'vat-border.vat-waived', params: { limit: rules.vatWaivedUpTo.value, amount: waived / 10 ** digits } });
		if (!lines.length) regime = 'vat-waived';
	}
	// A platform that collects the border's duty and VAT at checkout: the same lines, paid with the price.
	const collected = !relief && rules.collectedAtCheckout?.value === true;
	if (collected) {
		for (const line of [...duty.lines, ...vat, ...incomeTax, ...charges]) line.atCheckout = true;
		warnings.push({ key: 'vat-border.collected-at-checkout' });
		regime = 'collected-at-checkout';
	}
	lines.push(...duty.lines, ...vat, ...incomeTax, ...charges);
	if (!collected && sum(duty.lines) + sum(vat) > 0) for (const key of rules.notices) warnings.push({ key });
	return { regime, params: { limit: limitFigure?.value ?? rules.vatWaivedUpTo?.value ?? 0 }, total: sum(lines), lines, warnings };
}

/** No VAT at all: a standard rate of 0 and no kind of goods with a rate of its own (Hong Kong, Macao). */
const isVatFree = (rules: VatBorderRules) => Object.values(rules.vat).every((figure) => !figure || figure.value === 0);

/** The "at a glance" line: the seller's checkout limit, else the border's own rule. */
/** Checkout collection: a registered seller's VAT (below or up to its limit), or a platform collecting the border's taxes. */
const checkout = (r: VatBorderRules): CheckoutOffer | undefined => {
	const limit = r.checkout?.below ?? r.checkout?.upTo;
	if (r.checkout) return limit ? { limit: { value: limit.value, below: r.checkout.below !== undefined } } : {};
	return r.collectedAtCheckout?.value ? {} : undefined;
};

const glance: Regime<'vat-border', VatBorderRules>['glance'] = (r, { currency }) => {
	const rate = r.vat.standard.value;
	if (r.checkout?.below) return { key: r.checkout.testedOn === 'item' ? 'vat-checkout-item' : 'checkout-vat', params: { limit: [r.checkout.below.value, currency], rate } };
	if (r.checkout?.upTo) return { key: r.checkout.testedOn === 'item' ? 'vat-checkout-item-up-to' : 'checkout-vat', params: { limit: [r.checkout.upTo.value, currency], rate } };
	if (r.checkout) return { key: 'vat-checkout-all', params: { rate } };
	if (r.exempt) return { key: 'vat-exempt-below', params: { limit: [r.exempt.below.value, currency], rate } };
	const money = (f: Figure): [number, string] => [f.value, f.currency ?? currency];
	if (r.collectedAtCheckout?.value) {
		const free = r.dutyExempt?.upTo ?? r.dutyExempt?.below;
		return free ? { key: 'vat-collected-checkout-duty-free', params: { limit: money(free), rate } } : { key: 'vat-collected-checkout', params: { rate } };
	}
	if (r.flat) return { key: 'vat-flat', params: { limit: money(r.flat.upTo), rate: numberRange([r.flat.rate.value, ...r.flat.rates.map((x) => x.rate.value)]), vat: rate } };
	if (r.vatExempt && r.dutyExempt?.upTo) return { key: 'vat-exempt-duty-exempt', params: { limit: money(r.vatExempt.upTo), duty: money(r.dutyExempt.upTo), rate } };
	if (r.vatExempt && !r.dutyExempt) return { key: 'vat-exempt-up-to', params: { limit: money(r.vatExempt.upTo), rate } };
	if (r.dutyExempt) {
		const limit = r.dutyExempt.upTo ?? r.dutyExempt.below!;
		return { key: r.dutyExempt.upTo ? 'vat-duty-free-up-to' : 'vat-duty-free-below', params: { limit: money(limit), rate } };
	}
	if (isVatFree(r)) return { key: 'vat-none', params: {} };
	if (r.vatWaivedUpTo) return { key: 'vat-waived', params: { limit: [r.vatWaivedUpTo.value, currency], rate } };
	return { key: 'vat-first-unit', params: { rate } };
};

export const vatBorder = defineRegime({
	kind: 'vat-border',
	calculate,
	inputs: ['gift', 'duty', 'origin', 'fx'],
	checkout,
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? {
				rules,
				glance,
				fields: ['vat', 'standard', 'checkout', 'below', 'testedOn', 'deliveryTaxed', 'dutyOnShipping', 'generalDuty', 'categories', 'duty', 'dutyByWeight', 'excise', 'alwaysAtBorder', 'prohibited', 'exempt', 'counts', 'dutyExempt', 'upTo', 'vatExempt', 'flat', 'rates', 'origins', 'rate', 'excisePlus', 'flatRate', 'vatWaivedUpTo', 'rounding', 'baseTo', 'taxTo', 'giftRelief', 'allowance', 'above', 'excluded', 'notices', 'collectedAtCheckout', 'vatBaseCharges', 'key', 'amount', 'collected', 'incomeTax'],
			}
		: SERVER_ONLY),
});
