import { expect, test } from 'vitest';
import { useBrowser, usePages } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

test.each(['/en/shoppers/escalation/', '/zh-cn/shoppers/keep-evidence/'])(
	'%s prints cleanly: only the guide, black on white, external addresses written out',
	async (path) => {
		const { page } = await fresh({ colorScheme: 'dark' });
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		for (const chrome of ['header.header', '#starlight__sidebar', 'starlight-toc', 'site-search', '.pagination-links', '.report-error']) {
			expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
		}
		expect(await page.locator('main h1').isVisible()).toBe(true);
		expect(await page.locator('.guide-sources').isVisible()).toBe(true);
		const colours = await page.evaluate(() => ({
			text: getComputedStyle(document.querySelector('.sl-markdown-content p')!).color,
			background: getComputedStyle(document.body).backgroundColor,
		}));
		expect(colours).toEqual({ text: expect.stringMatching(/^rgb\((0|1[0-9]|2[0-9]), /), background: 'rgb(255, 255, 255)' });
		const firstSource = page.locator('.guide-sources a').first();
		const href = await firstSource.getAttribute('href');
		expect(await firstSource.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
	},
);

test.each(['en', 'zh-cn'])('%s: a get-help plan prints as the plan: the answers shown, every letter in full, no buttons, no header or sidebar', async (locale) => {
	const { page } = await fresh({ colorScheme: 'dark' });
	await page.goto(`/${locale}/get-help/?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19&expected=2026-10-10&q=plan`);
	await page.locator('#help-plan-title').waitFor();
	// What the reader typed into a letter is what prints.
	await page.locator('.letter summary').first().click();
	const area = page.locator('.letter textarea').first();
	await area.fill(`${await area.inputValue()}\nOrder 12345-PRINTED`);
	await page.emulateMedia({ media: 'print' });
	for (const chrome of ['header.header', '#starlight__sidebar', 'site-search', '.pagination-links']) {
		expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
	}
	expect(await page.locator('[data-screen] .urgent').isVisible()).toBe(true);
	// The answers, though folded away on screen.
	expect(await page.locator('[data-screen] .answers dd').first().isVisible()).toBe(true);
	expect(await page.locator('[data-screen] .answers a').first().isVisible()).toBe(false);
	// No buttons or form fields; each letter's text in full instead of its field.
	expect(await page.locator('[data-screen] button:visible, [data-screen] textarea:visible').count()).toBe(0);
	const letters = page.locator('[data-screen] .letter-print');
	expect(await letters.count()).toBe(await page.locator('[data-screen] .letter textarea').count());
	expect(await letters.first().isVisible()).toBe(true);
	expect(await letters.first().innerText()).toContain('Order 12345-PRINTED');
	// The letter's full text is on the paper, not cut at a field's height.
	expect(await letters.first().evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
});
