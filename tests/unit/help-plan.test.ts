import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { answerValues, SCAMS, type Answers } from '../../src/help/answers.ts';
import { buildPlan, type BodyRule, type StepRule } from '../../src/help/plan.ts';
import { complaintBody } from '../../src/schemas/complaint-body.ts';
import { helpStep } from '../../src/schemas/help.ts';

// The real content: every step and every complaint body.
const steps: StepRule[] = readdirSync('content/help/steps').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...helpStep.parse(load(readFileSync(`content/help/steps/${f}`, 'utf8'))) }));
const bodies: BodyRule[] = readdirSync('content/complaint-bodies').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...complaintBody.parse(load(readFileSync(`content/complaint-bodies/${f}`, 'utf8'))) }));
const today = '2026-11-22';
const plan = (answers: Answers) => buildPlan({ buyer: 'uk', seller: 'cn', platform: 'aliexpress', paid: '2026-11-01', expected: '2026-11-15', ...answers }, steps, bodies, today);
const ids = (answers: Answers) => plan(answers).steps.map((s) => s.id);
const deadline = (answers: Answers, id: string) => plan(answers).steps.find((s) => s.id === id)?.deadline;

describe('every problem × every payment method gives a plan', () => {
	const problems = answerValues.problem;
	const payments = answerValues.payment;
	test.each(problems.flatMap((problem) => payments.map((payment) => [problem, payment] as const)))('%s, paid by %s', (problem, payment) => {
		const result = plan({ problem, payment });
		expect(result.general).toBe(false);
		// Customs and seller-account plans are short (check, then ask); purchase problems and scams have more.
		expect(result.steps.length).toBeGreaterThanOrEqual(['customs-charge', 'seller-account'].includes(problem) ? 2 : 3);
		const first = result.steps[0]!.id;
		// The right first step: secure and save for scams, the seller for purchase problems, check the charge for customs.
		if (SCAMS.includes(problem)) expect(['stop-and-save', 'phishing-secure', 'off-platform']).toContain(first);
		else if (problem === 'customs-charge') expect(first).toBe('check-customs-charge');
		else if (problem === 'seller-account') expect(first).toBe('secure-seller-account');
		else expect(first).toBe('contact-seller');
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
});

test('letters follow the steps: seller, payment dispute, consumer body for a PayPal purchase that never came', () => {
	expect(plan({ problem: 'not-delivered', payment: 'paypal' }).letters).toEqual(['seller', 'payment', 'consumer-body']);
});

test('no answers: the general plan, never empty', () => {
	const general = buildPlan({}, steps, bodies, today);
	expect(general.general).toBe(true);
	expect(general.steps.map((s) => s.id)).toEqual(['contact-seller', 'payment-other', 'consumer-body']);
});
