/**
 * The router's questions and the answers each accepts (no dependencies: the browser code, the
 * schema and the tests share it). The URL carries the answers under these names.
 */
import { isCalendarDate } from '../dates.ts';
export const answerValues = {
	/** What happened. */
	problem: ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'fake-shop', 'phishing', 'off-platform', 'customs-charge', 'seller-account'],
	/** Where the buyer lives (regions of the complaint directory; `other` elsewhere). */
	buyer: ['cn', 'hk', 'eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'other'],
	/** Where the seller is. */
	seller: ['cn', 'hk', 'eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'other', 'unknown'],
	platform: ['taobao-tmall', 'jd', 'wechat-shop', 'aliexpress', 'temu', 'pinduoduo', 'shopping-agent', 'independent-site', 'other'],
	payment: ['credit-card', 'debit-card', 'paypal', 'alipay', 'wechat-pay', 'bank-transfer', 'gift-card-crypto', 'other'],
} as const;

export type Question = keyof typeof answerValues;
export type Answers = { [Q in Question]?: (typeof answerValues)[Q][number] } & {
	/** Payment date, YYYY-MM-DD. */
	paid?: string;
	/** Expected (or actual) delivery date, YYYY-MM-DD. */
	expected?: string;
};

/** The scam problems: a crime is involved. */
export const SCAMS: readonly string[] = ['fake-shop', 'phishing', 'off-platform'];


/** Answers from a URL query; anything not allowed is dropped and named. */
export function readAnswers(query: URLSearchParams): { answers: Answers; dropped: string[] } {
	const answers: Answers = {};
	const dropped: string[] = [];
	for (const [name, value] of query) {
		if (name === 'q') continue;
		if (name in answerValues) {
			const allowed = answerValues[name as Question] as readonly string[];
			if (allowed.includes(value)) (answers as Record<string, string>)[name] = value;
			else dropped.push(name);
		} else if ((name === 'paid' || name === 'expected') && isCalendarDate(value)) answers[name] = value;
		else dropped.push(name.slice(0, 40));
	}
	return { answers, dropped };
}

/** The query for some answers, in a fixed order. */
export function answersQuery(answers: Answers): URLSearchParams {
	const query = new URLSearchParams();
	for (const name of [...Object.keys(answerValues), 'paid', 'expected'] as const) {
		const value = answers[name as keyof Answers];
		if (value) query.set(name, value);
	}
	return query;
}
