/**
 * South Korea, goods for personal use. Nothing is due up to US$150 of goods, or US$200 for goods
 * shipped from the US through list clearance (목록통관); a parcel holding food, supplements,
 * functional cosmetics or medicines goes through general clearance and keeps US$150 (KCS, as
 * reported by Yonhap). The limits are in US dollars and are compared in dollars: when the reader's
 * amounts are in dollars, those amounts exactly (`input.entered`); otherwise won converted at the
 * won-per-dollar rate (`input.fx.USD`: the reader's own rate when they gave one for dollars, else
 * the snapshot's, and the result says which rate customs use). Warning and regime params name the
 * limit `usd`, not `limit`, so it is not shown as won. The goods price counts without the
 * international shipping. Above the limit the whole value is taxed: duty on CIF (goods + shipping
 * + insurance, shared by value) and VAT on CIF + duty, at each kind of goods' VAT rate (books and
 * unprocessed food are exempt). Gifts have no separate relief: the same limits apply.
 *
 * Rounding: half up to the whole won per line. Korean treasury practice drops amounts under 10 won
 * (국고금 관리법) and customs do not collect a tax bill under 10,000 won (관세법 제40조); neither was
 * confirmed in a source the project cites, so neither is applied (the second cannot matter above
 * the limit, where VAT alone is more than 10,000 won).
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { allocate, applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** In US dollars. */
		thresholdUSD: k.money('USD'),
		/** Higher limits, in US dollars, for list-clearance goods shipped from these origins (US: 200). */
		listClearance: k.z.array(k.z.object({ origins: k.z.array(k.country).min(1), thresholdUSD: k.money('USD') })).default([]),
		vat: k.percent,
		categories: k.categoryRecord(
			k.z.object({
				/** Left out where no rate is known: the result then says duty is not included. */
				duty: k.percent.optional(),
				/**
				 * General clearance (일반통관): `always`, a parcel holding such goods never gets the higher
				 * list-clearance limit; `sometimes`, only some goods of the kind (functional cosmetics), so
				 * the higher limit is used and the reader is told.
				 */
				generalClearance: k.z.enum(['always', 'sometimes']).optional(),
				/** VAT for this kind of goods when it differs from `vat` (books: exempt). */
				vat: k.percent.optional(),
				/** Liquor tax and education tax apply, which the calculator does not include. */
				excise: k.z.boolean().default(false),
			}),
		),
		/** Gifts: no relief of their own (allowance 0): the same limits apply as to purchases. */
		giftRelief: k.giftRelief,
	});
export type KrPersonalRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: KrPersonalRules, digits: number): RegimeResult | RegimeError {
	const fx = input.fx?.USD;
	if (fx === undefined || !Number.isFinite(fx) || fx <= 0) return { error: { key: 'kr.no-usd-rate' } };
	const warnings: DutyWarning[] = [];
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);

	// Is an amount over (or within 10% of) a limit in dollars? In dollars as entered when the reader's
	// amounts are in dollars; otherwise won (minor units) against dollars × rate, exactly in millionths.
	const dollars = input.entered?.currency === 'USD' ? input.entered : undefined;
	const rate = BigInt(Math.round(fx * 1_000_000));
	const wonOf = (usd: number) => BigInt(Math.round(usd * 100)) * rate * 10n ** BigInt(digits);
	const scale = 100n * 1_000_000n;
	/** amount × 10 − limit × tenths: positive when the amount is over `tenths`/10 of the limit. */
	const against = (won: number, cents: number | undefined, usd: number, tenths: bigint) =>
		dollars && cents !== undefined
			? BigInt(cents) * 10n - BigInt(toMinor(usd, dollars.minorUnits)) * tenths
			: BigInt(won) * scale * 10n - wonOf(usd) * tenths;
	const over = (won: number, cents: number | undefined, usd: number) => against(won, cents, usd, 10n) > 0n;
	const near = (won: number, cents: number | undefined, usd: number) => against(won, cents, usd, 9n) >= 0n;
	const goodsCents = dollars?.goods;
	const withShippingCents = dollars ? dollars.goods + dollars.shipping + dollars.insurance : undefined;
	if (!dollars) warnings.push({ key: 'kr.usd-rate', params: { rate: Math.round(fx * 100) / 100 } });
	if (input.gift && rules.giftRelief.allowance.value === 0) warnings.push({ key: 'kr.gift' });

	const origin = input.origin?.toUpperCase();
	const preset = (category: DutyInput['items'][number]['category']) => rules.categories[category];
	if (input.items.some((item) => preset(item.category)?.excise)) warnings.push({ key: 'kr.liquor-tax' });

	// The limit: the higher list-clearance one for the origin, unless a kind of goods needs general clearance.
	let threshold = rules.thresholdUSD;
	const list = origin ? rules.listClearance.find((l) => l.origins.includes(origin)) : undefined;
	if (list) {
		if (input.items.some((item) => preset(item.category)?.generalClearance === 'always')) {
			warnings.push({ key: 'kr.general-clearance', params: { usd: rules.thresholdUSD.value } });
		} else {
			threshold = list.thresholdUSD;
			if (input.items.some((item) => preset(item.category)?.generalClearance === 'sometimes')) {
				warnings.push({ key: 'kr.general-clearance-some', params: { usd: rules.thresholdUSD.value } });
			}
		}
	}
	const limit = threshold.value;

	if (!over(goods, goodsCents, limit)) {
		if (near(goods, goodsCents, limit)) warnings.push({ key: 'kr.near-limit', params: { usd: limit } });
		if (over(goods + extras, withShippingCents, limit)) warnings.push({ key: 'kr.shipping-may-count', params: { usd: limit } });
		warnings.push({ key: 'kr.exempt', params: { usd: limit } }, { key: 'kr.same-day' });
		return { regime: 'exempt', params: { usd: limit }, total: 0, lines: [], warnings };
	}

	warnings.push({ key: 'kr.over-threshold', params: { usd: limit } });
	const cif = allocate(extras, input.items.map((item) => item.value)).map((extra, i) => input.items[i]!.value + extra);
	const duty = dutyLines(
		input.items.map((item, i) => ({ category: item.category, base: cif[i]!, preset: preset(item.category)?.duty })),
		input.dutyRate,
	);
	if (duty.unknown) warnings.push({ key: 'tariff-not-included' });
	const lines: BreakdownLine[] = [...duty.lines];
	// VAT on CIF + duty; one line per VAT rate (books are exempt).
	const byRate = new Map<number, { base: number; figure: typeof rules.vat }>();
	input.items.forEach((item, i) => {
		const figure = preset(item.category)?.vat ?? rules.vat;
		const group = byRate.get(figure.value) ?? { base: 0, figure };
		group.base += cif[i]! + duty.lines[i]!.amount;
		byRate.set(figure.value, group);
	});
	for (const { base, figure } of byRate.values()) {
		lines.push({
			key: 'import-vat',
			base,
			rate: figure.value,
			amount: applyRounded(base, percent(figure.value)),
			sources: figure.source ? [figure.source] : [],
			estimate: figure.estimate,
		});
	}
	warnings.push({ key: 'kr.simplified-rates' });
	return { regime: 'duty-and-vat', params: { usd: limit }, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'kr-personal', KrPersonalRules>['glance'] = (r, { currency }) => {
	const us = r.listClearance[0]?.thresholdUSD.value;
	const usd = r.thresholdUSD.currency ?? currency;
	return { key: 'kr', params: { limit: [r.thresholdUSD.value, usd], us: us ? [us, usd] : '', vat: r.vat.value } };
};

export const krPersonal = defineRegime({
	kind: 'kr-personal',
	calculate,
	inputs: ['gift', 'origin', 'duty', 'fx'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['thresholdUSD', 'listClearance', 'origins', 'vat', 'categories', 'duty', 'generalClearance', 'excise', 'giftRelief', 'allowance', 'counts', 'above', 'excluded'] } : SERVER_ONLY),
});
