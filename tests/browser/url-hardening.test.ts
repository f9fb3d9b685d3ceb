import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { calculatorReady, useBrowser, usePages, WAIT_MS } from './browser.ts';
import { openSearchDialog, searchInDialog } from './search-eval.ts';

/**
 * Pages that read their address (the calculator, its embed, get-help, the complaint directory,
 * search) against addresses made to abuse them: names that are Object.prototype's own, hundreds
 * of made-up settings carrying a message, dates out of any sensible range, repeated settings and
 * text disguised with full-width letters or invisible characters.
 */
const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);
/** Every wait in this file: the test machine is a busy two-core box. */
const WAIT = { timeout: 15_000 };

const CALC_EN = '/en/tools/duty-calculator/';
const CALC_ZH = '/zh-cn/tools/duty-calculator/';
const EMBED_EN = '/embed/en/duty-calculator/';
const HELP_EN = '/en/get-help/';
const HELP_ZH = '/zh-cn/get-help/';
const DIRECTORY = '/en/reference/where-to-complain/';

/** A reader's real answers: never delivered, UK buyer, Chinese seller, AliExpress, PayPal on 2026-09-19. */
const ANSWERS = 'problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19';
/** 300 made-up settings whose names carry a message, as a scammer would send them. */
const HOSTILE = Array.from({ length: 300 }, (_, i) => `Parcel+held!+Call+${i}=1`).join('&');

const amount = (page: Page | Frame) => page.locator('output[name="total"]').getAttribute('data-amount');
const notices = (page: Page | Frame) => page.locator('[data-notices] li').allInnerTexts();
const stepIds = (page: Page) => page.locator('[data-screen] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
const bodyText = (page: Page | Frame) => page.locator('body').innerText();

/** Today plus `years`, plus `days`, in the browser's own time zone (the pages use the same). */
const dayFrom = (page: Page, years: number, days: number) =>
	page.evaluate(
		([y, d]) => {
			const now = new Date();
			const date = new Date(now.getFullYear() + y, now.getMonth(), now.getDate() + d);
			const pad = (n: number) => String(n).padStart(2, '0');
			return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
		},
		[years, days] as const,
	);

describe('names that every JavaScript object has (__proto__, constructor, toString, hasOwnProperty)', () => {
	test('get-help keeps the reader’s answers and plan, with no page error', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${HELP_EN}?${ANSWERS}&__proto__=x&constructor=x&toString=x&hasOwnProperty=x&q=plan`);
		await page.locator('#help-plan-title').waitFor(WAIT);
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		// The plan is the one for these answers: PayPal's not-received dispute, 180 days after payment.
		expect(await stepIds(page)).toContain('paypal-not-received');
		expect(await page.locator('[data-step="paypal-not-received"] .deadline').getAttribute('data-deadline')).toBe('2027-03-18');
		await page.locator('[data-screen] details.your-answers summary').click();
		expect(await page.locator('[data-screen] .answers').innerText()).toContain('AliExpress');
		// The four names are told as ignored settings, and never quoted.
		expect(await page.locator('[data-screen] .notices li').allInnerTexts()).toEqual(['4 unknown settings in the link were ignored.']);
		expect(await bodyText(page)).not.toMatch(/__proto__|constructor|hasOwnProperty/);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the calculator and the directory are not disturbed either', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${CALC_EN}?dest=CN&value=100&__proto__=x&constructor=x&category=constructor&toString=1`);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('9.10');
		expect(await notices(page)).toEqual(['The setting category in the link was not understood and was ignored.', '3 unknown settings in the link were ignored.']);
		await page.goto(`${DIRECTORY}?region=__proto__&kind=constructor&hasOwnProperty=1`);
		await expect.poll(() => page.locator('complaint-bodies .notices li').allInnerTexts(), WAIT).toEqual([
			'The settings region and kind in the link were not understood and were ignored.',
			'1 unknown setting in the link was ignored.',
		]);
		expect(await page.locator('complaint-bodies tbody tr:visible').count()).toBe(await page.locator('complaint-bodies tbody tr').count());
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('300 made-up settings carrying a message are counted, never quoted', () => {
	test.each([
		['calculator', `${CALC_EN}?dest=CN&value=100&${HOSTILE}`],
		['embed page', `${EMBED_EN}?dest=CN&value=100&${HOSTILE}`],
	])('%s: one notice, the result still works, and “Call” is nowhere on the page', async (_name, url) => {
		const { page, problems } = await fresh();
		await page.goto(url);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('9.10');
		expect(await notices(page)).toEqual(['300 unknown settings in the link were ignored.']);
		expect(await bodyText(page)).not.toContain('Call');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('get-help: one notice above the plan, the answers kept, “Call” nowhere', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${HELP_EN}?${ANSWERS}&${HOSTILE}&q=plan`);
		await page.locator('#help-plan-title').waitFor(WAIT);
		expect(await page.locator('[data-screen] .notices li').allInnerTexts()).toEqual(['300 unknown settings in the link were ignored.']);
		expect(await stepIds(page)).toContain('paypal-not-received');
		expect(await bodyText(page)).not.toContain('Call');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the directory: one notice, the filter from the link still applies', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${DIRECTORY}?region=uk&${HOSTILE}`);
		await expect.poll(() => page.locator('complaint-bodies .notices li').allInnerTexts(), WAIT).toEqual(['300 unknown settings in the link were ignored.']);
		expect(new Set(await page.locator('complaint-bodies tbody tr:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['region'])))).toEqual(new Set(['uk']));
		expect(await bodyText(page)).not.toContain('Call');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('rejected values are not quoted: only the names of known settings, at most two and a count', async () => {
		const { page, problems } = await fresh({ locale: 'en-US' });
		const bad = 'Call+800+now';
		// The English page's own destination then, the US: USD 100 of clothing by courier pays the regular
		// duty (16.5%), the Section 301 tariff (7.5%) and the USD 2.69 processing fee.
		await page.goto(`${CALC_EN}?value=100&date=2026-11-22&dest=${bad}&origin=${bad}&channel=${bad}&category=${bad}&currency=${bad}`);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('26.69');
		expect(await notices(page)).toEqual(['The settings dest, origin, and 3 more in the link were not understood and were ignored.']);
		expect(await bodyText(page)).not.toContain('Call');
		await page.goto(`${CALC_ZH}?value=100&dest=${bad}&origin=${bad}&channel=${bad}&category=${bad}&currency=${bad}&utm=1`);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('9.10');
		expect(await notices(page)).toEqual(['链接中以下设置的值无法识别，已忽略：dest、origin和另外 3 项。', '链接中有 1 个无法识别的设置，已忽略。']);
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('dates from 2000-01-01 to five years after today', () => {
	test('calculator: 1999-12-31 in a link is marked by the field, in English and Chinese; the other values stay', async () => {
		const { page, problems } = await fresh();
		for (const [path, message] of [
			[CALC_EN, /^Enter a date from January 1, 2000 to .+, 20\d\d\.$/],
			[CALC_ZH, /^请输入 2000年1月1日 至 20\d\d年\d+月\d+日 之间的日期。$/],
		] as const) {
			await page.goto(`${path}?value=100&category=toys&date=1999-12-31`);
			await calculatorReady(page);
			const date = page.locator('#duty-date');
			await expect.poll(() => date.getAttribute('aria-invalid'), WAIT).toBe('true');
			expect(await page.locator('#duty-date-error').innerText()).toMatch(message);
			expect(await page.locator('#duty-date-error').isVisible()).toBe(true);
			expect((await date.getAttribute('aria-describedby'))?.split(' ')).toContain('duty-date-error');
			expect(await date.inputValue()).toBe('1999-12-31');
			expect(await page.locator('#duty-value').inputValue()).toBe('100');
			expect(await page.locator('#duty-category').inputValue()).toBe('toys');
			expect(await amount(page)).toBe('');
		}
		// The first day allowed gives a result again.
		await page.locator('#duty-date').fill('2000-01-01');
		await expect.poll(() => page.locator('#duty-date').getAttribute('aria-invalid'), WAIT).toBeNull();
		expect(await page.locator('#duty-date-error').innerText()).toBe('');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('calculator: a typed date one day past five years from today is refused; five years from today is fine', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${CALC_EN}?dest=CN&value=100`);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('9.10');
		await page.locator('.more summary').click();
		await page.locator('#duty-date').fill(await dayFrom(page, 5, 1));
		await expect.poll(() => page.locator('#duty-date').getAttribute('aria-invalid'), WAIT).toBe('true');
		expect(await page.locator('#duty-date-error').innerText()).toMatch(/^Enter a date from January 1, 2000 to /);
		expect(await page.locator('#duty-value').inputValue()).toBe('100');
		await page.locator('#duty-date').fill(await dayFrom(page, 5, 0));
		await expect.poll(() => page.locator('#duty-date').getAttribute('aria-invalid'), WAIT).toBeNull();
		await expect.poll(() => amount(page), WAIT).not.toBe('');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('get-help: a link paid in 1999 opens the dates with the message by the field; the answers are kept', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${HELP_EN}?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=1999-12-31&expected=2026-10-10&q=plan`);
		const paid = page.getByLabel('Date you paid');
		await expect.poll(() => paid.getAttribute('aria-invalid'), WAIT).toBe('true');
		expect(await page.locator('#help-paid-error').innerText()).toMatch(/^Enter a date from January 1, 2000 to .+, 20\d\d\.$/);
		expect((await paid.getAttribute('aria-describedby'))?.split(' ')).toContain('help-paid-error');
		expect(await paid.inputValue()).toBe('1999-12-31');
		expect(await page.getByLabel('Date it was due to arrive (or arrived)').inputValue()).toBe('2026-10-10');
		// Corrected, the plan has every other answer.
		await paid.fill('2026-09-19');
		await page.locator('[data-screen] button[type="submit"]').click();
		await page.locator('#help-plan-title').waitFor(WAIT);
		expect(await page.locator('[data-step="paypal-not-received"] .deadline').getAttribute('data-deadline')).toBe('2027-03-18');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ problem: 'not-delivered', buyer: 'uk', platform: 'aliexpress', payment: 'paypal', paid: '2026-09-19' });
		expect(problems.consoleErrors).toEqual([]);
	});

	test('get-help in Chinese: a typed date past five years from today stays on the dates, with the message', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${HELP_ZH}?${ANSWERS}&q=dates`);
		const expected = page.locator('#help-expected');
		await expected.waitFor(WAIT);
		await expected.fill(await dayFrom(page, 5, 1));
		await page.locator('[data-screen] button[type="submit"]').click();
		await expect.poll(() => expected.getAttribute('aria-invalid'), WAIT).toBe('true');
		expect(await page.locator('#help-expected-error').innerText()).toMatch(/^请输入 2000年1月1日 至 20\d\d年\d+月\d+日 之间的日期。$/);
		expect(await page.locator('#help-paid').inputValue()).toBe('2026-09-19');
		expect(new URL(page.url()).searchParams.get('q')).toBe('dates');
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('a setting given twice: the first value wins, and the reader is told once', () => {
	const REPEATED = '1 setting appeared more than once in the link; its first value was used.';

	test.each([CALC_EN, EMBED_EN])('%s: value=100&value=999 is CNY 100 of clothing', async (path) => {
		const { page, problems } = await fresh();
		await page.goto(`${path}?dest=CN&value=100&value=999&value=5`);
		await calculatorReady(page);
		await expect.poll(() => amount(page), WAIT).toBe('9.10');
		expect(await notices(page)).toEqual([REPEATED]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('get-help: problem=late then problem=phishing is a late parcel, not a scam', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${HELP_EN}?problem=late&problem=phishing&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&q=plan`);
		await page.locator('#help-plan-title').waitFor(WAIT);
		expect(await page.locator('[data-screen] .notices li').allInnerTexts()).toEqual([REPEATED]);
		expect(await stepIds(page)).not.toContain('police');
		await page.locator('[data-screen] details.your-answers summary').click();
		expect(await page.locator('[data-screen] .answers').innerText()).toContain('It is late');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the directory: region=uk then region=cn shows the UK bodies', async () => {
		const { page, problems } = await fresh();
		await page.goto(`${DIRECTORY}?region=uk&region=cn&kind=fraud-reporting&kind=mediation`);
		await expect.poll(() => page.locator('complaint-bodies .notices li').allInnerTexts(), WAIT).toEqual([
			'2 settings appeared more than once in the link; the first value of each was used.',
		]);
		expect(await page.locator('select[name="region"]').inputValue()).toBe('uk');
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('fraud-reporting');
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('full-width letters and invisible characters find what the plain word finds', () => {
	const visibleIds = (page: Page) => page.locator('complaint-bodies tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.id));

	test('directory: “re\\u200Bfund”, “\\u202Erefund\\u2069” and “ｒｅｆｕｎｄ” match the same bodies as “refund”', async () => {
		const { page, problems } = await fresh();
		await page.goto(DIRECTORY);
		const q = page.locator('input[name="q"]');
		await q.waitFor({ state: 'visible', ...WAIT });
		await q.fill('refund');
		await expect.poll(() => page.locator('complaint-bodies .count').innerText(), WAIT).toMatch(/^Showing \d+ of \d+ bodies$/);
		const plain = await visibleIds(page);
		expect(plain.length).toBeGreaterThan(0);
		for (const disguised of ['re\u200Bfund', '\u202Erefund\u2069', 'ｒｅｆｕｎｄ', 're\uFEFFfu\u2060nd']) {
			await q.fill(disguised);
			await expect.poll(() => visibleIds(page), WAIT).toEqual(plain);
		}
		// From a link, too.
		await page.goto(`${DIRECTORY}?q=re%E2%80%8Bfund`);
		await expect.poll(() => visibleIds(page), WAIT).toEqual(plain);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('search: full-width “ｒｅｆｕｎｄ” in the English dialog gives the same first result as “refund”', async () => {
		const { page, problems } = await fresh();
		// Starlight loads the search UI when the browser is idle; on a busy machine idle time can be starved.
		await page.addInitScript(() => {
			window.requestIdleCallback = (callback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1);
		});
		await page.goto('/en/');
		await openSearchDialog(page, WAIT_MS);
		const input = page.locator('#starlight__search input').first();
		/** The result pages once the answer to this query has loaded (the dialog's own wait). */
		const search = async (query: string) => (await searchInDialog(page, query, WAIT_MS)).got;
		const plain = await search('refund');
		expect(plain.length).toBeGreaterThan(0);
		expect((await search('ｒｅｆｕｎｄ'))[0]).toBe(plain[0]);
		// The box shows the plain word that was searched for.
		expect(await input.inputValue()).toBe('refund');
		expect((await search('re\u200Bfund'))[0]).toBe(plain[0]);
		expect(problems.consoleErrors).toEqual([]);
	});
});
