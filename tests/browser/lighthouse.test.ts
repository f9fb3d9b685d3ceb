import lighthouse from 'lighthouse';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchForLighthouse } from '../../scripts/lighthouse-chromium.mjs';
import { baseURL } from './browser.ts';

/**
 * Lighthouse's best-practices and SEO scores are deterministic for a given page, so they are held at
 * 100 here. Accessibility is not run here: axe-core checks every page in the light theme, and in
 * the dark one the pages that between them use every part of the site (pages.test.ts). Performance depends on the machine. `npm run lighthouse` runs all four categories
 * on seven pages (all 100 on 2026-11-22), and the README keeps the latest figures.
 *
 * One page per layout: a Starlight guide, the get-help page (Chinese, the most script) and the
 * embed page (its own layout and headers).
 */
const PAGES = ['/en/shoppers/keep-evidence/', '/zh-cn/get-help/', '/embed/en/duty-calculator/'];
const CATEGORIES = ['best-practices', 'seo'];
let chromium: { port: number; close: () => Promise<void> } | undefined;
beforeAll(async () => {
	chromium = await launchForLighthouse(inject('chromiumPath'));
});
afterAll(() => chromium?.close());

test.each(PAGES)('Lighthouse: %s scores 100 for best practices and SEO', { timeout: 180_000 }, async (path) => {
	const run = await lighthouse(baseURL() + path, {
		port: chromium!.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		// Lighthouse's own waits for the page, explicit and generous for a busy machine.
		maxWaitForFcp: 60_000,
		maxWaitForLoad: 90_000,
	});
	const lhr = run!.lhr;
	expect(lhr.runtimeError).toBeUndefined();
	const failing = CATEGORIES.flatMap((c) =>
		lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
	);
	expect(failing).toEqual([]);
	expect(CATEGORIES.map((c) => lhr.categories[c]!.score)).toEqual([1, 1]);
});
