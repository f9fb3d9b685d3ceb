import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, calculatorReady, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

describe('security headers, as the static host sends them (dist/_headers)', () => {
	test.each(['/en/shoppers/keep-evidence/', '/zh-cn/tools/duty-calculator/', '/'])('%s: CSP, nosniff, referrer and permissions policies; not frameable', async (path) => {
		const { page } = await fresh();
		const response = await page.goto(path);
		const headers = response!.headers();
		expect(headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		// No eval of strings, no inline scripts beyond the hashed ones.
		expect(headers['content-security-policy']).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
	});

	test('the embed page may be framed by anyone, under the same script policy', async () => {
		const { page } = await fresh();
		const headers = (await page.goto('/embed/en/duty-calculator/'))!.headers();
		expect(headers['content-security-policy']).toContain('frame-ancestors *');
		expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
		expect(headers['x-frame-options']).toBeUndefined();
	});

	test.each(['/en/tools/duty-calculator/', '/embed/zh-cn/duty-calculator/'])(
		'%s: the rules and the regime of a destination not in the page load under the page’s policy (connect-src \'self\')',
		async (path) => {
			const { page, problems } = await fresh();
			const response = await page.goto(`${path}?dest=BR&region=SP&category=clothing&value=100&currency=BRL&date=2026-12-07`);
			expect(response!.headers()['content-security-policy']).toContain("connect-src 'self'");
			await calculatorReady(page, 'BR');
			// R$100 in São Paulo: R$20.00 import tax and R$24.58 ICMS (unit test duty-br.test.ts).
			expect(await page.locator('output[name="total"]').getAttribute('data-amount')).toBe('44.58');
			// A CSP violation would be a console error (openPage reports them).
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.failedRequests).toEqual([]);
		},
	);

	test('an injected inline script does not run, and the violation is reported', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/shoppers/keep-evidence/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = 1';
			document.head.append(script);
		});
		// The violation is reported by an event the browser fires after refusing the script.
		await expect.poll(() => problems.consoleErrors.join('\n'), wait).toMatch(/CSP violation: script-src-elem blocked inline/);
		// An inline script runs as it is inserted, so had it been allowed it would have run by now.
		expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
	});

	test('no page asks for anything from another origin', () => {
		// Static check over the built HTML: every src/href that loads a resource is on this site.
		const offenders: string[] = [];
		for (const path of builtPages()) {
			const file = path === '/' ? 'dist/index.html' : `dist${path}index.html`;
			const html = readFileSync(file, 'utf8');
			for (const m of html.matchAll(/<(script|img|iframe|source|video|audio)\b[^>]*\ssrc="(https?:)?\/\/[^"]+"|<link\b[^>]*rel="(stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="(https?:)?\/\/[^"]+"/g)) {
				offenders.push(`${path}: ${m[0].slice(0, 120)}`);
			}
		}
		expect(offenders).toEqual([]);
	});
});
