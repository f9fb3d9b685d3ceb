import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import type { Checklist } from '../../src/schemas/checklist.ts';
import { builtPages, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

test.each(['en', 'zh-cn'])('every %s page is linked from its landing page and from the sidebar', async (locale) => {
	// Guides and the checklists and duty rules indexes; each checklist's and each destination's own
	// page is linked from its index (below).
	const pages = builtPages().filter(
		(path) => path.startsWith(`/${locale}/`) && path !== `/${locale}/` && !/\/(checklists|tools\/duty-rules)\/[^/]+\/$/.test(path),
	);
	expect(pages.length).toBeGreaterThanOrEqual(13);
	const { page } = await fresh();
	await page.goto(`/${locale}/`);
	const landingLinks = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
	expect(pages.filter((path) => !landingLinks.has(path))).toEqual([]);
	await page.goto(pages[0]!);
	const sidebarLinks = new Set(
		await page.locator('#starlight__sidebar a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
	);
	expect(pages.filter((path) => !sidebarLinks.has(path))).toEqual([]);
});

test.each(['en', 'zh-cn'])('every %s destination’s duty rules page is linked from the rules index, with the destination’s name', async (locale) => {
	const destinations = readdirSync('content/duty').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
	const built = builtPages().filter((path) => new RegExp(`^/${locale}/tools/duty-rules/[a-z]{2}/$`).test(path));
	expect(built.sort()).toEqual(destinations.map((code) => `/${locale}/tools/duty-rules/${code}/`).sort());
	const { page } = await fresh();
	await page.goto(`/${locale}/tools/duty-rules/`);
	const links = await page.locator('main .destinations a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
	expect(links.map(([href]) => href).sort()).toEqual(built);
	// Each link names its destination, and the page it opens is titled with that name.
	await page.goto(built.find((path) => path.endsWith('/cn/'))!);
	expect(await page.locator('h1').innerText()).toMatch(locale === 'en' ? /^China \(mainland\): thresholds, rates and fees$/ : /^中国大陆：起征点、税率和费用$/);
});

test.each([
	['en', ['For shoppers', 'Your rights by country', 'Scams', 'By platform', 'For sellers', 'Tools', 'Reference']],
	['zh-cn', ['买家指南', '各地消费者权益', '防骗', '按平台', '卖家指南', '工具', '参考']],
])('the %s sidebar is grouped by audience', async (locale, groups) => {
	const { page } = await fresh();
	await page.goto(`/${locale}/shoppers/keep-evidence/`);
	expect(await page.locator('#starlight__sidebar details > summary').allInnerTexts()).toEqual(groups);
});

test.each(['/en/', '/zh-cn/', '/en/shoppers/keep-evidence/'])('on a phone, %s offers the language picker in its menu', async (path) => {
	const { page } = await fresh({ viewport: { width: 390, height: 844 } });
	await page.goto(path);
	const picker = page.locator('starlight-lang-select select').last();
	expect(await picker.isVisible()).toBe(false);
	await page.locator('.sl-menu-button').click();
	expect(await picker.isVisible()).toBe(true);
	const target = path.startsWith('/zh-cn/') ? 'English' : '简体中文';
	await Promise.all([page.waitForURL((url) => url.pathname !== path, wait), picker.selectOption({ label: target })]);
	expect(new URL(page.url()).pathname).toBe(path.startsWith('/zh-cn/') ? path.replace('/zh-cn/', '/en/') : path.replace('/en/', '/zh-cn/'));
});

// The checklists as the content defines them (content/checklists/<id>.yaml): adding one needs no change here.
const checklists = readdirSync('content/checklists')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(load(readFileSync(`content/checklists/${f}`, 'utf8')) as Checklist) }));
const byHref = (a: { href?: string | null | undefined }, b: { href?: string | null | undefined }) => ((a.href ?? '') < (b.href ?? '') ? -1 : 1);

test.each([
	['en', 'en', (n: number) => `${n} items`],
	['zh-cn', 'zh-CN', (n: number) => `${n} 项`],
] as const)('every %s checklist has its page, listed on the checklists index with its title and number of items', async (locale, lang, items) => {
	expect(checklists.length).toBeGreaterThan(0);
	const lists = builtPages().filter((path) => new RegExp(`^/${locale}/checklists/[^/]+/$`).test(path));
	expect(lists.sort()).toEqual(checklists.map(({ id }) => `/${locale}/checklists/${id}/`).sort());
	const { page } = await fresh();
	await page.goto(`/${locale}/checklists/`);
	const listed = await page.locator('main .checklist-index > li').evaluateAll((entries) =>
		entries.map((li) => ({
			href: li.querySelector(':scope > a')?.getAttribute('href'),
			title: li.querySelector(':scope > a')?.textContent?.trim(),
			count: li.querySelector(':scope > .count')?.textContent?.trim(),
		})),
	);
	expect(listed.sort(byHref)).toEqual(
		checklists.map((list) => ({ href: `/${locale}/checklists/${list.id}/`, title: list.title[lang], count: items(list.items.length) })).sort(byHref),
	);
});
