/**
 * "What should I do now?" for a reader caught in an investment, romance ("pig butchering", 杀猪盘) or
 * task scam: the problem is chosen with the keyboard on a phone, in Chinese and in English, and the
 * plan begins with what to do first and links the guide on these scams.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, openPage, useBrowser, wait } from './browser.ts';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

const legend = (page: Page) => page.locator('[data-screen] legend').innerText();
const stepIds = (page: Page) => page.locator('[data-screen] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
const stepTitles = (page: Page) => page.locator('[data-screen] [data-step] h3').allInnerTexts();
const guide = (page: Page, step: string) => page.locator(`[data-step="${step}"] > p:last-child a`).getAttribute('href');
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Moves through the problem's radio buttons with the arrow key, as a keyboard user does, until `label` is chosen. */
async function chooseByKeyboard(page: Page, label: string): Promise<number> {
	const first = page.locator('[data-screen] input[name="problem"]').first();
	await first.waitFor(wait);
	await first.focus();
	await page.keyboard.press('Space');
	const count = await page.locator('[data-screen] input[name="problem"]').count();
	for (let presses = 0; presses < count; presses++) {
		if (await page.getByLabel(label, { exact: true }).isChecked()) return presses;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`${label} was not reached with the arrow key`);
}

describe('an investment, romance or task scam, on a phone', () => {
	test('Chinese: chosen with the keyboard, only two more questions; the plan says stop paying, then call 110, with the guide and 96110', async () => {
		const { page, problems } = await openPage(browser(), phone);
		await page.goto('/zh-cn/get-help/');
		const presses = await chooseByKeyboard(page, '网上认识的人带我投资或做任务，现在提不了现');
		// It sits among the scams, after the buyer's problems.
		expect(presses).toBeGreaterThan(5);
		await page.keyboard.press('Enter');
		// Where the reader lives, not where a seller is: there is none.
		await page.locator('#help-buyer').waitFor(wait);
		expect(await legend(page)).toBe('你住在哪个国家或地区？');
		expect(await page.locator('[data-screen] .progress').innerText()).toBe('第 2 题，共 3 题');
		expect(await page.locator('#help-seller').count()).toBe(0);
		expect(await sideways(page)).toBe(390);
		await page.getByLabel('你所在的国家或地区').selectOption('cn');
		await page.getByRole('button', { name: '下一步' }).click();
		expect(await legend(page)).toBe('怎么付的款？');
		await page.getByLabel('银行转账').check();
		await page.getByRole('button', { name: '查看我的计划' }).click();
		await page.locator('#help-plan-title').waitFor(wait);
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ problem: 'investment-scam', buyer: 'cn', payment: 'bank-transfer', q: 'plan' });
		expect((await stepIds(page)).slice(0, 3)).toEqual(['investment-stop', 'police-china-urgent', 'bank-transfer']);
		const titles = await stepTitles(page);
		expect(titles[0]).toContain('别再转钱');
		expect(titles[1]).toContain('110');
		expect(await guide(page, 'investment-stop')).toBe('/zh-cn/scams/romance-investment-scams/');
		expect(await page.locator('[data-step="police-china-urgent"]').innerText()).toContain('96110');
		// A crime: the page says so; the fraud line where the reader lives is the first to help; no letter about an order.
		expect(await page.locator('[data-screen] .crime').isVisible()).toBe(true);
		// …and, for a reader in mainland China, that the police on 110 come before the bank, as the steps say.
		expect(await page.locator('[data-screen] .crime').innerText()).toBe('这可能涉及违法犯罪。请尽快行动：立即拨打110报警（公安机关可以通知银行紧急止付），同时联系银行或支付平台。');
		expect(await page.locator('[data-screen] .bodies li > a').first().innerText()).toContain('96110');
		expect(await page.locator('[data-screen] .letter').count()).toBe(0);
		expect(await sideways(page)).toBe(390);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('English, dark: chosen with the keyboard; a UK reader who paid by bank transfer is told to stop paying, call the bank, keep the evidence, beware of recovery fees, then report', async () => {
		const { page, problems } = await openPage(browser(), { ...phone, colorScheme: 'dark' });
		await page.goto('/en/get-help/');
		await chooseByKeyboard(page, 'I invested through someone I met online or a "task" job, and now I can\'t withdraw');
		await page.keyboard.press('Enter');
		await page.locator('#help-buyer').waitFor(wait);
		expect(await legend(page)).toBe('Where do you live?');
		expect(await page.locator('[data-screen] .progress').innerText()).toBe('Question 2 of 3');
		await page.getByLabel('Where you live').selectOption('uk');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByLabel('Bank transfer').check();
		await page.getByRole('button', { name: 'Show my plan' }).click();
		await page.locator('#help-plan-title').waitFor(wait);
		expect(await stepIds(page)).toEqual(['investment-stop', 'bank-transfer', 'investment-evidence', 'investment-recovery', 'police']);
		const titles = await stepTitles(page);
		expect(titles[0]).toContain('Stop paying');
		expect(titles[1]).toContain('Call your bank');
		expect(await guide(page, 'investment-stop')).toBe('/en/scams/romance-investment-scams/');
		expect(await guide(page, 'investment-evidence')).toBe('/en/scams/task-scams/');
		expect(await guide(page, 'investment-recovery')).toBe('/en/scams/recovery-and-deposit-scams/');
		// The guide opens.
		const response = await page.request.get('/en/scams/romance-investment-scams/');
		expect(response.status()).toBe(200);
		expect(await page.locator('[data-screen] .bodies li > a').first().innerText()).toBe('Report Fraud (City of London Police)');
		expect(await page.locator('[data-screen] .letter').count()).toBe(0);
		expect(await sideways(page)).toBe(390);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('a link opens the plan, paid in crypto: the exchange second; a place the builder does not know is named in its notice, and the plan still opens without it', async () => {
		const { page, problems } = await openPage(browser(), phone);
		await page.goto('/en/get-help/?problem=investment-scam&buyer=us&payment=gift-card-crypto&q=plan');
		await page.locator('#help-plan-title').waitFor(wait);
		expect((await stepIds(page)).slice(0, 2)).toEqual(['investment-stop', 'gift-card-crypto']);
		await page.goto('/en/get-help/?problem=investment-scam&buyer=gb&payment=bank-transfer&q=plan');
		await page.locator('[data-screen] .notices').waitFor(wait);
		expect(await page.locator('[data-screen] .notices li').allInnerTexts()).toEqual(['The setting buyer in the link was not understood and was ignored.']);
		expect(await page.locator('[data-screen]').innerText()).not.toContain('gb');
		expect((await stepIds(page))[0]).toBe('investment-stop');
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
