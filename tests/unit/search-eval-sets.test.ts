import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEvalSet, type EvalLanguage } from '../browser/search-eval.ts';

/**
 * The search evaluation sets (tests/search-eval/README.md): every accepted answer must be a page
 * that exists in the query's language, or the set measures nothing for that query; the holdout
 * flags follow the rule fixed before any result existed, so no query was moved between the parts.
 */
const sets = [
	{ dir: 'tests/search-eval', every: 4 },
	{ dir: 'tests/search-eval/fresh', every: 2 },
] as const;

function exists(language: EvalLanguage, accept: string): boolean {
	const [path, anchor] = accept.split('#') as [string, string | undefined];
	if (path === 'reference/glossary' && anchor) return existsSync(`content/glossary/${anchor}.yaml`);
	if (path.startsWith('checklists/')) return existsSync(`content/checklists/${path.slice('checklists/'.length)}.yaml`);
	if (path === 'checklists') return true;
	return ['.md', '.mdx', '/index.md', '/index.mdx'].some((ext) => existsSync(`content/docs/${language}/${path === 'index' ? 'index' : path}${ext}`));
}

describe.each(sets)('$dir', ({ dir, every }) => {
	test.each(['en', 'zh-cn'] as const)('%s: every accepted answer is a page of that language', (language) => {
		const entries = loadEvalSet(language, dir);
		expect(entries.length).toBeGreaterThanOrEqual(150);
		const missing = entries.flatMap((e) => e.accept.filter((a) => !exists(language, a)).map((a) => `${e.q}: ${a}`));
		expect(missing).toEqual([]);
	});

	test.each(['en', 'zh-cn'] as const)(`%s: within each kind, the 1st query and every ${every}th after it is held out, and only those`, (language) => {
		const seen = new Map<string, number>();
		const wrong = loadEvalSet(language, dir).filter((e) => {
			const n = seen.get(e.kind) ?? 0;
			seen.set(e.kind, n + 1);
			return e.holdout !== (n % every === 0);
		});
		expect(wrong.map((e) => e.q)).toEqual([]);
	});
});
