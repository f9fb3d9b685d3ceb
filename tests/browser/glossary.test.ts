import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowser, openPage, wait } from './browser.ts';

const browser = useBrowser();

const termIds = readdirSync('content/glossary')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''))
	.sort();

test.each([
	['/en/reference/glossary/', 'zh-CN'],
	['/zh-cn/reference/glossary/', 'en'],
])('%s lists every term under its stable anchor, with the other language marked', async (path, otherLang) => {
	const { page } = await openPage(browser());
	await page.goto(path);
	const ids = await page.locator('.glossary .entry').evaluateAll((entries) => entries.map((e) => e.id).sort());
	expect(ids).toEqual(termIds);
	expect(await page.locator(`.glossary dt .other[lang="${otherLang}"]`).count()).toBe(termIds.length);
	await page.context().close();
});

test('a guide’s glossary link lands on the term, highlighted', async () => {
	const { page } = await openPage(browser());
	await page.goto('/zh-cn/shoppers/escalation/');
	await Promise.all([page.waitForURL('**/zh-cn/reference/glossary/#chargeback', wait), page.locator('main a[href="/zh-cn/reference/glossary/#chargeback"]').first().click()]);
	const target = page.locator('#chargeback');
	expect(await target.locator('dt a').innerText()).toBe('拒付（退单）');
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	await page.context().close();
});
