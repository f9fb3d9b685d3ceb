/**
 * Rates by the parcel's value band in US dollars and by where the goods come from: Mexico's
 * "tasa global" for courier parcels (33.5% from countries without a trade agreement, exempt up to
 * US$50 and 17% to US$117 from the US and Canada), and other destinations whose low-value rules are
 * a few flat rates on the customs value.
 *
 * - The value tested is the customs value (`tested`: the goods with transport and insurance, or the
 *   goods alone), in US dollars: the reader's amounts exactly when typed in dollars
 *   (`input.entered`), otherwise the destination's currency against dollars at `input.fx.USD`.
 * - `bands`, in order: the first band whose `origins` include the goods' origin (or that has no
 *   `origins`) and whose `upToUSD` (inclusive) holds the value applies. Without an origin, only
 *   bands without `origins` are used, and the reader is told that the origin may change the rate.
 * - Each band charges its `taxes` in order on the customs value; a tax marked `compound` is charged
 *   on the customs value plus the taxes before it (VAT on value + duty). A band with no taxes is an
 *   exemption. `treatment` names the band (`regime.<treatment>` in the destination's words) and
 *   `notices` are the destination's words shown with it (a fee not included).
 * - Above `limitUSD` the parcel needs a formal import: the amounts are shown, not allowed.
 * - `atCheckout`: the seller or platform collects the tax at checkout (the channel's ruling, or a
 *   band's own: above a platform's limit the tax is collected at import).
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, percent, toMinor } from '../money.ts';
import { type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type CheckoutOffer, type Regime, type RulesOf } from './regime.ts';

/** A key into the destination's words, e.g. `mx.global-rate`. */
const wordKey = (k: SchemaKit) => k.z.string().regex(/^[a-z0-9.-]+$/);

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Above this customs value (US dollars) the low-value procedure does not apply. */
		limitUSD: k.money('USD').optional(),
		/** What the bands and the limit are tested on. */
		tested: k.z.enum(['goods', 'goods-and-shipping']).default('goods-and-shipping'),
		bands: k.z
			.array(
				k.z.object({
					/** Goods from these countries only; left out: any origin. */
					origins: k.z.array(k.country).min(1).optional(),
					/** The band ends at this value (US dollars, inclusive); left out: no upper end. */
					upToUSD: k.money('USD').optional(),
					treatment: k.textKey,
					taxes: k.z.array(k.z.object({ key: wordKey(k), rate: k.percent, compound: k.z.boolean().default(false) })).default([]),
					/** Words of the destination shown with this band (a fee that is not included…). */
					notices: k.z.array(wordKey(k)).default([]),
					/** Who collects this band's taxes, when not as the channel does (above Chile's US$500, at import). */
					atCheckout: k.ruling.optional(),
				}),
			)
			.min(1)
			.refine((bands) => bands.some((b) => !b.origins && !b.upToUSD), { error: 'needs a last band for any origin and any value (no origins, no upToUSD)' }),
		/** The seller or platform charges the tax at checkout. */
		atCheckout: k.ruling,
		/** Kinds of goods the low-value procedure does not take (the result says they need a formal import). */
		notInRegime: k.z.array(k.category).default([]),
		/** Gifts between private persons; an allowance of 0: taxed like purchases (the note says why). */
		gift: k.giftRelief,
	});
export type UsdBandsRules = RulesOf<typeof rules>;
type Band = UsdBandsRules['bands'][number];

function calculate(input: DutyInput, rules: UsdBandsRules, digits: number): RegimeResult | RegimeError {
	const fx = input.fx?.USD;
	if (fx === undefined || !Number.isFinite(fx) || fx <= 0) return { error: { key: 'bands.no-usd-rate' } };
	const warnings: DutyWarning[] = [];
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const customsValue = goods + extras;
	const withShipping = rules.tested === 'goods-and-shipping';
	const tested = withShipping ? customsValue : goods;
	const dollars = input.entered?.currency === 'USD' ? input.entered : undefined;
	const testedCents = dollars ? dollars.goods + (withShipping ? dollars.shipping + dollars.insurance : 0) : undefined;
	/** The tested value compared with `usd` × tenths/10: positive when over. */
	const against = (usd: number, tenths: number) =>
		dollars && testedCents !== undefined ? testedCents * 10 - toMinor(usd, dollars.minorUnits) * tenths : tested * 10 - toMinor(usd * fx, digits) * tenths;
	if (!dollars) warnings.push({ key: 'bands.usd-rate', params: { rate: Math.round(fx * 100) / 100 } });

	const origin = input.origin?.toUpperCase() ?? '';
	const known = origin !== '' && origin !== 'ZZ';
	if (!known && rules.bands.some((b) => b.origins)) warnings.push({ key: 'bands.origin-unknown' });
	const applies = (b: Band) => (!b.origins || (known && b.origins.includes(origin))) && (!b.upToUSD || against(b.upToUSD.value, 10) <= 0);
	const band = rules.bands.find(applies)!;
	// Close to the band's upper end: a little more and another band applies.
	if (band.upToUSD && against(band.upToUSD.value, 9) >= 0) warnings.push({ key: 'bands.near', params: { usd: band.upToUSD.value } });

	let notAllowed: DutyWarning | undefined;
	if (rules.limitUSD && against(rules.limitUSD.value, 10) > 0) notAllowed = { key: 'bands.over-limit', params: { usd: rules.limitUSD.value } };
	else if (input.items.some((item) => rules.notInRegime.includes(item.category))) notAllowed = { key: 'bands.not-in-regime' };
	if (input.gift && rules.gift.allowance.value === 0) warnings.push({ key: 'bands.gift' });
	warnings.push(...band.notices.map((key) => ({ key })));
	const atCheckout = (band.atCheckout ?? rules.atCheckout).value;
	if (band.taxes.length > 0) warnings.push({ key: atCheckout ? 'bands.checkout' : 'bands.on-delivery' });

	// Each tax on the customs value, a compound one on the value plus the taxes before it.
	const lines: BreakdownLine[] = [];
	let before = 0;
	for (const tax of band.taxes) {
		const base = customsValue + (tax.compound ? before : 0);
		const amount = applyRounded(base, percent(tax.rate.value));
		lines.push({ key: tax.key, base, rate: tax.rate.value, amount, sources: tax.rate.source ? [tax.rate.source] : [], estimate: tax.rate.estimate, ...(atCheckout ? { atCheckout: true } : {}) });
		before += amount;
	}
	const params: Record<string, number> = band.upToUSD ? { usd: band.upToUSD.value } : {};
	return { regime: band.treatment, params, total: before, lines, warnings, ...(notAllowed ? { notAllowed } : {}) };
}

/**
 * The "at a glance" line: the rates for goods from most origins, by band (`-origin` keys add that
 * some origins pay less: the rules page lists them).
 */
/** Checkout collection: the bands whose tax the platform collects (the channel's ruling, or a band's own), up to the highest of them when the others are paid at import (Chile's US$500). */
const checkout = (r: UsdBandsRules): CheckoutOffer | undefined => {
	const collecting = r.bands.filter((b) => (b.atCheckout ?? r.atCheckout).value);
	if (collecting.length === 0) return undefined;
	if (collecting.length === r.bands.length) return {};
	const top = Math.max(...collecting.map((b) => b.upToUSD?.value ?? Infinity));
	return Number.isFinite(top) ? { limit: { value: top, currency: 'USD' } } : {};
};

const glance: Regime<'usd-bands', UsdBandsRules>['glance'] = (r) => {
	const general = r.bands.filter((b) => !b.origins);
	const byOrigin = r.bands.some((b) => b.origins) ? '-origin' : '';
	const rates = (b: Band) => b.taxes.map((t) => t.rate.value).join(' + ') || '0';
	const [first, next] = general;
	if (first?.upToUSD && next) {
		const limit: [number, string] = [first.upToUSD.value, 'USD'];
		if (first.taxes.length === 0) return { key: `bands-exempt${byOrigin}`, params: { limit, rate: rates(next) } };
		return { key: `bands-split${byOrigin}`, params: { limit, rate: rates(first), above: rates(next) } };
	}
	return { key: byOrigin ? 'bands-origin' : 'bands', params: { rate: rates(general.find((b) => b.taxes.length > 0) ?? general.at(-1)!) } };
};

export const usdBands = defineRegime({
	kind: 'usd-bands',
	calculate,
	inputs: ['gift', 'origin', 'fx'],
	checkout,
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? { rules, glance, fields: ['limitUSD', 'tested', 'bands', 'origins', 'upToUSD', 'treatment', 'taxes', 'key', 'rate', 'compound', 'notices', 'atCheckout', 'notInRegime', 'gift', 'allowance', 'counts', 'above', 'excluded', 'flatDuty', 'upTo'] }
		: SERVER_ONLY),
});
