import { expect, test } from 'vitest';
import { useBrowser, openPage } from './browser.ts';

const browser = useBrowser();

test.each(['/en/shoppers/escalation/', '/zh-cn/shoppers/keep-evidence/'])(
	'%s prints cleanly: only the guide, black on white, external addresses written out',
	async (path) => {
		const { page } = await openPage(browser(), { colorScheme: 'dark' });
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
		await page.context().close();
	},
);
