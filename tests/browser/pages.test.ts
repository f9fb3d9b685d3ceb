import { describe, expect, test } from 'vitest';
import { axeViolations, builtPages, useBrowser, openPage } from './browser.ts';

const pages = builtPages();
const browser = useBrowser();

test('the build has pages in both languages and the language chooser', () => {
	expect(pages).toContain('/');
	expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(3);
	expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBe(pages.filter((p) => p.startsWith('/en/')).length);
});

describe.each(['light', 'dark'] as const)('every built page in %s mode', (colorScheme) => {
	test.each(pages)('%s loads cleanly and axe finds no violations', async (path) => {
		const { page, problems } = await openPage(browser(), { colorScheme });
		const response = await page.goto(path, { waitUntil: 'networkidle' });
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
		await page.context().close();
	});
});

test.each(['/en/no-such-page/', '/zh-cn/no-such-page/'])('%s answers 404 with an accessible page in both languages', async (path) => {
	const { page, problems } = await openPage(browser());
	const response = await page.goto(path, { waitUntil: 'networkidle' });
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
