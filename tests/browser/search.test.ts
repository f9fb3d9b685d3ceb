import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, useBrowser, openPage, wait, WAIT_MS } from './browser.ts';
import { openSearchDialog, searchInDialog as readDialog } from './search-eval.ts';

/**
 * Search in both languages, in a real browser against the built index. This file guards
 * every Pagefind (and Starlight) upgrade: if Chinese segmentation regresses, it fails here.
 */
const browser = useBrowser();

const EVIDENCE = 'shoppers/keep-evidence/';
const SCAMMED = 'shoppers/if-you-were-scammed/';

/**
 * Starlight loads the search UI on requestIdleCallback. On a busy two-core test machine idle time
 * can be starved for longer than a test's timeout, so these tests run idle callbacks promptly.
 */
async function promptIdleCallbacks(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = (callback) =>
			window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1);
	});
}

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
	}, query, wait);
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

/** [query, the page it must find, the rank it must reach (1 = first result)]. */
type Expectation = [query: string, page: string, rank: number];

// English: a distinctive term for every guide.
const english: Expectation[] = [
	['evidence', 'shoppers/keep-evidence/', 2], // after the evidence checklist
	['unboxing video', 'shoppers/keep-evidence/', 1],
	['return policy', 'shoppers/before-you-buy/', 1],
	['insurance', 'shoppers/before-you-buy/', 1],
	['missing parcel', 'shoppers/after-sales-problems/', 2], // after Shein's guide, whose title says "missing parcels"
	['counterfeit', 'shoppers/counterfeits/', 1], // the counterfeits guide (issue 17); the glossary's entry comes second
	['counterfeit', 'shoppers/after-sales-problems/', 3],
	['arbitration', 'shoppers/escalation/', 1],
	['small claims', 'shoppers/escalation/', 1],
	['chargeback', 'shoppers/dispute-refused/', 1], // the guide to chargebacks and refused disputes (issue 18)
	['chargeback', 'shoppers/escalation/', 3], // after that guide and the glossary's entry for the term
	['Section 75', 'shoppers/dispute-refused/', 1],
	['pre-arbitration', 'shoppers/dispute-refused/', 1],
	['recovery scam', 'shoppers/if-you-were-scammed/', 1],
	['phishing', 'shoppers/if-you-were-scammed/', 3],
	['7726', 'scams/fake-delivery-messages/', 1], // fake delivery and customs-fee messages (issue 18)
	['Fakeshop-Finder', 'scams/fake-shops/', 1], // fake shops and the official checkers (issue 18)
	['de minimis', 'shoppers/import-taxes/', 3], // after the duty rules per destination and the glossary's entry
	['postal articles', 'shoppers/import-taxes/', 1],
	['Mini Program', 'sellers/selling-on-wechat/', 1],
	['WeChat Pay', 'sellers/selling-on-wechat/', 1],
	['JD.com', 'platforms/jd/', 1], // the JD.com guide for buyers (issue 17), then the sellers'
	['JD.com', 'sellers/jd-seller-protection/', 2],
	['multi-factor authentication', 'sellers/jd-transaction-security/', 1],
	['PIPL', 'sellers/jd-transaction-security/', 3], // selling on WeChat also covers PIPL; the glossary's entry between
	['trademark', 'sellers/protect-your-brand/', 1],
	['customs recordal', 'sellers/protect-your-brand/', 1],
	['consumer centre', 'reference/where-to-complain/', 1],
	['glossary', 'reference/glossary/', 1],
	['privacy', 'reference/about/', 1],
];

// Chinese: two-character words, longer words, numbers, mixed Chinese and Latin, and a phrase
// pasted from a page, covering every guide.
const chinese: Expectation[] = [
	['证据', 'shoppers/keep-evidence/', 2], // after the evidence checklist
	['截图', 'shoppers/keep-evidence/', 1],
	['时间线', 'shoppers/keep-evidence/', 1],
	['序列号', 'shoppers/keep-evidence/', 3], // also in the seller pages on account security
	['开箱视频', 'shoppers/keep-evidence/', 1],
	['聊天记录', 'shoppers/keep-evidence/', 2],
	['运费险', 'shoppers/before-you-buy/', 1],
	['退一赔三', 'shoppers/after-sales-problems/', 2],
	['退款', 'shoppers/after-sales-problems/', 2], // with returns across borders; the platforms' own guides after both
	['丢件', 'shoppers/after-sales-problems/', 2], // after Shein's guide, whose title says 丢件
	['货不对板', 'shoppers/after-sales-problems/', 2],
	['平台介入', 'shoppers/after-sales-problems/', 3], // after escalation, whose rungs include it, and the glossary's own entry for the term
	['仲裁', 'shoppers/escalation/', 1],
	['诉讼时效', 'shoppers/escalation/', 1],
	['互联网法院', 'shoppers/escalation/', 1],
	['小额诉讼', 'shoppers/escalation/', 1],
	['消费者权益', 'shoppers/after-sales-problems/', 3],
	['拒付', 'shoppers/escalation/', 3],
	['冒充客服', 'shoppers/if-you-were-scammed/', 1],
	['紧急止付', 'shoppers/if-you-were-scammed/', 1],
	['追回损失', 'shoppers/if-you-were-scammed/', 1],
	['96110', 'shoppers/if-you-were-scammed/', 3],
	['PayPal 退款', 'shoppers/dispute-refused/', 1], // PayPal's windows and appeal (issue 18)
	['PayPal 退款', 'shoppers/escalation/', 4], // PayPal disputes; after that guide, AliExpress's (paid with PayPal) and counterfeits (PayPal claims for fakes)
	['拒付被驳回', 'shoppers/dispute-refused/', 1],
	['12378', 'shoppers/dispute-refused/', 1],
	['12381', 'scams/fake-delivery-messages/', 1], // the warning-text number, explained with fake delivery messages (issue 18)
	['快递理赔', 'scams/fake-delivery-messages/', 1],
	['山寨官网', 'scams/fake-shops/', 1],
	// Indexed as …和信|用卡… by Pagefind alone: found only since the index uses the browser's boundaries.
	['银行卡和信用卡账单', 'shoppers/if-you-were-scammed/', 3], // after the refused-disputes guide (bank cards, credit cards, 账单 throughout) and escalation
	['行邮税', 'shoppers/import-taxes/', 1],
	// The tools: the calculator, its rules (weighted down so the guides come first for concepts) and the embed page.
	['税费计算器', 'tools/duty-calculator/', 1],
	['最惠国税率', 'tools/duty-rules/', 1],
	['嵌入', 'tools/embed/', 1],
	['现在该怎么办', 'get-help/', 1],
	['年度限额', 'shoppers/import-taxes/', 1],
	['跨境电商综合税', 'shoppers/import-taxes/', 3],
	['小程序', 'sellers/selling-on-wechat/', 1],
	['微信小店', 'sellers/selling-on-wechat/', 1],
	['营业执照', 'sellers/selling-on-wechat/', 2],
	['京东国际', 'platforms/jd/', 1],
	['京东国际', 'sellers/jd-seller-protection/', 2],
	['规则平台', 'sellers/jd-seller-protection/', 2], // after the duty rules (规则 in their title) since issue 18's scam guides added more pages that say 平台
	['多因素认证', 'sellers/jd-transaction-security/', 1],
	['二次验证', 'sellers/jd-transaction-security/', 3], // after the account-security checklist
	['商标抢注', 'sellers/protect-your-brand/', 1],
	['版权登记', 'sellers/protect-your-brand/', 1],
	['海关备案', 'sellers/protect-your-brand/', 1],
	['消费者委员会', 'reference/where-to-complain/', 1],
	['术语表', 'reference/glossary/', 1],
	['隐私', 'reference/about/', 1],
];

/**
 * Types each query into the dialog on a page in `locale`, as a reader does, and returns what it
 * shows: result pages ("platforms/jd/") and whether they came from the other language.
 */
async function dialogResults(locale: string, queries: string[]): Promise<Record<string, { paths: string[]; otherLanguage: boolean }>> {
	const { page } = await openPage(browser());
	await promptIdleCallbacks(page);
	await page.goto(`/${locale}/`);
	await openSearchDialog(page, WAIT_MS);
	const results: Record<string, { paths: string[]; otherLanguage: boolean }> = {};
	for (const query of queries) {
		const { got, otherLanguage } = await readDialog(page, query, WAIT_MS);
		results[query] = { paths: got.map((path) => `${path}/`), otherLanguage };
	}
	await page.context().close();
	return results;
}

/** Each query whose page is missing from its allowed top ranks, with what came instead. */
function misses(results: Record<string, { paths: string[] }>, expectations: Expectation[]) {
	return expectations
		.filter(([query, page, rank]) => !results[query]!.paths.slice(0, rank).includes(page))
		.map(([query, page, rank]) => `${query}: wanted ${page} in top ${rank}, got ${results[query]!.paths.slice(0, 3).join(', ')}`);
}

describe('English search, on an English page', () => {
	test.each([
		['chargeback', '/en/shoppers/escalation/'],
		['evidence', `/en/${EVIDENCE}`],
	])('typing "%s" in the search dialog finds %s, and English pages only', async (query, expected) => {
		const { page, problems } = await openPage(browser());
		await promptIdleCallbacks(page);
		await page.goto(`/en/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths).toContain(expected);
		expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
		expect(message).toMatch(new RegExp(`^\\d+ results? for ${query}$`));
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test(`${english.length} English queries, one or more for every guide, each find their page near the top of the dialog`, { timeout: 300_000 }, async () => {
		const results = await dialogResults('en', [...new Set(english.map(([query]) => query))]);
		expect(misses(results, english)).toEqual([]);
		for (const { otherLanguage } of Object.values(results)) expect(otherLanguage).toBe(false);
	});

	test("Pagefind's English index holds no Chinese page", async () => {
		const { page } = await openPage(browser());
		await page.goto('/en/');
		// English pages quote some Chinese terms (仅退款, refund-only): those may be found, nothing else.
		const results = await searchApi(page, ['证据', '退款']);
		expect(results['证据']).toEqual([]);
		expect(results['退款']!.every((p) => p.startsWith('/en/'))).toBe(true);
		await page.context().close();
	});
});

describe('Chinese search, on a Chinese page', () => {
	test.each([
		['证据', `/zh-cn/${EVIDENCE}`],
		['退款', '/zh-cn/shoppers/after-sales-problems/'],
		['聊天记录', `/zh-cn/${EVIDENCE}`],
		['消费者权益', '/zh-cn/shoppers/after-sales-problems/'],
	])('typing "%s" in the search dialog finds %s in the top two, in Chinese', async (query, expected) => {
		const { page, problems } = await openPage(browser());
		await promptIdleCallbacks(page);
		await page.goto(`/zh-cn/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths.slice(0, 2)).toContain(expected);
		expect(paths.every((path) => path.startsWith('/zh-cn/'))).toBe(true);
		// The dialog speaks Chinese on a Chinese page.
		const count = Number(message.match(/^找到 (\d+) 个与“(.+)”相关的结果$/)?.[1]);
		expect(message).toBe(`找到 ${count} 个与“${query}”相关的结果`);
		expect(count).toBeGreaterThanOrEqual(paths.length); // the dialog shows the first five
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test(`${chinese.length} Chinese queries, one or more for every guide, each find their page near the top of the dialog`, { timeout: 300_000 }, async () => {
		const results = await dialogResults('zh-cn', [...new Set(chinese.map(([query]) => query))]);
		expect(misses(results, chinese)).toEqual([]);
		for (const { otherLanguage } of Object.values(results)) expect(otherLanguage).toBe(false);
	});

	test('a word Pagefind alone segmented differently from the browser is found on every page that has it', async () => {
		const { page } = await openPage(browser());
		await page.goto('/zh-cn/');
		// Both guides say 信用卡; the scam guide only inside 银行卡和信用卡账单, indexed by ICU4X as 和信|用卡.
		const { 信用卡: found } = await searchApi(page, ['信用卡']);
		expect(found).toEqual(expect.arrayContaining([`/zh-cn/${SCAMMED}`, `/zh-cn/${EVIDENCE}`]));
		await page.context().close();
	});

	// Words as the browser segments them: exactly what a reader's query becomes. One test per page,
	// so each test searches one page's words (at most a few hundred), with a generous timeout.
	describe('every Chinese word of every Chinese page finds that page', () => {
		const pages = builtPages().filter((path) => path.startsWith('/zh-cn/'));
		// One Chinese page, with Pagefind loaded once, runs every page's searches.
		let page: Page;
		beforeAll(async () => {
			({ page } = await openPage(browser()));
			await page.goto('/zh-cn/');
		});
		afterAll(() => page?.context().close());

		test('the build has Chinese pages to check', () => {
			expect(pages).toContain('/zh-cn/');
			expect(pages.length).toBeGreaterThanOrEqual(13);
		});

		test.each(pages)('%s: each of its Chinese words finds it', { timeout: 120_000 }, async (path) => {
			const report = (await page.evaluate(`(async (path) => {
				const pagefind = await import('/pagefind/pagefind.js');
				await pagefind.init();
				const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
				const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
				const body = doc.querySelector('[data-pagefind-body]');
				if (!body) return null;
				// What Pagefind does not index: marked parts, and its default exclusions (the footer holds pagination).
				body.querySelectorAll('[data-pagefind-ignore], footer, nav, form, script, style, noscript, svg').forEach((el) => el.remove());
				// Text node by text node: textContent would glue neighbouring elements into words no reader sees.
				const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
				const texts = [];
				while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
				const words = new Set();
				for (const { segment, isWordLike } of segmenter.segment(texts.join(' ')))
					if (isWordLike && /^\\p{Script=Han}{2,}$/u.test(segment)) words.add(segment);
				const missed = [];
				for (const word of words) {
					const found = await pagefind.search(word);
					const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
					if (!urls.includes(path)) missed.push(word);
				}
				return { words: words.size, missed };
			})(${JSON.stringify(path)})`)) as { words: number; missed: string[] } | null;
			// Every Chinese page is indexed (it has a [data-pagefind-body]).
			expect(report, `${path} has no [data-pagefind-body]`).not.toBeNull();
			// Landing and checklist pages are short (a checklist's items are indexed on its guide).
			expect(report!.words).toBeGreaterThan(path === '/zh-cn/' || path.includes('/checklists/') ? 10 : 80);
			expect(report!.missed).toEqual([]);
		});
	});

	test('an English word on a Chinese page finds only the Chinese pages that use it', async () => {
		const { page } = await openPage(browser());
		await page.goto('/zh-cn/');
		const { chargeback, evidence } = await searchApi(page, ['chargeback', 'evidence']);
		expect(chargeback).toContain('/zh-cn/shoppers/escalation/');
		expect(chargeback!.every((p) => p.startsWith('/zh-cn/'))).toBe(true);
		// Only the glossary and the directory (bodies' own names and pages) show English words on the
		// Chinese side; no English page is ever returned.
		expect(evidence).toContain('/zh-cn/reference/glossary/');
		expect(evidence!.every((p) => ['/zh-cn/reference/glossary/', '/zh-cn/reference/where-to-complain/'].includes(p))).toBe(true);
		await page.context().close();
	});
});

/** What the dialog shows besides the results: the message and the notice under it. */
async function dialogText(page: Page) {
	const dialog = page.locator('site-search dialog');
	return {
		message: ((await dialog.locator('.pagefind-ui__message').textContent()) ?? '').trim(),
		notice: (await dialog.locator('.search-notice').first().isVisible()) ? ((await dialog.locator('.search-notice').first().textContent()) ?? '').trim() : '',
	};
}

describe('the query layer in the dialog (src/search/)', () => {
	async function dialogOn(path: string) {
		const { page, problems } = await openPage(browser());
		await promptIdleCallbacks(page);
		await page.goto(path);
		await openSearchDialog(page, WAIT_MS);
		return { page, problems };
	}

	test.each([
		['/en/', 'knockoff phone charger is it safe', 'shoppers/counterfeits', 'No page has every word you typed: these pages have the most of them.'],
		['/zh-cn/', 'DHL让我付关税', 'shoppers/import-taxes', '没有页面包含您输入的全部词语，下面是包含其中大部分词语的页面。'],
	])('on %s, "%s", which no page answers word for word, finds %s and says the results are for part of it', async (path, query, expected, notice) => {
		const { page, problems } = await dialogOn(path);
		const { got, otherLanguage } = await readDialog(page, query, WAIT_MS);
		expect(got.slice(0, 3)).toContain(expected);
		expect(otherLanguage).toBe(false);
		expect((await dialogText(page)).notice).toBe(notice);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('a misspelt word is searched as the word the site uses, and the dialog says so', async () => {
		const { page } = await dialogOn('/en/');
		const { got } = await readDialog(page, 'counterfit', WAIT_MS);
		expect(got[0]).toBe('shoppers/counterfeits');
		expect((await dialogText(page)).message).toBe(`No results for counterfit. Showing results for counterfeit instead`);
		await page.context().close();
	});

	test('a query in traditional characters finds what its simplified form finds, and says it was converted', async () => {
		const { page, problems } = await dialogOn('/zh-cn/');
		const simplified = await readDialog(page, '关税', WAIT_MS);
		const traditional = await readDialog(page, '關稅', WAIT_MS);
		expect(traditional.got).toEqual(simplified.got);
		expect(traditional.got.length).toBeGreaterThan(0);
		const { message, notice } = await dialogText(page);
		expect(message).toContain('“關稅”');
		expect(notice).toBe('已按简体中文搜索：关税');
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test.each([
		['/en/', '开箱视频', 'zh-cn', 'shoppers/keep-evidence', 'Nothing on the English pages. The Chinese pages have'],
		['/zh-cn/', 'unboxing', 'en', 'shoppers/keep-evidence', '中文页面中没有找到。英文页面有'],
	])('on %s, "%s", which only the other language has, shows the %s pages under a label', async (path, query, otherLocale, expected, label) => {
		const { page, problems } = await dialogOn(path);
		const { got, otherLanguage, message } = await readDialog(page, query, WAIT_MS);
		expect(otherLanguage).toBe(true);
		expect(got[0]).toBe(expected);
		const section = page.locator('site-search [data-other-language]');
		expect(await section.getAttribute('lang')).toBe(otherLocale === 'en' ? 'en' : 'zh-CN');
		expect(await section.locator('.search-notice').textContent()).toContain(label);
		const hrefs = await section.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a').evaluateAll((links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(hrefs.every((href) => href.startsWith(`/${otherLocale}/`))).toBe(true);
		// The page's own language found nothing, and the message says so.
		expect(message).toContain(query);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test("a glossary hit opens the term: the result's section links to its heading", async () => {
		const { page } = await dialogOn('/en/');
		await readDialog(page, 'chargeback', WAIT_MS);
		const sections = await page
			.locator('site-search .pagefind-ui__result-nested a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
		expect(sections).toContain('/en/reference/glossary/#chargeback');
		await page.context().close();
	});

	test('Pagefind starts loading when the reader points at the search button, before the dialog opens', async () => {
		const { page } = await openPage(browser());
		await promptIdleCallbacks(page);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('/en/shoppers/keep-evidence/');
		await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor(wait);
		// The dialog's code loads on idle; then pointing at the button loads Pagefind.
		await expect.poll(() => page.evaluate(() => !!document.querySelector('#starlight__search .pagefind-ui')), wait).toBe(true);
		expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		await page.locator('site-search button[data-open-modal]').hover();
		// (Its index and WebAssembly then load in Pagefind's worker.)
		await expect.poll(() => requested.includes('/pagefind/pagefind.js'), wait).toBe(true);
		await page.context().close();
	});
});
