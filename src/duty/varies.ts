/**
 * Rates that vary inside a kind of goods (`varies: true` on a figure: Australia's food, mostly
 * GST-free; China's food VAT, 13% or 9%): the figure holds the common case, and the reader is told
 * how it varies by a warning `<prefix>.<category>` (e.g. "varies.gst.food") whose words are in the
 * destination's file. Pure, no dependencies.
 */
import { isChildCategory, parentCategory, type Category } from './categories.ts';

/**
 * A narrower kind taxed with its parent's figure (perfume with cosmetics') is told the parent's
 * words, once; one with a varying figure of its own has its own words.
 */
export function variesWarnings(categories: readonly Category[], rateOf: (category: Category) => { varies?: boolean | undefined } | undefined, prefix: string) {
	const worded = (c: Category): Category => (isChildCategory(c) && rateOf(c) === rateOf(parentCategory[c]) ? parentCategory[c] : c);
	return [...new Set(categories.filter((c) => rateOf(c)?.varies).map(worded))].map((c) => ({ key: `${prefix}.${c}` }));
}
