import { describe, expect, test } from 'vitest';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const GUIDE = 'shoppers/keep-evidence/';

describe.each([
	{
		locale: 'en',
		lang: 'en',
		siteTitle: 'Cross-Border Safety Guide',
		sidebarGroup: 'For shoppers',
		search: 'Search',
		skipLink: 'Skip to content',
		lastReviewed: 'Last reviewed:',
		sources: 'Sources',
		footer: 'An independent guide to cross-border e-commerce',
		disclaimer: 'General information, not legal advice.',
		themeLabel: 'Select theme',
		ogLocale: 'en',
		title: 'Keep evidence',
		englishSourceLinks: 0,
	},
	{
		locale: 'zh-cn',
		lang: 'zh-CN',
		siteTitle: '跨境电商安全指南',
		sidebarGroup: '买家指南',
		search: '搜索',
		skipLink: '跳转到内容',
		lastReviewed: '最近审核：',
		sources: '信息来源',
		footer: '一份独立的跨境电商安全指南',
		disclaimer: '本页为一般性信息，不构成法律意见。',
		themeLabel: '选择主题',
		ogLocale: 'zh_CN',
		title: '保留证据',
		englishSourceLinks: 3,
	},
])('$locale chrome is localized', (expected) => {
	test(`a guide page speaks ${expected.lang} throughout`, async () => {
		const { page } = await fresh();
		await page.goto(`/${expected.locale}/${GUIDE}`);
		expect(await page.getAttribute('html', 'lang')).toBe(expected.lang);
		expect(await page.title()).toMatch(new RegExp(` \\| ${expected.siteTitle}$`));
		expect(await page.locator('.site-title').first().innerText()).toBe(expected.siteTitle);
		await expect(page.locator('nav[aria-label] details summary').first().innerText()).resolves.toBe(expected.sidebarGroup);
		// The search button's name includes the shortcut it shows (WCAG 2.5.3, label in name).
		expect(await page.locator('site-search button[data-open-modal]').getAttribute('aria-label')).toBe(
			`${expected.search} Ctrl K`,
		);
		expect(await page.locator('a[href="#_top"]').first().innerText()).toBe(expected.skipLink);
		expect(await page.locator('footer').innerText()).toContain(expected.lastReviewed);
		expect(await page.locator('#guide-sources-heading').innerText()).toBe(expected.sources);
		expect(await page.locator('.disclaimer').innerText()).toContain(expected.disclaimer);
		// English source titles on a Chinese page are marked, so screen readers switch voice.
		expect(await page.locator('.guide-sources a[lang="en"]').count()).toBe(expected.englishSourceLinks);
		expect(await page.locator('.site-footer').innerText()).toContain(expected.footer);
		expect(await page.getByRole('combobox', { name: expected.themeLabel }).count()).toBeGreaterThan(0);
		// Link previews: Open Graph in the page's language, with its description.
		const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
		expect(await meta('property="og:title"')).toBe(expected.title);
		expect(await meta('property="og:locale"')).toBe(expected.ogLocale);
		expect(await meta('property="og:site_name"')).toBe(expected.siteTitle);
		expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
		expect((await meta('property="og:description"'))!.length).toBeGreaterThan(20);
		expect(await meta('name="twitter:card"')).toBe('summary');
	});
});

describe('language picker', () => {
	test.each([
		['/en/', '/zh-cn/'],
		[`/en/${GUIDE}`, `/zh-cn/${GUIDE}`],
		[`/zh-cn/${GUIDE}`, `/en/${GUIDE}`],
		['/zh-cn/shoppers/if-you-were-scammed/', '/en/shoppers/if-you-were-scammed/'],
	])('from %s leads to the same page in the other language, %s', async (from, to) => {
		const { page } = await fresh({ viewport: { width: 1280, height: 800 } });
		await page.goto(from);
		const select = page.locator('starlight-lang-select select').first();
		const target = to.startsWith('/zh-cn/') ? '简体中文' : 'English';
		await Promise.all([page.waitForURL(`**${to}`, wait), select.selectOption({ label: target })]);
		expect(new URL(page.url()).pathname).toBe(to);
	});
});

describe('the language chooser at /', () => {
	test('is a real bilingual page: title, lang, main landmark, heading, both editions', async () => {
		const { page } = await fresh();
		await page.goto('/');
		expect(await page.title()).toBe('Choose your language · 选择语言 | Cross-Border Safety Guide · 跨境电商安全指南');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('main').count()).toBe(1);
		expect(await page.locator('main h1').innerText()).toMatch(/Choose your language[\s·]*选择语言/);
		expect(await page.getAttribute('li[lang="zh-CN"]', 'data-locale')).toBe('zh-cn');
		expect(await page.locator('a[href="/en/"]').innerText()).toContain('Read in English');
		expect(await page.locator('a[href="/zh-cn/"]').innerText()).toContain('进入中文版');
	});

	test.each([
		['zh-CN', 'zh-cn', '根据浏览器语言推荐'],
		['en-US', 'en', "Suggested by your browser's language"],
	])('a %s browser gets %s suggested, and is not redirected', async (browserLocale, suggested, note) => {
		const { page } = await fresh({ locale: browserLocale });
		await page.goto('/');
		await page.waitForSelector('.is-suggested', wait);
		expect(await page.getAttribute('.is-suggested', 'data-locale')).toBe(suggested);
		expect(await page.locator('.is-suggested .suggested').innerText()).toBe(note);
		expect(await page.locator('.suggested:visible').count()).toBe(1);
		expect(new URL(page.url()).pathname).toBe('/');
	});

	test('without JavaScript it still offers both languages, suggesting none', async () => {
		const { page } = await fresh({ javaScriptEnabled: false, locale: 'zh-CN' });
		await page.goto('/');
		expect(await page.locator('main a').count()).toBe(2);
		expect(await page.locator('.is-suggested').count()).toBe(0);
		await Promise.all([page.waitForURL('**/zh-cn/', wait), page.click('a[href="/zh-cn/"]')]);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
	});
});
