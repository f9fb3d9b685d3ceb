/**
 * The router's questions and the answers each accepts (no dependencies: the browser code, the
 * schema and the tests share it). The URL carries the answers under these names.
 */
import { dateInBounds, isCalendarDate } from '../dates.ts';
import { readQuery, type QueryNotices } from '../url/query.ts';
export const answerValues = {
	/** What happened. */
	problem: ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'fake-shop', 'phishing', 'off-platform', 'customs-charge', 'seller-account'],
	/**
	 * Where the buyer lives: the complaint directory's places (src/complaints/routing.ts, a unit test
	 * keeps the two lists equal), in the order the question lists them; `eu` is another EU country,
	 * Iceland or Norway; `other` elsewhere.
	 */
	buyer: ['cn', 'hk', 'mo', 'tw', 'de', 'fr', 'es', 'it', 'nl', 'eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'other'],
	/** Where the seller is. */
	seller: ['cn', 'hk', 'mo', 'tw', 'de', 'fr', 'es', 'it', 'nl', 'eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'other', 'unknown'],
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

/**
 * Platforms run from mainland China. A shop on one can be complained about there even when the shop
 * itself is abroad (Tmall Global, JD Worldwide): the platform's operator, and for a cross-border
 * shop its domestic agent, are in mainland China.
 */
export const PLATFORM_PLACES: Readonly<Partial<Record<(typeof answerValues.platform)[number], string>>> = {
	'taobao-tmall': 'cn',
	jd: 'cn',
	pinduoduo: 'cn',
	'wechat-shop': 'cn',
};

/** The scam problems: a crime is involved. */
export const SCAMS: readonly string[] = ['fake-shop', 'phishing', 'off-platform'];


/** The dates a reader gives. */
export const DATE_ANSWERS = ['paid', 'expected'] as const;
export type DateAnswer = (typeof DATE_ANSWERS)[number];
const QUESTIONS = Object.keys(answerValues) as Question[];
/** The screen shown (see src/help/ui.ts): a setting of the page, not an answer. */
const PAGE_PARAMS = ['q'] as const;

/** The values a question accepts; none for a name that is not a question (own names only). */
export function allowedAnswers(name: string): readonly string[] {
	return Object.hasOwn(answerValues, name) ? answerValues[name as Question] : [];
}

/**
 * Answers from a URL query, by the rule every page shares (src/url/query.ts): the first value of
 * a repeated answer wins; anything not allowed is dropped and counted or named by its question,
 * never quoted. A date that is a real date but before 2000-01-01 or more than five years after
 * `today` is kept apart in `outOfRange`, so the page can show it by its field. `screen`: the
 * first `q`, the screen the link asks for (src/help/ui.ts checks it). Never throws.
 */
export function readAnswers(
	query: URLSearchParams,
	today: string,
): { answers: Answers; notices: QueryNotices; outOfRange: Partial<Record<DateAnswer, string>>; screen: string | undefined } {
	const read = readQuery<Question | DateAnswer | 'q'>(query, [...QUESTIONS, ...DATE_ANSWERS, ...PAGE_PARAMS]);
	const answers: Answers = {};
	for (const name of QUESTIONS) {
		const value = read.get(name);
		if (value === undefined) continue;
		if (allowedAnswers(name).includes(value)) (answers as Record<string, string>)[name] = value;
		else read.reject(name);
	}
	const outOfRange: Partial<Record<DateAnswer, string>> = {};
	for (const name of DATE_ANSWERS) {
		const value = read.get(name);
		if (value === undefined) continue;
		if (dateInBounds(value, today)) answers[name] = value;
		else if (isCalendarDate(value)) outOfRange[name] = value;
		else read.reject(name);
	}
	return { answers, notices: read.notices, outOfRange, screen: read.get('q') };
}

/** The query for some answers, in a fixed order. */
export function answersQuery(answers: Answers): URLSearchParams {
	const query = new URLSearchParams();
	for (const name of [...QUESTIONS, ...DATE_ANSWERS]) {
		const value = answers[name as keyof Answers];
		if (value) query.set(name, value);
	}
	return query;
}
