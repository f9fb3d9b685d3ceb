/**
 * Rates by kind of goods (the kit's `ratesByCategory`): `standard` for every kind not listed, and
 * the VAT lines they give. No schema library, so the browser's formulas use it too.
 */
import type { Category } from './categories.ts';
import type { Figure } from '../schemas/duty-kit.ts';
import { applyRounded, percent } from './money.ts';
import type { BreakdownLine } from './types.ts';

export type RatesByCategory<T> = { standard: T } & { [K in Category]?: T | undefined };

/** The rate for a kind of goods: its own when listed, else the standard one. */
export const rateFor = <T>(rates: RatesByCategory<T>, category: Category): T => rates[category] ?? rates.standard;

/** The sources of some figures, each once, in order (figures without one are skipped). */
export function sourcesOf(...figures: readonly ({ source?: string | undefined } | undefined)[]): string[] {
	const out: string[] = [];
	for (const figure of figures) if (figure?.source && !out.includes(figure.source)) out.push(figure.source);
	return out;
}

/**
 * VAT lines: the goods grouped by the rate figure that applies to each kind (one line per figure,
 * named by its kind of goods when it holds one), each on its base. `figureOf` finds a kind's rate;
 * `varies` is told each kind whose rate varies inside it (the regime words the warning).
 */
export function vatLinesByFigure(
	key: string,
	bases: readonly { category: Category; base: number }[],
	figureOf: (category: Category) => Figure,
	extra: Partial<BreakdownLine>,
	varies: (category: Category) => void,
): BreakdownLine[] {
	const groups = new Map<Figure, { categories: Category[]; base: number }>();
	for (const { category, base } of bases) {
		const figure = figureOf(category);
		const group = groups.get(figure) ?? { categories: [], base: 0 };
		group.categories.push(category);
		group.base += base;
		groups.set(figure, group);
		if (figure.varies) varies(category);
	}
	return [...groups].map(([figure, { categories, base }]): BreakdownLine => ({
		key,
		...(categories.length === 1 ? { category: categories[0]! } : {}),
		base,
		rate: figure.value,
		amount: applyRounded(base, percent(figure.value)),
		sources: sourcesOf(figure),
		estimate: figure.estimate,
		...extra,
	}));
}
