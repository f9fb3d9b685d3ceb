/**
 * China, personal articles tax on inbound parcels (行邮税; 税委会〔2019〕17号): one rate per kind of
 * goods (13%, 20%, 50%) covers duty, VAT and consumption tax, on the declared price (customs may use
 * their dutiable value table instead: the reader is told); a total tax of CNY 50 or less is waived
 * (not deducted). A parcel over the value limit (CNY 2,000 since 2024-12-01) cannot pass as
 * personal articles (`notAllowed`, with the tax for the record) unless it holds one indivisible
 * item. Gifts have no relief of their own: they are personal articles like any other.
 */
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import { applyRounded, percent, toMinor } from '../money.ts';
import { NEAR_LIMIT, type BreakdownLine, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { variesWarnings } from '../varies.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		/** Tax at or below this amount is waived (50). */
		waiver: k.money(),
		/** Value limit per parcel (2,000 since 2024-12-01). */
		parcelLimit: k.money(),
		/** The rate by kind of goods; `other` for every kind not listed. */
		categories: k.categoryRecordWithOther(k.percent),
		/** A higher rate from a value per item (watches of CNY 10,000 or more: 50%). */
		highValue: k.categoryRecord(k.z.object({ from: k.money(), rate: k.percent })).default({}),
		/** Gifts: no relief of their own (allowance 0); a gift is taxed like any personal article. */
		giftRelief: k.giftRelief,
	});
export type CnPostalRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: CnPostalRules, digits: number): RegimeResult {
	const waiver = toMinor(rules.waiver.value, digits);
	const parcelLimit = toMinor(rules.parcelLimit.value, digits);
	const declared = input.items.reduce((sum, item) => sum + item.value, 0);
	const warnings: DutyWarning[] = [];
	let notAllowed: DutyWarning | undefined;
	if (declared > parcelLimit) {
		warnings.push({
			key: input.single ? 'cn.postal.single-item-over-limit' : 'cn.postal.over-parcel-limit',
			params: { limit: rules.parcelLimit.value },
		});
		if (!input.single) notAllowed = { key: 'cn.postal.not-allowed-parcel', params: { limit: rules.parcelLimit.value } };
	} else if (declared >= parcelLimit * NEAR_LIMIT) {
		warnings.push({ key: 'near-limit', params: { limit: rules.parcelLimit.value } });
	}
	if (input.gift && rules.giftRelief.allowance.value === 0) warnings.push({ key: 'cn.postal.gift' });
	const rateOf = (category: DutyInput['items'][number]['category'], value: number) => {
		const high = rules.highValue[category];
		return high && value >= toMinor(high.from.value, digits) ? high.rate : rules.categories[category] ?? rules.categories.other;
	};
	warnings.push(...variesWarnings(input.items.map((item) => item.category), (c) => rules.categories[c] ?? rules.categories.other, 'varies.postal'));
	warnings.push({ key: 'cn.postal.table-value' });
	const lines: BreakdownLine[] = input.items.map((item) => {
		const rate = rateOf(item.category, item.value);
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
		return { regime: 'waived', params: { waiver: rules.waiver.value }, total: 0, lines, warnings, ...(notAllowed ? { notAllowed } : {}) };
	}
	return { regime: 'payable', total: tax, lines, warnings, ...(notAllowed ? { notAllowed } : {}) };
}

/** The "at a glance" line. */
const glance: Regime<'cn-postal', CnPostalRules>['glance'] = (r, { currency }) => {
	const rates = [...new Set(Object.values(r.categories).map((f) => f.value))].sort((a, b) => a - b);
	return { key: 'cn-postal', params: { parcel: [r.parcelLimit.value, currency], waiver: [r.waiver.value, currency], rates: rates.join('/') } };
};

export const cnPostal = defineRegime({
	kind: 'cn-postal',
	calculate,
	inputs: ['gift', 'single'],
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false ? { rules, glance, fields: ['waiver', 'parcelLimit', 'categories', 'highValue', 'from', 'rate', 'giftRelief', 'allowance', 'counts', 'above', 'excluded'] } : SERVER_ONLY),
});
