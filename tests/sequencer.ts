import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser files that take longest, longest first (the whole browser project on the shared
 * two-core machine, 2026-12-08, three workers: pages 584 s, search 284, search-quality 201,
 * calculator 196, progress 153, get-help 129, finding 96, embed 59). Vitest starts the longest
 * files first only when it has timings from an earlier run; a fresh clone (CI) has none, so it
 * starts the largest files first, and the small pages.test.ts, the longest of all, started last
 * and ran alone at the end. Starting it first lets the workers share the rest while it runs.
 */
const LONGEST_FIRST = [
	'tests/browser/pages.test.ts',
	'tests/browser/search.test.ts',
	'tests/browser/search-quality.test.ts',
	'tests/browser/calculator.test.ts',
	'tests/browser/progress.test.ts',
	'tests/browser/get-help.test.ts',
	'tests/browser/finding.test.ts',
	'tests/browser/embed.test.ts',
];

export default class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			const i = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
			return i < 0 ? LONGEST_FIRST.length : i;
		};
		// Projects keep their order (where each first appears), and files not listed keep Vitest's
		// order after the listed ones.
		const projects = [...new Set(sorted.map((spec) => spec.project.name))];
		return sorted
			.map((spec, index) => ({ spec, index, project: projects.indexOf(spec.project.name) }))
			.sort((a, b) => a.project - b.project || rank(a.spec) - rank(b.spec) || a.index - b.index)
			.map(({ spec }) => spec);
	}
}
