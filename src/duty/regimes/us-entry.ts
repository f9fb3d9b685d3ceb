/**
 * United States (research brief §2; facts memo US.1–US.7). No de minimis for any country since 2025-08-29: every parcel
 * pays from the first dollar, except bona fide gifts up to $100. Duty is due on the goods value;
 * international transport and insurance are not part of it. There is no federal VAT.
 *
 * Two ways of charging, by rules version:
 * - `full` (couriers; post from 2026-07-24): the regular (MFN) duty per kind of goods, which the
 *   reader's own rate replaces, plus each additional tariff layer whose origin rule matches
 *   (Section 301 on goods of China, the Section 122 surcharge, IEEPA tariffs), plus the entry
 *   fee: a flat fee up to the informal-entry limit ($2,500), the MPF by value above it.
 * - `in-lieu` (post, 2025-08-29 → 2026-07-23): only the listed layers, in lieu of every other
 *   duty (EO 14324 §3; EO 14388), with no entry fee.
 * The origin defaults to China, as the calculator does. Each line is rounded half up to the cent.
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, percent, toMinor } from '../money.ts';
import { dutyLines } from '../duty-lines.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) => {
	const origin = k.z.string().regex(/^([A-Z]{2}|other)$/, { error: 'must be an ISO 3166-1 country code, e.g. CN, or "other"' });
	const key = k.z.string().regex(/^[a-z0-9-]+$/);
	const layer = k.z.object({
		/** Its breakdown line's text key is `us.<key>` (e.g. section-301). */
		key,
		/** Rate by country of origin; `other` for every origin not listed. An origin without a rate does not pay this layer. */
		rates: k.z.record(origin, k.percent),
		/** A different rate for some kinds of goods (the Section 301 lists), for the origins that pay. */
		categories: k.categoryRecord(k.percent).default({}),
		/** Kinds of goods of which some are exempt (Section 122: certain electronics): the result says so (`us.<key>-exemptions`). */
		partlyExempt: k.z.array(k.category).default([]),
		/** Every origin pays but only the listed rates are known: others are told it is not included (`us.<key>-not-included`). */
		otherOriginsUnknown: k.z.boolean().default(false),
		/** Post only: a flat duty per item the carrier could pay instead, by band of the origin's rate (`from` inclusive, ascending). */
		flatOption: k.z.array(k.z.object({ from: k.percent, amount: k.money() })).default([]),
	});
	return k.z.object({
		...k.dated,
		duties: k.z.enum(['full', 'in-lieu']),
		/** Bona fide gifts up to this value (goods, fair retail value) pay nothing; above it, duty on the whole value. */
		gift: k.giftRelief,
		/** Column 1 General (MFN) duty by kind of goods, `full` only; left out where no preset is known. */
		mfn: k.categoryRecord(k.percent).default({}),
		/** Kinds of goods that also pay federal excise tax, which is not included. */
		excise: k.z.array(k.category).default([]),
		layers: k.z.array(layer).default([]),
		/** Entry fees; left out where none is charged (post paying a duty in lieu). */
		entry: k.z
			.object({
				/** Goods up to this value (inclusive) clear on an informal entry (2,500). */
				informalLimit: k.money(),
				/** The flat fee of an informal entry: its text key is `us.<key>`. */
				informalFee: k.z.object({ key, amount: k.money() }),
				/** MPF on a formal entry: a percentage of the goods value, between a minimum and a maximum. */
				formalFee: k.z.object({ rate: k.percent, min: k.money(), max: k.money() }),
			})
			.optional(),
		/** Origins whose goods may qualify for duty-free treatment (USMCA, American goods returned): the result says so. */
		preferenceOrigins: k.z.array(k.country).default([]),
		/** Warnings shown whenever this version applies (text keys, e.g. us.section-122-lapsed). */
		notices: k.z.array(k.z.string().regex(/^[a-z0-9.-]+$/)).default([]),
	});
};
export type UsRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: UsRules, digits: number): RegimeResult {
	const origin = (input.origin ?? 'CN').toUpperCase();
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const warnings: DutyWarning[] = [];
	if (input.items.some((item) => rules.excise.includes(item.category))) warnings.push({ key: 'excise-not-included' });

	const allowance = rules.gift.allowance.value;
	if (input.gift && goods <= toMinor(allowance, digits)) {
		warnings.push({ key: 'us.gift', params: { allowance } });
		return { regime: 'gift', total: 0, lines: [], warnings };
	}
	if (input.gift) warnings.push({ key: 'us.gift-over-allowance', params: { allowance } });
	warnings.push({ key: 'us.no-de-minimis' });
	for (const key of rules.notices) warnings.push({ key });

	const lines: BreakdownLine[] = [];
	if (rules.duties === 'full') {
		// The reader's rate replaces the MFN preset only; the additional tariffs below still apply.
		const mfn = dutyLines(
			input.items.map((item) => ({ category: item.category, base: item.value, preset: rules.mfn[item.category] })),
			input.dutyRate,
		);
		lines.push(...mfn.lines.map((line) => ({ ...line, key: 'us.mfn' })));
		if (mfn.unknown) warnings.push({ key: 'tariff-not-included' });
		if (input.dutyRate !== undefined) warnings.push({ key: 'us.override-mfn-only' });
	} else {
		warnings.push({ key: 'us.postal-in-lieu' });
		if (input.dutyRate !== undefined) warnings.push({ key: 'us.override-not-used' });
	}

	for (const layer of rules.layers) {
		const rate = layer.rates[origin] ?? layer.rates['other'];
		if (!rate) {
			if (layer.otherOriginsUnknown) warnings.push({ key: `us.${layer.key}-not-included`, params: { origin } });
			continue;
		}
		for (const item of input.items) {
			const r = layer.categories[item.category] ?? rate;
			lines.push({
				key: `us.${layer.key}`,
				category: item.category,
				base: item.value,
				rate: r.value,
				amount: applyRounded(item.value, percent(r.value)),
				sources: r.source ? [r.source] : [],
				estimate: r.estimate,
			});
		}
		if (input.items.some((item) => layer.partlyExempt.includes(item.category))) warnings.push({ key: `us.${layer.key}-exemptions` });
		// Post only: the carrier could pay a flat duty per item instead, by band of the origin's rate.
		const band = layer.flatOption.filter((b) => b.from.value <= rate.value).at(-1);
		if (rules.duties === 'in-lieu' && band) warnings.push({ key: 'us.postal-flat-option', params: { amount: band.amount.value } });
	}
	if (rules.duties === 'full') warnings.push({ key: 'us.not-included' });
	if (rules.preferenceOrigins.includes(origin)) warnings.push({ key: 'us.preference-may-apply', params: { origin } });

	let regime = rules.duties === 'in-lieu' ? 'postal-duty' : 'informal-entry';
	if (rules.entry) {
		const { informalLimit, informalFee, formalFee } = rules.entry;
		const limit = toMinor(informalLimit.value, digits);
		if (goods <= limit) {
			if (goods >= limit * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: informalLimit.value } });
			lines.push({
				key: `us.${informalFee.key}`,
				base: goods,
				rate: 0,
				flat: true,
				amount: toMinor(informalFee.amount.value, digits),
				sources: informalFee.amount.source ? [informalFee.amount.source] : [],
				estimate: informalFee.amount.estimate,
			});
		} else {
			regime = 'formal-entry';
			warnings.push({ key: 'us.formal-entry', params: { limit: informalLimit.value } });
			const min = toMinor(formalFee.min.value, digits);
			const max = toMinor(formalFee.max.value, digits);
			const byValue = applyRounded(goods, percent(formalFee.rate.value));
			const bound = byValue < min ? formalFee.min : byValue > max ? formalFee.max : undefined;
			const used = [formalFee.rate, ...(bound ? [bound] : [])];
			lines.push({
				key: 'us.mpf-formal',
				base: goods,
				rate: formalFee.rate.value,
				amount: Math.min(max, Math.max(min, byValue)),
				sources: [...new Set(used.flatMap((f) => (f.source ? [f.source] : [])))],
				estimate: used.some((f) => f.estimate),
			});
		}
	}
	warnings.push({ key: 'us.sales-tax' });
	return { regime, total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
}

/** The "at a glance" line. */
const glance: Regime<'us-entry', UsRules>['glance'] = (r, { currency }) => ({ key: r.duties === 'in-lieu' ? 'us-in-lieu' : 'us-full', params: { gift: [r.gift.allowance.value, currency] } });

export const usEntry = defineRegime({
	kind: 'us-entry',
	calculate,
	inputs: ['gift', 'origin', 'duty'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: [
	'duties', 'gift', 'allowance', 'counts', 'above', 'excluded', 'mfn', 'excise', 'layers', 'key', 'rates', 'categories', 'partlyExempt', 'otherOriginsUnknown', 'flatOption', 'from', 'amount',
	'entry', 'informalLimit', 'informalFee', 'formalFee', 'rate', 'min', 'max', 'preferenceOrigins', 'notices',
] } : SERVER_ONLY),
});
