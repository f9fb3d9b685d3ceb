import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const termIds = readdirSync('content/glossary')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''))
	.sort();

test.each([
	['/en/reference/glossary/', 'zh-CN'],
	['/zh-cn/reference/glossary/', 'en'],
])('%s lists every term as a heading under its stable anchor, with the other language marked', async (path, otherLang) => {
	const { page } = await fresh();
	await page.goto(path);
	// Headings with ids: search results link to them, screen readers move between them.
	const ids = await page.locator('.glossary .entry > h2.term').evaluateAll((terms) => terms.map((e) => e.id).sort());
	expect(ids).toEqual(termIds);
	expect(await page.locator(`.glossary .term .other[lang="${otherLang}"]`).count()).toBe(termIds.length);
});

test('a guide’s glossary link lands on the term, highlighted', async () => {
	const { page } = await fresh();
	await page.goto('/zh-cn/shoppers/escalation/');
	await Promise.all([page.waitForURL('**/zh-cn/reference/glossary/#chargeback', wait), page.locator('main a[href="/zh-cn/reference/glossary/#chargeback"]').first().click()]);
	const target = page.locator('#chargeback');
	expect(await target.locator('a').innerText()).toBe('拒付（退单）');
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	// The whole entry, term and definition, is highlighted.
	expect(await target.evaluate((el) => el.parentElement!.matches('.entry:has(> .term:target)'))).toBe(true);
});
