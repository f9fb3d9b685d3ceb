import { describe, expect, test, type ExpectStatic } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, builtPages, coveringPages, openPage, pageParts, promptIdleCallbacks, settle, useBrowser } from './browser.ts';

const pages = builtPages();
// Dark mode changes colours only: it is checked on the pages that between them use every
// component, element and class of the site, in both languages (about one page in five), and
// light mode on every page.
const darkPages = coveringPages(pages);
const browser = useBrowser();

test('the build has pages in both languages and the language chooser', () => {
	expect(pages).toContain('/');
	expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(3);
	expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBe(pages.filter((p) => p.startsWith('/en/')).length);
});

test('the pages checked in dark mode have every part any page has, in both languages', () => {
	const parts = (path: string) => pageParts(readFileSync(join('dist', path, 'index.html'), 'utf8'));
	const covered = new Set(darkPages.flatMap((path) => [...parts(path)]));
	for (const path of pages) expect([...parts(path)].filter((part) => !covered.has(part)), path).toEqual([]);
	expect(covered).toContain('html[lang=en]');
	expect(covered).toContain('html[lang=zh-CN]');
	expect(darkPages).toContain('/');
	expect(darkPages.length).toBeLessThan(pages.length);
});

/** Everything checked on a built page in a colour scheme. */
async function checkPage(expect: ExpectStatic, path: string, colorScheme: 'light' | 'dark') {
	const { page, problems } = await openPage(browser(), { colorScheme });
	try {
		await promptIdleCallbacks(page);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		await settle(page);
		expect(response?.status()).toBe(200);
		// Starlight follows the OS preference unless the reader picked a theme.
		expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'n/a')).toMatch(
			path === '/' ? /n\/a/ : new RegExp(colorScheme),
		);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		// Links that leave the site carry rel="noopener noreferrer".
		const externalWithoutRel = await page
			.locator('main a[href^="http"]')
			.evaluateAll((links) =>
				links.filter((a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? '')).map((a) => a.getAttribute('href')),
			);
		expect(externalWithoutRel).toEqual([]);
		// Markdown that did not render (e.g. Chinese punctuation just inside **bold**) shows as raw marks.
		expect(await page.locator('main').innerText()).not.toMatch(/\*\*|__\S/);
	} finally {
		await page.context().close();
	}
}

// A few pages at a time (the browser project's maxConcurrency): while one page waits for the
// network to go quiet, another is checked. Each page has its own context, so nothing is shared.
// axe takes most of the time: up to a minute on the largest page (the rules tables, 10,000
// elements) on a busy two-core machine, longer when it shares the machine with two other pages.
const PAGE_TIMEOUT = 300_000;

describe.concurrent('every built page in light mode', () => {
	test.for(pages)('%s loads cleanly and axe finds no violations', { timeout: PAGE_TIMEOUT }, (path, { expect }) => checkPage(expect, path, 'light'));
});

describe.concurrent('in dark mode, the pages that use every part of the site', () => {
	test.for(darkPages)('%s loads cleanly and axe finds no violations', { timeout: PAGE_TIMEOUT }, (path, { expect }) => checkPage(expect, path, 'dark'));
});

test.each(['/en/no-such-page/', '/zh-cn/no-such-page/'])('%s answers 404 with an accessible page in both languages', async (path) => {
	const { page, problems } = await openPage(browser());
	await promptIdleCallbacks(page);
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	await settle(page);
	expect(response?.status()).toBe(404);
	// The address's language leads (issue 17): Chinese first on a /zh-cn/ address.
	expect(await page.locator('main h1').innerText()).toMatch(path.startsWith('/zh-cn/') ? /页面未找到\s*Page not found/ : /Page not found\s*页面未找到/);
	expect(await page.locator('main h1 span[lang="zh-CN"]').innerText()).toBe('页面未找到');
	expect(await page.locator('main a[href="/en/"]').innerText()).toContain('Go to the English home page');
	expect(await page.locator('main a[href="/zh-cn/"]').innerText()).toContain('前往中文首页');
	expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
	expect(await axeViolations(page)).toEqual([]);
	// Chromium logs the document's own 404 to the console; nothing else may fail.
	expect(problems.consoleErrors).toEqual([expect.stringContaining('the server responded with a status of 404')]);
	expect(problems.failedRequests).toEqual([expect.stringContaining(`${path} (HTTP 404)`)]);
	await page.context().close();
});
