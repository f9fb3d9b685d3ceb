import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, calculatorReady, useBrowser, usePages, wait } from './browser.ts';

/**
 * "What did you buy?" (issue 22): the reader's words propose a kind of goods, which sets the
 * calculator's category menu; `item=` in a link (and an embed's preset) does the same.
 */
const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);
const EN = '/en/tools/duty-calculator/';
const ZH = '/zh-cn/tools/duty-calculator/';
const EMBED = '/embed/en/duty-calculator/';

const item = (page: Page) => page.locator('#duty-item');
const category = (page: Page) => page.locator('#duty-category');
const proposals = (page: Page) => page.locator('[data-item-out] button[data-kind]');
/** The field has shown the proposals (or its message) for what it holds. */
const itemReady = (page: Page) => page.locator('[data-item][data-item-ready]').waitFor({ state: 'attached', ...wait });

async function open(page: Page, url: string) {
	await page.goto(url);
	await calculatorReady(page);
}

describe('typing what was bought', () => {
	test('口红 on the Chinese page selects cosmetics, says why, and the link carries item= and category=', async () => {
		const { page, problems } = await fresh();
		await open(page, ZH);
		expect(await category(page).inputValue()).toBe('clothing');
		await item(page).fill('口红');
		await expect.poll(() => category(page).inputValue(), wait).toBe('cosmetics');
		await itemReady(page);
		expect(await proposals(page).first().innerText()).toBe('化妆品');
		expect(await proposals(page).first().getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('[data-item-out] .reason').first().innerText()).toBe('“口红” → 化妆品，HS 第 33 章');
		// China's high-end line is the question between cosmetics and high-end cosmetics.
		expect(await page.locator('.item-question').innerText()).toContain('每毫升或每克 10 元');
		await expect.poll(() => new URL(page.url()).searchParams.get('item'), wait).toBe('口红');
		expect(new URL(page.url()).searchParams.get('category')).toBe('cosmetics');
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
	});

	test('"airpods pro" on the English page selects electronics; another proposal’s button sets the menu to it', async () => {
		const { page, problems } = await fresh();
		await open(page, EN);
		await item(page).fill('airpods pro');
		await expect.poll(() => category(page).inputValue(), wait).toBe('electronics');
		await itemReady(page);
		expect(await page.locator('[data-item-out] .reason').first().innerText()).toMatch(/^“AirPods( Pro)?” → electronics, HS 85$/);
		// A children's item: the alternative (clothing) is one click away, with the question.
		await item(page).fill('儿童羽绒服');
		await expect.poll(() => proposals(page).allInnerTexts(), wait).toEqual(["Children's clothing", 'Clothing']);
		await expect.poll(() => category(page).inputValue(), wait).toBe('clothing-children');
		expect(await page.locator('[data-item-out] .reason').nth(1).innerText()).toBe('or clothing, if the question below says so');
		expect(await page.locator('.item-question').innerText()).toMatch(/young child/);
		await item(page).fill('apple watch');
		await expect.poll(() => category(page).inputValue(), wait).toBe('electronics');
		await proposals(page).filter({ hasText: 'Watches' }).click();
		await expect.poll(() => category(page).inputValue(), wait).toBe('watches');
		expect(await page.locator('[data-item-out] .item-status').innerText()).toBe('Kind of goods set to Watches.');
		// The menu stays the source of truth: the reader may still choose anything.
		await category(page).selectOption('toys');
		await expect.poll(() => new URL(page.url()).searchParams.get('category'), wait).toBe('toys');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('unknown words propose nothing and say so; the menu is left as it was', async () => {
		const { page } = await fresh();
		await open(page, `${EN}?category=books`);
		await item(page).fill('qwzx plonk');
		await itemReady(page);
		await expect.poll(() => page.locator('[data-item-out]').innerText(), wait).toBe('Not recognised: choose the kind of goods from the list below.');
		expect(await proposals(page).count()).toBe(0);
		expect(await category(page).inputValue()).toBe('books');
	});
});

describe('item= in a link', () => {
	test('?dest=GB&item=lipstick opens with the field filled and cosmetics chosen, and a result for it', async () => {
		const { page, problems } = await fresh();
		await open(page, `${EN}?dest=GB&item=lipstick&value=50`);
		expect(await item(page).inputValue()).toBe('lipstick');
		await expect.poll(() => category(page).inputValue(), wait).toBe('cosmetics');
		await calculatorReady(page, 'GB');
		expect(await page.locator('[data-breakdown]').innerText()).toContain('Cosmetics');
		expect(await page.locator('[data-notices]').isHidden()).toBe(true);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('?dest=GB&item=口红 works on the Chinese page; a link’s own category wins over its item', async () => {
		const { page } = await fresh();
		await open(page, `${ZH}?dest=GB&item=${encodeURIComponent('口红')}`);
		await expect.poll(() => category(page).inputValue(), wait).toBe('cosmetics');
		await open(page, `${ZH}?dest=GB&item=${encodeURIComponent('口红')}&category=toys`);
		await itemReady(page);
		expect(await proposals(page).first().innerText()).toBe('化妆品');
		expect(await category(page).inputValue()).toBe('toys');
	});

	test('an over-long or junk item= is ignored (the reader told, not quoted), with no crash', async () => {
		const { page, problems } = await fresh();
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		for (const junk of ['x'.repeat(300), '<img src=x onerror=alert(1)>', '\u0000\u0007口红']) {
			await open(page, `${EN}?dest=GB&item=${encodeURIComponent(junk)}&category=toys`);
			expect(await item(page).inputValue()).toBe('');
			expect(await category(page).inputValue()).toBe('toys');
			const notices = await page.locator('[data-notices]').innerText();
			expect(notices.length).toBeGreaterThan(0);
			expect(notices).not.toContain('onerror');
			expect(notices).not.toContain('xxxx');
		}
		expect(dialog).toBe(false);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the embed takes the preset: ?dest=GB&item=lipstick chooses cosmetics in the frame page', async () => {
		const { page, problems } = await fresh();
		await open(page, `${EMBED}?dest=GB&item=lipstick`);
		await expect.poll(() => category(page).inputValue(), wait).toBe('cosmetics');
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('keyboard and screen readers', () => {
	test('labelled field, proposals in a live region, chosen with the keyboard only; no axe violations', async () => {
		const { page } = await fresh();
		await open(page, EN);
		expect(await page.locator('label[for="duty-item"]').innerText()).toBe('What did you buy?');
		expect(await page.locator('[data-item-out]').getAttribute('aria-live')).toBe('polite');
		await item(page).focus();
		await page.keyboard.type('kids hoodie');
		await expect.poll(() => proposals(page).evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['kind'])), wait).toEqual(['clothing-children', 'clothing']);
		await expect.poll(() => category(page).inputValue(), wait).toBe('clothing-children');
		// Tab from the field reaches the first proposal, then the second; Enter chooses it.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['kind'])).toBe('clothing-children');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['kind'])).toBe('clothing');
		await page.keyboard.press('Enter');
		expect(await page.locator('[data-kind="clothing"]').getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => category(page).inputValue(), wait).toBe('clothing');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('at 390 px the field and its proposals fit the screen, in both languages', async () => {
		for (const [path, text] of [
			[EN, 'charlotte tilbury pillow talk lipstick'],
			[ZH, '兰蔻小黑瓶精华'],
		] as const) {
			const { page } = await fresh({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
			await open(page, path);
			await item(page).fill(text);
			await itemReady(page);
			await expect.poll(() => proposals(page).count(), wait).toBeGreaterThan(0);
			expect(await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }))).toEqual({ page: 390, viewport: 390 });
		}
	});
});
