import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, calculatorReady, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);
const EN = '/en/tools/duty-calculator/';
const ZH = '/zh-cn/tools/duty-calculator/';

const total = (page: Page) => page.locator('output[name="total"]');
const amount = async (page: Page) => ({
	amount: await total(page).getAttribute('data-amount'),
	currency: await total(page).getAttribute('data-currency'),
});
const field = (page: Page, name: string) => page.locator(`#duty-form [name="${name}"]`);
/** Opens the calculator and waits until it shows the outcome for the link (see calculatorReady). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await calculatorReady(page);
}

describe('a shared link reproduces the result', () => {
	// CNY 300 of cosmetics + CNY 20 shipping through cross-border e-commerce: (300 + 20) × 13% × 70% = 29.12.
	const query = '?dest=CN&channel=cbec&category=cosmetics&value=300&shipping=20';

	test.each([EN, ZH])('%s: CNY 300 of cosmetics with CNY 20 shipping owes CNY 29.12, and the form shows the link’s values', async (path) => {
		const { page, problems } = await fresh();
		await open(page, path + query);
		expect(await amount(page)).toEqual({ amount: '29.12', currency: 'CNY' });
		expect(await total(page).innerText()).toContain('29.12');
		expect(await field(page, 'value').inputValue()).toBe('300');
		expect(await field(page, 'category').inputValue()).toBe('cosmetics');
		// The kind of goods after each step, in each language's own brackets.
		expect(await page.locator('[data-breakdown] tbody tr').first().innerText()).toContain(path === EN ? '(Cosmetics)' : '（化妆品）');
		// Both Chinese channels side by side: the postal parcel pays 20% of 300 = 60 (over the CNY 50 waiver).
		const compare = page.locator('table.compare tbody tr');
		expect(await compare.count()).toBe(2);
		expect(await compare.nth(1).innerText()).toContain('60.00');
		expect(await page.locator('.verdict').innerText()).toContain(path === EN ? 'Cheapest: Cross-border e-commerce' : '最省钱：跨境电商');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the breakdown shows each step in words with its base, rate and source', async () => {
		const { page } = await fresh();
		await open(page, EN + query);
		const rows = await page.locator('[data-breakdown] tbody tr').allInnerTexts();
		expect(rows.join('\n')).toMatch(/Import VAT[\s\S]*CNY 320\.00[\s\S]*13%[\s\S]*70%/);
		expect(await page.locator('[data-regime]').innerText()).toBe(
			'Under the CNY 5,000 per-order and CNY 26,000 annual limits: tariff 0%, and VAT and consumption tax at 70% of the full amount.',
		);
		// Every source cited in the table is listed with its link.
		const cited = await page.locator('[data-breakdown] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		for (const href of cited) expect(await page.locator(`${href} a[href^="https://"]`).count()).toBe(1);
	});
});

describe('typing', () => {
	test('updates the result and the link as the reader types, full-width digits included', async () => {
		const { page } = await fresh();
		await open(page, ZH);
		expect(await page.locator('[data-status]').innerText()).toBe('请输入商品价格，查看需要缴纳的税费。');
		await field(page, 'value').fill('１,２００');
		// CNY 1,200 of clothing: VAT 13% × 70% = 9.1% → 109.20.
		expect(await amount(page)).toEqual({ amount: '109.20', currency: 'CNY' });
		expect(new URL(page.url()).searchParams.get('value')).toBe('1,200');
		await field(page, 'category').selectOption('alcohol');
		await expect.poll(() => total(page).getAttribute('data-amount'), wait).not.toBe('109.20');
		expect(new URL(page.url()).searchParams.get('category')).toBe('alcohol');
	});

	test('choosing Germany switches the amounts to euros; choosing Canada asks for the province', async () => {
		const { page } = await fresh();
		await open(page, EN);
		await field(page, 'dest').selectOption('DE');
		expect(await field(page, 'currency').inputValue()).toBe('EUR');
		expect(await page.locator('[data-field="region"]').isHidden()).toBe(true);
		// The EU frees gifts between private persons up to €45: the gift box is offered.
		expect(await page.locator('[data-field="gift"]').isVisible()).toBe(true);
		await field(page, 'dest').selectOption('CA');
		expect(await field(page, 'currency').inputValue()).toBe('CAD');
		expect(await page.locator('[data-field="region"]').isVisible()).toBe(true);
		await field(page, 'value').fill('80');
		// Canada's rules were not in the page: they are fetched, with its regime's code.
		await calculatorReady(page, 'CA');
		expect(await page.locator('[data-status]').innerText()).toBe('Choose a region: the tax rate depends on it.');
		await field(page, 'region').selectOption('ON');
		expect(await total(page).getAttribute('data-currency')).toBe('CAD');
	});

	test('amounts in another currency are converted at the snapshot rate, or at the reader’s own', async () => {
		const { page } = await fresh();
		await open(page, `${EN}?dest=GB&category=toys&value=100&currency=USD`);
		expect(await page.locator('[data-field="rate"]').isVisible()).toBe(true);
		// The UK has gift relief: the gift box is offered.
		expect(await page.locator('[data-field="gift"]').isVisible()).toBe(true);
		expect(await page.locator('label[for="duty-rate"]').innerText()).toBe('Exchange rate: GBP per 1 USD');
		// USD 100 at the snapshot's 0.76 = GBP 76.00, taxed at checkout at 20% = 15.20.
		expect(await amount(page)).toEqual({ amount: '15.20', currency: 'GBP' });
		await field(page, 'rate').fill('0.8');
		expect(await amount(page)).toEqual({ amount: '16.00', currency: 'GBP' });
	});
});

describe('bad input', () => {
	test.each([
		['abc', 'Enter a number, for example 1,299.00.'],
		['-20', 'The amount cannot be negative.'],
		['999999999999', 'That is more than this calculator handles (100,000,000). Check for an extra zero.'],
	])('“%s” shows “%s” next to the field, and no result', async (typed, message) => {
		const { page, problems } = await fresh();
		await open(page, EN);
		await field(page, 'value').fill(typed);
		expect(await page.locator('#duty-value-error').innerText()).toBe(message);
		expect(await field(page, 'value').getAttribute('aria-invalid')).toBe('true');
		// The field is marked by a thicker border as well as the message.
		expect(await field(page, 'value').evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('2px');
		expect(await page.locator('[data-out]').isHidden()).toBe(true);
		expect(await amount(page)).toEqual({ amount: '', currency: '' });
		expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Error:/);
		await field(page, 'value').fill('100');
		expect(await page.locator('#duty-value-error').innerText()).toBe('');
		expect(await field(page, 'value').getAttribute('aria-invalid')).toBeNull();
		expect(problems.consoleErrors).toEqual([]);
	});

	test('unknown and hostile link parameters are ignored and the reader told, without quoting them; nothing runs', async () => {
		const { page, problems } = await fresh({ locale: 'en-US' });
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		await open(page, `${EN}?dest=XX&category=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&utm_source=news&value=100&date=2026-11-22`);
		const notices = await page.locator('[data-notices] li').allInnerTexts();
		// Known settings are named from the calculator's own list; unknown ones only counted.
		expect(notices).toEqual(['The settings dest and category in the link were not understood and were ignored.', '1 unknown setting in the link was ignored.']);
		expect(await page.locator('main').innerText()).not.toMatch(/utm_source|onerror/);
		expect(await page.locator('[data-notices] img').count()).toBe(0);
		// The rest of the link still works, for the English page's destination: USD 100 of clothing by
		// courier to the US owes the regular duty (16.5%), the Section 301 tariff (7.5%) and the USD 2.69 fee.
		expect(await amount(page)).toEqual({ amount: '26.69', currency: 'USD' });
		expect(dialog).toBe(false);
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('without JavaScript', () => {
	test.each([
		[EN, 'The calculator needs JavaScript', 'Up to CNY 5,000 per order and CNY 26,000 a year', 'Up to GBP 135 of goods: VAT (20%) charged at checkout'],
		[ZH, '计算器需要 JavaScript', '单次 CNY 5,000、年度 CNY 26,000 以内', '商品价值不超过 GBP 135：结账时代收增值税（20%）'],
	])('%s says so above the form, offers no Calculate button, and keeps the rules at a glance under it', async (path, says, china, uk) => {
		const { page } = await fresh({ javaScriptEnabled: false });
		await page.goto(path);
		const notice = page.locator('[data-nojs]');
		expect(await notice.innerText()).toContain(says);
		// Above the form, where the reader looks first.
		const [noticeBox, formBox] = [await notice.boundingBox(), await page.locator('#duty-form').boundingBox()];
		expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(formBox!.y);
		expect(await field(page, 'value').isVisible()).toBe(true);
		// No button that would send the form away and show nothing; Enter in a field sends nothing either.
		expect(await page.locator('#duty-form button').isVisible()).toBe(false);
		await field(page, 'value').fill('300');
		await field(page, 'value').press('Enter');
		await page.waitForLoadState('load');
		expect(new URL(page.url()).search).toBe('');
		expect(await field(page, 'value').inputValue()).toBe('300');
		// No empty "Result" heading either.
		expect(await page.locator('.duty-result').isVisible()).toBe(false);
		// Under the form, the rules in force today for every destination, as plain HTML; the notice links to them.
		const glance = page.locator('.duty-glance tbody tr');
		expect(await glance.count()).toBeGreaterThanOrEqual(13);
		expect(await glance.first().innerText()).toContain(china);
		expect(await page.locator('.duty-glance').innerText()).toContain(uk);
		expect(await notice.locator('a[href="#duty-glance-title"]').count()).toBe(1);
	});

	test('the notice’s rules link leads to the rules page, plain HTML that needs no script', async () => {
		const { page } = await fresh({ javaScriptEnabled: false });
		await page.goto(EN);
		await Promise.all([page.waitForURL(/\/en\/tools\/duty-rules\/$/, wait), page.locator('[data-nojs] a[href="/en/tools/duty-rules/"]').click()]);
		// The rules are plain HTML, one page per destination under the index: China's per-order limit
		// is readable without a script.
		await Promise.all([page.waitForURL(/\/en\/tools\/duty-rules\/cn\/$/, wait), page.locator('main a[href="/en/tools/duty-rules/cn/"]').first().click()]);
		expect(await page.locator('h1').innerText()).toBe('China (mainland): thresholds, rates and fees');
		expect(await page.locator('main dt').first().innerText()).toBe('Limit per order');
		expect(await page.locator('main dd').first().innerText()).toContain('CNY 5,000');
	});
});

describe('typed before the script started', () => {
	/** Holds the site's scripts back until `release()`, as a slow connection would. */
	async function slowScripts(page: Page) {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/*.js', async (route) => {
			await gate;
			await route.continue();
		});
		return release;
	}

	test('Chinese: the price and kind of goods typed are kept, the link’s shipping too, and the result is for them', async () => {
		const { page, problems } = await fresh();
		const release = await slowScripts(page);
		// The link says toys and CNY 20 shipping; the reader types CNY 300 and picks cosmetics before the script arrives.
		await page.goto(`${ZH}?category=toys&shipping=20`, { waitUntil: 'commit' });
		await field(page, 'value').fill('300');
		await field(page, 'category').selectOption('cosmetics');
		// The script has not started: no result, and Calculate is still off, so Enter cannot send the form away.
		expect(await total(page).getAttribute('data-amount')).toBe('');
		expect(await page.locator('#duty-form button[type="submit"]').isDisabled()).toBe(true);
		release();
		// CNY 300 of cosmetics + CNY 20 shipping by cross-border e-commerce: CNY 29.12.
		await expect.poll(() => total(page).getAttribute('data-amount'), wait).toBe('29.12');
		expect(await field(page, 'value').inputValue()).toBe('300');
		expect(await field(page, 'category').inputValue()).toBe('cosmetics');
		expect(await field(page, 'shipping').inputValue()).toBe('20');
		// The link now carries what the reader typed.
		const query = new URL(page.url()).searchParams;
		expect([query.get('value'), query.get('category'), query.get('shipping')]).toEqual(['300', 'cosmetics', '20']);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('English: the typed price stays in the currency the form showed (USD), even for a reader whose browser is British', async () => {
		const { page } = await fresh({ locale: 'en-GB' });
		const release = await slowScripts(page);
		await page.goto(`${EN}?date=2026-11-22`, { waitUntil: 'commit' });
		await field(page, 'value').fill('900');
		await field(page, 'category').selectOption('electronics');
		release();
		// USD 900 of electronics by courier to the US: no duty on them here, the USD 2.69 processing fee only.
		await expect.poll(() => total(page).getAttribute('data-amount'), wait).toBe('2.69');
		expect(await amount(page)).toEqual({ amount: '2.69', currency: 'USD' });
		expect(await field(page, 'dest').inputValue()).toBe('US');
		expect(await field(page, 'value').inputValue()).toBe('900');
	});
});

describe('where the form starts', () => {
	test.each([
		['en-US', EN, '', 'US', 'USD'],
		['en-GB', EN, '', 'GB', 'GBP'],
		['en-AU', EN, '', 'AU', 'AUD'],
		// India is a destination since issue 21: a browser in India starts there (its rules load from their file).
		['en-IN', EN, '', 'IN', 'INR'],
		['de-CH', EN, '', 'US', 'USD'], // a language the page is not in: the page's own default
		['en-US', ZH, '', 'CN', 'CNY'],
		['zh-CN', ZH, '', 'CN', 'CNY'],
		// A link always wins.
		['en-GB', EN, '?dest=CN', 'CN', 'CNY'],
		['zh-CN', ZH, '?dest=DE', 'DE', 'EUR'],
	])('a browser in %s on %s%s starts at %s, amounts in %s', async (locale, path, query, dest, currency) => {
		const { page } = await fresh({ locale });
		await open(page, path + query);
		await expect.poll(() => field(page, 'dest').inputValue(), wait).toBe(dest);
		expect(await field(page, 'currency').inputValue()).toBe(currency);
		await field(page, 'value').fill('100');
		await expect.poll(() => total(page).getAttribute('data-currency'), wait).toBe(dest === 'DE' ? 'EUR' : currency);
	});

	test('the page as built starts where its language says: English at the United States in USD, Chinese at China in CNY', () => {
		for (const [file, dest, currency] of [['dist/en/tools/duty-calculator/index.html', 'US', 'USD'], ['dist/zh-cn/tools/duty-calculator/index.html', 'CN', 'CNY']] as const) {
			const html = readFileSync(file, 'utf8');
			expect(html).toMatch(new RegExp(`<option value="${dest}" selected[^>]*>`));
			expect(html).toMatch(new RegExp(`<option value="${currency}" selected[^>]*>${currency}</option>`));
		}
	});
});

describe('loading only the rules a destination needs', () => {
	/** Every regime kind (src/duty/regimes/<kind>.ts): Vite names each one's chunk after it. */
	const KINDS = readdirSync('src/duty/regimes').filter((f) => f.endsWith('.ts') && !['index.ts', 'regime.ts', 'load.ts'].includes(f)).map((f) => f.slice(0, -3));
	/** The paths a page requests, as they happen. */
	const record = (page: Page) => {
		const paths: string[] = [];
		page.on('request', (request) => paths.push(new URL(request.url()).pathname));
		return {
			rules: () => paths.filter((p) => p.startsWith('/duty-data/')),
			regimes: () => KINDS.filter((kind) => paths.some((p) => p.startsWith(`/_astro/${kind}.`))),
		};
	};

	test.each([
		[EN, 'US'],
		[ZH, 'CN'],
	] as const)('%s: the page’s own destination (%s) needs no rules file, and only its own regimes load', async (path, dest) => {
		const { page, problems } = await fresh({ locale: path === EN ? 'en-US' : 'zh-CN' });
		const requests = record(page);
		await open(page, `${path}?value=100&date=2026-11-22`);
		expect(await field(page, 'dest').inputValue()).toBe(dest);
		expect(await total(page).getAttribute('data-amount')).toMatch(/^\d+\.\d\d$/);
		expect(requests.rules()).toEqual([]);
		expect(requests.regimes()).toEqual(dest === 'US' ? ['us-entry'] : ['cn-cbec', 'cn-postal']);
		expect(problems.consoleErrors).toEqual([]);
	});

	// JTV, 2024-08-01 (unit test duty-br.test.ts): R$100 in São Paulo pays R$20.00 import tax and R$24.58 ICMS.
	test.each([EN, ZH])('%s: a link to Brazil, whose rules are not in the page, loads them and its regime and shows R$44.58', async (path) => {
		const { page, problems } = await fresh();
		const requests = record(page);
		await page.goto(`${path}?dest=BR&region=SP&category=clothing&value=100&currency=BRL&date=2026-12-07`);
		await calculatorReady(page, 'BR');
		expect(await amount(page)).toEqual({ amount: '44.58', currency: 'BRL' });
		expect(await field(page, 'dest').inputValue()).toBe('BR');
		expect(await field(page, 'region').inputValue()).toBe('SP');
		expect(await field(page, 'channel').inputValue()).toBe('conforme');
		expect(new URL(page.url()).searchParams.get('region')).toBe('SP');
		expect(requests.rules()).toEqual([`/duty-data/${path === EN ? 'en' : 'zh-cn'}/br.json`]);
		expect(requests.regimes()).toEqual(['br-remessa']);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
	});

	test('choosing another destination loads its rules once and shows its result; going back and forth fetches nothing again', async () => {
		const { page, problems } = await fresh({ locale: 'en-US' });
		const requests = record(page);
		await open(page, `${EN}?category=toys&value=100&date=2026-11-22`);
		await field(page, 'dest').selectOption('GB');
		await calculatorReady(page, 'GB');
		// The amounts follow the destination's currency: GBP 100 of toys, under GBP 135, pays 20% VAT at checkout.
		expect(await amount(page)).toEqual({ amount: '20.00', currency: 'GBP' });
		expect(new URL(page.url()).searchParams.get('dest')).toBe('GB');
		await field(page, 'dest').selectOption('US');
		await calculatorReady(page, 'US');
		await field(page, 'dest').selectOption('GB');
		await calculatorReady(page, 'GB');
		expect(await amount(page)).toEqual({ amount: '20.00', currency: 'GBP' });
		expect(requests.rules()).toEqual(['/duty-data/en/gb.json']);
		expect(requests.regimes()).toEqual(['gb-low-value', 'us-entry']);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('while the rules load, the status line says so (in Chinese too)', async () => {
		const { page, problems } = await fresh();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/duty-data/**', async (route) => {
			await gate;
			await route.continue();
		});
		await page.goto(`${ZH}?dest=GB&category=toys&value=100&date=2026-11-22`);
		await expect.poll(() => page.locator('[data-status]').innerText(), wait).toBe('正在加载英国（大不列颠）的规则…');
		expect(await page.locator('duty-calculator').getAttribute('data-ready')).toBeNull();
		expect(await page.locator('[data-out]').isHidden()).toBe(true);
		release();
		await calculatorReady(page, 'GB');
		expect(await amount(page)).toEqual({ amount: '20.00', currency: 'GBP' });
		expect(await page.locator('[data-status]').innerText()).toBe('');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('a failed fetch says so and offers Retry; what the reader typed meanwhile is kept, and Retry shows the result', async () => {
		const { page, problems } = await fresh({ locale: 'en-US' });
		await page.route('**/duty-data/**', (route) => route.abort());
		await open(page, `${EN}?category=toys&value=100&date=2026-11-22`);
		await field(page, 'dest').selectOption('GB');
		const status = page.locator('[data-status]');
		const retry = status.locator('button', { hasText: 'Retry' });
		await retry.waitFor(wait);
		expect(await status.innerText()).toMatch(/^The rules for United Kingdom \(Great Britain\) could not be loaded\. Check your connection and try again: what you entered is kept\./);
		expect(await page.locator('duty-calculator').getAttribute('data-ready')).toBeNull();
		expect(await amount(page)).toEqual({ amount: '', currency: '' });
		// The reader goes on typing: the form and the link keep it, and the message stays.
		await field(page, 'value').fill('120');
		expect(await field(page, 'value').inputValue()).toBe('120');
		expect(await field(page, 'dest').inputValue()).toBe('GB');
		expect(new URL(page.url()).searchParams.get('value')).toBe('120');
		await retry.waitFor(wait);
		// The connection is back.
		await page.unroute('**/duty-data/**');
		await retry.click();
		await calculatorReady(page, 'GB');
		// GBP 120 of toys: 20% VAT at checkout.
		expect(await amount(page)).toEqual({ amount: '24.00', currency: 'GBP' });
		expect(await field(page, 'value').inputValue()).toBe('120');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), wait).toBe('duty-result-title');
		// The aborted request is the only error the browser logs.
		expect(problems.consoleErrors.filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
	});
});

describe('reading the result', () => {
	test('flat fees show as flat amounts, and steps that come to nothing are named under the table, not listed as 0%', async () => {
		const { page } = await fresh();
		await open(page, `${EN}?dest=US&channel=courier&category=electronics&value=900&currency=USD&date=2026-11-22`);
		expect(await amount(page)).toEqual({ amount: '2.69', currency: 'USD' });
		const rows = page.locator('[data-breakdown] tbody tr');
		expect(await rows.count()).toBe(1);
		const cells = await rows.first().locator('td').allInnerTexts();
		expect(cells[0]).toContain('Merchandise processing fee (informal entry)');
		// One cell for "charged on" and "rate": a fee is no percentage of the goods.
		expect(cells.slice(1, 3)).toEqual(['Flat amount', 'USD 2.69']);
		expect(await page.locator('[data-breakdown]').innerText()).not.toMatch(/\b0%|—|USD 900\.00/);
		expect(await page.locator('[data-nil]').innerText()).toBe(
			'Nothing to pay for: Regular customs duty (MFN rate), Section 301 tariff on goods from China, and Section 122 surcharge (assumed ended on 24 July 2026).',
		);
	});

	test('a duty whose rate is not known is not “nothing to pay”: the result says it is not included', async () => {
		const { page } = await fresh();
		// No regular (MFN) rate is known for watches: the Section 301 tariff (7.5%) and the fee are all that is counted.
		await open(page, `${EN}?dest=US&channel=courier&category=watches&value=200&currency=USD&date=2026-11-22`);
		expect(await amount(page)).toEqual({ amount: '17.69', currency: 'USD' });
		expect(await page.locator('[data-warnings]').innerText()).toContain('No duty rate is known for this kind of goods, so duty is not included.');
		expect(await page.locator('[data-breakdown]').innerText()).not.toContain('Regular customs duty');
		expect(await page.locator('[data-nil]').innerText()).not.toContain('Regular customs duty');
	});

	test.each([
		[`${EN}?dest=AU&category=clothing&value=1200&date=2026-11-22`, ['Import processing charge (government)', 'Biosecurity charge (government)'], 'Flat amount', ['AUD 50.00', 'AUD 45.00']],
		[`${ZH}?dest=DE&category=clothing&value=40&lines=2&date=2026-11-22`, ['按商品种类征收的固定关税'], '固定金额', ['EUR 6.00']],
		[`${EN}?dest=GB&category=toys&value=200&date=2026-11-22`, ['Royal Mail handling fee'], 'Flat amount', ['GBP 8.00']],
	])('%s: government, EU and carrier flat fees read as flat amounts', async (url, labels, flat, amounts) => {
		const { page } = await fresh();
		await open(page, url);
		await total(page).waitFor(wait);
		for (const [i, label] of labels.entries()) {
			const row = page.locator('[data-breakdown] tbody tr', { hasText: label });
			expect(await row.locator('td').allInnerTexts()).toEqual([expect.stringContaining(label), flat, amounts[i], expect.any(String)]);
		}
	});

	test.each([
		// GBP 200 of toys at the reader's 4%: duty GBP 8.00, VAT 20% of 208.00 = 41.60.
		[`${EN}?dest=GB&category=toys&value=200&duty=4&date=2026-11-22`, '49.60', 'Your duty rate of 4% replaced the typical customs duty for this kind of goods. Taxes, charges and any additional tariffs are still worked out by the rules.'],
		[`${ZH}?dest=GB&category=toys&value=200&duty=4&date=2026-11-22`, '49.60', '你填写的 4% 关税税率已替换该类商品的常见关税；税款、收费和其他加征关税仍按规则计算。'],
		// Under GBP 135 no duty is charged: only the 20% VAT at checkout.
		[`${EN}?dest=GB&category=toys&value=100&duty=4&date=2026-11-22`, '20.00', 'Your duty rate of 4% is not used for this parcel: under these rules it pays no customs duty by rate.'],
		[`${ZH}?dest=GB&category=toys&value=100&duty=4&date=2026-11-22`, '20.00', '这个包裹未用到你填写的 4% 关税税率：按这些规则，它不按税率征收关税。'],
		// The US says it in its own words: the reader's rate replaces the regular duty, not the additional tariffs.
		[`${EN}?dest=US&channel=courier&category=bags&value=900&currency=USD&duty=12&date=2026-11-22`, '335.69', 'Your duty rate replaces only the regular (MFN) duty. The Section 301 tariff and the other additional tariffs are still added.'],
	])('%s: the result says first what the reader’s duty rate replaced (total %s)', async (url, expected, says) => {
		const { page } = await fresh();
		await open(page, url);
		await expect.poll(() => total(page).getAttribute('data-amount'), wait).toBe(expected);
		const warnings = await page.locator('[data-warnings] li').allInnerTexts();
		expect(warnings[0]).toBe(says);
		expect(warnings.filter((w) => /duty rate|关税税率/.test(w))).toHaveLength(1);
	});

	test.each([
		[EN, 'Your rate replaces the customs duty only: VAT, GST or consumption tax, government charges and the United States\' additional tariffs are still added.'],
		[ZH, '你填写的税率只替换关税；增值税、GST 或消费税、政府收费以及美国的加征关税仍会照常计入。'],
	])('%s: the duty-rate field says, before any result, that it replaces the customs duty only', async (path, says) => {
		const { page } = await fresh();
		await open(page, path);
		expect(await page.locator('#duty-duty-hint').textContent()).toContain(says);
	});

	test('Calculate shows the result: it moves to the result, which is already up to date', async () => {
		const { page } = await fresh();
		await open(page, `${ZH}?dest=CN&category=cosmetics&shipping=20`);
		await field(page, 'value').fill('300');
		await page.locator('#duty-form button[type="submit"]').click();
		expect(await amount(page)).toEqual({ amount: '29.12', currency: 'CNY' });
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), wait).toBe('duty-result-title');
		// The page did not reload or change address beyond the query.
		expect(new URL(page.url()).pathname).toBe(ZH);
	});

	test('the page hears one result event per change: not again for a blur, Calculate or the same value typed again', async () => {
		const { page } = await fresh();
		await page.addInitScript(() => {
			const w = window as unknown as { events: unknown[] };
			w.events = [];
			document.addEventListener('duty-calculator:result', (e) => w.events.push((e as CustomEvent).detail));
		});
		await open(page, `${ZH}?dest=CN&category=cosmetics&shipping=20`);
		await field(page, 'value').pressSequentially('300');
		await field(page, 'value').press('Tab');
		await page.locator('#duty-form button[type="submit"]').click();
		await field(page, 'value').fill('300');
		await expect.poll(() => total(page).getAttribute('data-amount'), wait).toBe('29.12');
		const events = await page.evaluate(() => (window as unknown as { events: ({ total: string } | null)[] }).events.map((d) => d?.total ?? null));
		// No price yet, then CNY 3, 30 and 300 (+ CNY 20 shipping): 13% VAT × 70%, each rounded to the fen.
		expect(events).toEqual([null, '2.09', '4.55', '29.12']);
	});
});

test.each(['light', 'dark'] as const)('with a result shown, axe finds no violations (%s)', async (theme) => {
	const { page } = await fresh();
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await open(page, `${ZH}?dest=CN&category=cosmetics&value=300&shipping=20&currency=USD`);
	await total(page).waitFor(wait);
	expect(await axeViolations(page)).toEqual([]);
});

describe('tax already charged at checkout (collected=1)', () => {
	const collected = (page: Page) => page.locator('[data-collected]');
	const box = (page: Page) => page.locator('#duty-collected');

	test('ticking the box for £100 of clothes to the UK shows £20 paid at checkout and nothing due on delivery; unticking goes back', async () => {
		const { page, problems } = await fresh();
		await open(page, `${EN}?dest=GB&value=100`);
		expect(await box(page).isVisible()).toBe(true);
		expect(await box(page).isChecked()).toBe(false);
		expect(await collected(page).isHidden()).toBe(true);
		await box(page).check();
		await expect.poll(() => collected(page).isVisible(), wait).toBe(true);
		const text = await collected(page).innerText();
		expect(text).toMatch(/Paid at checkout\s+GBP 20\.00/);
		expect(text).toMatch(/Still due on delivery\s+GBP 0\.00/);
		expect(text).toContain('Nothing more to pay when the parcel arrives.');
		// The total cost: £100 of goods and £20 VAT.
		expect(text).toMatch(/Landed cost[^\n]*\s+GBP 120\.00/);
		expect(new URL(page.url()).searchParams.get('collected')).toBe('1');
		await box(page).uncheck();
		await expect.poll(() => collected(page).isHidden(), wait).toBe(true);
		expect(new URL(page.url()).searchParams.has('collected')).toBe(false);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('?dest=GB&collected=1 opens ticked; over £135 the box changes nothing and says why', async () => {
		const { page } = await fresh();
		await open(page, `${EN}?dest=GB&value=100&collected=1`);
		expect(await box(page).isChecked()).toBe(true);
		await expect.poll(() => collected(page).innerText(), wait).toMatch(/Paid at checkout\s+GBP 20\.00/);
		await field(page, 'value').fill('200');
		await expect.poll(() => collected(page).innerText(), wait).toBe('A shop can charge the tax at checkout only on goods up to GBP 135: on this purchase it is due at import, as shown below.');
		// £200 of clothes pays duty and import VAT at the border, as without the box.
		expect(await amount(page)).toEqual({ amount: '68.80', currency: 'GBP' });
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the box is hidden for the United States and appears when the destination changes to Australia', async () => {
		const { page } = await fresh();
		await open(page, `${EN}?dest=US&value=100&collected=1`);
		expect(await page.locator('[data-field="collected"]').isHidden()).toBe(true);
		expect(await collected(page).isHidden()).toBe(true);
		await field(page, 'dest').selectOption('AU');
		await calculatorReady(page, 'AU');
		expect(await box(page).isVisible()).toBe(true);
		// A$100 of clothes (the link's 100, now in Australian dollars): A$10 GST at checkout.
		await expect.poll(() => collected(page).innerText(), wait).toMatch(/Paid at checkout\s+AUD 10\.00/);
		await field(page, 'dest').selectOption('US');
		await calculatorReady(page, 'US');
		expect(await page.locator('[data-field="collected"]').isHidden()).toBe(true);
	});

	test('keyboard: labelled, reached by Tab after the origin and ticked with Space; in Chinese too', async () => {
		const { page } = await fresh();
		await open(page, `${ZH}?dest=GB&value=100`);
		expect(await page.getByLabel('下单时商家已代收税款').getAttribute('id')).toBe('duty-collected');
		expect(await box(page).getAttribute('aria-describedby')).toBe('duty-collected-hint');
		await field(page, 'origin').focus();
		// The UK has one channel, so its menu is hidden: the box comes next.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('duty-collected');
		await page.keyboard.press('Space');
		await expect.poll(() => collected(page).innerText(), wait).toMatch(/结账时已付\s+GBP 20\.00/);
		expect(await collected(page).innerText()).toContain('收货时还需付');
	});

	test('China’s cross-border platforms collect the tax with the order: CNY 29.12 paid at checkout; personal parcels (行邮) have no box', async () => {
		const { page } = await fresh();
		await open(page, `${ZH}?dest=CN&channel=cbec&category=cosmetics&value=300&shipping=20&collected=1`);
		await expect.poll(() => collected(page).innerText(), wait).toMatch(/结账时已付\s+CNY 29\.12/);
		expect(await collected(page).innerText()).toContain('包裹送达时无需再付钱。');
		await field(page, 'channel').selectOption('postal');
		await expect.poll(() => page.locator('[data-field="collected"]').isHidden(), wait).toBe(true);
		expect(await collected(page).isHidden()).toBe(true);
	});

	test('a value other than 1 or 0 leaves the box unticked and the reader told, without quoting it', async () => {
		const { page, problems } = await fresh();
		await open(page, `${EN}?dest=GB&value=100&collected=%3Cb%3Eyes`);
		expect(await box(page).isChecked()).toBe(false);
		expect(await page.locator('[data-notices]').isVisible()).toBe(true);
		expect(await page.locator('[data-notices]').innerText()).not.toContain('yes');
		expect(await amount(page)).toEqual({ amount: '20.00', currency: 'GBP' });
		expect(problems.consoleErrors).toEqual([]);
	});
});

// 15.6 KB measured on 2026-12-07, after the engine learned rates by kind of goods, gift relief,
// limits in a stated currency and eleven regimes (it was 11.4 KB with ten destinations' simpler rules).
// Later on 2026-12-07 (issue 21): 9,668 bytes, once each regime became a chunk loaded when needed
// (src/duty/regimes/load.ts): lowered from 17 KB to just above. With the “tax charged at checkout”
// box (collected=1, src/duty/ui/collected.ts): 10,219 bytes (9,615 before it).
test('budget: the calculator’s own JavaScript is under 11 KB gzip', () => {
	const html = readFileSync('dist/en/tools/duty-calculator/index.html', 'utf8');
	const scripts = [...html.matchAll(/<script[^>]*src="(\/_astro\/DutyCalculator[^"]+)"/g)].map((m) => m[1]!);
	expect(scripts).toHaveLength(1);
	const gzip = gzipSync(readFileSync(`dist${scripts[0]}`)).length;
	expect(gzip).toBeLessThan(11 * 1024);
});

describe('narrower kinds of goods (issue 22)', () => {
	test('a £40 toddler’s coat to the UK: “Children’s clothing” is offered right after clothing, and the result is £0.00 VAT', async () => {
		const { page, problems } = await fresh();
		await open(page, `${EN}?dest=GB&category=clothing-children&value=40&date=2026-11-22`);
		const options = await field(page, 'category').locator('option').allInnerTexts();
		expect(options.slice(0, 2)).toEqual(['Clothing', "Children's clothing"]);
		expect(await amount(page)).toEqual({ amount: '0.00', currency: 'GBP' });
		await field(page, 'category').selectOption('perfume');
		expect(await amount(page)).toEqual({ amount: '8.00', currency: 'GBP' });
		expect(await page.locator('[data-warnings]').innerText()).toContain('Perfume is taxed as cosmetics here.');
		expect(new URL(page.url()).searchParams.get('category')).toBe('perfume');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('中文：寄往中国的 500 元药品按行邮税 13% 缴 65 元；童装写明“按服装计税”', async () => {
		const { page } = await fresh();
		await open(page, `${ZH}?dest=CN&channel=postal&category=medicine&value=500&date=2026-11-22`);
		expect(await amount(page)).toEqual({ amount: '65.00', currency: 'CNY' });
		expect(await field(page, 'category').locator('option:checked').innerText()).toBe('药品');
		await field(page, 'category').selectOption('clothing-children');
		expect(await amount(page)).toEqual({ amount: '100.00', currency: 'CNY' });
		expect(await page.locator('[data-warnings]').innerText()).toContain('该目的地不单列童装，按服装计税。');
	});
});
