/**
 * South Korea, goods for personal use (research brief §7.2). Nothing is due up to USD 150 of
 * goods, or USD 200 for goods shipped from the US through list clearance (목록통관); a parcel
 * holding food, supplements, cosmetics or medicines goes through general clearance and keeps
 * USD 150. The limits are in US dollars (warning and regime params name them `usd`, not `limit`,
 * so they are not shown as won): the reader's rate (`input.fx.USD`, won per dollar)
 * converts them, and the goods price counts without the international shipping. Above the limit
 * the whole value is taxed: duty on CIF (goods + shipping + insurance, shared by value) and VAT
 * on CIF + duty.
 *
 * Rounding: half up to the whole won per line. Korean treasury practice drops amounts under 10 won
 * (국고금 관리법) and customs do not collect a tax bill under 10,000 won (관세법 제40조); neither was
 * confirmed in a source the project cites, so neither is applied (the second cannot matter above
 * the limit, where VAT alone is more than 10,000 won).
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { allocate, applyRounded, percent } from '../money.ts';
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
				/** General clearance (일반통관): a parcel holding such goods never gets the higher list-clearance limit. */
				generalClearance: k.z.boolean().default(false),
				/** VAT for this kind of goods when it differs from `vat` (books: exempt). */
				vat: k.percent.optional(),
				/** Liquor tax and education tax apply, which the calculator does not include. */
				excise: k.z.boolean().default(false),
			}),
		),
	});
export type KrPersonalRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: KrPersonalRules, digits: number): RegimeResult | RegimeError {
	const fx = input.fx?.USD;
	if (fx === undefined || !Number.isFinite(fx) || fx <= 0) return { error: { key: 'kr.no-usd-rate' } };
	// Exact comparison of won (minor units) with dollars × rate: cents × rate in millionths.
	const rate = BigInt(Math.round(fx * 1_000_000));
	const scale = 100n * 1_000_000n;
	const wonOf = (usd: number) => BigInt(Math.round(usd * 100)) * rate * 10n ** BigInt(digits);
	const over = (minor: number, usd: number) => BigInt(minor) * scale > wonOf(usd);
	const near = (minor: number, usd: number) => BigInt(minor) * scale * 10n >= wonOf(usd) * 9n;

	const warnings: DutyWarning[] = [];
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const origin = input.origin?.toUpperCase();
	const preset = (category: DutyInput['items'][number]['category']) => rules.categories[category];
	if (input.items.some((item) => preset(item.category)?.excise)) warnings.push({ key: 'kr.liquor-tax' });

	// The limit: the higher list-clearance one for the origin, unless a kind of goods needs general clearance.
	let threshold = rules.thresholdUSD;
	const list = origin ? rules.listClearance.find((l) => l.origins.includes(origin)) : undefined;
	if (list) {
		if (input.items.some((item) => preset(item.category)?.generalClearance)) {
			warnings.push({ key: 'kr.general-clearance', params: { usd: rules.thresholdUSD.value } });
		} else {
			threshold = list.thresholdUSD;
		}
	}
	const limit = threshold.value;

	if (!over(goods, limit)) {
		if (near(goods, limit)) warnings.push({ key: 'kr.near-limit', params: { usd: limit } });
		if (over(goods + extras, limit)) warnings.push({ key: 'kr.shipping-may-count', params: { usd: limit } });
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
	inputs: ['origin', 'duty', 'fx'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['thresholdUSD', 'listClearance', 'origins', 'vat', 'categories', 'duty', 'generalClearance', 'excise'] } : SERVER_ONLY),
});
