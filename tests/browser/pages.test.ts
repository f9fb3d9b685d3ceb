import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, builtPages, launchBrowser, openPage } from './browser.ts';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the build has pages in both languages and the language chooser', () => {
	expect(pages).toContain('/');
	expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(3);
	expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBe(pages.filter((p) => p.startsWith('/en/')).length);
});

describe.each(['light', 'dark'] as const)('every built page in %s mode', (colorScheme) => {
	test.each(pages)('%s loads cleanly and axe finds no violations', async (path) => {
		const { page, problems } = await openPage(browser, { colorScheme });
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		// Starlight follows the OS preference unless the reader picked a theme.
		expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'n/a')).toMatch(
			path === '/' ? /n\/a/ : new RegExp(colorScheme),
		);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		await page.context().close();
	});
});

test('a missing page answers 404 with a localized, accessible not-found page', async () => {
	const { page, problems } = await openPage(browser);
	const response = await page.goto('/en/no-such-page/', { waitUntil: 'networkidle' });
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1').textContent()).resolves.toMatch(/404/);
	expect(await axeViolations(page)).toEqual([]);
	// Chromium logs the document's own 404 to the console; nothing else may fail.
	expect(problems.consoleErrors).toEqual([expect.stringContaining('the server responded with a status of 404')]);
	expect(problems.failedRequests).toEqual([expect.stringContaining('/en/no-such-page/ (HTTP 404)')]);
	await page.context().close();
});
