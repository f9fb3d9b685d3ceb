import { expect, test } from 'vitest';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

/**
 * On a 390 px phone no page scrolls sideways: wide tables scroll inside their own frame. A page
 * wider than the screen also makes a phone zoom out or push the header's search and menu buttons
 * off the screen, so the test emulates a phone (its layout viewport grows with the page) and
 * checks the page's width, the viewport's and where the two buttons are.
 */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const US = 'dest=US&channel=courier&category=electronics&value=900&currency=USD&date=2026-11-22';
const PLAN = 'problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19&expected=2026-10-10&q=plan';

// The calculator shows the outcome for its destination once its rules and regime have loaded (data-ready).
const DONE = 'duty-calculator[data-ready="US"] output[name="total"][data-amount="2.69"]';
test.each([
	[`/en/tools/duty-calculator/?${US}`, DONE],
	[`/zh-cn/tools/duty-calculator/?${US}`, DONE],
	['/en/tools/duty-rules/', '#us'],
	// The largest rules page: the EU's, with rates by member state and kind of goods.
	['/en/tools/duty-rules/eu/', '.duty-rules .version'],
	['/zh-cn/tools/duty-rules/eu/', '.duty-rules .version'],
	[`/embed/en/duty-calculator/?${US}`, DONE],
	[`/embed/zh-cn/duty-calculator/?${US}`, DONE],
	[`/en/get-help/?${PLAN}`, '#help-plan-title'],
	[`/zh-cn/get-help/?${PLAN}`, '#help-plan-title'],
	['/en/tools/embed/', 'embed-builder'],
	['/zh-cn/tools/embed/', 'embed-builder'],
])('at 390 px, %s fits the screen, header buttons included', async (url, ready) => {
	const { page, problems } = await fresh(PHONE);
	await page.goto(url);
	await page.locator(ready).first().waitFor(wait);
	const size = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
	expect(size).toEqual({ page: 390, viewport: 390 });
	if (!url.startsWith('/embed/')) {
		for (const button of ['site-search button[data-open-modal]', 'button.sl-menu-button']) {
			const box = await page.locator(button).first().boundingBox();
			expect(box, button).not.toBeNull();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		}
	}
	expect(problems.consoleErrors).toEqual([]);
});
