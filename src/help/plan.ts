/**
 * Builds the reader's plan from their answers: which steps apply, in what order, and the date
 * each deadline falls on. Pure (the date of "today" is an argument), so the page, the tests and
 * the no-JavaScript fallback share it. Words live in content/help/; this picks and computes.
 */
import { isoDay as toDay } from '../dates.ts';
import { canTake, covers, euCountries, isForSellersIn, isLocalTo, type BodyReach, type Case } from '../complaints/routing.ts';
import { PLATFORM_PLACES, SCAMS, answersFor, showsPurchaseEvidence, showsRights, type Answers, type answerValues } from './answers.ts';

/** The parts of a step (content/help/steps) this module reads. */
export interface StepRule {
	id: string;
	order: number;
	/** The order in a scam's plan, where it differs (content/help/steps: a transfer to recall at once). */
	scamOrder?: number | undefined;
	when: {
		problems?: readonly string[] | undefined;
		payments?: readonly string[] | undefined;
		platforms?: readonly string[] | undefined;
		sellers?: readonly string[] | undefined;
		buyers?: readonly string[] | undefined;
		/** The seller's place, or the platform's for a mainland Chinese platform (caseOf below): either may match. */
		sellerPlaces?: readonly string[] | undefined;
	};
	deadline?:
		| {
				earliestOf: readonly { days?: number | undefined; months?: number | undefined; from: 'payment' | 'delivery' }[];
				varies: boolean;
				/** Only for these problems (src/help/platform-steps.ts: a platform's return window). */
				problems?: readonly string[] | undefined;
		  }
		| undefined;
	letter?: string | undefined;
}

/** The parts of a complaint body (content/complaint-bodies) this module reads. */
export interface BodyRule extends BodyReach {
	id: string;
	region: string;
	kind: string;
	/** The problems (answers) it takes. */
	problems: readonly string[];
	/** Only for payments made these ways (financial ombudsmen). */
	payments?: readonly string[] | undefined;
}

export type DeadlineStatus = 'open' | 'soon' | 'past' | 'needs-date';

export interface PlannedStep {
	id: string;
	deadline?: {
		/** YYYY-MM-DD, or undefined when the reader has not given the date it counts from. */
		date?: string;
		/** The window that gives the earliest date, e.g. { days: 180, from: 'payment' }. */
		basis?: { days?: number | undefined; months?: number | undefined; from: 'payment' | 'delivery' };
		status: DeadlineStatus;
		/** Whole days from today to the date (negative when past). */
		daysLeft?: number;
		varies: boolean;
		/** For `needs-date`: the dates the reader has not given that the deadline counts from. */
		needs?: ('payment' | 'delivery')[];
	} | undefined;
}

export interface Plan {
	steps: PlannedStep[];
	/** Complaint bodies that fit the buyer's and seller's places, ids from content/complaint-bodies. */
	bodies: string[];
	/** Letters that go with the steps, in step order. */
	letters: string[];
	/** The answers matched no specific route: a general plan is shown. */
	general: boolean;
	/** A crime is involved (scams): the page says so and puts the police step in. */
	crime: boolean;
	/** The region of the "your rights" page (/rights/<region>/) for where the buyer lives, if there is one. */
	rights?: string;
}

/**
 * Where a buyer lives → the region of its "your rights" page (content/docs/<locale>/rights/<region>).
 * Every EU country, Iceland and Norway (rightsFor) and "another EU or EEA country" share the EU page,
 * which says what holds there too. No page for Macao, Taiwan or elsewhere.
 */
export const RIGHTS_PAGES: Readonly<Partial<Record<(typeof answerValues.buyer)[number], string>>> = {
	cn: 'cn',
	hk: 'hk',
	eu: 'eu',
	uk: 'uk',
	us: 'us',
	ca: 'ca',
	au: 'au',
	nz: 'nz',
	jp: 'jp',
	kr: 'kr',
	sg: 'sg',
};

/** The buyer's rights page for a plan: where the buyer's place has one, unless the problem is not a buyer's purchase. */
export function rightsFor(answers: Answers): string | undefined {
	if (!showsRights(answers.problem) || !answers.buyer) return undefined;
	return RIGHTS_PAGES[(euCountries as readonly string[]).includes(answers.buyer) ? 'eu' : answers.buyer];
}

/** A deadline this close or closer (days) is shown as a warning. */
export const SOON_DAYS = 14;
/** Shown when the answers match too little to be a plan. */
export const GENERAL_STEPS = ['contact-seller', 'payment-other', 'consumer-body'];

// --- Dates: whole days in UTC, so time zones and daylight saving never shift a date. ------------
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
	const date = toDate(day);
	date.setUTCDate(date.getUTCDate() + days);
	return toDay(date);
}

/** Calendar months later; a day that month lacks becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, last));
	return toDay(target);
}

export const daysBetween = (from: string, to: string) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);

// --- Matching ------------------------------------------------------------------------------------
const conditions = [
	['problems', 'problem'],
	['payments', 'payment'],
	['platforms', 'platform'],
	['sellers', 'seller'],
	['buyers', 'buyer'],
] as const;

/**
 * A step applies when each of its conditions lists the reader's answer; a condition on a question
 * not answered does not match. Places match as the directory's do (src/complaints/routing.ts
 * `covers`): `eu` in a step's `buyers` covers every EU country, Iceland and Norway. `sellerPlaces`
 * matches the seller's place or the platform's.
 */
export function applies(step: StepRule, answers: Answers): boolean {
	const places = step.when.sellerPlaces;
	if (places && !(caseOf(answers).sellers ?? []).some((place) => covers(places, place))) return false;
	return conditions.every(([condition, question]) => {
		const allowed = step.when[condition];
		if (!allowed) return true;
		const answer = answers[question];
		if (answer === undefined) return false;
		return question === 'buyer' || question === 'seller' ? covers(allowed, answer) : allowed.includes(answer);
	});
}

function deadlineOf(rule: NonNullable<StepRule['deadline']>, answers: Answers, today: string): PlannedStep['deadline'] {
	const dates = rule.earliestOf.map((window) => {
		const start = window.from === 'payment' ? answers.paid : answers.expected;
		if (!start) return { window, date: undefined };
		return { window, date: window.days ? addDays(start, window.days) : addMonths(start, window.months ?? 0) };
	});
	if (dates.some((d) => !d.date)) {
		const needs = (['payment', 'delivery'] as const).filter((from) => dates.some((d) => !d.date && d.window.from === from));
		return { status: 'needs-date', varies: rule.varies, needs };
	}
	const earliest = dates.reduce((a, b) => (b.date! < a.date! ? b : a));
	const daysLeft = daysBetween(today, earliest.date!);
	const status: DeadlineStatus = daysLeft < 0 ? 'past' : daysLeft <= SOON_DAYS ? 'soon' : 'open';
	return { date: earliest.date!, basis: earliest.window, status, daysLeft, varies: rule.varies };
}

/**
 * The case the answers describe, for the directory's routing rule (src/complaints/routing.ts): the
 * buyer's place (`other`, or no answer, matches only bodies for anyone) and the sellers' places —
 * the seller's own and, for a mainland Chinese platform, the platform's (so a Tmall Global or JD
 * Worldwide shop based abroad still reaches 12315). An unknown seller adds no place.
 */
export function caseOf(answers: Answers): Required<Case> {
	const sellers = new Set<string>();
	if (answers.seller && !['other', 'unknown'].includes(answers.seller)) sellers.add(answers.seller);
	const platformPlace = answers.platform ? PLATFORM_PLACES[answers.platform] : undefined;
	if (platformPlace) sellers.add(platformPlace);
	return { buyer: answers.buyer ?? 'other', sellers: [...sellers] };
}

/** Kinds of help in the order a reader should try them, within each group below. */
const KIND_ORDER = ['consumer-complaints', 'mediation', 'advice', 'regulator', 'fraud-reporting'];

/**
 * The complaint bodies for a plan: those that take this problem (and this way of paying, for
 * financial ombudsmen), help buyers where the reader lives and reach the seller (src/complaints/
 * routing.ts). In order: for a scam, the fraud reporting line where the reader lives; bodies for
 * the reader's own place; bodies for the seller's (or platform's) place; the ombudsman for the
 * reader's bank or payment firm; then bodies for anyone anywhere. Within a group by kind of help;
 * within a kind, a body that takes only cross-border cases first, when it can take this one: it exists
 * for this case (ECC-Net before the ADR bodies: it contacts the trader through the centre in the
 * trader's country, free, and advises on ADR if that fails).
 */
export function bodiesFor(answers: Answers, bodies: readonly BodyRule[], crime: boolean): string[] {
	const found = caseOf(answers);
	const takes = (b: BodyRule) =>
		(answers.problem === undefined || b.problems.includes(answers.problem)) &&
		(!b.payments || answers.payment === undefined || b.payments.includes(answers.payment)) &&
		canTake(b, found);
	const group = (b: BodyRule) => {
		const local = isLocalTo(b, found.buyer);
		if (crime && local && b.kind === 'fraud-reporting') return 0;
		if (b.payments) return 3;
		if (local) return 1;
		if (isForSellersIn(b, found.sellers)) return 2;
		return 4;
	};
	return bodies
		.filter(takes)
		.sort((a, b) => group(a) - group(b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || Number(!a.crossBorderOnly) - Number(!b.crossBorderOnly) || a.id.localeCompare(b.id))
		.map((b) => b.id);
}

/**
 * The plan for some answers. Answers the problem does not ask (src/help/answers.ts answersFor), left
 * from another problem or put in a link, are ignored.
 */
export function buildPlan(given: Answers, steps: readonly StepRule[], bodies: readonly BodyRule[], today: string): Plan {
	const answers = answersFor(given);
	const crime = answers.problem !== undefined && SCAMS.includes(answers.problem);
	let chosen = steps.filter((step) => applies(step, answers));
	// Only steps for everyone matched (no answers, or answers no route covers): the general plan.
	const general = chosen.every((step) => Object.keys(step.when).length === 0);
	if (general) {
		const ids = new Set([...chosen.map((s) => s.id), ...GENERAL_STEPS]);
		chosen = steps.filter((step) => ids.has(step.id));
	}
	// A scam's plan puts some payment steps first: the money may still be stopped (scamOrder).
	const order = (step: StepRule) => (crime && step.scamOrder !== undefined ? step.scamOrder : step.order);
	chosen = [...chosen].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
	const counts = (d: StepRule['deadline']): d is NonNullable<StepRule['deadline']> => !!d && (!d.problems || (answers.problem !== undefined && d.problems.includes(answers.problem)));
	const planned: PlannedStep[] = chosen.map((step) => (counts(step.deadline) ? { id: step.id, deadline: deadlineOf(step.deadline, answers, today) } : { id: step.id }));
	// The letters are about an order (the seller, a payment for it, a consumer body): none for a problem that is not a purchase, even where it shares a payment step.
	const letters = showsPurchaseEvidence(answers.problem) ? [...new Set(chosen.flatMap((step) => (step.letter ? [step.letter] : [])))] : [];
	const rights = rightsFor(answers);
	return { steps: planned, bodies: bodiesFor(answers, bodies, crime), letters, general, crime, ...(rights ? { rights } : {}) };
}

/** What the top of a plan says before the steps: the one thing to do today, and the nearest deadline. */
export interface Urgent {
	/** The step to do today (an id from the plan); none when every step is ticked off. */
	today?: string;
	/** Its place in the plan, from 1 (0 with no step to do). */
	todayNumber: number;
	/** `soon`: a deadline within SOON_DAYS moved this step ahead of the ones before it; `first`: the plan's first step not yet done. */
	reason: 'soon' | 'first';
	/**
	 * The nearest deadline not yet passed; when every dated deadline has passed, the one that passed
	 * last (status `past`). None when no step left to do has a dated deadline.
	 */
	deadline?: { step: string; date: string; daysLeft: number; status: DeadlineStatus };
	/** Deadlines that count from a date the reader has not given: the step, and the dates it needs. */
	needs: { step: string; dates: ('payment' | 'delivery')[] }[];
}

/**
 * The urgent thing first. The rule: today's one thing is the step whose deadline falls soonest,
 * when that deadline is within SOON_DAYS (today included); otherwise the plan's first step, since
 * the steps are already in the order to take them. A deadline that has passed moves nothing (the
 * window is closed: a late request is worth making, but not before the first step). Ties go to
 * the step earlier in the plan. Steps ticked off as done (`done`: their ids, src/help/ui/steps-done.ts)
 * are left out: their deadlines no longer press. Undefined for a plan without steps.
 */
export function urgentOf(plan: Pick<Plan, 'steps'>, done: ReadonlySet<string> = new Set()): Urgent | undefined {
	if (!plan.steps.length) return undefined;
	const open = plan.steps.filter((step) => !done.has(step.id));
	const first = open[0];
	const dated = open.flatMap((step) => {
		const d = step.deadline;
		return d?.date !== undefined && d.daysLeft !== undefined ? [{ step: step.id, date: d.date, daysLeft: d.daysLeft, status: d.status }] : [];
	});
	const ahead = dated.filter((d) => d.daysLeft >= 0);
	// Stable sort: equal dates keep the plan's order.
	const nearest = [...ahead].sort((a, b) => a.daysLeft - b.daysLeft)[0];
	const lastPassed = [...dated].sort((a, b) => b.daysLeft - a.daysLeft)[0];
	const deadline = nearest ?? lastPassed;
	const soon = nearest && nearest.daysLeft <= SOON_DAYS ? nearest : undefined;
	const today = soon ? soon.step : first?.id;
	const needs = open.flatMap((step) => (step.deadline?.status === 'needs-date' ? [{ step: step.id, dates: step.deadline.needs ?? [] }] : []));
	return {
		...(today ? { today } : {}),
		todayNumber: plan.steps.findIndex((s) => s.id === today) + 1,
		reason: soon && soon.step !== first?.id ? 'soon' : 'first',
		...(deadline ? { deadline } : {}),
		needs,
	};
}
