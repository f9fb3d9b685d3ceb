import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { baseURL } from './browser.ts';

/**
 * Lighthouse's accessibility, best-practices and SEO scores are deterministic for a given page,
 * so they are held at 100 here. Performance depends on the machine: `npm run lighthouse` prints
 * it (all seven pages scored 100 on 2026-11-22), and the README keeps the latest figures.
 */
const PAGES = ['/en/', '/en/shoppers/keep-evidence/', '/zh-cn/shoppers/keep-evidence/', '/en/checklists/evidence/', '/en/tools/duty-calculator/', '/embed/en/duty-calculator/', '/zh-cn/get-help/'];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const port = 9800 + Math.floor(Math.random() * 150);
let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`] });
});
afterAll(() => browser?.close());

test.each(PAGES)('Lighthouse: %s scores 100 for accessibility, best practices and SEO', async (path) => {
	const run = await lighthouse(baseURL() + path, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
	const lhr = run!.lhr;
	const failing = CATEGORIES.flatMap((c) =>
		lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
	);
	expect(failing).toEqual([]);
	expect(CATEGORIES.map((c) => lhr.categories[c]!.score)).toEqual([1, 1, 1]);
}, 120_000);
