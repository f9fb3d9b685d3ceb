// Screenshots of the calculator's "What did you buy?" field (issue 22) with proposals, for a person
// to look at (not a test): both languages, 390 and 1280 px, light. After a build:
//   node scripts/items-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';

const cases = [
	['/en/tools/duty-calculator/?dest=GB&item=apple%20watch&value=200', 'en-apple-watch'],
	['/zh-cn/tools/duty-calculator/?item=' + encodeURIComponent('儿童羽绒服') + '&value=500', 'zh-children'],
	['/zh-cn/tools/duty-calculator/?item=' + encodeURIComponent('兰蔻小黑瓶'), 'zh-premium'],
	['/en/tools/duty-calculator/?item=qwzx', 'en-unknown'],
	['/embed/en/duty-calculator/?dest=GB&item=lipstik', 'embed-en-misspelt'],
];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [path, name] of cases) {
	for (const [size, viewport] of Object.entries({ wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } })) {
		const page = await browser.newPage({ viewport });
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		await page.locator('[data-item][data-item-ready]').waitFor({ state: 'attached', timeout: 30_000 });
		const what = page.locator('#duty-item').locator('xpath=ancestor::fieldset');
		await what.scrollIntoViewIfNeeded();
		await what.screenshot({ path: `${out}/items-${name}.${size}.png` });
		await page.close();
	}
}
await browser.close();
await server.close();
console.log(`Screenshots in ${out}/`);
