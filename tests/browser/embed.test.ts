import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve.mjs';
import { baseURL, calculatorReady, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

// A partner's site, served from another origin (another port) than the guide.
let partner: { url: string; close: () => Promise<void> };
const dir = '.tmp/partner';

beforeAll(async () => {
	const site = baseURL();
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		`${dir}/index.html`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Partner forum</title></head><body>
<h1>A forum post about import tax</h1>
<script>
window.messages = [];
window.results = [];
window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, type: e.data && e.data.type }));
document.addEventListener('duty-calculator:result', (e) => window.results.push({ title: e.target.title, detail: e.detail }));
</script>
<script src="${site}/embed.js" async></script>
<div data-duty-calculator data-lang="en" data-dest="CN" data-category="cosmetics" data-value="300" data-shipping="20"></div>
<p>Between the two calculators.</p>
<div data-duty-calculator data-lang="zh-cn" data-dest="GB" data-category="toys" data-value="200" data-shipping="15"
  data-channel='"><img src=x onerror="window.pwned=1">' data-unknown="1" data-value-extra="javascript:alert(1)" data-theme="dark"></div>
</body></html>`,
	);
	writeFileSync(
		`${dir}/iframe.html`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>No scripts here</title></head><body>
<iframe src="${site}/embed/zh-cn/duty-calculator/?dest=CN&amp;category=cosmetics&amp;value=300&amp;shipping=20" title="进口税费计算器" width="100%" height="900" style="border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
</body></html>`,
	);
	// Brazil's rules are in neither embed page: the sandboxed frame (an opaque origin) fetches them.
	writeFileSync(
		`${dir}/iframe-br.html`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Brazil, no scripts here</title></head><body>
<iframe src="${site}/embed/en/duty-calculator/?dest=BR&amp;region=SP&amp;category=clothing&amp;value=100&amp;currency=BRL&amp;date=2026-12-07" title="Import duty calculator" width="100%" height="900" style="border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
</body></html>`,
	);
	writeFileSync(
		`${dir}/framed.html`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Framing a guide</title></head><body>
<iframe src="${site}/en/shoppers/keep-evidence/" title="guide"></iframe>
<iframe src="${site}/embed/en/duty-calculator/" title="embed"></iframe>
</body></html>`,
	);
	partner = await serveDist(dir);
});
afterAll(() => partner?.close());

/**
 * Waits until the partner page has received every message `from` posted so far: messages from one
 * window to another arrive in order, so once a last marker message has arrived, the loader has
 * handled the ones before it (it handles each as it arrives).
 */
async function handled(page: Page, from: Page | Frame) {
	const marker = `test:done-${Math.random()}`;
	await from.evaluate((type) => window.parent.postMessage({ type }, '*'), marker);
	await expect.poll(() => page.evaluate((type) => (window as unknown as { messages: { type: string }[] }).messages.some((m) => m.type === type), marker), wait).toBe(true);
}

/** Whether the first widget's iframe is as tall as the page inside it. */
async function fitsContent(page: Page, frame: Frame) {
	const outer = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
	return Math.abs(outer - inner) <= 1;
}

const frames = (page: Page) => page.frames().filter((f) => f.url().includes('/embed/'));
const total = (frame: Frame) => frame.locator('output[name="total"]').getAttribute('data-amount');

async function openPartner(path = '/') {
	const { page, problems } = await fresh();
	let dialog = false;
	page.on('dialog', async (d) => {
		dialog = true;
		await d.dismiss();
	});
	await page.goto(partner.url + path);
	return { page, problems, dialog: () => dialog };
}

describe('the loader on a partner page', () => {
	test('two widgets, English and Chinese, render with real titles and the results of the full page', async () => {
		const { page, problems } = await openPartner();
		const iframes = page.locator('iframe');
		await expect.poll(() => iframes.count(), wait).toBe(2);
		expect(await iframes.evaluateAll((els) => els.map((e) => (e as HTMLIFrameElement).title))).toEqual(['Import duty calculator', '进口税费计算器']);
		expect(await iframes.evaluateAll((els) => els.map((e) => e.getAttribute('loading')))).toEqual(['lazy', 'lazy']);
		await expect.poll(() => frames(page).length, wait).toBe(2);
		const [en, zh] = frames(page);
		expect(await en!.locator('html').getAttribute('lang')).toBe('en');
		expect(await zh!.locator('html').getAttribute('lang')).toBe('zh-CN');
		// CNY 300 of cosmetics + CNY 20 shipping by cross-border e-commerce: CNY 29.12, as on the full page.
		// (China's rules are not in the English embed page: they are fetched, in the frame.)
		await calculatorReady(en!, 'CN');
		await expect.poll(() => total(en!), wait).toBe('29.12');
		const full = await page.context().newPage();
		await full.goto(`${baseURL()}/zh-cn/tools/duty-calculator/?dest=GB&category=toys&value=200&shipping=15`);
		await calculatorReady(full, 'GB');
		const expected = await full.locator('output[name="total"]').getAttribute('data-amount');
		expect(expected).toMatch(/^\d+\.\d\d$/);
		await expect.poll(() => total(zh!), wait).toBe(expected);
		// The second widget asked for the dark theme.
		expect(await zh!.locator('html').getAttribute('data-theme')).toBe('dark');
		// theme is the embed page's own parameter: no "unknown parameter" notice for it.
		expect(await zh!.locator('[data-notices]').isHidden()).toBe(true);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
	});

	test('each iframe is as tall as its content, also after the reader changes the input', async () => {
		const { page } = await openPartner();
		await expect.poll(() => frames(page).length, wait).toBe(2);
		const en = frames(page)[0]!;
		await expect.poll(() => total(en), wait).toBe('29.12');
		const iframe = page.locator('iframe').first();
		const fits = () => fitsContent(page, en);
		await expect.poll(fits, wait).toBe(true);
		const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		// No price: the breakdown goes away and the frame shrinks to fit.
		await en.locator('[name="value"]').fill('');
		await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), wait).toBeLessThan(before);
		await expect.poll(fits, wait).toBe(true);
		await en.locator('[name="value"]').fill('300');
		await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), wait).toBe(before);
	});

	test('the page hears the result as a duty-calculator:result event, and only the documented messages arrive', async () => {
		const { page } = await openPartner();
		await expect.poll(() => page.evaluate(() => (window as unknown as { results: { detail: { total: string } }[] }).results.some((r) => r.detail?.total === '29.12')), wait).toBe(true);
		const result = await page.evaluate(() => (window as unknown as { results: { title: string; detail: unknown }[] }).results.find((r) => r.title === 'Import duty calculator' && r.detail));
		expect(result?.detail).toEqual({ total: '29.12', currency: 'CNY', destination: 'CN', channel: 'cbec' });
		const types = await page.evaluate(() => [...new Set((window as unknown as { messages: { type: string }[] }).messages.map((m) => m.type))].sort());
		expect(types).toEqual(['duty-calculator:resize', 'duty-calculator:result']);
	});

	test('the page hears each result once: not again for a blur, Calculate, the same price typed again or "300.0"', async () => {
		const { page } = await openPartner();
		await expect.poll(() => frames(page).length, wait).toBe(2);
		const en = frames(page)[0]!;
		await expect.poll(() => total(en), wait).toBe('29.12');
		const heard = () =>
			page.evaluate(() => (window as unknown as { results: { title: string; detail: { total: string } | null }[] }).results.filter((r) => r.title === 'Import duty calculator').map((r) => r.detail?.total ?? null));
		await handled(page, en);
		expect(await heard()).toEqual(['29.12']);
		const price = en.locator('[name="value"]');
		await price.fill('300');
		await price.press('Tab');
		await en.locator('button[type="submit"]').click();
		await price.fill('300.0');
		await handled(page, en);
		expect(await heard()).toEqual(['29.12']);
		// Typed digit by digit: no price, then CNY 4, 40 and 400 (+ CNY 20 shipping, 13% VAT × 70%), each heard once.
		await price.fill('');
		await price.pressSequentially('400');
		await price.press('Tab');
		await expect.poll(() => total(en), wait).toBe('38.22');
		await handled(page, en);
		expect(await heard()).toEqual(['29.12', null, '2.18', '5.46', '38.22']);
	});

	test('a message from another origin, or from the page itself, is ignored', async () => {
		const { page } = await openPartner();
		await expect.poll(() => frames(page).length, wait).toBe(2);
		await expect.poll(() => total(frames(page)[0]!), wait).toBe('29.12');
		// Settled: the frame has its content's height, so no resize of its own is still on the way.
		await expect.poll(() => fitsContent(page, frames(page)[0]!), wait).toBe(true);
		const iframe = page.locator('iframe').first();
		const height = await iframe.evaluate((el) => el.style.height);
		await page.evaluate(() => {
			const w = window as unknown as { resultEvents: number };
			w.resultEvents = 0;
			document.addEventListener('duty-calculator:result', () => w.resultEvents++);
			window.postMessage({ type: 'duty-calculator:resize', height: 5 }, '*');
			window.postMessage({ type: 'duty-calculator:result', total: '0.00', currency: 'CNY' }, '*');
		});
		await handled(page, page);
		expect(await iframe.evaluate((el) => el.style.height)).toBe(height);
		expect(await page.evaluate(() => (window as unknown as { resultEvents: number }).resultEvents)).toBe(0);
	});

	test('hostile messages from the embed’s own frame (wrong types, huge numbers, markup) change nothing', async () => {
		const { page, dialog } = await openPartner();
		await expect.poll(() => frames(page).length, wait).toBe(2);
		const [en] = frames(page);
		await expect.poll(() => total(en!), wait).toBe('29.12');
		await expect.poll(() => fitsContent(page, en!), wait).toBe(true);
		const iframe = page.locator('iframe').first();
		const height = await iframe.evaluate((el) => el.style.height);
		const before = await page.evaluate(() => (window as unknown as { results: unknown[] }).results.length);
		await en!.evaluate(() => {
			for (const message of [
				{ type: 'duty-calculator:resize', height: 1e12 },
				{ type: 'duty-calculator:resize', height: '<script>alert(1)</script>' },
				{ type: 'duty-calculator:resize', height: -5 },
				'duty-calculator:resize',
				{ type: 'something-else', height: 10 },
			])
				window.parent.postMessage(message, '*');
			window.parent.postMessage({ type: 'duty-calculator:result', total: '<img src=x onerror=alert(1)>', currency: 123, destination: 'x'.repeat(5000), channel: null }, '*');
		});
		await handled(page, en!);
		expect(await iframe.evaluate((el) => el.style.height)).toBe(height);
		// The result event still fires, but every field that failed its check is null.
		const results = await page.evaluate(() => (window as unknown as { results: { detail: unknown }[] }).results);
		expect(results.slice(before).map((r) => r.detail)).toContainEqual({ total: null, currency: null, destination: null, channel: null });
		expect(dialog()).toBe(false);
	});

	test('hostile attribute values stay inert: dropped, never in the frame’s address or HTML', async () => {
		const { page, dialog } = await openPartner();
		await expect.poll(() => frames(page).length, wait).toBe(2);
		const src = await page.locator('iframe').nth(1).getAttribute('src');
		const query = new URL(src!).searchParams;
		expect([...query.keys()].sort()).toEqual(['category', 'dest', 'shipping', 'theme', 'value']);
		expect(src).not.toMatch(/img|onerror|javascript|unknown/);
		await expect.poll(() => total(frames(page)[1]!), wait).toMatch(/^\d+\.\d\d$/);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(dialog()).toBe(false);
	});

	test('elements added later start with DutyCalculator.init()', async () => {
		const { page } = await openPartner();
		await expect.poll(() => page.locator('iframe').count(), wait).toBe(2);
		await page.evaluate(() => {
			const div = document.createElement('div');
			div.setAttribute('data-duty-calculator', '');
			div.setAttribute('data-dest', 'AU');
			document.body.append(div);
			(window as unknown as { DutyCalculator: { init: () => unknown } }).DutyCalculator.init();
		});
		await expect.poll(() => page.locator('iframe').count(), wait).toBe(3);
		expect(await page.locator('iframe').nth(2).getAttribute('src')).toContain('/embed/en/duty-calculator/?dest=AU');
	});
});

test('the plain iframe snippet works in a sandbox without scripts on the host page, Calculate included', async () => {
	const { page, problems } = await openPartner('/iframe.html');
	await expect.poll(() => frames(page).length, wait).toBe(1);
	const frame = frames(page)[0]!;
	await calculatorReady(frame, 'CN');
	await expect.poll(() => total(frame), wait).toBe('29.12');
	const address = frame.url();
	// The snippet's sandbox has no allow-forms: sending the form would be refused ("Blocked form
	// submission", a console error) and the result lost. Calculate shows the result instead.
	await frame.locator('[name="value"]').fill('400');
	await frame.locator('button[type="submit"]').click();
	await frame.locator('[name="value"]').press('Enter');
	await expect.poll(() => total(frame), wait).toBe('38.22');
	await expect.poll(() => frame.evaluate(() => document.activeElement?.id), wait).toBe('duty-result-title');
	expect(frame.url()).toBe(address);
	expect(problems.consoleErrors).toEqual([]);
});

// JTV, 2024-08-01 (unit test duty-br.test.ts): R$100 in São Paulo pays R$20.00 import tax and R$24.58 ICMS.
test('in a sandbox, a destination whose rules are not in the page loads them and its regime: Brazil, R$44.58', async () => {
	const { page, problems } = await openPartner('/iframe-br.html');
	await expect.poll(() => frames(page).length, wait).toBe(1);
	const frame = frames(page)[0]!;
	await calculatorReady(frame, 'BR');
	expect(await total(frame)).toBe('44.58');
	expect(await frame.locator('output[name="total"]').getAttribute('data-currency')).toBe('BRL');
	// The rules file and the regime's chunk are shareable (dist/_headers) and allowed by the frame's policy (connect-src 'self').
	expect(problems.consoleErrors).toEqual([]);
	expect(problems.failedRequests).toEqual([]);
});

describe('the snippet builder', () => {
	test('offers the currency of the amounts: the snippets and the preview carry it, and leave it out for the destination’s own', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/tools/embed/');
		const builder = page.locator('embed-builder');
		const loader = builder.locator('[data-snippet="loader"]');
		const iframe = builder.locator('[data-snippet="iframe"]');
		await builder.locator('select[name="dest"]').selectOption('CN');
		expect(await builder.locator('select[name="currency"]').inputValue()).toBe('');
		await expect.poll(() => loader.textContent(), wait).toContain('data-dest="CN"');
		expect(await loader.textContent()).not.toContain('data-currency');
		await builder.locator('select[name="currency"]').selectOption('USD');
		await expect.poll(() => loader.textContent(), wait).toContain('data-dest="CN" data-category="clothing" data-currency="USD"');
		expect(await iframe.textContent()).toContain(`${baseURL()}/embed/en/duty-calculator/?dest=CN&amp;category=clothing&amp;currency=USD&amp;theme=auto`);
		// The preview is the widget as a partner's readers will see it: amounts in USD, converted to CNY.
		// (Each choice reloads it: wait for the one with the currency, its script started.)
		await expect.poll(() => page.frames().some((f) => f.url().includes('currency=USD')), wait).toBe(true);
		const preview = page.frames().find((f) => f.url().includes('currency=USD'))!;
		await preview.locator('#duty-form button[type="submit"]:enabled').waitFor(wait);
		expect(await preview.locator('#duty-form [name="currency"]').inputValue()).toBe('USD');
		expect(await preview.locator('#duty-form [name="dest"]').inputValue()).toBe('CN');
		// USD 100 at the snapshot's 7.12 is CNY 712 of clothing: 13% VAT × 70% = CNY 64.79.
		await preview.locator('#duty-form [name="value"]').fill('100');
		await expect.poll(() => preview.locator('output[name="total"]').getAttribute('data-amount'), wait).toBe('64.79');
		expect(await preview.locator('output[name="total"]').getAttribute('data-currency')).toBe('CNY');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('offers “the shop charged tax at checkout” where a shop may, and the preset opens the widget ticked', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/tools/embed/');
		const builder = page.locator('embed-builder');
		const loader = builder.locator('[data-snippet="loader"]');
		const tick = builder.locator('input[name="collected"]');
		// Japan: no shop charges the tax at checkout, so the preset is not offered.
		await builder.locator('select[name="dest"]').selectOption('JP');
		expect(await tick.isHidden()).toBe(true);
		await builder.locator('select[name="dest"]').selectOption('GB');
		expect(await tick.isVisible()).toBe(true);
		await tick.check();
		await expect.poll(() => loader.textContent(), wait).toContain('data-dest="GB" data-category="clothing" data-collected="1"');
		expect(await builder.locator('[data-snippet="iframe"]').textContent()).toContain('?dest=GB&amp;category=clothing&amp;collected=1&amp;theme=auto');
		// Back to a destination without it: hidden, and left out of the snippet.
		await builder.locator('select[name="dest"]').selectOption('US');
		await expect.poll(() => loader.textContent(), wait).toContain('data-dest="US"');
		expect(await tick.isHidden()).toBe(true);
		expect(await loader.textContent()).not.toContain('collected');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('an item preset in the builder: the snippet carries item= instead of a category, and the preview chooses cosmetics for “口红”', async () => {
		const { page, problems } = await fresh();
		await page.goto('/zh-cn/tools/embed/');
		const builder = page.locator('embed-builder');
		const loader = builder.locator('[data-snippet="loader"]');
		await builder.locator('select[name="dest"]').selectOption('GB');
		await builder.locator('input[name="item"]').fill('口红<b>');
		await expect.poll(() => loader.textContent(), wait).toContain('data-dest="GB" data-item="口红b"');
		expect(await loader.textContent()).not.toContain('data-category');
		// The preview is a lazy iframe: it loads when a reader scrolls to it, so the test does too.
		await page.locator('iframe.preview').scrollIntoViewIfNeeded();
		const preview = page.frameLocator('iframe.preview');
		await expect.poll(() => preview.locator('#duty-form [name="category"]').inputValue(), wait).toBe('cosmetics');
		// Emptied: the category preset is back.
		await builder.locator('input[name="item"]').fill('');
		await expect.poll(() => loader.textContent(), wait).toContain('data-category="clothing"');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the embed page preset with collected=1: €100 to Germany shows the VAT paid at checkout and nothing at the door', async () => {
		const { page } = await fresh();
		await page.goto('/embed/en/duty-calculator/?dest=DE&value=100&date=2026-03-01&collected=1');
		await calculatorReady(page, 'EU');
		expect(await page.locator('#duty-collected').isChecked()).toBe(true);
		const text = await page.locator('[data-collected]').innerText();
		expect(text).toMatch(/Paid at checkout\s+EUR 19\.00/);
		expect(text).toMatch(/Still due on delivery\s+EUR 0\.00/);
	});

	test('in Chinese too, with the currency labelled in Chinese', async () => {
		const { page } = await fresh();
		await page.goto('/zh-cn/tools/embed/');
		const builder = page.locator('embed-builder');
		expect(await builder.locator('label', { has: page.locator('select[name="currency"]') }).innerText()).toContain('读者填写金额所用的币种');
		await builder.locator('select[name="currency"]').selectOption('EUR');
		await expect.poll(() => builder.locator('[data-snippet="loader"]').textContent(), wait).toContain('data-lang="zh-cn" data-dest="CN" data-category="clothing" data-currency="EUR"');
	});
});

test('another site may frame the embed page, but not the guides', async () => {
	const { page } = await openPartner('/framed.html');
	await expect.poll(() => frames(page).length, wait).toBe(1);
	await expect.poll(() => frames(page)[0]!.locator('output[name="total"]').count(), wait).toBe(1);
	// The guide's frame is blocked (frame-ancestors 'none'): Chromium shows its error page instead.
	const guide = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'))!;
	await expect.poll(() => guide.evaluate(() => document.querySelector('main h1')?.textContent ?? null).catch(() => null), wait).toBeNull();
});

test('budget: embed.js is under 3 KB gzip', () => {
	expect(gzipSync(readFileSync('dist/embed.js')).length).toBeLessThan(3 * 1024);
});
