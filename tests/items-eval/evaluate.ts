/**
 * The evaluation of the item matcher, shared by `npm run items:eval` and
 * tests/unit/items-eval.test.ts. Holdout entries are only counted: their texts and results are
 * never returned (tests/items-eval/README.md).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { itemIndexFromContent } from '../../src/duty/items/build-index.ts';
import { createMatcher, type ItemMatcher } from '../../src/duty/items/match.ts';

interface EvalItem {
	q: string;
	accept: string[];
	holdout?: boolean;
}
export interface PartScore {
	n: number;
	top1: number;
	top3: number;
	none: number;
}
export interface LanguageReport {
	lang: 'en' | 'zh-cn';
	tuning: PartScore;
	holdout: PartScore;
	/** Tuning entries only. */
	misses: { q: string; accept: string[]; got: string[]; top3: boolean }[];
}

let matcher: ItemMatcher | undefined;
export function itemMatcher(): ItemMatcher {
	return (matcher ??= createMatcher(itemIndexFromContent()));
}

export function evaluateItems(): LanguageReport[] {
	const match = itemMatcher();
	return (['en', 'zh-cn'] as const).map((lang) => {
		const items = load(readFileSync(`tests/items-eval/${lang}.yaml`, 'utf8')) as EvalItem[];
		const report: LanguageReport = { lang, tuning: { n: 0, top1: 0, top3: 0, none: 0 }, holdout: { n: 0, top1: 0, top3: 0, none: 0 }, misses: [] };
		for (const item of items) {
			const got = match.match(item.q).proposals.map((p) => p.kind);
			const part = item.holdout ? report.holdout : report.tuning;
			const top1 = got.length > 0 && item.accept.includes(got[0]!);
			const top3 = got.slice(0, 3).some((k) => item.accept.includes(k));
			part.n++;
			if (top1) part.top1++;
			if (top3) part.top3++;
			if (got.length === 0) part.none++;
			if (!item.holdout && !top1) report.misses.push({ q: item.q, accept: item.accept, got, top3 });
		}
		return report;
	});
}
