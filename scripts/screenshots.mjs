// Takes screenshots of the built site's pages in both languages, light and dark, narrow and wide,
// for a person to look at (not a test). Usage: npm run build:test (or any build) && node scripts/screenshots.mjs [paths…]
// A path with #search=<query> opens the search dialog and types the query first, e.g.
// "/zh-cn/#search=unboxing" (the other language's results) or "/en/#search=knockoff charger safe".
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';
import { openSearchDialog, searchInDialog } from '../tests/browser/search-eval.ts';

const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/en/', '/zh-cn/', '/en/shoppers/keep-evidence/', '/zh-cn/shoppers/keep-evidence/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const browser = await chromium.launch({
	executablePath: ensureChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const sizes = { wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } };
for (const path of paths) {
	for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
		for (const [size, viewport] of Object.entries(sizes)) {
			const page = await browser.newPage({ viewport, colorScheme });
			const [pagePath, search] = path.split('#search=');
			await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
			if (search) {
				await page.waitForFunction(() => !!document.querySelector('#starlight__search .pagefind-ui'), undefined, { timeout: 60_000 });
				await openSearchDialog(page, 60_000);
				await searchInDialog(page, decodeURIComponent(search), 60_000);
			}
			const slug = `${pagePath.replace(/^\/|\/$/g, '').replace(/[/?&=]/g, '_') || 'root'}${search ? `.search-${search.replace(/[^\p{L}\p{N}]+/gu, '-')}` : ''}`;
			const name = `${slug}.${colorScheme}.${size}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: size === 'narrow' || search ? false : true });
			await page.close();
		}
	}
}
await browser.close();
await server.close();
console.log(`Screenshots in ${out}/`);
