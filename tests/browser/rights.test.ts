import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { rightsRegion, rightsRegions, rightsText, type RightsRegionData } from '../../src/schemas/rights.ts';
import { rightsRows, rightsWords } from '../../src/rights/table.ts';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

/** The regions and the table's words as the content defines them: a new region needs no change here. */
const regions = new Map<string, RightsRegionData>(
	readdirSync('content/rights')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => [f.replace(/\.yaml$/, ''), rightsRegion.parse(load(readFileSync(`content/rights/${f}`, 'utf8')))]),
);
const words = Object.entries(load(readFileSync('content/rights-text.yaml', 'utf8')) as Record<string, unknown>).map(([id, data]) => ({
	id,
	data: rightsText.parse(data),
}));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

test.each([
	['en', 'en', '14 days'],
	['zh-cn', 'zh-CN', '14天'],
] as const)('the %s table (%s) lists every region with its withdrawal period, the EU at %s', async (locale, lang, eu) => {
	const { page, problems } = await fresh();
	await page.goto(`/${locale}/rights/`);
	await page.locator('.rights-table table').waitFor(wait);
	const rows = await page.locator('.rights-table tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			region: tr.getAttribute('data-region'),
			name: tr.querySelector('th')?.textContent?.trim(),
			href: tr.querySelector('th a')?.getAttribute('href'),
			withdrawal: tr.querySelector('td[data-column="withdrawal"] .value')?.textContent?.trim(),
		})),
	);
	const expected = rightsRows(regions, rightsWords(words, lang), lang);
	expect(rows).toEqual(
		expected.map((row) => ({ region: row.id, name: row.name, href: `/${locale}/rights/${row.id}/`, withdrawal: row.withdrawal.text })),
	);
	expect(rows.map((r) => r.region)).toEqual([...rightsRegions]);
	expect(rows.find((r) => r.region === 'eu')!.withdrawal).toContain(eu);
	expect(problems.consoleErrors).toEqual([]);
});

test.each([
	['/en/rights/', 'Change your mind (cooling-off)'],
	['/zh-cn/rights/', '无理由退货期'],
	['/en/rights/eu/', undefined],
	['/zh-cn/rights/cn/', undefined],
])('at 390 px, %s does not scroll sideways', async (path, label) => {
	const { page, problems } = await fresh(PHONE);
	await page.goto(path);
	await page.locator('main h2').first().waitFor(wait);
	const size = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
	expect(size).toEqual({ page: 390, viewport: 390 });
	if (label) {
		// The table is laid out as cards: no sideways scrolling inside it either, each cell labelled by its column.
		const wrap = await page.locator('.rights-table .table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
		const before = await page
			.locator('.rights-table tbody tr[data-region="eu"] td[data-column="withdrawal"]')
			.evaluate((td) => getComputedStyle(td, '::before').content);
		expect(before).toBe(JSON.stringify(label));
	}
	expect(problems.consoleErrors).toEqual([]);
});

test.each(['en', 'zh-cn'])('each %s region page shows its facts with their sources and its complaint bodies', async (locale) => {
	const { page } = await fresh();
	for (const id of rightsRegions) {
		await page.goto(`/${locale}/rights/${id}/`);
		const facts = await page.locator(`main .rights-facts[data-region="${id}"] [data-fact]`).evaluateAll((els) =>
			els.map((el) => ({ fact: el.getAttribute('data-fact'), sources: el.querySelectorAll('.sources a[href^="https://"]').length })),
		);
		expect(facts.map((f) => f.fact), id).toEqual(['withdrawal', 'returnPostage', 'guarantee', 'sellerInChina', 'paymentDispute', 'smallClaims']);
		for (const f of facts) expect(f.sources, `${id} ${f.fact}`).toBeGreaterThan(0);
		expect(await page.locator(`main .rights-bodies[data-region="${id}"] li`).count(), id).toBe(regions.get(id)!.bodies.length);
	}
});
