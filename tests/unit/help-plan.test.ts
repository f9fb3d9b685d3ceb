import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { answersFor, answerValues, asksSeller, readAnswers, SCAMS, SCREENS, screensFor, showsPurchaseEvidence, type Answers } from '../../src/help/answers.ts';
import { buildPlan, caseOf, RIGHTS_PAGES, urgentOf, type BodyRule } from '../../src/help/plan.ts';
import { complaintBody } from '../../src/schemas/complaint-body.ts';
import { canTake, euCountries } from '../../src/complaints/routing.ts';
import { platforms, resolvedSteps, steps } from '../help-steps.ts';
import { resolveStep } from '../../src/help/platform-steps.ts';
import { helpStep } from '../../src/schemas/help.ts';

// The real content: every step and every complaint body.
const bodies: BodyRule[] = readdirSync('content/complaint-bodies').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...complaintBody.parse(load(readFileSync(`content/complaint-bodies/${f}`, 'utf8'))) }));
const today = '2026-11-22';
const plan = (answers: Answers) => buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', paid: '2026-11-01', expected: '2026-11-15', ...answers }, steps, bodies, today);
const ids = (answers: Answers) => plan(answers).steps.map((s) => s.id);
const deadline = (answers: Answers, id: string) => plan(answers).steps.find((s) => s.id === id)?.deadline;

describe('every problem × every payment method gives a plan', () => {
	const problems = answerValues.problem;
	const payments = answerValues.payment;
	/** The right first step: secure and save for scams, the seller for purchase problems, check the charge or the message first. */
	const FIRST: Record<string, readonly string[]> = {
		'customs-charge': ['check-customs-charge'],
		'seller-account': ['secure-seller-account'],
		trademark: ['trademark-check'],
		'fee-message': ['fee-message-check'],
		'dispute-refused': ['dispute-refused-reasons'],
		'account-hacked': ['account-hacked-secure'],
		'investment-scam': ['investment-stop'],
	};
	/** Short plans: check, then ask (customs, sellers); a refused dispute with no ombudsman for the way of paying. */
	const SHORT = ['customs-charge', 'seller-account', 'dispute-refused'];
	test.each(problems.flatMap((problem) => payments.map((payment) => [problem, payment] as const)))('%s, paid by %s', (problem, payment) => {
		const result = plan({ problem, payment });
		expect(result.general).toBe(false);
		expect(result.steps.length).toBeGreaterThanOrEqual(SHORT.includes(problem) ? 2 : 3);
		const first = result.steps[0]!.id;
		if (Object.hasOwn(FIRST, problem)) expect(FIRST[problem]).toContain(first);
		else if (SCAMS.includes(problem)) expect(['stop-and-save', 'phishing-secure', 'off-platform']).toContain(first);
		// Paid by gift card or crypto: the issuer or exchange first, at once, to freeze what is left.
		else expect(first).toBe(payment === 'gift-card-crypto' ? 'gift-card-crypto' : 'contact-seller');
		// Scams always end with the police; purchase problems with a consumer body.
		if (SCAMS.includes(problem)) expect(result.steps.at(-1)!.id).toMatch(/^police/);
		if (['not-delivered', 'late', 'not-as-described', 'refund-refused'].includes(problem)) expect(result.steps.map((s) => s.id)).toContain('consumer-body');
		// Steps are in order and none repeats.
		expect(new Set(result.steps.map((s) => s.id)).size).toBe(result.steps.length);
	});
});

describe('deadlines from the real content', () => {
	test('PayPal, never delivered, paid 2026-11-01: dispute by 2027-04-30 (180 days after payment)', () => {
		expect(deadline({ problem: 'not-delivered', payment: 'paypal' }, 'paypal-not-received')).toMatchObject({ date: '2027-04-30', basis: { days: 180, from: 'payment' }, status: 'open' });
	});
	test('PayPal, not as described, delivered 2026-11-15: 30 days after delivery (2026-12-15) comes first', () => {
		expect(deadline({ problem: 'not-as-described', payment: 'paypal' }, 'paypal-not-as-described')).toMatchObject({ date: '2026-12-15', basis: { days: 30, from: 'delivery' } });
	});
	test('card chargeback, paid 2026-11-01: 120 days = 2027-03-01, marked as varying (the safe date)', () => {
		expect(deadline({ problem: 'late', payment: 'credit-card' }, 'card-chargeback')).toMatchObject({ date: '2027-03-01', varies: true });
		expect(deadline({ problem: 'late', payment: 'debit-card' }, 'card-chargeback')).toMatchObject({ date: '2027-03-01', varies: true });
	});
	test('China’s seven-day return from a Chinese seller, delivered 2026-11-15: by 2026-11-22, today — “soon”, 0 days left', () => {
		expect(deadline({ problem: 'not-as-described', payment: 'alipay' }, 'seven-day-return')).toMatchObject({ date: '2026-11-22', status: 'soon', daysLeft: 0 });
		// Not for a seller outside China.
		expect(ids({ problem: 'not-as-described', payment: 'alipay', seller: 'us' })).not.toContain('seven-day-return');
	});
	test('a deadline counted from a date the reader did not give says which date it needs', () => {
		expect(buildPlan({ problem: 'not-delivered', payment: 'paypal', buyer: 'uk' }, steps, bodies, today).steps.find((s) => s.id === 'paypal-not-received')?.deadline).toMatchObject({ status: 'needs-date' });
	});
});

describe('who can help', () => {
	test('a UK buyer and a Chinese seller: UK bodies first, then China’s 12315', () => {
		const found = plan({ problem: 'not-delivered', payment: 'paypal' }).bodies;
		expect(found[0]).toMatch(/^uk-/);
		expect(found.indexOf('cn-12315')).toBeGreaterThan(0);
		// Scam reporting lines are for scams.
		expect(found).not.toContain('uk-report-fraud');
	});
	test('a scam against an Australian buyer: Scamwatch and international reporting, not the seller’s consumer bodies', () => {
		const found = plan({ problem: 'fake-shop', payment: 'debit-card', buyer: 'au' }).bodies;
		expect(found).toContain('au-scamwatch');
		expect(found).not.toContain('cn-12315');
	});
	test('the police step fits where the buyer lives: 110/96110 in mainland China, the local police elsewhere', () => {
		expect(ids({ problem: 'phishing', payment: 'alipay', buyer: 'cn' })).toContain('police-china');
		expect(ids({ problem: 'phishing', payment: 'alipay', buyer: 'uk' })).toContain('police');
	});
	test('every place a buyer can choose gets a police step for every scam', () => {
		for (const buyer of answerValues.buyer) {
			for (const problem of SCAMS) {
				const police = ids({ problem: problem as NonNullable<Answers['problem']>, payment: 'debit-card', buyer }).filter((id) => id.startsWith('police'));
				// In mainland China an investment or task scam calls 110 at once, for the urgent stop (紧急止付), not at the end.
				const china = problem === 'investment-scam' ? 'police-china-urgent' : 'police-china';
				expect(police, `${buyer}, ${problem}`).toEqual([buyer === 'cn' ? china : 'police']);
			}
		}
	});
});

// Real cases, with the bodies in the order the plan lists them (src/help/plan.ts: for a scam the
// fraud line where the buyer lives; bodies for the buyer's place; for the seller's or platform's
// place; the ombudsman for the way of paying; then bodies for anyone anywhere).
describe('who can help: real cases', () => {
	const bodiesOf = (answers: Answers) => plan(answers).bodies;

	test('a buyer in Germany, a seller in China, AliExpress, PayPal: never ECC-Net or the EU’s ADR bodies, which take only traders in the EU', () => {
		expect(bodiesOf({ buyer: 'de', seller: 'cn', problem: 'not-delivered', payment: 'paypal' })).toEqual([
			'de-verbraucherzentrale', // advice where the buyer lives
			'cn-12315', // the seller's place: complaints…
			'cn-cca', // …then mediation
			'eu-fin-net', // if PayPal turns the dispute down
			'intl-econsumer', // anyone, cross-border
		]);
	});

	test('“another EU country” and a seller in China: the same, without a national body', () => {
		expect(bodiesOf({ buyer: 'eu', seller: 'cn', problem: 'refund-refused', payment: 'credit-card' })).toEqual(['cn-12315', 'cn-cca', 'eu-fin-net', 'intl-econsumer']);
	});

	test('no EU buyer of a seller outside the EU is ever sent to ECC-Net or the ADR bodies, and every EU buyer of an EU seller elsewhere is', () => {
		for (const buyer of ['eu', 'de', 'fr', 'es', 'it', 'nl'] as const) {
			for (const seller of ['cn', 'hk', 'uk', 'us', 'other', 'unknown'] as const) {
				const found = bodiesOf({ buyer, seller, problem: 'not-as-described', payment: 'paypal' });
				expect(found, `${buyer} → ${seller}`).not.toContain('eu-ecc-net');
				expect(found, `${buyer} → ${seller}`).not.toContain('eu-adr-bodies');
			}
			const abroad = buyer === 'fr' ? 'de' : 'fr';
			expect(bodiesOf({ buyer, seller: abroad, problem: 'not-as-described', payment: 'paypal' }), `${buyer} → ${abroad}`).toContain('eu-ecc-net');
		}
		// ECC-Net takes only cross-border cases: a German buyer of a German seller goes to the ADR bodies instead.
		const home = bodiesOf({ buyer: 'de', seller: 'de', problem: 'not-as-described', payment: 'paypal' });
		expect(home).not.toContain('eu-ecc-net');
		expect(home).toContain('eu-adr-bodies');
	});

	test('a UK buyer and a UK seller: Citizens Advice, then the Financial Ombudsman for the card; nothing only for cross-border cases', () => {
		expect(bodiesOf({ buyer: 'uk', seller: 'uk', platform: 'independent-site', problem: 'not-as-described', payment: 'credit-card' })).toEqual([
			'uk-citizens-advice',
			'uk-financial-ombudsman',
		]);
	});

	test('a UK buyer and a seller in China: UKICC (traders abroad) first, then Citizens Advice, China’s bodies, the ombudsman, econsumer.gov', () => {
		expect(bodiesOf({ buyer: 'uk', seller: 'cn', problem: 'not-delivered', payment: 'paypal' })).toEqual([
			'uk-ukicc',
			'uk-citizens-advice',
			'cn-12315',
			'cn-cca',
			'uk-financial-ombudsman',
			'intl-econsumer',
		]);
	});

	test('a buyer in mainland China and a Tmall Global shop based abroad: 12315 and the consumer associations reach it through the platform', () => {
		expect(bodiesOf({ buyer: 'cn', seller: 'other', platform: 'taobao-tmall', problem: 'not-as-described', payment: 'alipay' })).toEqual(['cn-12315', 'cn-cca']);
		expect(bodiesOf({ buyer: 'cn', seller: 'us', platform: 'jd', problem: 'refund-refused', payment: 'wechat-pay' })).toEqual(['cn-12315', 'cn-cca', 'intl-econsumer']);
		// The same shop's own website, outside the mainland platforms: 12315 cannot reach it.
		expect(bodiesOf({ buyer: 'cn', seller: 'us', platform: 'independent-site', problem: 'refund-refused', payment: 'credit-card' })).toEqual(['intl-econsumer']);
	});

	test('a US buyer and a seller in China, by credit card: the card chargeback comes before any body; then FTC and IC3 reporting, China’s bodies, the CFPB', () => {
		const result = plan({ buyer: 'us', seller: 'cn', platform: 'temu', problem: 'not-delivered', payment: 'credit-card' });
		const steps = result.steps.map((s) => s.id);
		expect(steps.indexOf('card-chargeback')).toBeGreaterThan(-1);
		expect(steps.indexOf('card-chargeback')).toBeLessThan(steps.indexOf('consumer-body'));
		expect(result.bodies).toEqual(['us-ftc-reportfraud', 'us-ic3', 'cn-12315', 'cn-cca', 'us-cfpb', 'intl-econsumer']);
	});

	test('a scam: the fraud line where the buyer lives comes first; payment ombudsmen only for the ways of paying they cover', () => {
		expect(bodiesOf({ buyer: 'uk', seller: 'unknown', platform: 'independent-site', problem: 'fake-shop', payment: 'bank-transfer' })[0]).toBe('uk-report-fraud');
		expect(bodiesOf({ buyer: 'cn', seller: 'unknown', platform: 'wechat-shop', problem: 'off-platform', payment: 'wechat-pay' })[0]).toBe('cn-96110');
		expect(bodiesOf({ buyer: 'uk', seller: 'unknown', problem: 'phishing', payment: 'gift-card-crypto' })).not.toContain('uk-financial-ombudsman');
	});

	test('Macao, Taiwan and Hong Kong sellers reach their own consumer bodies', () => {
		expect(bodiesOf({ buyer: 'cn', seller: 'mo', platform: 'independent-site', problem: 'refund-refused', payment: 'alipay' })).toContain('mo-consumer-council');
		expect(bodiesOf({ buyer: 'cn', seller: 'tw', platform: 'independent-site', problem: 'refund-refused', payment: 'alipay' })).toContain('tw-consumer-protection');
		expect(bodiesOf({ buyer: 'uk', seller: 'hk', platform: 'independent-site', problem: 'refund-refused', payment: 'paypal' })).toContain('hk-consumer-council');
	});
});

describe('buyers and sellers in every EU country, Iceland and Norway', () => {
	const bodiesOf = (answers: Answers) => plan(answers).bodies;
	const eea = [...euCountries];
	const outside = ['cn', 'hk', 'mo', 'tw', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'other', 'unknown'] as const;

	test('each is a buyer and seller answer of its own; links made with "eu" still open (now: another EU or EEA country, or not sure which)', () => {
		for (const code of eea) {
			expect(answerValues.buyer, code).toContain(code);
			expect(answerValues.seller, code).toContain(code);
		}
		expect(readAnswers(new URLSearchParams('problem=late&buyer=eu&seller=pl'), today).answers).toEqual({ problem: 'late', buyer: 'eu', seller: 'pl' });
		expect(readAnswers(new URLSearchParams('buyer=pl&seller=se'), today).notices.rejected).toEqual([]);
	});

	test('a buyer in one of them with a seller in another: ECC-Net first, then the ADR bodies (every pair)', () => {
		for (const buyer of [...eea, 'eu'] as const)
			for (const seller of eea.filter((s) => s !== buyer)) {
				const found = bodiesOf({ buyer, seller, platform: 'independent-site', problem: 'not-as-described', payment: 'paypal' });
				expect(found[0], `${buyer} → ${seller}`).toBe('eu-ecc-net');
				expect(found, `${buyer} → ${seller}`).toContain('eu-adr-bodies');
			}
	});

	test('buyer and seller in the same one: the ADR bodies (or the national body first, where the directory has one), never ECC-Net', () => {
		for (const place of eea) {
			const found = bodiesOf({ buyer: place, seller: place, platform: 'other', problem: 'refund-refused', payment: 'debit-card' });
			expect(found, place).not.toContain('eu-ecc-net');
			expect(found, place).toContain('eu-adr-bodies');
		}
		expect(bodiesOf({ buyer: 'pl', seller: 'pl', platform: 'other', problem: 'refund-refused', payment: 'debit-card' })).toEqual(['eu-adr-bodies', 'eu-fin-net']);
	});

	test('a seller outside them: never ECC-Net or the ADR bodies; a seller in China reaches 12315 first', () => {
		for (const buyer of eea)
			for (const seller of outside) {
				const found = bodiesOf({ buyer, seller, platform: 'independent-site', problem: 'not-delivered', payment: 'credit-card' });
				expect(found, `${buyer} → ${seller}`).not.toContain('eu-ecc-net');
				expect(found, `${buyer} → ${seller}`).not.toContain('eu-adr-bodies');
			}
		expect(bodiesOf({ buyer: 'se', seller: 'cn', platform: 'aliexpress', problem: 'not-as-described', payment: 'paypal' })).toEqual(['cn-12315', 'cn-cca', 'eu-fin-net', 'intl-econsumer']);
		// A buyer in mainland China of a shop in Poland: only econsumer.gov can take it (the EU bodies help buyers there, not abroad).
		expect(bodiesOf({ buyer: 'cn', seller: 'pl', platform: 'independent-site', problem: 'not-delivered', payment: 'alipay' })).toEqual(['intl-econsumer']);
	});

	test('every listed body can take the case, for every pair of places (a body that cannot is never listed)', () => {
		const allPlaces = [...answerValues.buyer];
		for (const buyer of allPlaces)
			for (const seller of [...answerValues.seller]) {
				const answers: Answers = { buyer, seller, platform: 'independent-site', problem: 'not-as-described', payment: 'credit-card' };
				const found = caseOf(answers);
				for (const id of bodiesOf(answers)) expect(canTake(bodies.find((b) => b.id === id)!, found), `${buyer} → ${seller}: ${id}`).toBe(true);
			}
	});

	test('the steps for places read "eu" as every EU country, Iceland and Norway: police, the fee-message report, the ombudsman', () => {
		for (const buyer of ['pl', 'se', 'ie', 'no', 'is'] as const) {
			expect(ids({ buyer, seller: 'unknown', platform: 'independent-site', problem: 'fake-shop', payment: 'credit-card' }), buyer).toContain('police');
			expect(ids({ buyer, problem: 'fee-message' }), buyer).toContain('report-message');
			expect(ids({ buyer, seller: 'cn', problem: 'dispute-refused', payment: 'credit-card' }), buyer).toContain('ombudsman');
		}
	});
});

describe('your rights where the buyer lives', () => {
	test('each place with a rights page gets it; EU countries, Iceland and Norway share the EU page; Macao, Taiwan and elsewhere get none', () => {
		const expected: Record<string, string | undefined> = { cn: 'cn', hk: 'hk', mo: undefined, tw: undefined, eu: 'eu', ...Object.fromEntries(euCountries.map((c) => [c, 'eu'])), uk: 'uk', us: 'us', ca: 'ca', au: 'au', nz: 'nz', jp: 'jp', kr: 'kr', sg: 'sg', other: undefined };
		expect(Object.keys(expected)).toEqual([...answerValues.buyer]);
		expect([expected.pl, expected.se, expected.is, expected.no]).toEqual(['eu', 'eu', 'eu', 'eu']);
		for (const buyer of answerValues.buyer) {
			expect(plan({ problem: 'not-delivered', payment: 'paypal', buyer }).rights, buyer).toBe(expected[buyer]);
			expect(plan({ problem: 'fake-shop', payment: 'debit-card', buyer }).rights, buyer).toBe(expected[buyer]);
		}
	});
	test('not for a seller’s problems or a fee message, nor when the buyer’s place is not given', () => {
		expect(plan({ problem: 'seller-account', buyer: 'uk' }).rights).toBeUndefined();
		expect(plan({ problem: 'trademark', buyer: 'uk' }).rights).toBeUndefined();
		expect(plan({ problem: 'fee-message', buyer: 'uk' }).rights).toBeUndefined();
		expect(buildPlan({ problem: 'late' }, steps, bodies, today).rights).toBeUndefined();
	});
	test('every rights page the plan can link exists in both languages', () => {
		for (const region of new Set(Object.values(RIGHTS_PAGES))) {
			for (const locale of ['en', 'zh-cn']) expect(['md', 'mdx'].some((ext) => existsSync(`content/docs/${locale}/rights/${region}.${ext}`)), `${locale}/rights/${region}`).toBe(true);
		}
	});
});

test('letters follow the steps: seller, payment dispute, consumer body for a PayPal purchase that never came', () => {
	expect(plan({ problem: 'not-delivered', payment: 'paypal' }).letters).toEqual(['seller', 'payment', 'consumer-body']);
});

test('no answers: the general plan, never empty', () => {
	const general = buildPlan({}, steps, bodies, today);
	expect(general.general).toBe(true);
	expect(general.steps.map((s) => s.id)).toEqual(['contact-seller', 'payment-other', 'consumer-body']);
});

describe('a problem asks only the questions that apply to it', () => {
	test('the checklist of purchase evidence (listing, chat, unboxing video) comes with problems about something bought, not with a fee message, a hacked account, an investment scam, a seller account or a trademark', () => {
		expect(answerValues.problem.filter((p) => !showsPurchaseEvidence(p))).toEqual(['fee-message', 'account-hacked', 'investment-scam', 'seller-account', 'trademark']);
		for (const problem of ['not-delivered', 'not-as-described', 'refund-refused', 'dispute-refused', 'fake-shop', 'off-platform', 'customs-charge']) expect(showsPurchaseEvidence(problem), problem).toBe(true);
		expect(showsPurchaseEvidence(undefined)).toBe(true);
	});
	test('before a problem is chosen, and for purchase problems and most scams, every screen', () => {
		expect(screensFor(undefined)).toEqual([...SCREENS]);
		for (const problem of ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'fake-shop', 'phishing', 'off-platform']) expect(screensFor(problem), problem).toEqual([...SCREENS]);
	});
	test('a fee message and a hacked account: the problem and where you live, not the seller, platform, payment or dates', () => {
		for (const problem of ['fee-message', 'account-hacked']) {
			expect(screensFor(problem), problem).toEqual(['problem', 'where']);
			expect(asksSeller(problem), problem).toBe(false);
		}
		expect(asksSeller('not-delivered')).toBe(true);
		expect(asksSeller(undefined)).toBe(true);
	});
	test('a refused dispute asks where and how you paid; a customs charge where; a seller’s account the platform; a trademark nothing more', () => {
		expect(screensFor('dispute-refused')).toEqual(['problem', 'where', 'payment']);
		expect(screensFor('customs-charge')).toEqual(['problem', 'where']);
		expect(screensFor('seller-account')).toEqual(['problem', 'platform']);
		expect(screensFor('trademark')).toEqual(['problem']);
	});
	test('every screen list starts with the problem and keeps the order of SCREENS; an unknown problem asks everything', () => {
		for (const problem of answerValues.problem) {
			const screens = screensFor(problem);
			expect(screens[0]).toBe('problem');
			expect(screens).toEqual(SCREENS.filter((s) => screens.includes(s)));
		}
		expect(screensFor('__proto__')).toEqual([...SCREENS]);
		expect(screensFor('nonsense')).toEqual([...SCREENS]);
	});
	test('answers left from another problem are dropped, so they change nothing in the plan', () => {
		const full: Answers = { problem: 'fee-message', buyer: 'uk', seller: 'cn', platform: 'aliexpress', payment: 'paypal', paid: '2026-11-01', expected: '2026-11-15' };
		expect(answersFor(full)).toEqual({ problem: 'fee-message', buyer: 'uk' });
		expect(answersFor({ ...full, problem: 'dispute-refused' })).toEqual({ problem: 'dispute-refused', buyer: 'uk', seller: 'cn', payment: 'paypal' });
		expect(answersFor({ ...full, problem: 'trademark' })).toEqual({ problem: 'trademark' });
		expect(answersFor({ ...full, problem: 'not-delivered' })).toEqual({ ...full, problem: 'not-delivered' });
		expect(buildPlan(full, steps, bodies, today)).toEqual(buildPlan({ problem: 'fee-message', buyer: 'uk' }, steps, bodies, today));
	});
});

describe('the new problems', () => {
	test('a UK buyer with a fake customs-fee text: check with the carrier first, then what to do if paid, then 7726; the UK fraud line; no purchase steps', () => {
		const result = plan({ problem: 'fee-message', buyer: 'uk' });
		expect(result.steps.map((s) => s.id)).toEqual(['fee-message-check', 'fee-message-paid', 'report-message-uk']);
		expect(result.bodies[0]).toBe('uk-report-fraud');
		expect(result.bodies).not.toContain('uk-financial-ombudsman');
		expect(result.crime).toBe(false);
		expect(result.rights).toBeUndefined();
		expect(result.letters).toEqual([]);
	});
	test('a fee message reaches the reporting step for where the reader lives', () => {
		const report = (buyer: NonNullable<Answers['buyer']>) => plan({ problem: 'fee-message', buyer }).steps.map((s) => s.id).filter((id) => id.startsWith('report-message'));
		expect(report('us')).toEqual(['report-message-us']);
		expect(report('au')).toEqual(['report-message-au']);
		expect(report('ca')).toEqual(['report-message-ca']);
		expect(report('cn')).toEqual(['report-message-cn']);
		for (const buyer of ['hk', 'mo', 'tw', 'de', 'fr', 'es', 'it', 'nl', 'eu', 'nz', 'jp', 'kr', 'sg', 'other'] as const) expect(report(buyer), buyer).toEqual(['report-message']);
		expect(plan({ problem: 'fee-message', buyer: 'cn' }).bodies).toEqual(['cn-96110']);
	});
	test('a hacked account: the email first, then the platform and the bank, then the police; a crime', () => {
		const result = plan({ problem: 'account-hacked', buyer: 'uk' });
		expect(result.steps.map((s) => s.id)).toEqual(['account-hacked-secure', 'account-hacked-platform', 'account-hacked-bank', 'police']);
		expect(result.crime).toBe(true);
		expect(result.bodies[0]).toBe('uk-report-fraud');
		expect(result.bodies).toContain('uk-financial-ombudsman');
		expect(plan({ problem: 'account-hacked', buyer: 'cn' }).steps.at(-1)!.id).toBe('police-china');
	});
	test('a refused dispute for a UK card payer: reasons, the next round and Section 75, a complaint, the ombudsman; the Financial Ombudsman Service first', () => {
		const result = plan({ problem: 'dispute-refused', buyer: 'uk', payment: 'credit-card' });
		expect(result.steps.map((s) => s.id)).toEqual(['dispute-refused-reasons', 'dispute-refused-card', 'dispute-refused-complain', 'ombudsman']);
		expect(result.bodies[0]).toBe('uk-financial-ombudsman');
		expect(result.bodies).not.toContain('uk-citizens-advice');
	});
	test('a refused dispute lists the ombudsman for the buyer’s place and way of paying', () => {
		const first = (buyer: NonNullable<Answers['buyer']>, payment: NonNullable<Answers['payment']>) => plan({ problem: 'dispute-refused', buyer, payment }).bodies;
		expect(first('au', 'debit-card')).toEqual(['au-afca']);
		expect(first('us', 'paypal')).toEqual(['us-cfpb']);
		expect(first('de', 'credit-card')).toEqual(['eu-fin-net']);
		expect(first('ca', 'credit-card')).toEqual(['ca-obsi']);
		expect(first('hk', 'bank-transfer')).toEqual(['hk-fdrc']);
		expect(first('sg', 'debit-card')).toEqual(['sg-fidrec']);
		expect(first('nz', 'credit-card')).toEqual(['nz-banking-ombudsman']);
		// PayPal: the appeal within 10 days comes before the complaint.
		const paypal = plan({ problem: 'dispute-refused', buyer: 'uk', payment: 'paypal' }).steps.map((s) => s.id);
		expect(paypal.indexOf('dispute-refused-paypal')).toBeLessThan(paypal.indexOf('dispute-refused-complain'));
	});
	test('a refused dispute in mainland China: 12378 and 12363 instead of an ombudsman the directory does not have', () => {
		const result = plan({ problem: 'dispute-refused', buyer: 'cn', payment: 'alipay' });
		expect(result.steps.map((s) => s.id)).toEqual(['dispute-refused-reasons', 'dispute-refused-complain', 'dispute-refused-cn']);
		expect(result.bodies).toEqual([]);
	});
	test('someone registered my trademark: the register and its dates, the evidence, then the routes; no buyer’s bodies or rights', () => {
		const result = buildPlan({ problem: 'trademark' }, steps, bodies, today);
		expect(result.steps.map((s) => s.id)).toEqual(['trademark-check', 'trademark-evidence', 'trademark-act']);
		expect(result.bodies).toEqual([]);
		expect(result.general).toBe(false);
		expect(result.crime).toBe(false);
	});
});

describe('the Chinese domestic path: a fake sold as genuine', () => {
	const cn: Answers = { problem: 'not-as-described', buyer: 'cn', seller: 'cn', platform: 'taobao-tmall', payment: 'alipay' };
	test('a Chinese buyer with a fake from a Chinese shop gets 退一赔三 after the seven-day return (its 7 days run out first), and 12315', () => {
		const result = plan(cn);
		const ids = result.steps.map((s) => s.id);
		expect(ids).toContain('refund-one-compensate-three');
		expect(ids.indexOf('refund-one-compensate-three')).toBeGreaterThan(ids.indexOf('seven-day-return'));
		expect(ids.indexOf('refund-one-compensate-three')).toBeGreaterThan(ids.indexOf('platform-taobao-tmall'));
		expect(result.bodies[0]).toBe('cn-12315');
	});
	test('a WeChat daigou in mainland China, paid by WeChat Pay: the same step', () => {
		expect(plan({ ...cn, platform: 'wechat-shop', payment: 'wechat-pay' }).steps.map((s) => s.id)).toContain('refund-one-compensate-three');
	});
	test('a shop on a Chinese platform whose place the buyer does not know counts as the platform’s', () => {
		expect(plan({ ...cn, seller: 'unknown', platform: 'jd' }).steps.map((s) => s.id)).toContain('refund-one-compensate-three');
		expect(plan({ ...cn, seller: 'unknown', platform: 'independent-site' }).steps.map((s) => s.id)).not.toContain('refund-one-compensate-three');
	});
	test('not for a buyer outside mainland China, a seller abroad on its own site, or another problem', () => {
		expect(plan({ ...cn, buyer: 'uk', platform: 'aliexpress' }).steps.map((s) => s.id)).not.toContain('refund-one-compensate-three');
		expect(plan({ ...cn, seller: 'us', platform: 'independent-site' }).steps.map((s) => s.id)).not.toContain('refund-one-compensate-three');
		expect(plan({ ...cn, problem: 'late' }).steps.map((s) => s.id)).not.toContain('refund-one-compensate-three');
	});
});

// The top of the plan: today's one thing and the nearest deadline, on the day this was written.
describe('the urgent thing first (urgentOf)', () => {
	const on = '2026-12-07';
	const urgent = (answers: Answers) => urgentOf(buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', ...answers }, steps, bodies, on))!;

	test('paid 2026-09-19 by PayPal, never arrived: the PayPal dispute closes on 2027-03-18, 101 days away — today, write to the seller (step 1)', () => {
		expect(urgent({ problem: 'not-delivered', payment: 'paypal', paid: '2026-09-19', expected: '2026-10-10' })).toEqual({
			today: 'contact-seller',
			todayNumber: 1,
			reason: 'first',
			deadline: { step: 'paypal-not-received', date: '2027-03-18', daysLeft: 101, status: 'open' },
			needs: [],
		});
	});

	test('PayPal, not as described, paid 2026-11-01 and delivered 2026-11-15: the dispute closes on 2026-12-15, 8 days away, so it comes before writing to the seller', () => {
		const found = urgent({ problem: 'not-as-described', payment: 'paypal', seller: 'us', paid: '2026-11-01', expected: '2026-11-15' });
		expect(found).toMatchObject({ today: 'paypal-not-as-described', reason: 'soon', deadline: { step: 'paypal-not-as-described', date: '2026-12-15', daysLeft: 8, status: 'soon' } });
		expect(found.todayNumber).toBeGreaterThan(1);
	});

	test('a Chinese seller, delivered 2026-12-03: the seven-day return ends 2026-12-10 (3 days) — before the PayPal dispute (2027-01-02) and before writing to the seller', () => {
		expect(urgent({ problem: 'not-as-described', payment: 'paypal', paid: '2026-11-20', expected: '2026-12-03' })).toMatchObject({
			today: 'seven-day-return',
			reason: 'soon',
			deadline: { step: 'seven-day-return', date: '2026-12-10', daysLeft: 3, status: 'soon' },
		});
	});

	test('a deadline that falls today still counts as ahead: delivered 2026-11-30, the seven-day return ends today', () => {
		expect(urgent({ problem: 'refund-refused', payment: 'alipay', expected: '2026-11-30' })).toMatchObject({ today: 'seven-day-return', deadline: { date: '2026-12-07', daysLeft: 0, status: 'soon' } });
	});

	test('a scam paid by card on 2026-08-15: the chargeback window (120 days) ends 2026-12-13, so calling the card issuer is today’s thing', () => {
		expect(urgent({ problem: 'fake-shop', payment: 'credit-card', paid: '2026-08-15' })).toMatchObject({ today: 'card-scam', reason: 'soon', deadline: { date: '2026-12-13', daysLeft: 6 } });
	});

	test('the same scam paid on 2026-09-01: 2026-12-30 is 23 days away — the first step stays first', () => {
		expect(urgent({ problem: 'fake-shop', payment: 'credit-card', paid: '2026-09-01' })).toMatchObject({ today: 'stop-and-save', todayNumber: 1, reason: 'first', deadline: { date: '2026-12-30', daysLeft: 23, status: 'open' } });
	});

	test('every deadline passed (card, paid 2025-01-10): the one that passed is shown, and the first step stays first', () => {
		expect(urgent({ problem: 'not-delivered', payment: 'credit-card', paid: '2025-01-10' })).toMatchObject({
			today: 'contact-seller',
			reason: 'first',
			deadline: { step: 'card-chargeback', date: '2025-05-10', daysLeft: -576, status: 'past' },
		});
	});

	test('no dates given: no deadline, and the summary knows which date each deadline needs', () => {
		const found = urgent({ problem: 'not-as-described', payment: 'paypal' });
		expect(found.deadline).toBeUndefined();
		expect(found.today).toBe('contact-seller');
		expect(found.needs).toEqual([
			{ step: 'seven-day-return', dates: ['delivery'] },
			{ step: 'paypal-not-as-described', dates: ['payment', 'delivery'] },
		]);
		// Only the payment date given: the PayPal window still needs the delivery date.
		expect(urgent({ problem: 'not-as-described', payment: 'paypal', seller: 'us', paid: '2026-11-01' }).needs).toEqual([{ step: 'paypal-not-as-described', dates: ['delivery'] }]);
	});

	test('a plan with no dated deadline at all (customs charge): the first step, nothing needed', () => {
		expect(urgent({ problem: 'customs-charge', payment: 'paypal' })).toEqual({ today: 'check-customs-charge', todayNumber: 1, reason: 'first', needs: [] });
	});

	test('a step ticked off is skipped: the seven-day return (3 days left) done, today goes back to step 1 and the nearest deadline is the PayPal dispute’s, 26 days away', () => {
		const answers: Answers = { problem: 'not-as-described', payment: 'paypal', paid: '2026-11-20', expected: '2026-12-03' };
		const result = buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', ...answers }, steps, bodies, on);
		expect(urgentOf(result)!.today).toBe('seven-day-return');
		expect(urgentOf(result, new Set(['seven-day-return']))).toMatchObject({
			today: 'contact-seller',
			reason: 'first',
			deadline: { step: 'paypal-not-as-described', date: '2027-01-02', daysLeft: 26, status: 'open' },
		});
	});

	test('a plan with no deadline near: ticking step 1 makes step 2 today’s thing; a step of another plan ticked changes nothing', () => {
		const result = buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', problem: 'not-delivered', payment: 'paypal', paid: '2026-09-19', expected: '2026-10-10' }, steps, bodies, on);
		expect(urgentOf(result, new Set(['contact-seller']))).toMatchObject({ today: 'platform-aliexpress', todayNumber: 2, reason: 'first' });
		expect(urgentOf(result, new Set(['trademark-check']))).toMatchObject({ today: 'contact-seller', todayNumber: 1 });
	});

	test('every step ticked: no today step, no deadline, nothing needed', () => {
		const result = buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', problem: 'not-as-described', payment: 'paypal' }, steps, bodies, on);
		const found = urgentOf(result, new Set(result.steps.map((s) => s.id)))!;
		expect(found.today).toBeUndefined();
		expect(found.todayNumber).toBe(0);
		expect(found.deadline).toBeUndefined();
		expect(found.needs).toEqual([]);
	});

	test('every problem × payment has a today step from the plan', () => {
		for (const problem of answerValues.problem) {
			for (const payment of answerValues.payment) {
				const result = buildPlan({ buyer: 'uk', seller: 'cn', problem, payment, paid: '2026-11-30', expected: '2026-12-05' }, steps, bodies, on);
				const found = urgentOf(result)!;
				expect(result.steps[found.todayNumber - 1]!.id).toBe(found.today);
			}
		}
	});
});

describe('issue 19: the new platforms and payments', () => {
	const on = '2026-12-07';
	const plan = (answers: Answers) => buildPlan(answers, steps, bodies, on);
	const ids = (answers: Answers) => plan(answers).steps.map((s) => s.id);

	test('every new platform has its own step, for every purchase problem', () => {
		const own: Record<string, string> = {
			shein: 'platform-shein',
			'tiktok-shop': 'platform-tiktok-shop',
			douyin: 'platform-douyin',
			'tmall-global': 'platform-tmall-global',
			'jd-worldwide': 'platform-jd-worldwide',
			xianyu: 'platform-xianyu',
			'wechat-daigou': 'platform-wechat-daigou',
		};
		for (const [platform, step] of Object.entries(own)) {
			for (const problem of ['not-delivered', 'late', 'not-as-described', 'refund-refused'] as const) {
				expect(ids({ problem, buyer: 'cn', seller: 'cn', platform: platform as NonNullable<Answers['platform']>, payment: 'alipay' }), `${platform} ${problem}`).toContain(step);
			}
		}
	});

	test("Shein's step: the return window is Shein's own (30 days from delivery on the US site, 45 from purchase on the UK site), the earlier date, for an item not as described only", () => {
		const shein = steps.find((s) => s.id === 'platform-shein')!;
		expect(shein.deadline?.earliestOf).toEqual([
			{ days: 30, from: 'delivery' },
			{ days: 45, from: 'payment' },
		]);
		const base: Answers = { buyer: 'us', seller: 'unknown', platform: 'shein', payment: 'paypal', paid: '2026-11-01', expected: '2026-11-20' };
		// 30 days from 2026-11-20 is 2026-12-20; 45 days from 2026-11-01 is 2026-12-16: the earlier one.
		expect(plan({ ...base, problem: 'not-as-described' }).steps.find((s) => s.id === 'platform-shein')!.deadline).toMatchObject({ date: '2026-12-16', status: 'soon', varies: true });
		expect(plan({ ...base, problem: 'not-delivered' }).steps.find((s) => s.id === 'platform-shein')!.deadline).toBeUndefined();
	});

	test('a platform step reads its words from the platform file: the route and one rule, in each language, with no placeholder left', () => {
		const byId = new Map(resolvedSteps.map((s) => [s.id, s]));
		expect(byId.get('platform-shein')!.body.en).toContain(platforms['shein']!.disputeRoute.en);
		expect(byId.get('platform-jd-worldwide')!.body['zh-CN']).toContain(platforms['jd']!.deadlines.find((d) => d.id === 'jdhk-after-sales')!.text['zh-CN']);
		expect(byId.get('platform-xianyu')!.body['zh-CN']).toContain('经营者');
		for (const step of resolvedSteps) for (const text of [step.body.en, step.body['zh-CN']]) expect(text, step.id).not.toMatch(/\{\{(route|rule\.)/);
	});

	test('a platform deadline the plan cannot count is refused by name', () => {
		const step = helpStep.parse({
			order: 20,
			platform: 'jd',
			title: { en: 'x', 'zh-CN': 'x' },
			body: { en: 'x', 'zh-CN': 'x' },
			guide: '/shoppers/escalation/',
			deadline: { rules: ['jdhk-after-sales'], action: { en: 'x', 'zh-CN': 'x' } },
			lastReviewed: '2026-12-07',
			sources: [{ title: 'x', url: 'https://example.com/' }],
		});
		// JD Worldwide's 7 days count from a date its order page shows, not one the reader gives.
		expect(() => resolveStep('test-step', step, platforms)).toThrow(/test-step: rule "jdhk-after-sales"/);
		expect(() => resolveStep('test-step', { ...step, deadline: { ...step.deadline!, rules: ['no-such-rule'] } } as typeof step, platforms)).toThrow(/no rule "no-such-rule"/);
		expect(helpStep.safeParse({ ...step, platform: undefined }).success).toBe(false);
	});

	test('Xianyu: no seven-day return or 退一赔三 from a person selling second-hand; a WeChat 代购 selling fakes gets both', () => {
		const xianyu = ids({ problem: 'not-as-described', buyer: 'cn', seller: 'cn', platform: 'xianyu', payment: 'alipay', expected: '2026-12-05' });
		expect(xianyu).not.toContain('seven-day-return');
		expect(xianyu).not.toContain('refund-one-compensate-three');
		const daigou = ids({ problem: 'not-as-described', buyer: 'cn', seller: 'cn', platform: 'wechat-daigou', payment: 'wechat-transfer' });
		expect(daigou.slice(0, 5)).toEqual(['contact-seller', 'platform-wechat-daigou', 'seven-day-return', 'refund-one-compensate-three', 'wechat-transfer']);
	});

	test('a scam paid by bank transfer: the recall comes right after stopping, before reporting the seller; a late parcel paid by transfer keeps the seller first', () => {
		expect(ids({ problem: 'off-platform', buyer: 'ca', seller: 'cn', platform: 'aliexpress', payment: 'bank-transfer' }).slice(0, 3)).toEqual(['stop-and-save', 'bank-transfer', 'off-platform']);
		expect(ids({ problem: 'fake-shop', buyer: 'de', seller: 'unknown', platform: 'other', payment: 'bank-transfer' }).slice(0, 3)).toEqual(['stop-and-save', 'bank-transfer', 'report-shop']);
		expect(ids({ problem: 'late', buyer: 'au', seller: 'au', platform: 'other', payment: 'bank-transfer' }).slice(0, 3)).toEqual(['contact-seller', 'platform-other', 'bank-transfer']);
	});

	test('the new payments: UnionPay asks the issuing bank (a card scam calls it at once), buy now pay later reports to the provider, a WeChat transfer is not merchant WeChat Pay', () => {
		const buy: Answers = { problem: 'not-delivered', buyer: 'cn', seller: 'cn', platform: 'jd', paid: '2026-11-01' };
		expect(ids({ ...buy, payment: 'unionpay' })).toContain('unionpay');
		expect(ids({ problem: 'fake-shop', buyer: 'ca', seller: 'unknown', platform: 'independent-site', payment: 'unionpay' })[1]).toBe('card-scam');
		expect(ids({ ...buy, payment: 'bnpl' })).toContain('bnpl');
		expect(ids({ problem: 'fake-shop', buyer: 'au', seller: 'unknown', platform: 'tiktok-shop', payment: 'bnpl' })[1]).toBe('bnpl');
		const transfer = ids({ ...buy, payment: 'wechat-transfer' });
		expect(transfer).toContain('wechat-transfer');
		expect(transfer).not.toContain('wechat-pay');
		expect(ids({ problem: 'off-platform', buyer: 'cn', seller: 'cn', platform: 'xianyu', payment: 'wechat-transfer' }).slice(0, 2)).toEqual(['stop-and-save', 'wechat-transfer']);
	});

	test('the mainland platforms reach 12315 even when the shop is abroad (Tmall Global, JD Worldwide, Douyin)', () => {
		for (const platform of ['tmall-global', 'jd-worldwide', 'douyin'] as const) {
			expect(plan({ problem: 'not-delivered', buyer: 'cn', seller: 'us', platform, payment: 'alipay' }).bodies[0], platform).toBe('cn-12315');
		}
	});
});

describe('an investment, romance ("pig butchering", 杀猪盘) or task scam: money paid into a platform that will not let the reader withdraw', () => {
	const stepIds = (answers: Answers) => plan({ problem: 'investment-scam', ...answers }).steps.map((s) => s.id);
	test('it asks where the reader lives and how they paid, nothing about a seller, a platform or dates; a crime, with no buyer’s rights page and no letters', () => {
		expect(screensFor('investment-scam')).toEqual(['problem', 'where', 'payment']);
		expect(asksSeller('investment-scam')).toBe(false);
		expect(SCAMS).toContain('investment-scam');
		const result = plan({ problem: 'investment-scam', payment: 'bank-transfer' });
		expect(result.crime).toBe(true);
		expect(result.rights).toBeUndefined();
		// The bank-transfer step it shares with purchases carries the payment letter, which is about an order.
		expect(result.letters).toEqual([]);
		expect(result.steps.every((s) => s.deadline === undefined)).toBe(true);
	});
	test('a UK reader who paid by bank transfer: stop paying, then call the bank to recall it, keep the evidence, beware of recovery fees, then the police; Report Fraud first among who can help', () => {
		const result = plan({ problem: 'investment-scam', buyer: 'uk', payment: 'bank-transfer' });
		expect(result.steps.map((s) => s.id)).toEqual(['investment-stop', 'bank-transfer', 'investment-evidence', 'investment-recovery', 'police']);
		expect(urgentOf(result)?.today).toBe('investment-stop');
		expect(result.bodies[0]).toBe('uk-report-fraud');
		// A fraud line, not the consumer advice a purchase gets.
		expect(result.bodies).not.toContain('uk-citizens-advice');
		expect(result.bodies).not.toContain('uk-ukicc');
	});
	test('a mainland-China reader is told to call 110 right after they stop paying (the urgent stop), before the payment app, and is pointed to 96110', () => {
		const ids = stepIds({ buyer: 'cn', payment: 'alipay' });
		expect(ids).toEqual(['investment-stop', 'police-china-urgent', 'wallet-scam', 'investment-evidence', 'investment-recovery']);
		expect(ids).not.toContain('police-china');
		expect(plan({ problem: 'investment-scam', buyer: 'cn', payment: 'bank-transfer' }).bodies).toEqual(['cn-96110']);
		expect(stepIds({ buyer: 'cn', payment: 'wechat-transfer' }).slice(0, 3)).toEqual(['investment-stop', 'police-china-urgent', 'wechat-transfer']);
	});
	test('paid in crypto: the exchange or wallet is contacted second; a US reader’s fraud lines are the FTC’s and the FBI’s', () => {
		const result = plan({ problem: 'investment-scam', buyer: 'us', payment: 'gift-card-crypto' });
		expect(result.steps.map((s) => s.id).slice(0, 2)).toEqual(['investment-stop', 'gift-card-crypto']);
		expect(result.bodies.slice(0, 2).sort()).toEqual(['us-ftc-reportfraud', 'us-ic3']);
	});
	test('paid by card, PayPal, buy now pay later or another way: the step to call the bank or payment service now, and never the purchase steps', () => {
		for (const payment of ['credit-card', 'debit-card', 'unionpay', 'paypal', 'bnpl', 'other'] as const) {
			const ids = stepIds({ payment });
			expect(ids[1], payment).toBe('investment-payment');
			for (const purchase of ['contact-seller', 'card-chargeback', 'card-scam', 'paypal-scam', 'payment-other', 'consumer-body', 'stop-and-save']) expect(ids, `${payment}: ${purchase}`).not.toContain(purchase);
		}
	});
	test('every way of paying gets exactly one step to stop the money, and every plan warns about recovery fees before the police', () => {
		for (const payment of answerValues.payment) {
			const ids = stepIds({ payment });
			const money = ids.filter((id) => ['investment-payment', 'bank-transfer', 'gift-card-crypto', 'wallet-scam', 'wechat-transfer'].includes(id));
			expect(money, payment).toHaveLength(1);
			expect(ids.indexOf('investment-recovery'), payment).toBe(ids.length - 2);
		}
	});
	test('Australia and Canada: Scamwatch and the Canadian Anti-Fraud Centre first', () => {
		expect(plan({ problem: 'investment-scam', buyer: 'au', payment: 'bank-transfer' }).bodies[0]).toBe('au-scamwatch');
		expect(plan({ problem: 'investment-scam', buyer: 'ca', payment: 'bank-transfer' }).bodies[0]).toBe('ca-cafc');
	});
	test('its own steps link the romance-and-investment, task-scam or recovery-scam guide', () => {
		const own = resolvedSteps.filter((s) => s.when.problems?.length === 1 && s.when.problems[0] === 'investment-scam');
		expect(own.map((s) => s.id).sort()).toEqual(['investment-evidence', 'investment-payment', 'investment-recovery', 'investment-stop', 'police-china-urgent']);
		for (const step of own) expect(['/scams/romance-investment-scams/', '/scams/task-scams/', '/scams/recovery-and-deposit-scams/'], step.id).toContain(step.guide);
	});
	test('a link works: ?problem=investment-scam&buyer=uk&payment=bank-transfer; a place or problem the builder does not know is rejected with its notice', () => {
		const read = readAnswers(new URLSearchParams('problem=investment-scam&buyer=uk&payment=bank-transfer'), today);
		expect(read.answers).toEqual({ problem: 'investment-scam', buyer: 'uk', payment: 'bank-transfer' });
		expect(read.notices.rejected).toEqual([]);
		const wrong = readAnswers(new URLSearchParams('problem=investment-scam&buyer=gb&payment=bank-transfer'), today);
		expect(wrong.answers).toEqual({ problem: 'investment-scam', payment: 'bank-transfer' });
		expect(wrong.notices.rejected).toEqual(['buyer']);
		expect(readAnswers(new URLSearchParams('problem=pig-butchering'), today).notices.rejected).toEqual(['problem']);
	});
});

describe('scam victims in Hong Kong, Singapore and Taiwan are sent to their own anti-scam line first', () => {
	const LINES = { hk: 'hk-adcc-18222', sg: 'sg-scamshield-1799', tw: 'tw-165' } as const;
	const scams = ['fake-shop', 'phishing', 'off-platform', 'fee-message', 'account-hacked', 'investment-scam'] as const;

	test('a reader in Hong Kong who paid a fake shop is sent to the 18222 Anti-Scam Helpline first, before the consumer council', () => {
		const found = plan({ problem: 'fake-shop', buyer: 'hk', seller: 'unknown', platform: 'independent-site', payment: 'credit-card' }).bodies;
		expect(found[0]).toBe('hk-adcc-18222');
	});
	test('a reader in Singapore who gave their bank details to a phishing link is sent to the ScamShield Helpline 1799 first', () => {
		expect(plan({ problem: 'phishing', buyer: 'sg', payment: 'debit-card' }).bodies[0]).toBe('sg-scamshield-1799');
	});
	test('a reader in Taiwan caught in a romance-investment scam is sent to the 165 anti-fraud line first', () => {
		expect(plan({ problem: 'investment-scam', buyer: 'tw', payment: 'bank-transfer' }).bodies[0]).toBe('tw-165');
	});
	test('every scam, however paid, puts the line where the reader lives first', () => {
		for (const [buyer, line] of Object.entries(LINES))
			for (const problem of scams)
				for (const payment of answerValues.payment) expect(plan({ problem, buyer: buyer as keyof typeof LINES, payment }).bodies[0], `${buyer} ${problem} ${payment}`).toBe(line);
	});
	test('a line is for readers who live there: a reader in the UK or in Macau who paid a fake shop in Hong Kong is not sent to 18222', () => {
		for (const buyer of ['uk', 'mo'] as const) {
			const found = plan({ problem: 'fake-shop', buyer, seller: 'hk', platform: 'independent-site', payment: 'paypal' }).bodies;
			for (const line of Object.values(LINES)) expect(found, `${buyer}: ${line}`).not.toContain(line);
		}
	});
	test('an order that is only late or refused a refund is a dispute, not a crime: no anti-scam line', () => {
		for (const buyer of Object.keys(LINES) as (keyof typeof LINES)[])
			for (const problem of ['not-delivered', 'late', 'refund-refused', 'not-as-described'] as const) expect(plan({ problem, buyer, seller: 'cn', payment: 'paypal' }).bodies, `${buyer} ${problem}`).not.toContain(LINES[buyer]);
	});
});
