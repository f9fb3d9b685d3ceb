/**
 * Saved checklist progress is never lost (Back across languages, two tabs at once, a newer
 * version's record), and garbage in any storage key the site reads breaks nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve.mjs';
import { launchBrowser, openPage, useBrowser, usePages } from './browser.ts';

const browser = useBrowser();
// A page for a test that needs no second tab, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const EN = '/en/checklists/evidence/';
const ZH = '/zh-cn/checklists/evidence/';
const KEY = 'kb-checklist:evidence';
const TOTAL = 10;
/** Generous: CI is a busy two-core machine. */
const WAIT = { timeout: 15_000, interval: 100 };

const list = (page: Page) => page.locator('kb-checklist[data-id="evidence"]').first();
const boxes = (page: Page) => list(page).locator('input[type="checkbox"]');
/** Which boxes are ticked, by position: [1, 5] means the 2nd and 6th. */
const tickedAt = (page: Page) =>
	boxes(page).evaluateAll((inputs) => inputs.flatMap((input, i) => ((input as HTMLInputElement).checked ? [i] : [])));
const progress = (page: Page) => list(page).locator('.progress').innerText();
const notice = (page: Page) => list(page).locator('.notice');
const itemIds = (page: Page) => boxes(page).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset['item']!));
const storedRaw = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The ticked ids in the stored record, as this page's storage sees it (none without a record). */
const storedTicks = async (page: Page) => {
	const raw = await storedRaw(page);
	return raw === null ? [] : (JSON.parse(raw) as { checked: string[] }).checked;
};
const enProgress = (done: number) => `${done} of ${TOTAL} done`;
const zhProgress = (done: number) => `已完成 ${done}/${TOTAL}`;

describe('Back after changing ticks on the other language’s page', () => {
	test('the English page shows what storage holds, and its next tick keeps the Chinese page’s ticks', async () => {
		// Playwright's Chromium has no back/forward cache: Back loads the page again, and the
		// browser restores the boxes' state from when the reader left it.
		const { page, problems } = await openPage(browser());
		await page.goto(EN);
		const ids = await itemIds(page);
		await boxes(page).nth(0).check();
		await boxes(page).nth(1).check();
		await page.goto(ZH);
		expect(await tickedAt(page)).toEqual([0, 1]);
		await boxes(page).nth(0).uncheck();
		await boxes(page).nth(5).check();
		expect(await progress(page)).toBe(zhProgress(2));
		await page.goBack();
		expect(page.url()).toContain(EN);
		await expect.poll(() => tickedAt(page), WAIT).toEqual([1, 5]);
		expect(await progress(page)).toBe(enProgress(2));
		await boxes(page).nth(7).check();
		expect(await storedTicks(page)).toEqual([ids[1], ids[5], ids[7]]);
		expect(await progress(page)).toBe(enProgress(3));
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	describe('with the back/forward cache (as in Chrome for readers)', () => {
		// The test server sends no-store, which keeps pages out of the cache; a static host does not.
		let server: { url: string; close: () => Promise<void> };
		beforeAll(async () => {
			server = await serveDist('dist', { headers: { 'Cache-Control': 'max-age=0' } });
		});
		afterAll(() => server?.close());

		test('a page restored from the cache shows what storage holds; its next tick keeps the other page’s ticks', async () => {
			const cached = await launchBrowser({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
			try {
				const { page, problems } = await openPage(cached, { baseURL: server.url });
				await page.addInitScript(() =>
					addEventListener('pageshow', (event) => {
						if (event.persisted) document.documentElement.dataset['fromCache'] = 'yes';
					}),
				);
				await page.goto(EN);
				const ids = await itemIds(page);
				await boxes(page).nth(2).check();
				await boxes(page).nth(3).check();
				await page.goto(ZH);
				await boxes(page).nth(2).uncheck();
				await boxes(page).nth(8).check();
				// A page restored from the cache fires no load event.
				await page.goBack({ waitUntil: 'commit' });
				await page.waitForFunction(() => document.documentElement.dataset['fromCache'] === 'yes', null, { timeout: 15_000 });
				await expect.poll(() => tickedAt(page), WAIT).toEqual([3, 8]);
				expect(await progress(page)).toBe(enProgress(2));
				await boxes(page).nth(9).check();
				expect(await storedTicks(page)).toEqual([ids[3], ids[8], ids[9]]);
				expect(problems.consoleErrors).toEqual([]);
			} finally {
				await cached.close();
			}
		});
	});
});

describe('two tabs ticking different items at the same moment keep both ticks', () => {
	/** One round: tab A clicks box `a` while tab B clicks box `b`; each click toggles its box. */
	type Round = [a: number, b: number];

	async function race(start: number[], rounds: Round[]) {
		const { page: en, problems } = await openPage(browser());
		await en.goto(EN);
		const ids = await itemIds(en);
		if (start.length > 0) {
			await en.evaluate(
				([key, raw]) => localStorage.setItem(key!, raw!),
				[KEY, JSON.stringify({ v: 1, checked: start.map((i) => ids[i]), updated: new Date().toISOString() })],
			);
			await en.reload();
		}
		// A second tab of the same browser profile, on the Chinese page.
		const zh = await en.context().newPage();
		zh.on('pageerror', (error) => problems.consoleErrors.push(`${zh.url()}: ${error.message}`));
		zh.on('console', (message) => {
			if (message.type() === 'error') problems.consoleErrors.push(`${zh.url()}: ${message.text()}`);
		});
		await zh.goto(ZH);
		const expected = new Set(start);
		for (const [a, b] of rounds) {
			await Promise.all([boxes(en).nth(a).click(), boxes(zh).nth(b).click()]);
			for (const i of [a, b]) {
				if (expected.has(i)) expected.delete(i);
				else expected.add(i);
			}
			const want = [...expected].sort((x, y) => x - y);
			const state = async () => ({
				en: await tickedAt(en),
				zh: await tickedAt(zh),
				storedInEn: await storedTicks(en),
				storedInZh: await storedTicks(zh),
				enProgress: await progress(en),
				zhProgress: await progress(zh),
			});
			await expect
				.poll(state, WAIT)
				.toEqual({
					en: want,
					zh: want,
					storedInEn: want.map((i) => ids[i]),
					storedInZh: want.map((i) => ids[i]),
					enProgress: enProgress(want.length),
					zhProgress: zhProgress(want.length),
				});
		}
		expect(problems.consoleErrors).toEqual([]);
		await en.context().close();
	}

	// 15 rounds in three tests, so that each stays well within the time limit.
	test('ticking: five rounds from nothing to everything', () =>
		race([], [
			[0, 1],
			[2, 3],
			[4, 5],
			[6, 7],
			[8, 9],
		]));

	test('unticking: five rounds from everything to nothing', () =>
		race([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [
			[1, 0],
			[3, 2],
			[5, 4],
			[7, 6],
			[9, 8],
		]));

	test('one tab ticks while the other unticks: five rounds', () =>
		race([1, 3, 5, 7, 9], [
			[0, 9],
			[2, 7],
			[4, 5],
			[6, 3],
			[8, 1],
		]));
});

describe('a record saved by a newer version of the site', () => {
	const newer = '{"v":2,"items":{"save-order-confirmation":{"done":"2027-03-01T10:00:00Z"}}}';

	test('is kept, never overwritten: ticks work on the page, are not saved, and the page says why', async () => {
		const { page, problems } = await fresh();
		await page.addInitScript(([key, raw]) => localStorage.setItem(key!, raw!), [KEY, newer]);
		await page.goto(EN);
		await expect.poll(() => notice(page).innerText(), WAIT).toBe(
			'Your ticks for this checklist were saved by a newer version of this site, which this page cannot read. So as not to overwrite them, this page saves nothing: reload it to get the newer version.',
		);
		expect(await notice(page).getAttribute('role')).toBe('status');
		// It does not also claim that ticks are saved.
		expect(await list(page).locator('.saved-here').isVisible()).toBe(false);
		expect(await progress(page)).toBe(enProgress(0));
		await boxes(page).nth(0).check();
		await boxes(page).nth(4).check();
		expect(await tickedAt(page)).toEqual([0, 4]);
		expect(await progress(page)).toBe(enProgress(2));
		expect(await storedRaw(page)).toBe(newer);
		page.once('dialog', (dialog) => void dialog.accept());
		await list(page).locator('button[data-action="reset"]').click();
		expect(await tickedAt(page)).toEqual([]);
		expect(await storedRaw(page)).toBe(newer);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the Chinese page says so in Chinese', async () => {
		const { page } = await fresh();
		await page.addInitScript(([key, raw]) => localStorage.setItem(key!, raw!), [KEY, newer]);
		await page.goto(ZH);
		await expect.poll(() => notice(page).innerText(), WAIT).toBe(
			'你的勾选是由本站较新的版本保存的，这个页面读不了。为了不覆盖它们，本页不会保存任何改动；刷新页面即可换用新版本。',
		);
		await boxes(page).nth(1).check();
		expect(await progress(page)).toBe(zhProgress(1));
		expect(await storedRaw(page)).toBe(newer);
	});
});

describe('garbage in any storage key the site reads breaks nothing', () => {
	const GUIDE = '/en/shoppers/keep-evidence/';
	const hostile: [label: string, value: string][] = [
		['markup', '"><img src=x>'],
		['two words', 'x y'],
		['punctuation', '!!'],
		['10 KB', 'é'.repeat(10_240)],
	];
	/** Every key read by Starlight (theme, sidebar state) and by the site (checklists). */
	const cases: [key: string, area: 'localStorage' | 'sessionStorage', label: string, value: string][] = [
		...hostile.map(([label, value]): [string, 'localStorage', string, string] => ['starlight-theme', 'localStorage', label, value]),
		// Starlight never stores "auto" (it stores "" for it), and paints dark first when it finds it.
		['starlight-theme', 'localStorage', '"auto"', 'auto'],
		['starlight-theme', 'localStorage', '" dark"', ' dark'],
		...hostile.map(([label, value]): [string, 'sessionStorage', string, string] => ['sl-sidebar-state', 'sessionStorage', label, value]),
		// JSON of the right shape whose scroll position cannot be turned into a number.
		['sl-sidebar-state', 'sessionStorage', 'a scroll position that is no number', '{"hash":"{{hash}}","open":[],"scroll":{"valueOf":1,"toString":1}}'],
		['sl-sidebar-state', 'sessionStorage', 'open state of the wrong type', '{"hash":"{{hash}}","open":{"0":true},"scroll":"{}"}'],
		...hostile.map(([label, value]): [string, 'localStorage', string, string] => [KEY, 'localStorage', label, value]),
		[KEY, 'localStorage', 'prototype keys', '{"v":1,"checked":["__proto__"],"changed":{"__proto__":{"x":1},"constructor":"!!"}}'],
	];

	// Each case has its own page, with storage as a new context has it, so three run at a time (the
	// browser project's maxConcurrency): one page's waits for the network overlap another's checks.
	test.concurrent.for(cases)('%s (%s): %s', async ([key, area, _label, value], { expect, onTestFinished }) => {
		// The reader's system prefers light: that is what the theme must fall back to.
		const { page, problems } = await fresh({ colorScheme: 'light' }, { onTestFinished });
		for (const path of [GUIDE, EN]) {
			// The sidebar's state only counts for the sidebar it was saved with: use this page's (as
			// built, so that the page is loaded once, with the garbage already in storage).
			const hash = readFileSync(join('dist', path, 'index.html'), 'utf8').match(/<sl-sidebar-state-persist[^>]*\sdata-hash="([^"]*)"/)?.[1];
			expect(hash, `${path} has no sidebar state hash`).toBeTruthy();
			await page.addInitScript(
				([k, a, v]) => {
					// Set before any of the page's scripts run, on every page the test opens.
					window[a as 'localStorage'].setItem(k!, v!);
					// The theme each time a script sets it; the first is what the page is painted with.
					const themes: string[] = [];
					new MutationObserver(() => themes.push(document.documentElement.dataset['theme'] ?? '')).observe(document, {
						subtree: true,
						attributeFilter: ['data-theme'],
					});
					(window as unknown as { kbThemes: string[] }).kbThemes = themes;
				},
				[key, area, value.replaceAll('{{hash}}', hash!)],
			);
			await page.goto(path);
			await expect.poll(() => progress(page), WAIT).toBe(enProgress(0));
			// The theme follows the system from the first paint on, and the picker says "auto".
			expect(await page.evaluate(() => (window as unknown as { kbThemes: string[] }).kbThemes[0])).toBe('light');
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
			expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe('auto');
			// The checklist still saves.
			await boxes(page).nth(0).check();
			expect(await progress(page)).toBe(enProgress(1));
			await boxes(page).nth(0).uncheck();
		}
		expect(problems.consoleErrors).toEqual([]);
	});

	test('valid theme choices are kept', async () => {
		const { page, problems } = await fresh({ colorScheme: 'light' });
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		await page.goto(GUIDE);
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe('dark');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
		expect(problems.consoleErrors).toEqual([]);
	});
});
