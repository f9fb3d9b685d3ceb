import { describe, expect, test } from 'vitest';
import { axeViolations, baseURL, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

describe("What's new", () => {
	test('the English page lists the EU €3 duty from 2026-07-01 and the US end of duty-free parcels, and links to the rules', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/reference/whats-new/');
		const eu = page.locator('.changes li', { hasText: '2026-07-01' }).filter({ hasText: 'European Union' }).first();
		await eu.waitFor(wait);
		await expect(eu.innerText()).resolves.toMatch(/EUR 3/);
		await expect(eu.locator('a').getAttribute('href')).resolves.toBe('/en/tools/duty-rules/eu/');
		await expect(page.locator('.changes li', { hasText: '2025-08-29' }).filter({ hasText: 'United States' }).count()).resolves.toBeGreaterThan(0);
		// The guides are listed under the day a person last checked them, one entry per day.
		await expect(page.locator('.changes .reviewed a').count()).resolves.toBeGreaterThan(10);
		await expect(page.locator('.changes > li[data-kind="guide"]', { hasText: '2026-11-22' }).locator('span').innerText()).resolves.toMatch(/^Guides checked against their sources: \d+$/);
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe('/changes.xml');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
	});

	test('the Chinese page says the same in Chinese, with its own feed', async () => {
		const { page } = await fresh();
		await page.goto('/zh-cn/reference/whats-new/');
		const eu = page.locator('.changes li', { hasText: '2026-07-01' }).filter({ hasText: '欧盟' }).first();
		await eu.waitFor(wait);
		await expect(eu.innerText()).resolves.toMatch(/进口规则有变/);
		await expect(page.getByRole('link', { name: /订阅/ }).getAttribute('href')).resolves.toBe('/zh-cn/changes.xml');
		expect(await axeViolations(page)).toEqual([]);
	});

	test.each([
		['/changes.xml', 'en', 'European Union'],
		['/zh-cn/changes.xml', 'zh-CN', '欧盟'],
	])('%s is an Atom feed in %s with absolute links and no date in the future', async (path, lang, eu) => {
		const response = await fetch(baseURL() + path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
		const xml = await response.text();
		const { page } = await fresh();
		// Parsed by the browser's own XML parser: a malformed feed has a <parsererror>.
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const entries = [...doc.querySelectorAll('entry')];
			return {
				error: doc.querySelector('parsererror')?.textContent ?? '',
				lang: doc.documentElement.getAttribute('xml:lang'),
				entries: entries.length,
				links: entries.map((e) => e.querySelector('link')?.getAttribute('href') ?? ''),
				titles: entries.map((e) => e.querySelector('title')?.textContent ?? ''),
				updated: entries.map((e) => e.querySelector('updated')?.textContent ?? ''),
			};
		}, xml);
		expect(parsed.error).toBe('');
		expect(parsed.lang).toBe(lang);
		expect(parsed.entries).toBeGreaterThan(10);
		expect(parsed.links.every((href) => href.startsWith(`${baseURL()}/`))).toBe(true);
		expect(parsed.titles.some((t) => t.startsWith('2026-07-01') && t.includes(eu))).toBe(true);
		const today = new Date().toISOString().slice(0, 10);
		expect(parsed.updated.filter((u) => u.slice(0, 10) > today)).toEqual([]);
	});
});
