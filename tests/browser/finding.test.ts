import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { inLanguage } from '../../src/schemas/bilingual.ts';
import { platform, type Platform } from '../../src/schemas/platform.ts';
import { figure } from '../../src/platforms/overview.ts';
import { axeViolations, useBrowser, usePages, wait } from './browser.ts';

/**
 * Finding the guides (issue 17): the "By platform" overview generated from content/platforms, each
 * platform guide's link to the plan builder with its platform chosen, a sidebar of collapsed groups,
 * the header and phone menu on a 390 px phone, the 404 page in the address's language with a search
 * box, and the `/` chooser remembering the reader's language.
 */
const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

// The platforms as the content defines them: adding one needs no change here. The overview lists
// those with a guide (Tmall Global, Xianyu and a WeChat 代购 are data for the plan builder only).
const platforms: { id: string; data: Platform }[] = readdirSync('content/platforms')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: platform.parse(load(readFileSync(`content/platforms/${f}`, 'utf8'))) }));
const guided = platforms.filter(({ data }) => data.guide);
const text = load(readFileSync('content/platform-text.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
const words = (lang: string) => (key: string) => inLanguage(text[key]!, lang);

describe.each([
	{ locale: 'en', lang: 'en' },
	{ locale: 'zh-cn', lang: 'zh-CN' },
])('the $locale "By platform" overview', ({ locale, lang }) => {
	test('lists every platform of the data with its return windows, each rule numbered by its source', async () => {
		const { page, problems } = await fresh({ viewport: { width: 1280, height: 900 } });
		await page.goto(`/${locale}/platforms/`);
		const table = page.locator('table[data-platform-table="deadlines"]');
		expect(await table.locator('tbody tr').count()).toBe(guided.length);
		for (const { id, data } of guided) {
			const row = table.locator(`tr[data-platform="${id}"]`);
			expect(await row.locator('th').innerText()).toBe(inLanguage(data.name, lang));
			const cell = await row.locator('td[data-kind="return"]').innerText();
			const returns = data.deadlines.filter((d) => d.kind === 'return');
			if (returns.length === 0) expect(cell).toBe(words(lang)('none'));
			for (const rule of returns) {
				expect(cell).toContain(inLanguage(rule.label, lang));
				const days = figure(rule, words(lang));
				if (days) expect(cell).toContain(days);
			}
			// The row's guide, in this language.
			expect(await row.locator('th a').getAttribute('href')).toBe(`/${locale}${data.guide}`);
		}
		// Temu's 90 days, written out: the number a reader compares.
		expect(await table.locator('tr[data-platform="temu"] td[data-kind="return"]').innerText()).toContain(
			locale === 'en' ? '90 days from the day you bought' : '自下单之日起90天',
		);
		// A rule's number leads to its source, listed under the tables with a link to it.
		const ref = table.locator('tr[data-platform="temu"] td[data-kind="return"] a.ref');
		const target = (await ref.getAttribute('href'))!;
		expect(await page.locator(`${target} a`).getAttribute('href')).toBe('https://www.temu.com/return-and-refund-policy.html');
		// The second table: how to dispute, official help and the day the rules were checked.
		const routes = page.locator('table[data-platform-table="routes"]');
		expect(await routes.locator('tbody tr').count()).toBe(guided.length);
		expect(await routes.locator('tr[data-platform="temu"] td a').getAttribute('href')).toBe('https://www.temu.com/temu-purchase-protection.html');
		expect(await routes.locator('tr[data-platform="temu"] time').getAttribute('datetime')).toBe(platforms.find((p) => p.id === 'temu')!.data.rulesChecked);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('on a 390 px phone each platform is a card, nothing scrolls sideways, and axe finds nothing', async () => {
		const { page } = await fresh(PHONE);
		await page.goto(`/${locale}/platforms/`);
		expect(await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }))).toEqual({ page: 390, viewport: 390 });
		const layout = await page.locator('table[data-platform-table="deadlines"] tbody tr').first().evaluate((tr) => getComputedStyle(tr).display);
		expect(layout).toBe('block');
		for (const table of await page.locator('.platform-table').all()) {
			expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		}
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('from a platform guide to the plan builder', () => {
	test.each([
		['/en/platforms/temu/', 'temu', 'Get a plan for your Temu problem'],
		['/zh-cn/platforms/taobao-tmall/', 'taobao-tmall', '为你的淘宝和天猫问题生成处理方案'],
	])('%s opens the builder with %s chosen as where the reader bought', async (path, answer, label) => {
		const { page, problems } = await fresh();
		await page.goto(path);
		const link = page.locator('a[data-plan-link]');
		expect((await link.innerText()).trim()).toBe(label);
		// It is listed in the table of contents, like the guide's own sections.
		expect(await page.locator('starlight-toc a[href="#what-should-i-do-now"]').count()).toBe(1);
		await Promise.all([page.waitForURL(/\/get-help\/\?/, wait), link.click()]);
		expect(new URL(page.url()).searchParams.get('platform')).toBe(answer);
		// First question: what happened; then where; then the platform question has the answer ticked.
		await page.locator('input[name="problem"][value="not-as-described"]').check();
		await page.locator('get-help form button[type="submit"]').click();
		await page.locator('select[name="buyer"]').selectOption('uk');
		await page.locator('get-help form button[type="submit"]').click();
		await page.locator('input[name="platform"]').first().waitFor(wait);
		expect(await page.locator(`input[name="platform"][value="${answer}"]`).isChecked()).toBe(true);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('every platform guide opens the builder with its platform chosen (Shein too, since issue 19)', async () => {
		const { page } = await fresh();
		for (const guide of new Set(guided.map(({ data }) => data.guide!))) {
			await page.goto(`/en${guide}`);
			const href = await page.locator('a[data-plan-link]').first().getAttribute('href');
			// A guide for one platform chooses it; the TikTok Shop and Douyin guide covers two, so the
			// reader says which at the platform question.
			const one = guided.filter(({ data }) => data.guide === guide);
			expect(href, guide).toBe(one.length === 1 ? `/en/get-help/?platform=${one[0]!.id}&q=problem` : '/en/get-help/?q=problem');
		}
		expect(await page.locator('a[data-plan-link]').first().getAttribute('href')).toBeTruthy();
		await page.goto('/en/platforms/shein/');
		expect(await page.locator('a[data-plan-link]').getAttribute('href')).toBe('/en/get-help/?platform=shein&q=problem');
	});
});

describe('the sidebar', () => {
	test.each([
		['/en/platforms/temu/', 'By platform'],
		['/zh-cn/shoppers/keep-evidence/', '买家指南'],
		['/en/tools/duty-calculator/', 'Tools'],
	])('on %s only the reader\'s own group (%s) is open', async (path, own) => {
		const { page } = await fresh({ viewport: { width: 1280, height: 900 } });
		await page.goto(path);
		const groups = await page
			.locator('#starlight__sidebar details')
			.evaluateAll((all) => all.map((d) => ({ label: d.querySelector('summary')!.textContent!.trim(), open: (d as HTMLDetailsElement).open })));
		expect(groups.length).toBeGreaterThanOrEqual(5);
		expect(groups.filter((g) => g.open).map((g) => g.label)).toEqual([own]);
		// The current page is shown, in its open group.
		expect(await page.locator('#starlight__sidebar a[aria-current="page"]').isVisible()).toBe(true);
	});
});

describe('on a phone', () => {
	test.each([
		['/en/', 390],
		['/en/shoppers/keep-evidence/', 390],
		['/zh-cn/', 390],
		['/en/platforms/', 390],
		// A smaller phone: the English title wraps onto two lines, both inside the header.
		['/en/shoppers/keep-evidence/', 320],
	])('the site title on %s is not cut off at %i px', async (path, width) => {
		const { page } = await fresh({ ...PHONE, viewport: { width, height: 700 } });
		await page.goto(path);
		const title = page.locator('header .site-title').first();
		const box = await title.evaluate((el) => {
			const span = el.querySelector('span')!;
			// Where the text is drawn, against the box that clips it (Starlight's .title-wrapper clips).
			const range = document.createRange();
			range.selectNodeContents(span);
			const text = range.getBoundingClientRect().toJSON() as DOMRect;
			const clip = el.closest('.title-wrapper')!.getBoundingClientRect().toJSON() as DOMRect;
			return { scroll: span.scrollWidth, client: span.clientWidth, text, clip, right: el.getBoundingClientRect().right };
		});
		expect(box.scroll).toBeLessThanOrEqual(box.client);
		expect(box.text.left).toBeGreaterThanOrEqual(box.clip.left - 0.5);
		expect(box.text.right).toBeLessThanOrEqual(box.clip.right + 0.5);
		expect(box.text.top).toBeGreaterThanOrEqual(box.clip.top - 0.5);
		expect(box.text.bottom).toBeLessThanOrEqual(box.clip.bottom + 0.5);
		// It ends before the search button starts: nothing covers it.
		const search = (await page.locator('site-search button[data-open-modal]').first().boundingBox())!;
		expect(box.right).toBeLessThanOrEqual(search.x);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
	});

	test.each(['/en/shoppers/keep-evidence/', '/zh-cn/platforms/temu/'])('the menu on %s starts with the language picker, before the navigation', async (path) => {
		const { page } = await fresh(PHONE);
		await page.goto(path);
		await page.locator('.sl-menu-button').click();
		const picker = page.locator('#starlight__sidebar starlight-lang-select select');
		expect(await picker.isVisible()).toBe(true);
		const firstLink = page.locator('#starlight__sidebar a').first();
		// First in reading order (keyboard, screen reader) and on screen.
		expect(await picker.evaluate((select, link) => !!(select.compareDocumentPosition(link!) & Node.DOCUMENT_POSITION_FOLLOWING), await firstLink.elementHandle())).toBe(true);
		expect((await picker.boundingBox())!.y).toBeLessThan((await firstLink.boundingBox())!.y);
	});
});

describe('the 404 page', () => {
	test('on a /zh-cn/ address it leads in Chinese, with a search box that searches the Chinese pages', async () => {
		const { page } = await fresh();
		const response = await page.goto('/zh-cn/no-such-page/');
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.title()).toMatch(/^页面未找到 · Page not found/);
		expect(await page.locator('main h1 span').first().getAttribute('lang')).toBe('zh-CN');
		const first = page.locator('.editions > li').first();
		expect(await first.getAttribute('data-locale')).toBe('zh-cn');
		const box = first.getByRole('searchbox', { name: '搜索本站指南' });
		expect(await box.isVisible()).toBe(true);
		expect(await first.getByRole('link', { name: '前往中文首页' }).getAttribute('href')).toBe('/zh-cn/');
		expect(await axeViolations(page)).toEqual([]);
		await box.fill('退款');
		await Promise.all([page.waitForURL((url) => url.pathname === '/zh-cn/', wait), box.press('Enter')]);
		// The landing page's search dialog opens with the words, and finds Chinese pages.
		const input = page.locator('#starlight__search input[type="text"], #starlight__search input[type="search"]').first();
		await input.waitFor(wait);
		await expect.poll(() => input.inputValue(), wait).toBe('退款');
		await page.locator('#starlight__search .pagefind-ui__result-title a').first().waitFor(wait);
		expect(await page.locator('#starlight__search .pagefind-ui__result-title a').first().getAttribute('href')).toMatch(/^\/zh-cn\//);
		// The words are not left in the address: a reload does not search again.
		expect(new URL(page.url()).hash).toBe('');
	});

	test.each(['/en/no-such-page/', '/no-such-page/'])('on %s it leads in English', async (path) => {
		const { page } = await fresh();
		await page.goto(path);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('.editions > li').first().getAttribute('data-locale')).toBe('en');
		expect(await page.getByRole('searchbox', { name: 'Search the guides' }).isVisible()).toBe(true);
	});

	test('without JavaScript it shows both languages and their home pages, and no search box that could not work', async () => {
		const { page } = await fresh({ javaScriptEnabled: false });
		await page.goto('/zh-cn/no-such-page/');
		expect(await page.locator('main h1').innerText()).toMatch(/Page not found\s*\/?\s*页面未找到/);
		expect(await page.locator('main a[href="/zh-cn/"]').isVisible()).toBe(true);
		expect(await page.locator('main a[href="/en/"]').isVisible()).toBe(true);
		expect(await page.locator('form[data-search-form]:visible').count()).toBe(0);
	});
});

describe('the / chooser remembers the reader', () => {
	test('a reader who read the Chinese pages goes straight back to them; after switching to English, to English', async () => {
		const { page } = await fresh();
		await page.goto('/');
		expect(await page.locator('main a[href="/zh-cn/"]').isVisible()).toBe(true);
		await page.goto('/zh-cn/shoppers/keep-evidence/');
		await page.goto('/');
		await page.waitForURL((url) => url.pathname === '/zh-cn/', wait);
		// The language picker is the way to the other language, and the next visit remembers it.
		const select = page.locator('starlight-lang-select select').first();
		await Promise.all([page.waitForURL((url) => url.pathname === '/en/', wait), select.selectOption({ label: 'English' })]);
		await page.goto('/');
		await page.waitForURL((url) => url.pathname === '/en/', wait);
	});

	test.each(['de', 'zh-CN', '/evil/', '__proto__', '', 'en/../x'])('a stored "%s" is not a language: the chooser shows and forgets it', async (value) => {
		const { page } = await fresh();
		await page.goto('/no-such-page/');
		await page.evaluate((v) => localStorage.setItem('kb-locale', v), value);
		await page.goto('/');
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.locator('main a[href="/en/"]').isVisible()).toBe(true);
		expect(await page.evaluate(() => localStorage.getItem('kb-locale'))).toBeNull();
	});

	test('where storage is blocked the chooser still shows', async () => {
		const { page, problems } = await fresh();
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
		});
		await page.goto('/');
		expect(await page.locator('main a[href="/zh-cn/"]').isVisible()).toBe(true);
		await page.goto('/zh-cn/');
		expect(problems.consoleErrors).toEqual([]);
	});
});
