import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const EN = '/en/checklists/evidence/';
const ZH = '/zh-cn/checklists/evidence/';
const KEY = 'kb-checklist:evidence';

const list = (page: Page, id = 'evidence') => page.locator(`kb-checklist[data-id="${id}"]`).first();
const boxes = (page: Page, id = 'evidence') => list(page, id).locator('input[type="checkbox"]');
const progress = (page: Page, id = 'evidence') => list(page, id).locator('.progress');
const ticked = (page: Page, id = 'evidence') =>
	boxes(page, id).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Opens a page whose localStorage already holds `value` for the evidence checklist. */
async function withStored(page: Page, value: string) {
	await page.addInitScript(
		([key, raw]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, raw!);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[KEY, value],
	);
}

describe('ticking and saving', () => {
	test('ticks are saved, survive a reload, and show as progress', async () => {
		const { page, problems } = await fresh();
		await page.goto(EN);
		const total = await boxes(page).count();
		expect(total).toBe(10);
		expect(await progress(page).innerText()).toBe(`0 of ${total} done`);
		await boxes(page).nth(0).check();
		await boxes(page).nth(3).check();
		expect(await progress(page).innerText()).toBe(`2 of ${total} done`);
		const record = JSON.parse((await stored(page))!);
		expect(record.v).toBe(1);
		expect(record.checked).toHaveLength(2);
		await page.reload();
		expect(await progress(page).innerText()).toBe(`2 of ${total} done`);
		expect((await ticked(page)).map((t, i) => (t ? i : -1)).filter((i) => i >= 0)).toEqual([0, 3]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the Chinese page of the same checklist shows the same progress, in Chinese', async () => {
		const { page } = await fresh();
		await page.goto(EN);
		await boxes(page).nth(1).check();
		await boxes(page).nth(2).check();
		await page.goto(ZH);
		expect(await progress(page).innerText()).toBe('已完成 2/10');
		expect(await ticked(page)).toEqual([false, true, true, false, false, false, false, false, false, false]);
		// …and the guide that embeds it.
		await page.goto('/zh-cn/shoppers/keep-evidence/');
		expect(await progress(page).innerText()).toBe('已完成 2/10');
	});

	test('keyboard: Tab reaches a box, Space ticks it, progress is announced politely', async () => {
		const { page } = await fresh();
		await page.goto(EN);
		await boxes(page).first().focus();
		await page.keyboard.press('Space');
		expect(await boxes(page).first().isChecked()).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		expect(await progress(page).innerText()).toBe('2 of 10 done');
		expect(await progress(page).getAttribute('aria-live')).toBe('polite');
		expect(await progress(page).getAttribute('role')).toBe('status');
		// Every box has a visible label, which is its accessible name.
		const label = await list(page).locator('label').first().innerText();
		expect(await page.getByRole('checkbox', { name: label }).count()).toBe(1);
	});
});

describe('reset', () => {
	test('asks first: cancelling keeps the ticks, confirming clears them and the saved record', async () => {
		const { page } = await fresh();
		await page.goto(EN);
		await boxes(page).nth(0).check();
		await boxes(page).nth(1).check();
		const questions: string[] = [];
		page.once('dialog', (dialog) => {
			questions.push(dialog.message());
			void dialog.dismiss();
		});
		await list(page).locator('button[data-action="reset"]').click();
		expect(questions[0]).toMatch(/^Untick all 10 items of “.+”\? This cannot be undone\.$/);
		expect(await progress(page).innerText()).toBe('2 of 10 done');
		page.once('dialog', (dialog) => void dialog.accept());
		await list(page).locator('button[data-action="reset"]').click();
		expect(await progress(page).innerText()).toBe('0 of 10 done');
		// The record stays, with no ticks and the time of each untick (see src/checklist/storage.ts).
		expect(JSON.parse((await stored(page))!).checked).toEqual([]);
		expect(await list(page).locator('.notice').innerText()).toBe('All items unticked.');
	});
});

describe('bad or unavailable storage', () => {
	// A newer version's record is kept instead: tests/browser/progress.test.ts.
	test.each([
		['corrupt JSON', '{"v":1,"checked":[', []],
		['another app’s data', '{"theme":"dark"}', []],
		['an oversized record', `{"v":1,"checked":["${'x'.repeat(20_000)}"]}`, []],
		// Not shown, but kept for a page of another edition of the checklist that knows it.
		['removed item ids', '{"v":1,"checked":["an-item-that-no-longer-exists"]}', ['an-item-that-no-longer-exists']],
	])('%s is ignored without errors, and the next tick is saved', async (_case, value, kept) => {
		const { page, problems } = await fresh();
		await withStored(page, value);
		await page.goto(EN);
		expect(await progress(page).innerText()).toBe('0 of 10 done');
		await boxes(page).nth(4).check();
		expect(JSON.parse((await stored(page))!).checked).toEqual([
			await boxes(page).nth(4).getAttribute('data-item'),
			...kept,
		]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('blocked storage: the page still works, with a quiet notice that ticks will not be kept', async () => {
		const { page, problems } = await fresh();
		// As Chrome does with cookies blocked: reading either storage throws.
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}
		});
		await page.goto(EN);
		const notice = list(page).locator('.notice');
		expect(await notice.innerText()).toMatch(/^This browser is not letting the page save your ticks/);
		expect(await notice.getAttribute('role')).toBe('status');
		await boxes(page).nth(0).check();
		expect(await progress(page).innerText()).toBe('1 of 10 done');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('full storage (quota): ticking still works and says the tick was not saved', async () => {
		const { page, problems } = await fresh();
		// A full localStorage: writes to it fail (sessionStorage still works).
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
				if (this === window.localStorage) throw new DOMException('Quota exceeded', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		await page.goto(ZH);
		// Starlight's theme picker saves the theme on load and does not catch a full storage;
		// what matters here is that ticking adds no error of its own.
		const errorsBefore = problems.consoleErrors.length;
		await boxes(page).nth(0).check();
		expect(await progress(page).innerText()).toBe('已完成 1/10');
		expect(await list(page).locator('.notice').innerText()).toMatch(/^刚才的勾选没能保存/);
		expect(problems.consoleErrors.slice(errorsBefore)).toEqual([]);
	});
});

test('without JavaScript the list reads well and boxes can be ticked; no buttons that would do nothing', async () => {
	const { page } = await fresh({ javaScriptEnabled: false });
	await page.goto(EN);
	expect(await boxes(page).count()).toBe(10);
	await list(page).locator('label').nth(2).click();
	expect(await boxes(page).nth(2).isChecked()).toBe(true);
	expect(await list(page).locator('.actions').isVisible()).toBe(false);
	expect(await progress(page).isVisible()).toBe(false);
});

test('two checklists on one page keep their own ticks and progress', async () => {
	const { page } = await fresh();
	await page.goto('/en/shoppers/escalation/');
	expect(await page.locator('kb-checklist').count()).toBe(2);
	const escalationTotal = await boxes(page, 'escalation').count();
	await boxes(page, 'evidence').nth(0).check();
	await boxes(page, 'evidence').nth(1).check();
	await boxes(page, 'escalation').nth(0).check();
	expect(await progress(page, 'evidence').innerText()).toBe('2 of 10 done');
	expect(await progress(page, 'escalation').innerText()).toBe(`1 of ${escalationTotal} done`);
	// Element ids stay unique with two lists (labels still point at their own boxes).
	const ids = await page.locator('kb-checklist input').evaluateAll((inputs) => inputs.map((i) => i.id));
	expect(new Set(ids).size).toBe(ids.length);
	await page.reload();
	expect(await progress(page, 'evidence').innerText()).toBe('2 of 10 done');
	expect(await progress(page, 'escalation').innerText()).toBe(`1 of ${escalationTotal} done`);
});

test('copy as Markdown and as text puts the list, with its ticks, on the clipboard', async () => {
	const { page } = await fresh();
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(EN);
	await boxes(page).nth(0).check();
	const first = await list(page).locator('label').nth(0).innerText();
	const second = await list(page).locator('label').nth(1).innerText();
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
	const notice = () => list(page).locator('.notice').innerText();
	// The list writes to the clipboard asynchronously after the click, then says so.
	await list(page).locator('button[data-action="copy-markdown"]').click();
	await expect.poll(notice, wait).toBe('Copied to the clipboard.');
	const markdown = await clipboard();
	expect(markdown.split('\n').slice(0, 3)).toEqual([`## ${await page.locator('h1').innerText()}`, '', '_1 of 10 done_']);
	expect(markdown).toContain(`- [x] ${first}`);
	expect(markdown).toContain(`- [ ] ${second}`);
	await list(page).locator('button[data-action="copy-text"]').click();
	await expect.poll(clipboard, wait).not.toBe(markdown);
	const text = await clipboard();
	expect(text).toContain(`[x] ${first}`);
	expect(await notice()).toBe('Copied to the clipboard.');
});

test('print shows the boxes and the list, without the buttons', async () => {
	const { page } = await fresh();
	await page.goto(EN);
	await boxes(page).nth(0).check();
	await page.emulateMedia({ media: 'print' });
	expect(await boxes(page).nth(0).isVisible()).toBe(true);
	expect(await list(page).locator('.actions').isVisible()).toBe(false);
	expect(await page.locator('header.header').isVisible()).toBe(false);
});

test('a checklist item is found by search, on the guide that embeds it', async () => {
	const { page } = await fresh();
	await page.goto('/en/shoppers/keep-evidence/');
	const label = await list(page).locator('label').last().innerText();
	const results: string[] = await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const found = await pagefind.search(${JSON.stringify(label)});
		return Promise.all(found.results.map(async (r) => (await r.data()).url));
	})()`);
	expect(results).toContain('/en/shoppers/keep-evidence/');
});
