import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, applies, buildPlan, daysBetween, type StepRule } from '../../src/help/plan.ts';
import { answersQuery, readAnswers } from '../../src/help/answers.ts';

describe('date arithmetic for deadlines', () => {
	test('180 days after a payment on 2026-09-19 is 2027-03-18', () => {
		expect(addDays('2026-09-19', 180)).toBe('2027-03-18');
	});

	test('across month ends and years: 2026-01-31 + 1 day = 2026-02-01; 2026-12-31 + 1 = 2027-01-01', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});

	test('leap years: 2028-02-28 + 1 day = 2028-02-29, but 2027-02-28 + 1 = 2027-03-01; 2100 is not a leap year', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
		expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
	});

	test('a month after 31 January is the last day of February (28, or 29 in a leap year); after 31 March, 30 April', () => {
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
		expect(addMonths('2026-11-15', 6)).toBe('2027-05-15');
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
	});

	test('daylight-saving changes do not move a date: 2026-03-28 + 2 days = 2026-03-30 (Europe switches on the 29th)', () => {
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
	});

	test('property: adding n days then counting gives n back, for any date from 1990 to 2090', () => {
		const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		fc.assert(fc.property(day, fc.integer({ min: 0, max: 2000 }), (start, n) => daysBetween(start, addDays(start, n)) === n));
	});
});

describe('matching and deadlines (rules written here, so the test does not depend on the content)', () => {
	const steps: StepRule[] = [
		{ id: 'contact-seller', order: 10, when: { problems: ['not-delivered', 'not-as-described'] }, letter: 'seller' },
		{ id: 'paypal-not-received', order: 30, when: { problems: ['not-delivered'], payments: ['paypal'] }, deadline: { earliestOf: [{ days: 180, from: 'payment' }], varies: false } },
		{
			id: 'paypal-not-as-described',
			order: 30,
			when: { problems: ['not-as-described'], payments: ['paypal'] },
			deadline: { earliestOf: [{ days: 30, from: 'delivery' }, { days: 180, from: 'payment' }], varies: false },
		},
		{ id: 'card', order: 30, when: { payments: ['credit-card'] }, deadline: { earliestOf: [{ days: 120, from: 'payment' }], varies: true } },
		{ id: 'payment-other', order: 31, when: {} },
		{ id: 'consumer-body', order: 40, when: {}, letter: 'consumer-body' },
		{ id: 'police', order: 50, when: { problems: ['fake-shop'] } },
	];

	test('a PayPal payment on 2026-09-19 for an item never delivered: dispute by 2027-03-18, 180 days after payment', () => {
		const plan = buildPlan({ problem: 'not-delivered', payment: 'paypal', paid: '2026-09-19' }, steps, [], '2026-11-22');
		expect(plan.steps.map((s) => s.id)).toEqual(['contact-seller', 'paypal-not-received', 'payment-other', 'consumer-body']);
		expect(plan.steps[1]!.deadline).toEqual({ date: '2027-03-18', basis: { days: 180, from: 'payment' }, status: 'open', daysLeft: 116, varies: false });
		expect(plan.letters).toEqual(['seller', 'consumer-body']);
	});

	test('not as described, paid 2026-09-19, delivered 2026-11-10: 30 days after delivery (2026-12-10) comes before 180 after payment', () => {
		const plan = buildPlan({ problem: 'not-as-described', payment: 'paypal', paid: '2026-09-19', expected: '2026-11-10' }, steps, [], '2026-11-22');
		expect(plan.steps.find((s) => s.id === 'paypal-not-as-described')!.deadline).toMatchObject({ date: '2026-12-10', basis: { days: 30, from: 'delivery' }, status: 'open', daysLeft: 18 });
	});

	test('a deadline within 14 days is “soon”, one already gone is “past”, and without the date it says what is needed', () => {
		const at = (today: string) => buildPlan({ problem: 'not-delivered', payment: 'paypal', paid: '2026-05-01' }, steps, [], today).steps[1]!.deadline;
		// 2026-05-01 + 180 = 2026-10-28.
		expect(at('2026-10-13')).toMatchObject({ date: '2026-10-28', status: 'open', daysLeft: 15 });
		expect(at('2026-10-14')).toMatchObject({ status: 'soon', daysLeft: 14 });
		expect(at('2026-10-28')).toMatchObject({ status: 'soon', daysLeft: 0 });
		expect(at('2026-10-29')).toMatchObject({ status: 'past', daysLeft: -1 });
		expect(buildPlan({ problem: 'not-delivered', payment: 'paypal' }, steps, [], '2026-11-22').steps[1]!.deadline).toEqual({ status: 'needs-date', varies: false, needs: ['payment'] });
	});

	test('a card window that varies by scheme and bank is marked so: 120 days is the safe date', () => {
		const plan = buildPlan({ problem: 'not-delivered', payment: 'credit-card', paid: '2026-11-01' }, steps, [], '2026-11-22');
		expect(plan.steps.find((s) => s.id === 'card')!.deadline).toMatchObject({ date: '2027-03-01', varies: true });
	});

	test('a condition on a question not answered does not match; no answers at all give the general plan, never an empty one', () => {
		expect(applies(steps[1]!, { problem: 'not-delivered' })).toBe(false);
		const plan = buildPlan({}, steps, [], '2026-11-22');
		expect(plan.general).toBe(true);
		expect(plan.steps.map((s) => s.id)).toEqual(['contact-seller', 'payment-other', 'consumer-body']);
	});

	test('scams are crimes: the police step is in and the plan says so', () => {
		const plan = buildPlan({ problem: 'fake-shop', payment: 'credit-card', paid: '2026-11-20' }, steps, [], '2026-11-22');
		expect(plan.crime).toBe(true);
		expect(plan.steps.map((s) => s.id)).toContain('police');
	});
});

describe('answers in the URL', () => {
	const today = '2026-12-07';
	const read = (query: string) => readAnswers(new URLSearchParams(query), today);

	test('read and written back in a fixed order; unknown parameters counted, values that cannot be used named by parameter', () => {
		const { answers, notices } = read('payment=paypal&problem=late&paid=2026-02-30&buyer=<script>&utm=1&expected=2026-12-01&q=plan');
		expect(answers).toEqual({ payment: 'paypal', problem: 'late', expected: '2026-12-01' });
		expect(notices).toEqual({ unknown: 1, rejected: ['buyer', 'paid'], repeated: [] });
		expect(JSON.stringify(notices)).not.toContain('script');
		expect(answersQuery(answers).toString()).toBe('problem=late&payment=paypal&expected=2026-12-01');
	});

	test('__proto__, constructor, toString and hasOwnProperty do not throw and do not cost the reader their answers', () => {
		const { answers, notices } = read('problem=not-delivered&buyer=uk&__proto__=x&constructor=x&toString=x&hasOwnProperty=x&payment=paypal&q=plan');
		expect(answers).toEqual({ problem: 'not-delivered', buyer: 'uk', payment: 'paypal' });
		expect(notices).toEqual({ unknown: 4, rejected: [], repeated: [] });
		expect(read('problem=constructor&payment=__proto__').notices.rejected).toEqual(['problem', 'payment']);
	});

	test('300 made-up parameters are one count', () => {
		const hostile = Array.from({ length: 300 }, (_, i) => `Parcel held! Call +1-800-${i}=1`).join('&');
		const { answers, notices } = read(`problem=late&${hostile}`);
		expect(answers).toEqual({ problem: 'late' });
		expect(notices).toEqual({ unknown: 300, rejected: [], repeated: [] });
	});

	test('an answer given twice: the first wins, and the repeat is reported once', () => {
		const { answers, notices } = read('problem=late&problem=phishing&paid=2026-01-05&paid=2026-02-01&q=plan&q=problem');
		expect(answers).toEqual({ problem: 'late', paid: '2026-01-05' });
		expect(notices.repeated).toEqual(['problem', 'paid', 'q']);
	});

	test('dates from 2000-01-01 to five years after today: outside, kept apart for the date field, the other answers kept', () => {
		const early = read('problem=late&paid=1999-12-31&expected=2000-01-01');
		expect(early.answers).toEqual({ problem: 'late', expected: '2000-01-01' });
		expect(early.outOfRange).toEqual({ paid: '1999-12-31' });
		expect(early.notices.rejected).toEqual([]);
		const late = read('problem=late&paid=2031-12-07&expected=2031-12-08');
		expect(late.answers).toEqual({ problem: 'late', paid: '2031-12-07' });
		expect(late.outOfRange).toEqual({ expected: '2031-12-08' });
	});
});
