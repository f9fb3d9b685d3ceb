import { describe, expect, test, type ExpectStatic } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, builtPages, coveringPages, openPage, pageParts, promptIdleCallbacks, settle, useBrowser, usePagePool } from './browser.ts';

const pages = builtPages();
// Dark mode changes colours only: it is checked on the pages that between them use every
// component, element and class of the site, in both languages (about one page in ten), and
// light mode on every page (axe's visual rules on those pages only: see checkPage).
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

const withPage = usePagePool(browser);
const covering = new Set(darkPages);

/**
 * Everything checked on a built page in a colour scheme. axe runs all its rules on the pages that
 * between them have every element and class of the site (coveringPages), in both colour schemes;
 * on the other pages it leaves out the rules that judge the look (VISUAL_RULES: contrast, link
 * colour, target size), which come from the shared stylesheets and are checked on those pages.
 */
async function checkPage(expect: ExpectStatic, path: string, colorScheme: 'light' | 'dark') {
	await withPage({ colorScheme }, async ({ page, problems }) => {
		const response = await page.goto(path);
		// After the load: what the page started (its idle callbacks, timers, late requests) is done.
		await Promise.all([page.waitForLoadState('networkidle'), settle(page)]);
		expect(response?.status()).toBe(200);
		// Starlight follows the OS preference unless the reader picked a theme.
		expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'n/a')).toMatch(
			path === '/' ? /n\/a/ : new RegExp(colorScheme),
		);
		expect(await axeViolations(page, { visual: covering.has(path) })).toEqual([]);
		// An id used twice: a link to the second one lands on the first (axe no longer checks ids no ARIA refers to).
		expect(await duplicateIds(page)).toEqual([]);
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
	});
}

/** Ids that more than one element of the page has. */
const duplicateIds = (page: Page) =>
	page.evaluate(() => {
		const seen = new Set<string>();
		const twice = new Set<string>();
		for (const { id } of document.querySelectorAll('[id]')) (seen.has(id) ? twice : seen).add(id);
		return [...twice];
	});

// A few pages at a time (the browser project's maxConcurrency): while one page waits for the
// network to go quiet, another is checked. axe takes most of the time: up to a minute on the
// largest page (the rules tables, 10,000 elements) on a busy two-core machine, longer when it
// shares the machine with two other pages.
const PAGE_TIMEOUT = 300_000;

describe.concurrent('every built page in light mode', () => {
	test.for(pages)('%s loads cleanly and axe finds no violations', { timeout: PAGE_TIMEOUT }, (path, { expect }) => checkPage(expect, path, 'light'));
});

describe.concurrent('in dark mode, the pages that use every part of the site', () => {
	test.for(darkPages)('%s loads cleanly and axe finds no violations', { timeout: PAGE_TIMEOUT }, (path, { expect }) => checkPage(expect, path, 'dark'));
});

// The lighter check on the other pages still finds what their content can get wrong: a page
// broken on purpose (served in place of a built one) fails it, rule by rule.
test('on a page with an image without alt text, a field without a label, a heading with no text, a link and a button with no name, no lang and an id used twice, the check without the visual rules reports each', async () => {
	const path = '/en/shoppers/keep-evidence/';
	const html = readFileSync(join('dist', path, 'index.html'), 'utf8')
		.replace(/<html([^>]*?)\slang="en"/, '<html$1')
		.replace(
			/<main([^>]*)>/,
			'<main$1><img src="/favicon.svg"><input type="text"><h2></h2><a href="/en/"></a><button></button><p id="twice">one</p><p id="twice">two</p>',
		);
	expect(html).not.toMatch(/<html[^>]*\slang=/);
	await withPage({ colorScheme: 'light' }, async ({ page }) => {
		await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
		await page.goto(path);
		await settle(page);
		const found = (await axeViolations(page, { visual: false })).map((violation) => violation.split(' ')[0]);
		expect(found).toEqual(expect.arrayContaining(['image-alt', 'label', 'empty-heading', 'link-name', 'button-name', 'html-has-lang']));
		expect(await duplicateIds(page)).toEqual(['twice']);
		await page.unroute(`**${path}`);
	});
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
