import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve.mjs';
import { baseURL, useBrowser, usePages } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

/**
 * Every response the host sends, pages and 404s inside and outside the language folders alike,
 * carries the policy and the framing rules; only the embed pages may be framed and only assets
 * that other origins load are shareable. Checked on the real responses of the test server, which
 * applies dist/_headers as Cloudflare Pages does.
 */
const PAGES = [
	['/', 200],
	['/index.html', 200],
	['/en/shoppers/keep-evidence/', 200],
	['/zh-cn/tools/duty-calculator/', 200],
	['/no-such-page/', 404],
	['/no/such/page.html', 404],
	['/en/no-such-guide/', 404],
	['/zh-cn/no-such-guide/', 404],
] as const;

describe('headers on every response', () => {
	test.each(PAGES)('%s (HTTP %i): one CSP with frame-ancestors none, DENY, HSTS, COOP and CORP same-origin', async (path, status) => {
		const response = await fetch(baseURL() + path);
		expect(response.status).toBe(status);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(csp).toContain("frame-ancestors 'none'");
		// One policy, not two joined by a comma (the way two matching rules would combine).
		expect(csp.split(/,\s*default-src/)).toHaveLength(1);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
		expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	test('the embed pages: one CSP that lets any site frame them, no DENY, no opener isolation, shareable', async () => {
		for (const lang of ['en', 'zh-cn']) {
			const response = await fetch(`${baseURL()}/embed/${lang}/duty-calculator/`);
			expect(response.status).toBe(200);
			const csp = response.headers.get('content-security-policy') ?? '';
			expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^,]*frame-ancestors \*$/);
			expect(response.headers.get('x-frame-options')).toBeNull();
			expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
			expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
			expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
		}
	});

	test('the loader and the bundled assets may be loaded by other origins; a page may not', async () => {
		const page = await (await fetch(`${baseURL()}/en/`)).text();
		const asset = /src="(\/_astro\/[^"]+\.js)"/.exec(page)?.[1];
		expect(asset).toBeDefined();
		for (const path of ['/embed.js', asset!]) {
			const response = await fetch(baseURL() + path);
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
		}
		expect((await fetch(`${baseURL()}/en/`)).headers.get('access-control-allow-origin')).toBeNull();
	});

	test('each destination’s rules file is JSON that other origins may read (a sandboxed embed frame fetches it)', async () => {
		for (const path of ['/duty-data/en/br.json', '/duty-data/zh-cn/us.json']) {
			const response = await fetch(baseURL() + path, { headers: { Origin: 'null' } });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			const rules = (await response.json()) as { destination: string };
			expect(rules.destination).toBe(path.endsWith('br.json') ? 'BR' : 'US');
		}
	});
});

describe('framing, in a browser', () => {
	let partner: { url: string; close: () => Promise<void> };
	const dir = '.tmp/partner-headers';
	beforeAll(async () => {
		mkdirSync(dir, { recursive: true });
		const frame = (path: string) => `<iframe src="${baseURL()}${path}" title="${path}"></iframe>`;
		writeFileSync(
			`${dir}/index.html`,
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Framing</title></head><body>
${['/index.html', '/no-such-page/', '/zh-cn/no-such-guide/', '/embed/en/duty-calculator/'].map(frame).join('\n')}
</body></html>`,
		);
		partner = await serveDist(dir);
	});
	afterAll(() => partner?.close());

	test('another site cannot frame /index.html or a 404 page; it can frame the embed', async () => {
		const { page } = await fresh();
		await page.goto(partner.url);
		const embed = page.frames().find((f) => f.url().includes('/embed/'));
		await expect
			.poll(async () => embed?.locator('h1, [data-embed-title], main').first().isVisible().catch(() => false), { timeout: 20_000 })
			.toBe(true);
		// A refused frame stays an empty document (Chromium shows its error page at chrome-error://).
		for (const path of ['/index.html', '/no-such-page/', '/zh-cn/no-such-guide/']) {
			const frame = page.frames().find((f) => f.name() === '' && f.parentFrame() && (f.url().endsWith(path) || f.url().startsWith('chrome-error:')) && !f.url().includes('/embed/'));
			expect(frame, path).toBeDefined();
			const text = await page.frameLocator(`iframe[title="${path}"]`).locator('body').innerText({ timeout: 10_000 }).catch(() => '');
			expect(text, path).not.toMatch(/Cross-Border Safety Guide|跨境|Page not found|找不到/);
		}
	});
});

describe('the loader as a module script', () => {
	let partner: { url: string; close: () => Promise<void> };
	const dir = '.tmp/partner-module';
	beforeAll(async () => {
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			`${dir}/index.html`,
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Module partner</title></head><body>
<script>window.results = []; document.addEventListener('duty-calculator:result', (e) => window.results.push(e.detail));</script>
<div data-duty-calculator data-lang="en" data-dest="CN" data-category="cosmetics" data-value="300" data-shipping="20"></div>
<script type="module" src="${baseURL()}/embed.js"></script>
</body></html>`,
		);
		partner = await serveDist(dir);
	});
	afterAll(() => partner?.close());

	test('included as type="module" (no document.currentScript), it frames the site and relays the result: CNY 29.12', async () => {
		const { page, problems } = await fresh();
		await page.goto(partner.url);
		const iframe = page.locator('iframe');
		await expect.poll(() => iframe.count(), { timeout: 20_000 }).toBe(1);
		// The iframe is on the site's own origin, whatever page included the loader.
		expect(new URL((await iframe.getAttribute('src'))!).origin).toBe(baseURL());
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { results: { total: string }[] }).results.at(-1)?.total), { timeout: 20_000 })
			.toBe('29.12');
		// Its height follows the content (the resize message was accepted from the site's origin).
		await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 20_000 }).not.toBe(900);
		expect(problems.consoleErrors).toEqual([]);
	});
});
