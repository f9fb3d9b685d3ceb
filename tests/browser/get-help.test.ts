import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useBrowser, usePages, wait } from './browser.ts';

const browser = useBrowser();
// A page for each test, as a new tab would be (lent from those earlier tests opened: browser.ts).
const fresh = usePages(browser);

const next = (page: Page) => page.locator('[data-screen] button[type="submit"]').click();
const legend = (page: Page) => page.locator('[data-screen] legend').innerText();
const stepIds = (page: Page) => page.locator('[data-screen] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));

describe('the questions, one screen at a time', () => {
	test('English: never delivered, UK buyer, Chinese seller, AliExpress, PayPal on 2026-09-19 → dispute by March 18, 2027', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/get-help/');
		expect(await legend(page)).toBe('What happened?');
		expect(await page.locator('[data-screen] .progress').innerText()).toBe('Question 1 of 5');
		// Going on without an answer asks for one.
		await next(page);
		expect(await page.locator('[data-screen] .error').innerText()).toBe('Choose one answer to go on.');
		await page.getByLabel('It never arrived').check();
		await next(page);
		expect(await legend(page)).toBe('Where are you, and where is the seller?');
		await page.getByLabel('Where you live').selectOption('uk');
		await page.getByLabel('Where the seller is').selectOption('cn');
		await next(page);
		await page.getByLabel('AliExpress').check();
		await next(page);
		await page.getByLabel('PayPal').check();
		await next(page);
		await page.getByLabel('Date you paid').fill('2026-09-19');
		await page.getByLabel('Date it was due to arrive (or arrived)').fill('2026-10-10');
		await next(page);
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		const ids = await stepIds(page);
		expect(ids[0]).toBe('contact-seller');
		expect(ids).toContain('paypal-not-received');
		const deadline = page.locator('[data-step="paypal-not-received"] .deadline');
		expect(await deadline.getAttribute('data-deadline')).toBe('2027-03-18');
		expect(await deadline.innerText()).toContain('March 18, 2027 — 180 days after payment');
		// The answers are in the link.
		const url = new URL(page.url());
		expect(Object.fromEntries(url.searchParams)).toMatchObject({ problem: 'not-delivered', buyer: 'uk', seller: 'cn', platform: 'aliexpress', payment: 'paypal', paid: '2026-09-19', expected: '2026-10-10', q: 'plan' });
		// Who can help: UK bodies first — for a trader abroad the UK International Consumer Centre, then Citizens Advice — and
		// the recovery-scam warning is on the page.
		expect((await page.locator('.bodies li > a').allInnerTexts()).slice(0, 2)).toEqual(['UK International Consumer Centre (UKICC)', 'Citizens Advice consumer helpline']);
		expect(await page.locator('.recovery').innerText()).toContain('Nobody legitimate charges you to get your money back');
		// Back goes to the dates, with what was typed.
		await page.goBack();
		expect(await legend(page)).toBe('When?');
		expect(await page.getByLabel('Date you paid').inputValue()).toBe('2026-09-19');
		await page.goBack();
		expect(await legend(page)).toBe('How did you pay?');
		expect(await page.getByLabel('PayPal').isChecked()).toBe(true);
		expect(problems.consoleErrors).toEqual([]);

		// The same link, opened fresh, gives the same plan.
		const again = await page.context().newPage();
		await again.goto(url.pathname + url.search);
		expect(await stepIds(again)).toEqual(ids);
		expect(await again.locator('[data-step="paypal-not-received"] .deadline').getAttribute('data-deadline')).toBe('2027-03-18');
	});

	test('Chinese: a buyer in mainland China scammed by a fake shop, paid by Alipay, goes through the questions in Chinese', async () => {
		const { page, problems } = await fresh();
		await page.goto('/zh-cn/get-help/');
		expect(await legend(page)).toBe('发生了什么？');
		await page.getByLabel('店铺是假的').check();
		await next(page);
		// Where the buyer lives is required: it decides who can help.
		await next(page);
		expect(await page.locator('[data-screen] .error').innerText()).toBe('请选择你所在的地区再继续：这决定了谁能帮你。');
		await page.getByLabel('你所在的国家或地区').selectOption('cn');
		await next(page);
		await page.getByLabel('淘宝或天猫').check();
		await next(page);
		await page.getByLabel('支付宝').check();
		await next(page);
		await next(page);
		expect(await page.locator('#help-plan-title').innerText()).toBe('你的行动计划');
		expect(await page.locator('.crime').innerText()).toContain('这可能涉及违法犯罪');
		const ids = await stepIds(page);
		expect(ids[0]).toBe('stop-and-save');
		expect(ids.at(-1)).toBe('police-china');
		// The seller was left as "don't know".
		expect(new URL(page.url()).searchParams.get('seller')).toBe('unknown');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('Chinese: the same link in Chinese gives the plan in Chinese, with the date written the Chinese way', async () => {
		const { page } = await fresh();
		await page.goto('/zh-cn/get-help/?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19&expected=2026-10-10&q=plan');
		expect(await page.locator('#help-plan-title').innerText()).toBe('你的行动计划');
		expect(await page.locator('[data-step="paypal-not-received"] .deadline').innerText()).toContain('2027年3月18日');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
	});
});

describe('a problem skips the questions that do not apply to it', () => {
	test('English: a fake customs-fee text asks only where you live, then shows the fee-message steps; Back works', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/get-help/');
		await page.getByLabel('A message asks me to pay a customs or delivery fee').check();
		await next(page);
		// Only where the reader lives: no seller, and this is the last question.
		expect(await legend(page)).toBe('Where do you live?');
		expect(await page.locator('[data-screen] .progress').innerText()).toBe('Question 2 of 2');
		expect(await page.locator('[data-screen] select').count()).toBe(1);
		expect(await page.locator('[data-screen] button[type="submit"]').innerText()).toBe('Show my plan');
		await page.getByLabel('Where you live').selectOption('uk');
		await next(page);
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		expect(await stepIds(page)).toEqual(['fee-message-check', 'fee-message-paid', 'report-message-uk']);
		expect(await page.locator('[data-step="report-message-uk"]').innerText()).toContain('7726');
		// No dates were asked, so the summary does not speak of "your dates".
		expect(await page.locator('[data-screen] .urgent .nearest').count()).toBe(0);
		// Nothing was bought: no checklist of purchase evidence (unboxing video and the like).
		expect(await page.locator('[data-evidence]').isHidden()).toBe(true);
		// No platform, payment or dates were asked, and none are in the link or the answers.
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ problem: 'fee-message', buyer: 'uk', q: 'plan' });
		expect(await page.locator('[data-screen] .answers dt').allTextContents()).toEqual(['What happened?', 'Where you live']);
		expect((await page.locator('.bodies li > a').allInnerTexts())[0]).toBe('Report Fraud (City of London Police)');
		await page.goBack();
		expect(await legend(page)).toBe('Where do you live?');
		await page.goBack();
		expect(await page.getByLabel('A message asks me to pay a customs or delivery fee').isChecked()).toBe(true);
		// Choosing a purchase problem instead asks every question again.
		await page.getByLabel('It never arrived').check();
		await next(page);
		expect(await legend(page)).toBe('Where are you, and where is the seller?');
		expect(await page.locator('[data-screen] .progress').innerText()).toBe('Question 2 of 5');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('Chinese: a squatted trademark goes straight from the problem to the plan; a link to a skipped question shows the plan', async () => {
		const { page, problems } = await fresh();
		await page.goto('/zh-cn/get-help/');
		await page.getByLabel('我是卖家：我的品牌在中国被别人抢注了商标').check();
		await next(page);
		expect(await page.locator('#help-plan-title').innerText()).toBe('你的行动计划');
		expect(await stepIds(page)).toEqual(['trademark-check', 'trademark-evidence', 'trademark-act']);
		expect(await page.locator('[data-step="trademark-check"]').innerText()).toContain('中国商标网');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ problem: 'trademark', q: 'plan' });
		await page.goBack();
		expect(await legend(page)).toBe('发生了什么？');
		await page.goto('/zh-cn/get-help/?problem=trademark&platform=jd&q=platform');
		expect(await stepIds(page)).toEqual(['trademark-check', 'trademark-evidence', 'trademark-act']);
		// A fake sold as genuine by a WeChat daigou in mainland China: 退一赔三, and 12315 first.
		await page.goto('/zh-cn/get-help/?problem=not-as-described&buyer=cn&seller=cn&platform=wechat-shop&payment=wechat-pay&q=plan');
		expect(await stepIds(page)).toContain('refund-one-compensate-three');
		expect(await page.locator('[data-step="refund-one-compensate-three"] h3').innerText()).toBe('以假充真？主张“退一赔三”');
		expect((await page.locator('.bodies li > a').allInnerTexts())[0]).toBe('全国12315平台（国家市场监督管理总局）');
		expect(problems.consoleErrors).toEqual([]);
	});
});

/** A day `n` days from the machine's today (the page's today too), YYYY-MM-DD. */
const daysFromToday = (n: number) => {
	const now = new Date();
	const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + n));
	return day.toISOString().slice(0, 10);
};

describe('the urgent thing first', () => {
	// Paid by PayPal 170 days ago: the Item Not Received dispute (180 days after payment) closes in 10 days.
	const paid = daysFromToday(-170);
	const closes = daysFromToday(10);
	const link = `problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=${paid}&q=plan`;

	test.each([
		['en', 'First things first', 'Today: Open a PayPal Item Not Received dispute (step ', 'Its deadline is close', 'Nearest deadline: ', '(10 days left) — open a PayPal Item Not Received dispute by then.'],
		['zh-cn', '当务之急', '今天就做：在PayPal发起“物品未收到”争议（第 ', '它的期限快到了', '最近的期限：', '（还剩 10 天），截止前要在PayPal发起“物品未收到”争议。'],
	])('%s: the plan opens with today’s one thing and the nearest deadline, before the steps', async (locale, title, today, soon, nearest, rest) => {
		const { page, problems } = await fresh();
		await page.goto(`/${locale}/get-help/?${link}`);
		const urgent = page.locator('[data-screen] .urgent');
		expect(await urgent.locator('h3').innerText()).toBe(title);
		const todayText = await urgent.locator('.today').innerText();
		expect(todayText.startsWith(today), todayText).toBe(true);
		expect(todayText).toContain(soon);
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('paypal-not-received');
		const deadline = urgent.locator('.nearest');
		expect(await deadline.getAttribute('data-deadline')).toBe(closes);
		const date = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${closes}T00:00:00Z`));
		expect(await deadline.innerText()).toBe(`${nearest}${date} ${rest}`.replace(`${date} （`, `${date}（`));
		// The summary comes before the steps, and its link takes the reader to the step.
		const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
		expect(await top('[data-screen] .urgent')).toBeLessThan(await top('[data-screen] ol.plan'));
		await urgent.locator('.today a').click();
		expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.getAttribute('data-step'))).toBe('paypal-not-received');
		expect(new URL(page.url()).search).toBe(`?${link}`);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('a step ticked off leaves the summary at once: the PayPal dispute done, today is step 1 again; unticked, it comes back; kept on reload', async () => {
		const { page, problems } = await fresh();
		await page.goto(`/en/get-help/?${link}`);
		const urgent = page.locator('[data-screen] .urgent');
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('paypal-not-received');
		const box = page.locator('[data-screen] input[data-done="paypal-not-received"]');
		await box.check();
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('contact-seller');
		expect(await urgent.locator('.today').innerText()).toContain('(step 1)');
		// No deadline left to meet: the PayPal one was the only dated one.
		expect(await urgent.locator('.nearest[data-deadline]').count()).toBe(0);
		await page.reload();
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('contact-seller');
		await box.uncheck();
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('paypal-not-received');
		expect(await urgent.locator('.nearest').getAttribute('data-deadline')).toBe(closes);
		// Every step ticked: the summary says so.
		await page.locator('[data-screen] input[data-done]').evaluateAll((els) => els.forEach((e) => (e as HTMLInputElement).click()));
		expect(await urgent.locator('.today').innerText()).toContain('Every step of this plan is ticked off');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('without the dates: the first step for today, and the summary says which date the deadline needs; adding it returns to the plan', async () => {
		const { page } = await fresh();
		await page.goto('/en/get-help/?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&q=plan');
		const urgent = page.locator('[data-screen] .urgent');
		expect(await urgent.locator('.today').getAttribute('data-today')).toBe('contact-seller');
		expect(await urgent.locator('.nearest').count()).toBe(0);
		expect(await urgent.locator('.needs').innerText()).toBe('To see the last day to open a PayPal Item Not Received dispute, give the date you paid. Add the dates');
		await urgent.locator('.needs a').click();
		expect(await legend(page)).toBe('When?');
		await page.getByLabel('Date you paid').fill(paid);
		await page.getByRole('button', { name: 'Update my plan' }).click();
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		expect(await urgent.locator('.nearest').getAttribute('data-deadline')).toBe(closes);
	});
});

describe('change an answer', () => {
	test('Change on one answer asks that question and comes back to the plan; Back and the link keep working', async () => {
		const { page, problems } = await fresh();
		const start = '/en/get-help/?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19&expected=2026-10-10&q=plan';
		await page.goto(start);
		await page.locator('[data-screen] details.your-answers summary').click();
		await page.getByRole('link', { name: 'Change: How did you pay?' }).click();
		expect(await legend(page)).toBe('How did you pay?');
		expect(await page.getByLabel('PayPal').isChecked()).toBe(true);
		// The button says where it goes.
		await page.getByLabel('Credit card').check();
		await page.getByRole('button', { name: 'Update my plan' }).click();
		// Straight back to the plan, not on to the dates.
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ payment: 'credit-card', paid: '2026-09-19', q: 'plan' });
		expect(await stepIds(page)).toContain('card-chargeback');
		// Back: the question, with the new answer; Back again: the plan as it was.
		await page.goBack();
		expect(await legend(page)).toBe('How did you pay?');
		expect(await page.getByLabel('Credit card').isChecked()).toBe(true);
		await page.goBack();
		expect(await stepIds(page)).toContain('paypal-not-received');
		expect(page.url()).toContain('payment=paypal');
		// Changing where you live comes back too (the seller's place is kept).
		await page.locator('[data-screen] details.your-answers summary').click();
		await page.getByRole('link', { name: 'Change: Where you live' }).click();
		await page.getByLabel('Where you live').selectOption('de');
		await page.getByRole('button', { name: 'Update my plan' }).click();
		expect(await page.locator('#help-plan-title').innerText()).toBe('Your plan');
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ buyer: 'de', seller: 'cn', q: 'plan' });
		// A question reached by walking through (not from the plan) still goes on to the next.
		await page.goto('/en/get-help/?problem=late&buyer=uk&seller=cn&q=platform');
		expect(await page.locator('[data-screen] button[type="submit"]').innerText()).toBe('Next');
		await page.getByLabel('AliExpress').check();
		await next(page);
		expect(await legend(page)).toBe('How did you pay?');
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('the plan', () => {
	test('a deadline already passed is flagged, and a card window that varies says so', async () => {
		const { page } = await fresh();
		await page.goto('/en/get-help/?problem=not-delivered&buyer=us&seller=cn&platform=temu&payment=credit-card&paid=2025-01-10&q=plan');
		const deadline = page.locator('[data-screen] .deadline.past').first();
		expect(await deadline.innerText()).toContain('This date has passed');
		expect(await page.locator('[data-screen]').innerText()).toContain('this is the safe date');
	});

	test('scams: the plan says a crime may be involved and includes the police step', async () => {
		const { page } = await fresh();
		await page.goto('/en/get-help/?problem=fake-shop&buyer=au&seller=unknown&platform=independent-site&payment=debit-card&paid=2026-11-20&q=plan');
		expect(await page.locator('.crime').innerText()).toContain('A crime may have been committed');
		const police = await page.locator('[data-screen] [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')).filter((id) => id?.startsWith('police')));
		expect(police.length).toBeGreaterThan(0);
	});

	test('the steps lead to the guides on each kind of scam, and the plan to the buyer’s rights where they live', async () => {
		const { page, problems } = await fresh();
		const guide = (step: string) => page.locator(`[data-step="${step}"] > p:last-child a`).getAttribute('href');
		const rights = page.locator('[data-screen] .rights a');
		// A UK buyer whose shop on a marketplace was fake: the fake-shops guide, and the UK rights page.
		await page.goto('/en/get-help/?problem=fake-shop&buyer=uk&seller=unknown&platform=other&payment=debit-card&q=plan');
		expect(await guide('report-shop')).toBe('/en/scams/fake-shops/');
		expect(await rights.getAttribute('href')).toBe('/en/rights/uk/');
		expect(await page.locator('[data-screen] .rights').innerText()).toBe('Your rights as a buyer where you live are explained in Your rights in the UK.');
		// An unexpected customs charge: check it is real with the fake delivery messages guide. Germany shares the EU page.
		await page.goto('/en/get-help/?problem=customs-charge&buyer=de&seller=cn&platform=aliexpress&payment=paypal&q=plan');
		expect(await guide('check-customs-charge')).toBe('/en/scams/fake-delivery-messages/');
		expect(await rights.getAttribute('href')).toBe('/en/rights/eu/');
		// Paid by gift card: the step warns of recovery scams and links the guide on them.
		await page.goto('/en/get-help/?problem=not-delivered&buyer=us&seller=unknown&platform=independent-site&payment=gift-card-crypto&q=plan');
		expect(await guide('gift-card-crypto')).toBe('/en/scams/recovery-and-deposit-scams/');
		// Chinese: paid outside the platform → the fake customer service guide; mainland China's rights page.
		await page.goto('/zh-cn/get-help/?problem=off-platform&buyer=cn&seller=unknown&platform=taobao-tmall&payment=alipay&q=plan');
		expect(await guide('off-platform')).toBe('/zh-cn/scams/fake-customer-service/');
		expect(await rights.getAttribute('href')).toBe('/zh-cn/rights/cn/');
		expect(await page.locator('[data-screen] .rights').innerText()).toBe('你所在地消费者享有哪些权利，请看《中国大陆：网购消费者的权利》。');
		// Taiwan has no rights page: no link.
		await page.goto('/zh-cn/get-help/?problem=not-delivered&buyer=tw&seller=cn&platform=taobao-tmall&payment=alipay&q=plan');
		await page.locator('#help-plan-title').waitFor();
		expect(await page.locator('[data-screen] .rights').count()).toBe(0);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('who can help follows where the buyer and the seller are: Germany and China, mainland China and a Tmall Global shop', async () => {
		const { page, problems } = await fresh();
		await page.goto('/en/get-help/?problem=not-delivered&buyer=de&seller=cn&platform=aliexpress&payment=paypal&q=plan');
		const names = () => page.locator('.bodies li > a').allInnerTexts();
		expect(await names()).toEqual([
			'Verbraucherzentralen (consumer advice centres, Germany)',
			'National 12315 Platform (State Administration for Market Regulation)',
			'China Consumers Association (CCA) and local consumer associations',
			'FIN-NET, the financial dispute resolution network (European Commission)',
			'econsumer.gov (International Consumer Protection and Enforcement Network, ICPEN)',
		]);
		await page.goto('/zh-cn/get-help/?problem=not-as-described&buyer=cn&seller=other&platform=taobao-tmall&payment=alipay&q=plan');
		expect(await names()).toEqual(['全国12315平台（国家市场监督管理总局）', '中国消费者协会（中消协）及各地消费者协会']);
		// The where-screen offers the new places in both languages.
		await page.goto('/zh-cn/get-help/?problem=late&q=where');
		expect(await page.getByLabel('你所在的国家或地区').locator('option[value="mo"]').innerText()).toBe('中国澳门');
		expect(await page.getByLabel('卖家所在的国家或地区').locator('option[value="eu"]').innerText()).toBe('欧盟或欧洲经济区其他国家，或不确定哪国');
		// Every EU country by name, in labelled groups; the EU ones by pinyin in Chinese (爱尔兰 first).
		const buyer = page.getByLabel('你所在的国家或地区');
		expect(await buyer.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toEqual(['中国大陆及港澳台', '欧盟国家、冰岛和挪威', '其他国家和地区']);
		expect(await buyer.locator('optgroup').nth(1).locator('option').evaluateAll((options) => options.slice(0, 2).map((o) => o.textContent))).toEqual(['爱尔兰', '爱沙尼亚']);
		expect(await buyer.locator('option').count()).toBe(1 + 42 + 1);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('countries by name: chosen by keyboard on a phone (no sideways scroll), a Polish buyer of a German shop gets ECC-Net first, and an old "eu" link still opens', async () => {
		const { page, problems } = await fresh({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto('/en/get-help/?problem=not-as-described&q=where');
		const buyer = page.getByLabel('Where you live');
		await buyer.waitFor(wait);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
		// Typing a name on the focused select picks it, as in any native select.
		await buyer.focus();
		await page.keyboard.type('Pola');
		expect(await buyer.inputValue()).toBe('pl');
		await page.getByLabel('Where the seller is').selectOption('de');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByLabel("A shop's own website").waitFor(wait);
		expect(new URL(page.url()).searchParams.get('buyer')).toBe('pl');
		await page.goto('/en/get-help/?problem=not-as-described&buyer=pl&seller=de&platform=independent-site&payment=credit-card&q=plan');
		const links = () => page.locator('[data-screen] .bodies li > a').allInnerTexts();
		await page.locator('#help-plan-title').waitFor(wait);
		expect((await links()).slice(0, 2)).toEqual(['European Consumer Centres Network (ECC-Net)', 'Out-of-court dispute resolution (ADR) bodies in the EU']);
		expect(await page.locator('.answers').textContent()).toContain('Poland');
		// A link made before the countries were named.
		await page.goto('/en/get-help/?problem=late&buyer=eu&seller=cn&q=where');
		await buyer.waitFor(wait);
		expect(await buyer.inputValue()).toBe('eu');
		expect(await buyer.locator('option:checked').innerText()).toBe('Another EU or EEA country, or not sure which');
		expect(problems.consoleErrors).toEqual([]);
	});

	test('letters: an English reader writing to a Chinese seller gets the letter in English and in Chinese; copy, download and print work', async () => {
		const { page } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed++;
			};
		});
		await page.goto('/en/get-help/?problem=not-as-described&buyer=eu&seller=cn&platform=taobao-tmall&payment=alipay&paid=2026-11-01&expected=2026-11-15&q=plan');
		const first = page.locator('.letter').first();
		// Each letter is folded under its title until opened.
		expect(await first.locator('textarea').first().isVisible()).toBe(false);
		await first.locator('summary').click();
		const areas = first.locator('textarea');
		expect(await areas.count()).toBe(2);
		expect(await areas.nth(0).getAttribute('lang')).toBe('en');
		// Tall enough to read a letter without scrolling inside it (the shared control style must not shrink it).
		expect(await areas.nth(0).evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(200);
		expect(await areas.nth(1).getAttribute('lang')).toBe('zh-CN');
		const english = await areas.nth(0).inputValue();
		expect(english).toContain('not as described');
		expect(english).toContain('Taobao or Tmall');
		expect(await areas.nth(1).inputValue()).toContain('淘宝或天猫');
		expect(english).not.toMatch(/\{(problem|platform|payment|paid|expected|today)\}/);
		await first.getByRole('button', { name: 'Copy' }).first().click();
		// The page writes to the clipboard asynchronously after the click.
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), wait).toBe(english);
		const [download] = await Promise.all([page.waitForEvent('download', wait), first.getByRole('button', { name: 'Download as text' }).first().click()]);
		expect(download.suggestedFilename()).toMatch(/\.txt$/);
		await first.getByRole('button', { name: 'Print' }).first().click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	});

	test('a Chinese reader in the UK writing to a US shop and a UK bank gets each letter in Chinese and in English', async () => {
		const { page } = await fresh();
		await page.goto('/zh-cn/get-help/?problem=not-delivered&buyer=uk&seller=us&platform=independent-site&payment=credit-card&paid=2026-11-01&q=plan');
		const letters = page.locator('.letter');
		expect(await letters.count()).toBeGreaterThanOrEqual(2);
		for (const letter of await letters.all()) {
			const areas = letter.locator('textarea');
			expect(await areas.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(['zh-CN', 'en']);
			expect(await areas.nth(1).inputValue()).toContain('Credit card');
			expect(await areas.nth(0).inputValue()).toContain('信用卡');
		}
	});

	test('the evidence checklist on the plan keeps the same progress as its own page', async () => {
		const { page } = await fresh();
		await page.goto('/en/get-help/?problem=late&buyer=uk&seller=cn&platform=jd&payment=paypal&q=plan');
		await page.locator('[data-evidence] input[type="checkbox"]').nth(1).check();
		await page.goto('/en/checklists/evidence/');
		expect(await page.locator('kb-checklist input[type="checkbox"]').nth(1).isChecked()).toBe(true);
	});

	test('answers no route covers, or hostile ones, give the general plan and say what was left out', async () => {
		const { page, problems } = await fresh();
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		await page.goto(`/en/get-help/?problem=%3Cscript%3Ealert(1)%3C/script%3E&payment=other&paid=9999-99-99&${'x'.repeat(3000)}=${'y'.repeat(3000)}&q=plan`);
		await page.locator('[data-screen] .notices').waitFor({ timeout: 15_000 });
		// The questions whose answers were dropped are named; the unknown parameter is only counted, never quoted.
		expect(await page.locator('[data-screen] .notices li').allInnerTexts()).toEqual([
			'The settings problem and paid in the link were not understood and were ignored.',
			'1 unknown setting in the link was ignored.',
		]);
		expect(await page.locator('[data-screen]').innerText()).not.toMatch(/xxx|script|9999/);
		expect(await stepIds(page)).not.toEqual([]);
		expect(dialog).toBe(false);
		expect(problems.consoleErrors).toEqual([]);
	});
});

describe('steps ticked off, kept like the checklists', () => {
	const plan = '?problem=not-delivered&buyer=uk&seller=cn&platform=aliexpress&payment=paypal&paid=2026-09-19&expected=2026-10-10&q=plan';
	const count = (page: Page) => page.locator('[data-screen] .steps-done .count').innerText();
	const ticked = (page: Page) => page.locator('[data-screen] input[data-done]').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.getAttribute('data-done')));

	test('step 2 ticked on the English plan is ticked on the Chinese one, with the count; unticking all clears it in both', async () => {
		const { page, problems } = await fresh();
		await page.goto(`/en/get-help/${plan}`);
		const steps = page.locator('[data-screen] [data-step]');
		await steps.first().waitFor();
		const total = await steps.count();
		const id = (await steps.nth(1).getAttribute('data-step'))!;
		const title = await steps.nth(1).locator('h3').innerText();
		expect(await count(page)).toBe(`0 of ${total} steps done`);
		// Each box is named by "Done" and its step's title.
		await page.getByRole('checkbox', { name: `Done ${title}`, exact: true }).check();
		expect(await count(page)).toBe(`1 of ${total} steps done`);
		expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kb-plan-steps')))!)).toMatchObject({ v: 1, checked: [id] });
		// The title of a done step stays, dimmed.
		expect(await steps.nth(1).locator('h3').isVisible()).toBe(true);

		await page.goto(`/zh-cn/get-help/${plan}`);
		await steps.first().waitFor();
		expect(await steps.nth(1).getAttribute('data-step')).toBe(id);
		expect(await ticked(page)).toEqual([id]);
		expect(await count(page)).toBe(`已完成 1/${total} 步`);
		await page.getByRole('button', { name: '取消全部勾选' }).click();
		expect(await count(page)).toBe(`已完成 0/${total} 步`);
		expect(await page.locator('[data-screen] .steps-done .notice').innerText()).toBe('已取消所有步骤的勾选。');
		await page.goto(`/en/get-help/${plan}`);
		await steps.first().waitFor();
		expect(await ticked(page)).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('garbage in the record shows the plan with nothing ticked and no error; the next tick replaces it', async () => {
		for (const garbage of ['{"v":1,"checked":[1,2', '{"v":1,"checked":"contact-seller"}', 'null', '[]']) {
			const { page, problems } = await fresh();
			await page.addInitScript((raw) => {
				if (!sessionStorage.getItem('seeded')) localStorage.setItem('kb-plan-steps', raw);
				sessionStorage.setItem('seeded', '1');
			}, garbage);
			await page.goto(`/en/get-help/${plan}`);
			await page.locator('[data-screen] [data-step]').first().waitFor();
			expect(await ticked(page), garbage).toEqual([]);
			expect(await count(page)).toMatch(/^0 of \d+ steps done$/);
			await page.locator('[data-screen] input[data-done]').first().check();
			expect(await count(page)).toMatch(/^1 of \d+ steps done$/);
			expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kb-plan-steps')))!).checked).toEqual(['contact-seller']);
			expect(problems.consoleErrors, garbage).toEqual([]);
		}
	});

	test('a storage that refuses to keep anything does not break the plan: the boxes work and the page says they will not be kept', async () => {
		const { page, problems } = await fresh();
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
				if (key === 'kb-plan-steps') throw new DOMException('Quota exceeded', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		await page.goto(`/en/get-help/${plan}`);
		await page.locator('[data-screen] input[data-done]').nth(1).check();
		expect(await count(page)).toMatch(/^1 of \d+ steps done$/);
		expect(await page.locator('[data-screen] input[data-done]').nth(1).isChecked()).toBe(true);
		expect(await page.locator('[data-screen] .steps-done .notice').innerText()).toContain('could not be kept');
		expect(await page.locator('[data-screen] .letters-section, [data-screen] .bodies').first().isVisible()).toBe(true);
		expect(problems.consoleErrors).toEqual([]);
	});
});

test('without JavaScript the page shows the general plan with links to the guides, and the recovery-scam warning', async () => {
	const { page } = await fresh({ javaScriptEnabled: false });
	await page.goto('/zh-cn/get-help/');
	expect(await page.locator('[data-general] ol.plan > li').count()).toBeGreaterThanOrEqual(2);
	expect(await page.locator('[data-general] ol.plan a[href^="/zh-cn/"]').count()).toBeGreaterThanOrEqual(2);
	expect(await page.locator('.recovery').innerText()).toContain('正规机构不会向你收费');
	// The warning links the guide on recovery scams.
	expect(await page.locator('.recovery a').getAttribute('href')).toBe('/zh-cn/scams/recovery-and-deposit-scams/');
	expect(await page.locator('[data-start]').isHidden()).toBe(true);
	expect(await page.locator('.nojs').innerText()).toContain('未启用 JavaScript');
});

test('with JavaScript the “without JavaScript” text is never on the page, and a link with answers never paints the general plan', async () => {
	const { page } = await fresh();
	// Record, from the first paint on, whether the text or the general plan is ever shown.
	await page.addInitScript(() => {
		const seen = { nojs: false, general: false };
		(window as unknown as { seen: typeof seen }).seen = seen;
		const look = () => {
			if ([...document.querySelectorAll<HTMLElement>('.nojs')].some((e) => e.offsetParent !== null)) seen.nojs = true;
			const general = document.querySelector<HTMLElement>('[data-general]');
			if (general && general.offsetParent !== null && getComputedStyle(general).visibility !== 'hidden') seen.general = true;
		};
		new MutationObserver(look).observe(document, { childList: true, subtree: true });
		const frame = () => {
			look();
			if (document.readyState !== 'complete') requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await page.goto('/en/get-help/?problem=late&buyer=uk&seller=cn&platform=jd&payment=paypal&q=plan');
	await page.locator('#help-plan-title').waitFor();
	expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({ nojs: false, general: false });
	// The page itself opens on the first question: the general plan is never painted on the way.
	await page.goto('/en/get-help/');
	expect(await legend(page)).toBe('What happened?');
	expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({ nojs: false, general: false });
	expect(await page.locator('.nojs').count()).toBe(0);
});

test('the page opens on the first question, with the general plan one link away (and back)', async () => {
	const { page, problems } = await fresh();
	await page.goto('/zh-cn/get-help/');
	expect(await legend(page)).toBe('发生了什么？');
	expect(await page.locator('[data-screen] .progress').innerText()).toBe('第 1 题，共 5 题');
	expect(await page.locator('[data-general]').isHidden()).toBe(true);
	expect(await page.locator('[data-evidence]').isHidden()).toBe(true);
	const link = page.getByRole('link', { name: '还说不清？先看通用计划' });
	expect(await link.getAttribute('href')).toBe('?q=general');
	await link.click();
	expect(await page.locator('[data-general]').isVisible()).toBe(true);
	expect(await page.locator('[data-general] ol.plan > li').count()).toBeGreaterThanOrEqual(2);
	expect(await page.locator('[data-screen] legend').count()).toBe(0);
	expect(new URL(page.url()).search).toBe('?q=general');
	// Back returns to the question; a link to the general plan opens it; its button starts the questions.
	await page.goBack();
	expect(await legend(page)).toBe('发生了什么？');
	await page.goto('/en/get-help/?q=general');
	expect(await page.locator('[data-general]').isVisible()).toBe(true);
	await page.locator('[data-start]').click();
	expect(await legend(page)).toBe('What happened?');
	expect(problems.consoleErrors).toEqual([]);
});

test.each(['light', 'dark'] as const)('axe finds no violations on a question and on a plan (%s)', async (theme) => {
	const { page } = await fresh({ colorScheme: theme });
	await page.goto('/zh-cn/get-help/?q=problem');
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/en/get-help/?problem=not-as-described&buyer=eu&seller=cn&platform=taobao-tmall&payment=paypal&paid=2026-11-01&expected=2026-11-15&q=plan');
	// A step ticked off: its title dimmed, still readable.
	await page.locator('[data-screen] input[data-done]').first().check();
	expect(await axeViolations(page)).toEqual([]);
});
