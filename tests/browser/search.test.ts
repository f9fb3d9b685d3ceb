import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, openPage, promptIdleCallbacks, useBrowser, wait, WAIT_MS, type PageProblems } from './browser.ts';
import { openSearchDialog, searchInDialog as readDialog } from './search-eval.ts';
import { chinese, english, misses } from './search-expectations.ts';
import { nodeSearch, type NodeSearch } from './search-node.ts';
import { rawPagefind, type RawPagefind } from './pagefind-node.ts';

/**
 * Search in both languages, in a real browser against the built index. This file guards
 * every Pagefind (and Starlight) upgrade: if Chinese segmentation regresses, it fails here.
 *
 * The rank expectations (tests/browser/search-expectations.ts) are checked for every query with
 * the dialog's own query layer from Node (tests/browser/search-node.ts: seconds, not minutes), and
 * for a sample typed into the real dialog, which must show exactly what the layer gives from Node.
 */
const browser = useBrowser();

const EVIDENCE = 'shoppers/keep-evidence/';
const SCAMMED = 'shoppers/if-you-were-scammed/';

/**
 * The dialog open on a page at `path`, one page per path for the whole file: loading a page,
 * the dialog's code and Pagefind once, not for every test. Each search empties the box first
 * (search-eval.ts), and the page's recorded problems are cleared for the test that asks.
 */
const dialogs = new Map<string, Promise<{ page: Page; problems: PageProblems }>>();
async function dialogOn(path: string): Promise<{ page: Page; problems: PageProblems }> {
	if (!dialogs.has(path)) {
		dialogs.set(
			path,
			(async () => {
				const { page, problems } = await openPage(browser());
				await promptIdleCallbacks(page);
				await page.goto(path);
				await openSearchDialog(page, WAIT_MS);
				return { page, problems };
			})(),
		);
	}
	const opened = await dialogs.get(path)!;
	opened.problems.consoleErrors.length = 0;
	opened.problems.failedRequests.length = 0;
	return opened;
}
afterAll(async () => {
	for (const opened of dialogs.values()) await (await opened.catch(() => null))?.page.context().close();
});

/** Types a query into the open dialog, as a reader does; returns the result paths ("/en/…/") and the message. */
async function searchInDialog(page: Page, query: string): Promise<{ paths: string[]; message: string }> {
	const { message } = await readDialog(page, query, WAIT_MS);
	// Top-level results only (each page once), not the section links nested under them.
	const paths = await page
		.locator('site-search dialog .pagefind-ui__result-inner > .pagefind-ui__result-title a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { paths, message };
}

/**
 * A page at `path` for searches through Pagefind's own API (searchApi and the per-word checks):
 * one per path for the whole file, so the page and Pagefind's index load once. These tests only
 * search, which changes nothing on the page.
 */
const apiPages = new Map<string, Promise<Page>>();
function apiPage(path: string): Promise<Page> {
	if (!apiPages.has(path)) apiPages.set(path, openPage(browser()).then(async ({ page }) => (await page.goto(path), page)));
	return apiPages.get(path)!;
}
afterAll(async () => {
	for (const opened of apiPages.values()) await (await opened.catch(() => null))?.context().close();
});

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

/** The dialog's query layer from Node, on the built index (loaded once for the file). */
let node: NodeSearch;
beforeAll(async () => {
	node = await nodeSearch();
});

/** What the query layer gives from Node for each query: result pages ("platforms/jd/") and whether from the other language. */
async function layerResults(locale: 'en' | 'zh-cn', queries: string[]) {
	const results: Record<string, { paths: string[]; otherLanguage: boolean }> = {};
	for (const query of new Set(queries)) {
		const { got, otherLanguage } = await node.search(locale, query);
		results[query] = { paths: got.map((path) => `${path}/`), otherLanguage };
	}
	return results;
}

/**
 * Types each query into the dialog on a page in `locale` and returns, for the ones where the
 * dialog does not show exactly what the query layer gives from Node, both lists.
 */
async function dialogDisagreements(locale: 'en' | 'zh-cn', queries: string[]) {
	const { page, problems } = await dialogOn(`/${locale}/${EVIDENCE}`);
	const differences: string[] = [];
	const shown: Record<string, { paths: string[]; otherLanguage: boolean }> = {};
	for (const query of queries) {
		const dialog = await readDialog(page, query, WAIT_MS);
		const layer = await node.search(locale, query);
		shown[query] = { paths: dialog.got.map((path) => `${path}/`), otherLanguage: dialog.otherLanguage };
		if (JSON.stringify([dialog.got, dialog.otherLanguage]) !== JSON.stringify([layer.got, layer.otherLanguage])) {
			differences.push(`${query}: dialog ${dialog.got.join(', ')}${dialog.otherLanguage ? ' (other language)' : ''}; Node ${layer.got.join(', ')}${layer.otherLanguage ? ' (other language)' : ''}`);
		}
	}
	return { differences, shown, problems };
}

// Typed into the dialog: kinds of query (several words, a domain name, an acronym, a Chinese
// phrase pasted from a page, numbers, Latin and Chinese mixed) from the expectations below.
const englishSample = ['unboxing video', 'missing parcel', 'JD.com', 'multi-factor authentication', 'de minimis', 'PIPL'];
const chineseSample = ['开箱视频', '平台介入', '96110', 'PayPal 退款', '银行卡和信用卡账单', '跨境电商综合税', '京东国际', '二次验证'];

describe('English search, on an English page', () => {
	test.each([
		['chargeback', '/en/shoppers/dispute-refused/'],
		['evidence', `/en/${EVIDENCE}`],
	])('typing "%s" in the search dialog finds %s, and English pages only', async (query, expected) => {
		const { page, problems } = await dialogOn(`/en/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths).toContain(expected);
		expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
		expect(message).toMatch(new RegExp(`^\\d+ results? for ${query}$`));
		expect(problems.consoleErrors).toEqual([]);
	});

	test(`${english.length} English queries, one or more for every guide, each find their page near the top (the query layer from Node)`, async () => {
		const results = await layerResults('en', english.map(([query]) => query));
		expect(misses(results, english)).toEqual([]);
		for (const { otherLanguage } of Object.values(results)) expect(otherLanguage).toBe(false);
	});

	test(`${englishSample.length} of them typed in the dialog find their page near the top, exactly the results the query layer gives from Node`, async () => {
		const { differences, shown, problems } = await dialogDisagreements('en', englishSample);
		expect(differences).toEqual([]);
		expect(misses(shown, english.filter(([query]) => englishSample.includes(query)))).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test("Pagefind's English index holds no Chinese page", async () => {
		// English pages quote some Chinese terms (仅退款, refund-only): those may be found, nothing else.
		const results = await searchApi(await apiPage('/en/'), ['证据', '退款']);
		expect(results['证据']).toEqual([]);
		expect(results['退款']!.every((p) => p.startsWith('/en/'))).toBe(true);
	});
});

describe('Chinese search, on a Chinese page', () => {
	test.each([
		['证据', `/zh-cn/${EVIDENCE}`],
		['退款', '/zh-cn/shoppers/returns-across-borders/'],
		['聊天记录', `/zh-cn/${EVIDENCE}`],
		['消费者权益', '/zh-cn/rights/'],
	])('typing "%s" in the search dialog finds %s in the top two, in Chinese', async (query, expected) => {
		const { page, problems } = await dialogOn(`/zh-cn/${EVIDENCE}`);
		const { paths, message } = await searchInDialog(page, query);
		expect(paths.slice(0, 2)).toContain(expected);
		expect(paths.every((path) => path.startsWith('/zh-cn/'))).toBe(true);
		// The dialog speaks Chinese on a Chinese page.
		const count = Number(message.match(/^找到 (\d+) 个与“(.+)”相关的结果$/)?.[1]);
		expect(message).toBe(`找到 ${count} 个与“${query}”相关的结果`);
		expect(count).toBeGreaterThanOrEqual(paths.length); // the dialog shows the first five
		expect(problems.consoleErrors).toEqual([]);
	});

	test(`${chinese.length} Chinese queries, one or more for every guide, each find their page near the top (the query layer from Node)`, async () => {
		const results = await layerResults('zh-cn', chinese.map(([query]) => query));
		expect(misses(results, chinese)).toEqual([]);
		for (const { otherLanguage } of Object.values(results)) expect(otherLanguage).toBe(false);
	});

	test(`${chineseSample.length} of them typed in the dialog find their page near the top, exactly the results the query layer gives from Node`, async () => {
		const { differences, shown, problems } = await dialogDisagreements('zh-cn', chineseSample);
		expect(differences).toEqual([]);
		expect(misses(shown, chinese.filter(([query]) => chineseSample.includes(query)))).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('a word Pagefind alone segmented differently from the browser is found on every page that has it', async () => {
		// Both guides say 信用卡; the scam guide only inside 银行卡和信用卡账单, indexed by ICU4X as 和信|用卡.
		const { 信用卡: found } = await searchApi(await apiPage('/zh-cn/'), ['信用卡']);
		expect(found).toEqual(expect.arrayContaining([`/zh-cn/${SCAMMED}`, `/zh-cn/${EVIDENCE}`]));
	});

	// Words as the browser segments them: exactly what a reader's query becomes. Each is searched
	// with Pagefind's own search from Node (the same WebAssembly on the same index: thousands of
	// words in seconds instead of minutes in Chromium), and a sample of them in Chromium too, where
	// Pagefind must find exactly the same pages. One test per page, each checking that page's words.
	describe('every Chinese word of every Chinese page finds that page', () => {
		const pages = builtPages().filter((path) => path.startsWith('/zh-cn/'));
		/** Each page's Chinese words (two or more Han characters), as Chromium's segmenter cuts its indexed text; null: nothing indexed. */
		let wordsOf: Record<string, string[] | null>;
		let pagefind: RawPagefind;
		beforeAll(async () => {
			pagefind = await rawPagefind('zh-cn');
			const page = await apiPage('/zh-cn/');
			wordsOf = await page.evaluate(async (paths) => {
				const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
				const result: Record<string, string[] | null> = {};
				for (const path of paths) {
					const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
					const body = doc.querySelector('[data-pagefind-body]');
					if (!body) {
						result[path] = null;
						continue;
					}
					// What Pagefind does not index: marked parts, and its default exclusions (the footer holds pagination).
					body.querySelectorAll('[data-pagefind-ignore], footer, nav, form, script, style, noscript, svg').forEach((el) => el.remove());
					// Text node by text node: textContent would glue neighbouring elements into words no reader sees.
					const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
					const texts: string[] = [];
					while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
					const words = new Set<string>();
					for (const { segment, isWordLike } of segmenter.segment(texts.join(' ')))
						if (isWordLike && /^\p{Script=Han}{2,}$/u.test(segment)) words.add(segment);
					result[path] = [...words];
				}
				return result;
			}, pages);
		});

		/** The pages Pagefind finds for a word, from Node: searched once per word (most words are on several pages). */
		const found = new Map<string, Promise<string[]>>();
		const pagesFor = (word: string) => {
			if (!found.has(word)) found.set(word, pagefind.urls(word));
			return found.get(word)!;
		};

		test('the build has Chinese pages to check', () => {
			expect(pages).toContain('/zh-cn/');
			expect(pages.length).toBeGreaterThanOrEqual(13);
		});

		test.each(pages)('%s: each of its Chinese words finds it', { timeout: 120_000 }, async (path) => {
			const words = wordsOf[path];
			// Every Chinese page is indexed (it has a [data-pagefind-body]).
			expect(words, `${path} has no [data-pagefind-body]`).not.toBeNull();
			// Landing, checklist and duty rules pages are short (a checklist's items are indexed on its
			// guide; the rules index lists destinations, and a destination's rules are mostly figures).
			expect(words!.length).toBeGreaterThan(path === '/zh-cn/' || /\/(checklists|tools\/duty-rules)\//.test(path) ? 10 : 80);
			const missed: string[] = [];
			for (const word of words!) if (!(await pagesFor(word)).includes(path)) missed.push(word);
			expect(missed).toEqual([]);
		});

		// Five words spread over each of a few pages of every kind (home, guides, glossary, checklist,
		// duty rules), searched in Chromium: Pagefind there finds exactly the pages it finds from Node.
		test('for a sample of those words, Pagefind in the browser finds exactly the pages it finds from Node', { timeout: 300_000 }, async () => {
			const sampled = ['/zh-cn/', `/zh-cn/${EVIDENCE}`, `/zh-cn/${SCAMMED}`, '/zh-cn/reference/glossary/', '/zh-cn/checklists/evidence/', '/zh-cn/tools/duty-rules/cn/', '/zh-cn/rights/jp/'];
			const sample = [
				...new Set(
					sampled.flatMap((path) => {
						const words = wordsOf[path] ?? [];
						expect(words.length, path).toBeGreaterThan(5);
						return [0, 1, 2, 3, 4].map((i) => words[Math.floor((i * (words.length - 1)) / 4)]!);
					}),
				),
			];
			expect(sample.length).toBeGreaterThanOrEqual(25);
			const inBrowser = await searchApi(await apiPage('/zh-cn/'), sample);
			const differences: string[] = [];
			for (const word of sample) {
				const fromNode = await pagesFor(word);
				if (JSON.stringify([...inBrowser[word]!].sort()) !== JSON.stringify([...fromNode].sort())) {
					differences.push(`${word}: browser ${inBrowser[word]!.join(', ')}; Node ${fromNode.join(', ')}`);
				}
			}
			expect(differences).toEqual([]);
		});
	});

	test('an English word on a Chinese page finds only the Chinese pages that use it', async () => {
		const { chargeback, evidence } = await searchApi(await apiPage('/zh-cn/'), ['chargeback', 'evidence']);
		expect(chargeback).toContain('/zh-cn/shoppers/escalation/');
		expect(chargeback!.every((p) => p.startsWith('/zh-cn/'))).toBe(true);
		// A Chinese page that writes the English word (a term in brackets: "有力证据（compelling
		// evidence）") finds it; no English page is ever returned, and every page found has the word.
		expect(evidence!.length).toBeGreaterThan(0);
		for (const path of evidence!) {
			expect(path.startsWith('/zh-cn/'), path).toBe(true);
			expect(readFileSync(join('dist', path, 'index.html'), 'utf8').replace(/<[^>]*>/g, ' ').toLowerCase(), path).toContain('evidence');
		}
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
	test.each([
		// Queries no page answers word for word today (checked with the query layer from Node); a new
		// page that has every word of one (as the warranty guide did for "knockoff phone charger is it
		// safe") needs another query here, not a different assertion.
		[`/en/${EVIDENCE}`, 'knockoff sneakers seized seller refuses refund', 'shoppers/counterfeits', 'No page has every word you typed: these pages have the most of them.'],
		[`/zh-cn/${EVIDENCE}`, 'DHL让我付关税可是卖家说包税能拒收吗', 'shoppers/import-taxes', '没有页面包含您输入的全部词语，下面是包含其中大部分词语的页面。'],
	])('on %s, "%s", which no page answers word for word, finds %s and says the results are for part of it', async (path, query, expected, notice) => {
		const { page, problems } = await dialogOn(path);
		const { got, otherLanguage } = await readDialog(page, query, WAIT_MS);
		expect(got.slice(0, 3)).toContain(expected);
		expect(otherLanguage).toBe(false);
		expect((await dialogText(page)).notice).toBe(notice);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('a misspelt word is searched as the word the site uses, and the dialog says so', async () => {
		const { page } = await dialogOn(`/en/${EVIDENCE}`);
		const { got } = await readDialog(page, 'counterfit', WAIT_MS);
		expect(got[0]).toBe('shoppers/counterfeits');
		expect((await dialogText(page)).message).toBe(`No results for counterfit. Showing results for counterfeit instead`);
	});

	test('a query in traditional characters finds what its simplified form finds, and says it was converted', async () => {
		const { page, problems } = await dialogOn(`/zh-cn/${EVIDENCE}`);
		const simplified = await readDialog(page, '关税', WAIT_MS);
		const traditional = await readDialog(page, '關稅', WAIT_MS);
		expect(traditional.got).toEqual(simplified.got);
		expect(traditional.got.length).toBeGreaterThan(0);
		const { message, notice } = await dialogText(page);
		expect(message).toContain('“關稅”');
		expect(notice).toBe('已按简体中文搜索：关税');
		expect(problems.consoleErrors).toEqual([]);
	});

	test.each([
		[`/en/${EVIDENCE}`, '开箱视频', 'zh-cn', 'shoppers/keep-evidence', 'Nothing on the English pages. The Chinese pages have'],
		[`/zh-cn/${EVIDENCE}`, 'unboxing', 'en', 'shoppers/keep-evidence', '中文页面中没有找到。英文页面有'],
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
	});

	test("a glossary hit opens the term: the result's section links to its heading", async () => {
		const { page } = await dialogOn(`/en/${EVIDENCE}`);
		await readDialog(page, 'chargeback', WAIT_MS);
		const sections = await page
			.locator('site-search .pagefind-ui__result-nested a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
		expect(sections).toContain('/en/reference/glossary/#chargeback');
	});

	test('keyboard: Ctrl+K opens the dialog in the box, typing searches, Tab past Clear reaches the first result and Enter opens it; Escape closes and empties it', async () => {
		const { page, problems } = await openPage(browser());
		await promptIdleCallbacks(page);
		await page.goto(`/en/${EVIDENCE}`);
		await expect.poll(() => page.evaluate(() => !!document.querySelector('#starlight__search .pagefind-ui')), wait).toBe(true);
		const box = page.locator('#starlight__search input');
		const typeAndWait = async (query: string) => {
			await page.keyboard.press('Control+k');
			await expect.poll(() => box.evaluate((input) => input === document.activeElement), wait).toBe(true);
			await page.keyboard.type(query);
			// The answer to what was typed: "N results for <query>", no search still running.
			await page.waitForFunction(
				(q) =>
					(document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '').endsWith(` for ${q}`) &&
					!document.querySelector('#starlight__search [aria-busy="true"]'),
				query,
				wait,
			);
		};
		await typeAndWait('chargeback');
		await page.keyboard.press('Escape');
		await page.locator('site-search dialog').waitFor({ state: 'hidden', ...wait });
		expect(await box.inputValue()).toBe('');
		await typeAndWait('chargeback');
		const first = await page.locator('#starlight__search .pagefind-ui__result-link').first().getAttribute('href');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${first}`, wait);
		expect(problems.consoleErrors).toEqual([]);
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
