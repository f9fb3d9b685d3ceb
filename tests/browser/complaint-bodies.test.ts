import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const PAGE = '/en/reference/where-to-complain/';
const visibleRows = (page: Page) => page.locator('complaint-bodies tbody tr:visible');
const allRows = (page: Page) => page.locator('complaint-bodies tbody tr');

describe.each([
	['wide', { width: 1280, height: 900 }],
	['narrow', { width: 390, height: 844 }],
])('the "Where to complain" directory (%s screen)', (_size, viewport) => {
	test('a shared link with ?region=uk shows only the UK bodies, and says how many', async () => {
		const { page, problems } = await fresh({ viewport });
		await page.goto(`${PAGE}?region=uk`);
		const total = await allRows(page).count();
		expect(total).toBeGreaterThanOrEqual(12);
		const regions = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['region']));
		expect(regions.length).toBeGreaterThan(0);
		expect(new Set(regions)).toEqual(new Set(['uk']));
		expect(await page.locator('complaint-bodies .count').innerText()).toBe(`Showing ${regions.length} of ${total} bodies`);
		expect(await page.locator('select[name="region"]').inputValue()).toBe('uk');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('searching narrows the list in either language and updates the URL; nothing matching says so', async () => {
		const { page } = await fresh({ viewport });
		await page.goto(PAGE);
		await page.locator('input[name="q"]').fill('12315');
		await expect.poll(() => visibleRows(page).count(), wait).toBe(1);
		expect(await visibleRows(page).first().getAttribute('id')).toBe('cn-12315');
		expect(new URL(page.url()).searchParams.get('q')).toBe('12315');
		await page.locator('input[name="q"]').fill('全国12315平台');
		await expect.poll(() => visibleRows(page).count(), wait).toBe(1);
		await page.locator('input[name="q"]').fill('no such body anywhere');
		await expect.poll(() => visibleRows(page).count(), wait).toBe(0);
		expect(await page.locator('complaint-bodies .none').isVisible()).toBe(true);
		expect(await page.locator('complaint-bodies .count').getAttribute('aria-live')).toBe('polite');
	});
});

test('where you live and where the seller is: a buyer in Germany and a seller in China are not sent to ECC-Net; the choice goes into the link', async () => {
	const { page, problems } = await fresh();
	await page.goto(`${PAGE}?buyer=de&seller=cn`);
	const ids = () => visibleRows(page).evaluateAll((rows) => rows.map((r) => r.id).sort());
	await expect.poll(ids, wait).toEqual(['cn-12315', 'cn-cca', 'de-verbraucherzentrale', 'eu-fin-net', 'intl-econsumer']);
	expect(await page.locator('select[name="buyer"]').inputValue()).toBe('de');
	expect(await page.locator('select[name="seller"]').inputValue()).toBe('cn');
	// A seller in France instead: now ECC-Net can take it, and the link says so.
	await page.locator('select[name="seller"]').selectOption('fr');
	await expect.poll(ids, wait).toContain('eu-ecc-net');
	expect(new URL(page.url()).searchParams.get('seller')).toBe('fr');
	// Each body says whom it helps and which sellers it reaches.
	expect(await page.locator('#uk-ukicc th').innerText()).toMatch(/Helps buyers in: United Kingdom[\s\S]*Reaches sellers in: anywhere, only when the seller is in another country than the buyer/);
	expect(problems.consoleErrors).toEqual([]);
});

test('hostile filter values in the URL are ignored: the full list shows and nothing runs', async () => {
	const { page, problems } = await fresh();
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto(`${PAGE}?region=%3Cimg%20src=x%20onerror=alert(1)%3E&kind=__proto__&buyer=constructor&seller=%3Cb%3E&q=${'x'.repeat(3000)}`);
	expect(await page.locator('select[name="region"]').inputValue()).toBe('');
	expect(await page.locator('select[name="buyer"]').inputValue()).toBe('');
	expect(await page.locator('select[name="seller"]').inputValue()).toBe('');
	expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
	expect((await page.locator('input[name="q"]').inputValue()).length).toBe(100);
	expect(dialogs).toBe(0);
	expect(problems.consoleErrors).toEqual([]);
});

test('without JavaScript every body is listed and the filter form stays hidden', async () => {
	const { page } = await fresh({ javaScriptEnabled: false });
	await page.goto(`${PAGE}?region=uk`);
	expect(await visibleRows(page).count()).toBe(await allRows(page).count());
	expect(await page.locator('complaint-bodies form').isVisible()).toBe(false);
});

test('the Chinese directory speaks Chinese: labels, count and full-width colons', async () => {
	const { page } = await fresh();
	await page.goto('/zh-cn/reference/where-to-complain/?kind=fraud-reporting');
	const count = await page.locator('complaint-bodies .count').innerText();
	expect(count).toMatch(/^显示 \d+ 个机构，共 \d+ 个$/);
	expect(await page.locator('complaint-bodies tbody th .meta').first().innerText()).toMatch(/服务语言：\S/);
	expect(await page.locator('label', { hasText: '地区' }).count()).toBe(1);
});
