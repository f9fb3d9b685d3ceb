/**
 * Steps shared by regimes with a tax rate per kind of goods (Australia and New Zealand:
 * src/duty/regimes/gst-threshold.ts; Singapore: sg-gst.ts; Japan's consumption tax): tax by rate on
 * each kind of goods, and what the border charges — duty on the goods, GST on goods + shipping and
 * insurance + duty, and charges by value band. Pure; no schema library (the browser bundle imports
 * it through the regimes).
 */
import type { Category } from './categories.ts';
import type { Figure } from '../schemas/duty-kit.ts';
import { dutyLines } from './duty-lines.ts';
import { allocate, applyRounded, percent, toMinor } from './money.ts';
import type { BreakdownLine, DutyInput } from './types.ts';

const sourcesOf = (figure: { source?: string | undefined } | undefined) => (figure?.source ? [figure.source] : []);

/**
 * Tax on each kind of goods' base at its own rate, one line per rate (a basket of basic food at 0%
 * and clothing at 10% has two): `key` names the step, `atCheckout` marks tax the seller collects.
 */
export function taxByRate(bases: readonly { category: Category; base: number }[], rateOf: (category: Category) => Figure, key: string, atCheckout = false): BreakdownLine[] {
	const byRate = new Map<number, { base: number; figure: Figure }>();
	for (const { category, base } of bases) {
		const figure = rateOf(category);
		const group = byRate.get(figure.value) ?? { base: 0, figure };
		group.base += base;
		byRate.set(figure.value, group);
	}
	return [...byRate.values()].map(({ base, figure }) => ({
		key,
		base,
		rate: figure.value,
		amount: applyRounded(base, percent(figure.value)),
		sources: sourcesOf(figure),
		estimate: figure.estimate,
		...(atCheckout ? { atCheckout: true } : {}),
	}));
}

/** Each item's value with its share of `extra` (shipping and insurance), shared by value. */
export function withShare(items: readonly { category: Category; value: number }[], extra: number) {
	const shares = allocate(extra, items.map((item) => item.value));
	return items.map((item, i) => ({ category: item.category, base: item.value + shares[i]! }));
}

/**
 * What the border charges above the low-value limit: duty on each kind of goods' value (the
 * customs value: transport excluded), then GST on value + its share of shipping and insurance +
 * its duty. `unknown` is true when a kind has no duty rate and the reader gave none.
 */
export function borderLines(
	items: readonly { category: Category; value: number }[],
	extras: number,
	rates: { duty: (category: Category) => Figure | undefined; gst: (category: Category) => Figure },
	dutyRate: DutyInput['dutyRate'],
) {
	const duty = dutyLines(
		items.map((item) => ({ category: item.category, base: item.value, preset: rates.duty(item.category) })),
		dutyRate,
	);
	const taxable = withShare(items, extras).map((entry, i) => ({ category: entry.category, base: entry.base + duty.lines[i]!.amount }));
	return { lines: [...duty.lines, ...taxByRate(taxable, rates.gst, 'import-gst')], unknown: duty.unknown };
}

/** A government charge by value band: applies to goods values from `from` (inclusive) up to `below`. */
export interface Charge {
	key: string;
	amount: Figure;
	from: Figure;
	below?: Figure | undefined;
}

/** The charges whose band holds `goods` (minor units), one line each. */
export function chargeLines(charges: readonly Charge[], goods: number, digits: number): BreakdownLine[] {
	return charges
		.filter((charge) => goods >= toMinor(charge.from.value, digits) && (!charge.below || goods < toMinor(charge.below.value, digits)))
		.map((charge) => ({
			key: `charge.${charge.key}`,
			base: goods,
			rate: 0,
			amount: toMinor(charge.amount.value, digits),
			sources: sourcesOf(charge.amount),
			estimate: charge.amount.estimate,
		}));
}
