/**
 * The get-help scenarios marked `browser: true` (tests/help-scenarios.yaml), opened as links in both
 * languages: the page must show the plan the unit test checks (tests/unit/help-scenarios.test.ts),
 * beginning with the steps an expert expects ([data-step] ids) and naming the expert's first body
 * (its link, matched by the body's URL in content/complaint-bodies), or no body at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { answersQuery } from '../../src/help/answers.ts';
import { scenarios } from '../help-scenarios.ts';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

/** Each complaint body's link, by id (the page shows bodies by name and link). */
const bodyUrls = new Map(
	readdirSync('content/complaint-bodies').map((f) => [f.replace(/\.yaml$/, ''), (load(readFileSync(`content/complaint-bodies/${f}`, 'utf8')) as { url: string }).url]),
);
const chosen = scenarios.filter((s) => s.browser);

test('eight scenarios or more, in both languages, for at least six problems', () => {
	expect(chosen.length).toBeGreaterThanOrEqual(8);
	expect(new Set(chosen.map((s) => s.lang))).toEqual(new Set(['en', 'zh-cn']));
	expect(new Set(chosen.map((s) => s.answers.problem)).size).toBeGreaterThanOrEqual(6);
	expect(new Set(bodyUrls.values()).size).toBe(bodyUrls.size);
});

describe('a scenario opened as a link shows the expected start of the plan', () => {
	for (const s of chosen) {
		const run = s.known ? test.fails : test;
		run(`${s.lang}: ${s.id}`, async () => {
			const { page, problems } = await fresh();
			const query = answersQuery(s.answers);
			query.set('q', 'plan');
			await page.goto(`/${s.lang}/get-help/?${query}`);
			await page.locator('#help-plan-title').waitFor(wait);
			const steps = await page.locator('[data-screen] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
			expect(steps.slice(0, 3)).toEqual(s.steps);
			const links = await page.locator('[data-screen] .bodies li > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
			if (s.body === 'none') expect(links).toEqual([]);
			else expect(links[0]).toBe(bodyUrls.get(s.body));
			expect(problems.consoleErrors).toEqual([]);
		});
	}
});
