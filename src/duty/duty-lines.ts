import type { Category } from './categories.ts';
import type { Figure } from '../schemas/duty-kit.ts';
import { applyRounded, percent } from './money.ts';
import type { BreakdownLine } from './types.ts';

/**
 * One duty line per kind of goods: the preset rate from the rules (or the reader's own rate,
 * which replaces it), with its source and estimate mark. `unknown` is true when some kind has no
 * preset and the reader gave no rate, so duty for it is not included.
 */
export function dutyLines(items: readonly { category: Category; base: number; preset: Figure | undefined }[], dutyRate: number | undefined) {
	const lines: BreakdownLine[] = items.map(({ category, base, preset }) => {
		const rate = dutyRate ?? preset?.value ?? 0;
		return {
			key: 'duty',
			category,
			base,
			rate,
			amount: applyRounded(base, percent(rate)),
			sources: dutyRate === undefined && preset?.source ? [preset.source] : [],
			estimate: dutyRate === undefined && (preset?.estimate ?? true),
		};
	});
	return {
		lines,
		duties: lines.reduce((sum, line) => sum + line.amount, 0),
		unknown: dutyRate === undefined && items.some((item) => !item.preset),
	};
}
