/**
 * Singapore: GST on goods bought from abroad. Two S$400 tests, by who sells and how it comes:
 *
 * - A seller or marketplace registered for GST (overseas vendor registration) charges GST at
 *   checkout on goods of S$400 or less sent by air or post (`checkoutUpTo`, the sales value);
 *   nothing is collected at import.
 * - Otherwise (a seller that is not registered, goods over S$400, or a gift), the border grants
 *   relief when the total cost, insurance and freight is S$400 or less by air or post (`relief`);
 *   above it, GST is charged on the entire CIF value plus any duty. By sea or land there is no
 *   relief at all (a channel without `relief`).
 * - Intoxicating liquor and tobacco are never low-value goods and never relieved (`alwaysAtBorder`).
 *
 * Duty is charged only on liquor, tobacco, motor vehicles and petroleum: `generalDuty` is 0.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { borderLines, taxByRate, withShare } from '../tax-lines.ts';
import { variesWarnings } from '../varies.ts';
import { toMinor } from '../money.ts';
import { NEAR_LIMIT, type DutyInput, type DutyWarning, type RegimeResult } from '../types.ts';
import { defineRegime, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z.object({
		...k.dated,
		gst: k.percent,
		/** A registered seller charges GST at checkout on goods (sales value) up to this: the GST-registered channel only. */
		checkoutUpTo: k.money().optional(),
		/** Whether the seller's GST at checkout is on the delivery and insurance it charges too. */
		deliveryTaxedAtCheckout: k.ruling.optional(),
		/** Import GST relief: nothing is due at the border when the total CIF value is at most this (air and post only). */
		relief: k.money().optional(),
		/** Duty on every kind of goods not listed (0: duty is only on liquor, tobacco, motor vehicles, petroleum). */
		generalDuty: k.percent,
		categories: k.categoryRecord(
			k.z.object({
				duty: k.percent.optional(),
				/** Excise duty also applies, which the calculator does not include. */
				excise: k.z.boolean().default(false),
				/** Never low-value goods and never relieved (liquor, tobacco). */
				alwaysAtBorder: k.ruling.optional(),
			}),
		),
		/**
		 * Gifts: no relief of their own, but a gift by post or air shares the import relief (goods,
		 * insurance and freight up to S$400, liquor and tobacco excluded); by sea, 0.
		 */
		giftRelief: k.giftRelief,
	});
export type SgGstRules = RulesOf<typeof rules>;

function calculate(input: DutyInput, rules: SgGstRules, digits: number): RegimeResult {
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const cif = goods + extras;
	const preset = (category: Category) => rules.categories[category];
	const gstOf = (): Figure => rules.gst;
	const warnings: DutyWarning[] = [];
	if (input.items.some((item) => preset(item.category)?.excise)) warnings.push({ key: 'excise-not-included' });
	warnings.push(...variesWarnings(input.items.map((item) => item.category), gstOf, 'varies.gst'));
	const atBorder = input.items.some((item) => preset(item.category)?.alwaysAtBorder?.value);
	if (atBorder) warnings.push({ key: 'sg.liquor-tobacco' });
	if (input.gift) warnings.push({ key: 'sg.gift' });

	// A registered seller's low-value goods: GST at checkout, none at import.
	const checkoutUpTo = rules.checkoutUpTo ? toMinor(rules.checkoutUpTo.value, digits) : undefined;
	if (checkoutUpTo !== undefined && !input.gift && !atBorder && goods <= checkoutUpTo) {
		if (goods >= checkoutUpTo * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: rules.checkoutUpTo!.value } });
		warnings.push({ key: 'sg.checkout', params: { limit: rules.checkoutUpTo!.value } });
		const bases = withShare(input.items, rules.deliveryTaxedAtCheckout?.value ? extras : 0);
		const lines = taxByRate(bases, gstOf, 'gst-at-checkout', true);
		// Delivery in the base rests on the ruling: an estimate when it is.
		if (extras > 0 && rules.deliveryTaxedAtCheckout?.estimate) lines.forEach((line) => (line.estimate = true));
		return { regime: 'gst-at-checkout', total: lines.reduce((sum, line) => sum + line.amount, 0), lines, warnings };
	}
	// Import GST relief: CIF of S$400 or less by air or post (for a gift, the gift relief, which is the same).
	const gift = input.gift ? rules.giftRelief : undefined;
	const reliefFigure = gift ? (gift.allowance.value > 0 ? gift.allowance : undefined) : rules.relief;
	const relief = reliefFigure ? toMinor(reliefFigure.value, digits) : undefined;
	const excluded = atBorder || (gift?.excluded ?? []).some((c) => input.items.some((item) => item.category === c));
	const counted = gift?.counts === 'goods' ? goods : cif;
	if (relief !== undefined && !excluded && counted <= relief) {
		if (counted >= relief * NEAR_LIMIT) warnings.push({ key: 'near-limit', params: { limit: reliefFigure!.value } });
		warnings.push({ key: 'sg.relief', params: { limit: reliefFigure!.value } });
		return { regime: 'import-relief', params: { limit: reliefFigure!.value }, total: 0, lines: [], warnings };
	}
	// At the border: GST on the entire CIF value plus duty.
	if (relief !== undefined && !excluded) warnings.push({ key: 'sg.over-relief', params: { limit: reliefFigure!.value } });
	if (relief === undefined) warnings.push({ key: 'sg.no-relief' });
	const border = borderLines(input.items, extras, { duty: (c) => preset(c)?.duty ?? rules.generalDuty, gst: gstOf }, input.dutyRate);
	if (border.unknown) warnings.push({ key: 'tariff-not-included' });
	return { regime: 'import-gst', total: border.lines.reduce((sum, line) => sum + line.amount, 0), lines: border.lines, warnings };
}

/** The "at a glance" line: the seller's checkout limit, or the border's relief. */
const glance: Regime<'sg-gst', SgGstRules>['glance'] = (r, { currency }) => {
	if (r.checkoutUpTo) return { key: 'checkout-gst', params: { limit: [r.checkoutUpTo.value, currency], rate: r.gst.value } };
	if (r.relief) return { key: 'sg-relief', params: { limit: [r.relief.value, currency], rate: r.gst.value } };
	return { key: 'sg-import-gst', params: { rate: r.gst.value } };
};

export const sgGst = defineRegime({
	kind: 'sg-gst',
	calculate,
	inputs: ['gift', 'duty'],
	checkout: (r: SgGstRules) => (r.checkoutUpTo ? { limit: { value: r.checkoutUpTo.value } } : undefined),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? { rules, glance, fields: ['gst', 'checkoutUpTo', 'deliveryTaxedAtCheckout', 'relief', 'generalDuty', 'categories', 'duty', 'excise', 'alwaysAtBorder', 'giftRelief', 'allowance', 'counts', 'above', 'excluded'] }
		: SERVER_ONLY),
});
