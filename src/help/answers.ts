/**
 * The router's questions and the answers each accepts (no dependencies: the browser code, the
 * schema and the tests share it). The URL carries the answers under these names.
 */
import { dateInBounds, isCalendarDate } from '../dates.ts';
import { readQuery, type QueryNotices } from '../url/query.ts';
import { places } from '../complaints/routing.ts';
export const answerValues = {
	/** What happened. */
	problem: ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'dispute-refused', 'fake-shop', 'phishing', 'off-platform', 'fee-message', 'account-hacked', 'investment-scam', 'customs-charge', 'seller-account', 'trademark'],
	/**
	 * Where the buyer lives: the complaint directory's places (src/complaints/routing.ts; names in
	 * content/places.yaml): mainland China, Hong Kong, Macao, Taiwan, each EU country, Iceland and
	 * Norway, `eu` (another EU or EEA country, or not sure which: what links made before the EU
	 * countries were named carry), the UK, the US…; `other` elsewhere. The question groups them.
	 */
	buyer: [...places, 'other'],
	/** Where the seller is. */
	seller: [...places, 'other', 'unknown'],
	/** Where it was bought; `wechat-daigou` is a person selling in WeChat Moments or groups (朋友圈代购), `xianyu` a second-hand sale between people. */
	platform: ['taobao-tmall', 'tmall-global', 'jd', 'jd-worldwide', 'pinduoduo', 'douyin', 'wechat-shop', 'wechat-daigou', 'xianyu', 'aliexpress', 'temu', 'shein', 'tiktok-shop', 'shopping-agent', 'independent-site', 'other'],
	/** How it was paid; `wechat-transfer` is a WeChat transfer to a person (微信转账), not a payment to a merchant through WeChat Pay. */
	payment: ['credit-card', 'debit-card', 'unionpay', 'paypal', 'bnpl', 'alipay', 'wechat-pay', 'wechat-transfer', 'bank-transfer', 'gift-card-crypto', 'other'],
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
	'tmall-global': 'cn',
	jd: 'cn',
	'jd-worldwide': 'cn',
	pinduoduo: 'cn',
	douyin: 'cn',
	'wechat-shop': 'cn',
	'wechat-daigou': 'cn',
	xianyu: 'cn',
};

/**
 * The scam problems: a crime is involved. A message asking for a fee is not among them: most readers
 * asking have not paid, and its steps say what to do if they did. `investment-scam`: a reader drawn
 * into a fake investment or trading platform, by someone met online (romance or "pig butchering",
 * 杀猪盘) or by a "task" job (刷单返利), who now cannot withdraw without paying first.
 */
export const SCAMS: readonly string[] = ['fake-shop', 'phishing', 'off-platform', 'account-hacked', 'investment-scam'];


/** The dates a reader gives. */
export const DATE_ANSWERS = ['paid', 'expected'] as const;
export type DateAnswer = (typeof DATE_ANSWERS)[number];
const QUESTIONS = Object.keys(answerValues) as Question[];
/** The screens of questions, in order (src/help/ui/questions.ts renders them). */
export const SCREENS = ['problem', 'where', 'platform', 'payment', 'dates'] as const;
export type QuestionScreen = (typeof SCREENS)[number];
type Problem = (typeof answerValues.problem)[number];

/**
 * What each problem needs, in one place (a problem not listed asks everything and has every part):
 * - `skips`: the screens it does not ask, because no step, deadline or complaint body depends on
 *   their answers: a fee message or a hacked account has no platform, payment or dates to ask
 *   about; a refused dispute is about the bank or PayPal, not the platform, and its windows run from
 *   the refusal, not from the dates asked; a seller's account depends only on the platform; a
 *   trademark filed by someone else on none of the questions; an investment or task scam has no
 *   platform to ask about (the "platform" is the scammers') and no deadline counted from a date,
 *   but asks how the reader paid, which decides whom to call to stop the money.
 * - `noSeller`: the "where" screen asks only where the reader lives: the other side is a scammer.
 * - `notAPurchase`: not about something bought, so the plan leaves out the page's checklist of
 *   purchase evidence (listing, order, chat, unboxing video), and the letters, which are about an
 *   order (src/help/plan.ts); its steps say what to keep.
 * - `noRights`: the buyer's rights page does not help (a seller's problem, or a message that is
 *   not a purchase).
 */
interface ProblemTraits {
	readonly skips?: readonly QuestionScreen[];
	readonly noSeller?: true;
	readonly notAPurchase?: true;
	readonly noRights?: true;
}
const PROBLEMS: Readonly<Partial<Record<Problem, ProblemTraits>>> = {
	'dispute-refused': { skips: ['platform', 'dates'] },
	'fee-message': { skips: ['platform', 'payment', 'dates'], noSeller: true, notAPurchase: true, noRights: true },
	'account-hacked': { skips: ['platform', 'payment', 'dates'], noSeller: true, notAPurchase: true },
	'investment-scam': { skips: ['platform', 'dates'], noSeller: true, notAPurchase: true, noRights: true },
	'customs-charge': { skips: ['platform', 'payment', 'dates'] },
	'seller-account': { skips: ['where', 'payment', 'dates'], notAPurchase: true, noRights: true },
	trademark: { skips: ['where', 'platform', 'payment', 'dates'], notAPurchase: true, noRights: true },
};

const traitsOf = (problem: string | undefined): ProblemTraits =>
	(problem && Object.hasOwn(PROBLEMS, problem) ? PROBLEMS[problem as Problem] : undefined) ?? {};

/** The screens to ask, in order, for a problem (all of them before the problem is chosen). */
export function screensFor(problem: string | undefined): QuestionScreen[] {
	const skip = traitsOf(problem).skips ?? [];
	return SCREENS.filter((screen) => !skip.includes(screen));
}

/** Whether a plan for this problem shows the checklist of purchase evidence. */
export const showsPurchaseEvidence = (problem: string | undefined): boolean => !traitsOf(problem).notAPurchase;

/** Whether the "where" screen asks where the seller is, for a problem. */
export const asksSeller = (problem: string | undefined): boolean => !traitsOf(problem).noSeller;

/** Whether a plan for this problem links the buyer's rights page. */
export const showsRights = (problem: string | undefined): boolean => !traitsOf(problem).noRights;

/** The screen that asks each answer. */
const ASKED_ON: Readonly<Record<Question | DateAnswer, QuestionScreen>> = {
	problem: 'problem',
	buyer: 'where',
	seller: 'where',
	platform: 'platform',
	payment: 'payment',
	paid: 'dates',
	expected: 'dates',
};

/**
 * The answer a screen cannot be left without: the first question it asks (where: the buyer's
 * place; the seller's may stay "not sure"); none for the dates, which may stay empty.
 */
export function requiredOn(screen: string): Question | undefined {
	return (Object.keys(ASKED_ON) as (Question | DateAnswer)[]).find(
		(name): name is Question => ASKED_ON[name] === screen && !(DATE_ANSWERS as readonly string[]).includes(name),
	);
}

/**
 * The answers that apply to their problem: those asked on a screen the problem skips (or the
 * seller, where it is not asked) are dropped, so answers left from another problem, after Back or
 * in a shared link, change nothing.
 */
export function answersFor(answers: Answers): Answers {
	const screens = screensFor(answers.problem);
	const kept: Answers = {};
	for (const [name, value] of Object.entries(answers) as [Question | DateAnswer, string][]) {
		if (!screens.includes(ASKED_ON[name])) continue;
		if (name === 'seller' && !asksSeller(answers.problem)) continue;
		(kept as Record<string, string>)[name] = value;
	}
	return kept;
}

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
