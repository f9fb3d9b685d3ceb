/**
 * Rates by kind of goods (the kit's `ratesByCategory`): `standard` for every kind not listed.
 * No dependencies, so the browser's formulas use it too.
 */
import type { Category } from './categories.ts';

export type RatesByCategory<T> = { standard: T } & { [K in Category]?: T | undefined };

/** The rate for a kind of goods: its own when listed, else the standard one. */
export const rateFor = <T>(rates: RatesByCategory<T>, category: Category): T => rates[category] ?? rates.standard;

/** The sources of some figures, each once, in order (figures without one are skipped). */
export function sourcesOf(...figures: readonly ({ source?: string | undefined } | undefined)[]): string[] {
	const out: string[] = [];
	for (const figure of figures) if (figure?.source && !out.includes(figure.source)) out.push(figure.source);
	return out;
}
