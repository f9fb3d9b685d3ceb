import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launchBrowser, openPage } from './browser.ts';

/**
 * Search in both languages, in a real browser against the built index. This file guards
 * every Pagefind (and Starlight) upgrade: if Chinese segmentation regresses, it fails here.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const EVIDENCE = 'shoppers/keep-evidence/';
const SCAMMED = 'shoppers/if-you-were-scammed/';

/** Types a query into Starlight's search dialog, as a reader does; returns the result paths and message. */
async function searchInDialog(page: Page, query: string): Promise<{ paths: string[]; message: string }> {
	const dialog = page.locator('site-search dialog');
	if (!(await dialog.isVisible())) {
		await page.locator('site-search button[data-open-modal]:not([disabled])').click();
	}
	const input = dialog.locator('input[type="text"], input[type="search"]').first();
	await input.fill(query);
	// Wait for the answer to this query: result links loaded, no placeholder still loading
	// (Pagefind renders result placeholders first and fills them in as their data arrives).
	await page.waitForFunction((q) => {
		const area = document.querySelector('#starlight__search .pagefind-ui__results-area');
		const message = area?.querySelector('.pagefind-ui__message')?.textContent ?? '';
		return (
			message.includes(q) &&
			area?.querySelector('.pagefind-ui__result-link') &&
			!area.querySelector('.pagefind-ui__loading')
		);
	}, query);
	const message = (await dialog.locator('.pagefind-ui__message').textContent()) ?? '';
	// Top-level results only (each page once), not the section links nested under them.
	const hrefs = await dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a').evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	return { paths: hrefs, message };
}

/** Runs queries through Pagefind's own API on the page (same index and segmenter as the dialog). */
async function searchApi(page: Page, queries: string[]): Promise<Record<string, string[]>> {
	// A string, so that Vitest does not rewrite the browser's import() into its own loader.
	return page.evaluate(`(async (queries) => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const results = {};
		for (const q of queries) {
			const found = await pagefind.search(q);
			results[q] = await Promise.all(found.results.map(async (r) => (await r.data()).url));
		}
		return results;
	})(${JSON.stringify(queries)})`);
}

describe('English search, on an English page', () => {
	test('"chargeback" finds both guides that explain it, and English pages only', async () => {
		const { page } = await openPage(browser);
		await page.goto(`/en/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, 'chargeback');
		expect([...paths].sort()).toEqual([`/en/${SCAMMED}`, `/en/${EVIDENCE}`]);
		expect(message).toBe('2 results for chargeback');
		await page.context().close();
	});

	test.each([
		['evidence', `/en/${EVIDENCE}`],
		['unboxing video', `/en/${EVIDENCE}`],
		['recovery scam', `/en/${SCAMMED}`],
		['phishing', `/en/${SCAMMED}`],
	])('"%s" finds %s first, and English pages only', async (query, expected) => {
		const { page, problems } = await openPage(browser);
		await page.goto(`/en/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths[0]).toBe(expected);
		expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
		expect(message).toMatch(new RegExp(`^\\d+ results? for ${query}$`));
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('a Chinese query on an English page finds no Chinese pages', async () => {
		const { page } = await openPage(browser);
		await page.goto('/en/');
		const results = await searchApi(page, ['证据', '退款']);
		expect(results).toEqual({ 证据: [], 退款: [] });
		await page.context().close();
	});
});

describe('Chinese search, on a Chinese page', () => {
	test.each([
		['证据', `/zh-cn/${EVIDENCE}`],
		['退款', `/zh-cn/${SCAMMED}`],
		['聊天记录', `/zh-cn/${EVIDENCE}`],
		['消费者权益', `/zh-cn/${SCAMMED}`],
		['PayPal 退款', `/zh-cn/${SCAMMED}`],
	])('typing "%s" in the search dialog finds %s first', async (query, expected) => {
		const { page, problems } = await openPage(browser);
		await page.goto(`/zh-cn/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths[0]).toBe(expected);
		expect(paths.every((path) => path.startsWith('/zh-cn/'))).toBe(true);
		// The dialog speaks Chinese on a Chinese page.
		expect(message).toBe(`找到 ${paths.length} 个与“${query}”相关的结果`);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	// Each query and the page it must find first. Two-character words, longer words, numbers,
	// mixed Chinese and Latin, and a phrase pasted from a page.
	const expectations: [query: string, firstResult: string][] = [
		['证据', EVIDENCE],
		['截图', EVIDENCE],
		['订单', EVIDENCE],
		['备份', EVIDENCE],
		['假货', EVIDENCE],
		['聊天记录', EVIDENCE],
		['开箱视频', EVIDENCE],
		['物流单号', EVIDENCE],
		['付款凭证', EVIDENCE],
		['快递面单', EVIDENCE],
		['时间线', EVIDENCE],
		['序列号', EVIDENCE],
		['保存期限', EVIDENCE],
		['退款', SCAMMED],
		['诈骗', SCAMMED],
		['反诈', SCAMMED],
		['报警', SCAMMED],
		['拒付', SCAMMED],
		['密码', SCAMMED],
		['钓鱼', SCAMMED],
		['支付宝', SCAMMED],
		['验证码', SCAMMED],
		['微信支付', SCAMMED],
		['个人信息', SCAMMED],
		['冒充客服', SCAMMED],
		['追回损失', SCAMMED],
		['紧急止付', SCAMMED],
		['消费者权益', SCAMMED],
		['国家反诈中心', SCAMMED],
		['96110', SCAMMED],
		['PayPal 退款', SCAMMED],
		// A phrase pasted from the scam guide. Pagefind alone indexed it as …和信|用卡…, so it found nothing there.
		['银行卡和信用卡账单', SCAMMED],
	];

	test(`${expectations.length} Chinese queries each find the right page first, and Chinese pages only`, async () => {
		const { page } = await openPage(browser);
		await page.goto('/zh-cn/');
		const results = await searchApi(
			page,
			expectations.map(([query]) => query),
		);
		const firstResults = Object.fromEntries(Object.entries(results).map(([q, paths]) => [q, paths[0]]));
		expect(firstResults).toEqual(Object.fromEntries(expectations.map(([q, path]) => [q, `/zh-cn/${path}`])));
		for (const paths of Object.values(results)) expect(paths.every((p) => p.startsWith('/zh-cn/'))).toBe(true);
		await page.context().close();
	});

	test('a word Pagefind alone segmented differently from the browser is found on every page that has it', async () => {
		const { page } = await openPage(browser);
		await page.goto('/zh-cn/');
		// Both guides say 信用卡; the scam guide only inside 银行卡和信用卡账单, indexed by ICU4X as 和信|用卡.
		const { 信用卡: found } = await searchApi(page, ['信用卡']);
		expect([...found!].sort()).toEqual([`/zh-cn/${SCAMMED}`, `/zh-cn/${EVIDENCE}`]);
		await page.context().close();
	});

	test('every Chinese word of every Chinese page finds that page', async () => {
		// Words as the browser segments them: exactly what a reader's query becomes.
		const pages = builtPages().filter((path) => path.startsWith('/zh-cn/'));
		const { page } = await openPage(browser);
		await page.goto('/zh-cn/');
		const report = (await page.evaluate(`(async (paths) => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
			const report = {};
			for (const path of paths) {
				const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
				const body = doc.querySelector('[data-pagefind-body]');
				if (!body) continue;
				body.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
				const words = new Set();
				for (const { segment, isWordLike } of segmenter.segment(body.textContent))
					if (isWordLike && /^\\p{Script=Han}{2,}$/u.test(segment)) words.add(segment);
				const missed = [];
				for (const word of words) {
					const found = await pagefind.search(word);
					const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
					if (!urls.includes(path)) missed.push(word);
				}
				report[path] = { words: words.size, missed };
			}
			return report;
		})(${JSON.stringify(pages)})`)) as Record<string, { words: number; missed: string[] }>;
		expect(Object.keys(report)).toEqual(pages);
		for (const [path, { words, missed }] of Object.entries(report)) {
			expect(words, path).toBeGreaterThan(path === '/zh-cn/' ? 20 : 150);
			expect(missed, path).toEqual([]);
		}
		await page.context().close();
	});

	test('an English word on a Chinese page finds only Chinese pages that use it', async () => {
		const { page } = await openPage(browser);
		await page.goto('/zh-cn/');
		const { chargeback, evidence } = await searchApi(page, ['chargeback', 'evidence']);
		expect(chargeback).toContain(`/zh-cn/${SCAMMED}`);
		expect(chargeback!.every((p) => p.startsWith('/zh-cn/'))).toBe(true);
		expect(evidence).toEqual([]);
		await page.context().close();
	});
});
