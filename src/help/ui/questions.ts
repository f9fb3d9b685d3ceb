/** The questions, one per screen: a form that checks its answers and moves on (src/help/ui.ts). */
import { DATE_ANSWERS, answerValues, answersFor, answersQuery, asksSeller, readAnswers, screensFor, type Answers, type DateAnswer, type Question } from '../answers.ts';
import { EARLIEST_DAY, dateBoundsText, dateInBounds, latestDay, localToday } from '../../dates.ts';
import { h } from '../../dom.ts';
import { format } from '../../text/format.ts';
import { SCREENS, type HelpContext } from './view.ts';

/** Dates from the link that are real dates but outside the bounds (shown by their fields). */
export type OutOfRange = Partial<Record<DateAnswer, string>>;

const PROBLEM_GROUPS: [string, readonly string[]][] = [
	['problem-group.buyer', ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'dispute-refused', 'customs-charge']],
	['problem-group.scam', ['fee-message', 'fake-shop', 'phishing', 'off-platform', 'investment-scam', 'account-hacked']],
	['problem-group.seller', ['seller-account', 'trademark']],
];

export function questionView(ctx: HelpContext, screen: (typeof SCREENS)[number], answers: Answers, outOfRange: OutOfRange = {}): HTMLElement {
const { t } = ctx;
	// The screens this problem asks (src/help/answers.ts screensFor): the progress counts only those.
	const screens = screensFor(answers.problem);
	const index = Math.max(0, screens.indexOf(screen));
	const today = localToday();
	const form = h('form', { class: 'question', novalidate: '' }) as HTMLFormElement;
	const error = h('p', { class: 'error', role: 'alert' });
	const radios = (name: Question, values: readonly string[], label: (v: string) => string) =>
		values.map((value) =>
			h(
				'label',
				{ class: 'option' },
				h('input', { type: 'radio', name, value, ...(answers[name] === value ? { checked: '' } : {}) }),
				h('span', {}, label(value)),
			),
		);
	// The places in their groups (China, the EU, elsewhere: src/complaints/place-groups.ts), then "somewhere else" and, for the seller, "I don't know".
	const select = (name: 'buyer' | 'seller') => {
		const id = `help-${name}`;
		const option = (v: string) => h('option', { value: v, ...(answers[name] === v ? { selected: '' } : {}) }, t(`place.${v}`));
		const groups = ctx.data.places.map(({ group, places }) => h('optgroup', { label: t(`place-group.${group}`) }, ...places.map(option), ...(group === 'world' ? [option('other')] : [])));
		const element = h('select', { id, name }, h('option', { value: '' }, '—'), ...groups, ...(name === 'seller' ? [option('unknown')] : []));
		return h('div', { class: 'field' }, h('label', { for: id }, t(`q.${name}`)), element);
	};
	// Where only the reader's place is asked (no seller), the question says so.
	const legend = h('legend', { tabindex: '-1' }, t(screen === 'where' && !asksSeller(answers.problem) ? 'q.where-buyer' : `q.${screen}`));
	const fieldset = h('fieldset', {}, legend);
	let extra: HTMLElement | undefined;
	if (screen === 'problem') {
		for (const [group, values] of PROBLEM_GROUPS) fieldset.append(h('p', { class: 'group' }, t(group)), ...radios('problem', values, (v) => t(`problem.${v}`)));
		// The general plan, one link away (the page opens on this question).
		const general = h('a', { href: '?q=general', 'data-general-link': '' }, t('q.general-link'));
		general.addEventListener('click', (event) => {
			event.preventDefault();
			ctx.go('general', {});
		});
		extra = h('p', { class: 'hint general-link' }, general);
	} else if (screen === 'where') {
		fieldset.append(select('buyer'), ...(asksSeller(answers.problem) ? [select('seller')] : []));
	} else if (screen === 'platform') {
		fieldset.append(...radios('platform', answerValues.platform, (v) => t(`platform.${v}`)));
	} else if (screen === 'payment') {
		fieldset.append(...radios('payment', answerValues.payment, (v) => t(`payment.${v}`)));
	} else {
		for (const name of DATE_ANSWERS) {
			const id = `help-${name}`;
			const input = h('input', { id, name, type: 'date', min: EARLIEST_DAY, max: latestDay(today), value: outOfRange[name] ?? answers[name] ?? '', 'aria-describedby': `help-dates-hint ${id}-error` });
			const message = h('p', { class: 'error', id: `${id}-error` });
			fieldset.append(h('div', { class: 'field' }, h('label', { for: id }, t(`q.${name}`)), input, message));
			if (outOfRange[name] !== undefined) dateError(ctx, input, message, today);
		}
		fieldset.append(h('p', { class: 'hint', id: 'help-dates-hint' }, t('q.dates-hint')));
	}
	// The problem screen always says "Next": another answer there may ask more questions.
	const last = screen !== 'problem' && index === screens.length - 1;
	const back = h('button', { type: 'button' }, t('q.back'));
	back.addEventListener('click', () => history.back());
	form.append(
		h('p', { class: 'progress' }, format(t('q.progress'), { n: index + 1, total: screens.length })),
		fieldset,
		error,
		h('div', { class: 'nav' }, ...(index > 0 ? [back] : []), h('button', { type: 'submit' }, t(last ? 'q.show-plan' : 'q.next'))),
		...(extra ? [extra] : []),
	);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const next: Answers = { ...answers };
		const data = new FormData(form);
		const read = (name: Question | 'paid' | 'expected') => {
			const value = String(data.get(name) ?? '');
			if (value) (next as Record<string, string>)[name] = value;
			else delete (next as Record<string, string>)[name];
		};
		if (screen === 'problem' || screen === 'platform' || screen === 'payment') {
			const name = screen as Question;
			if (!data.get(name)) {
				error.textContent = t('q.choose');
				return;
			}
			read(name);
		} else if (screen === 'where') {
			// Where the buyer lives decides who can help (and the police step): required. The seller may be unknown.
			if (!data.get('buyer')) {
				error.textContent = t('q.choose-buyer');
				return;
			}
			read('buyer');
			if (asksSeller(next.problem)) next.seller = (String(data.get('seller') ?? '') || 'unknown') as NonNullable<Answers['seller']>;
		} else {
			// A date outside 2000-01-01 … five years from today: the message by its field; stay.
			let wrong: HTMLElement | undefined;
			for (const name of DATE_ANSWERS) {
				const input = form.elements.namedItem(name) as HTMLInputElement;
				const message = form.querySelector<HTMLElement>(`#help-${name}-error`)!;
				if (input.value !== '' && !dateInBounds(input.value, today)) {
					dateError(ctx, input, message, today);
					wrong ??= input;
				} else {
					input.removeAttribute('aria-invalid');
					message.textContent = '';
				}
			}
			if (wrong) {
				wrong.focus();
				return;
			}
			read('paid');
			read('expected');
		}
		// Only answers the URL reader accepts go on (the same rules as a shared link), and only those the
		// problem asks: answers left from another problem are dropped. The problem decides what comes next.
		const clean = answersFor(readAnswers(answersQuery(next), today).answers);
		const ahead = screensFor(clean.problem);
		const following = ahead[ahead.indexOf(screen) + 1];
		ctx.go(following ?? 'plan', clean, screen);
	});
	return form;
}

/** Marks a date field as outside the dates a reader may give, with the message by it. */
export function dateError({ t, data }: HelpContext, input: HTMLElement, message: HTMLElement, today: string) {
	input.setAttribute('aria-invalid', 'true');
	message.textContent = format(t('q.date-range'), dateBoundsText(today, data.lang));
}
