/** The plan: the reader's answers, the steps in order with their deadlines, who can help, the letters. */
import { answersQuery, asksSeller, screensFor, type Answers } from '../answers.ts';
import { buildPlan, urgentOf, type Plan } from '../plan.ts';
import { localToday } from '../../dates.ts';
import { h } from '../../dom.ts';
import { format } from '../../text/format.ts';
import { sourceLang } from '../../source-lang.ts';
import { lettersView } from './letters.ts';
import { stepsDone } from './steps-done.ts';
import { longDate, type HelpContext, type Screen, type Step } from './view.ts';

export function planView(ctx: HelpContext, answers: Answers, print: (text: string, lang: string) => void): HTMLElement {
const { data, t } = ctx;
	const today = localToday();
	const plan = buildPlan(answers, data.steps, data.bodies, today);
	const byId = new Map(data.steps.map((s) => [s.id, s]));
	const names = {
		platform: answers.platform ? t(`platform.${answers.platform}`) : '…',
		payment: answers.payment ? t(`payment.${answers.payment}`) : '…',
		seller: answers.seller ? t(`place.${answers.seller}`) : '…',
	};
	const date = (day: string) => longDate(data.lang, day);
	const section = h('section', { class: 'your-plan', 'aria-labelledby': 'help-plan-title' });
	section.append(h('h2', { id: 'help-plan-title', tabindex: '-1' }, t(plan.general ? 'plan.general-title' : 'plan.title')));
	if (plan.general) section.append(h('p', {}, t('plan.general')));
	// Before anything else: today's one thing and the nearest deadline (src/help/plan.ts urgentOf),
	// leaving out steps ticked off; drawn again when a tick changes (stepsDone below).
	let urgent = h('section');
	let drawn: string | undefined;
	const drawUrgent = (done: ReadonlySet<string>) => {
		const key = [...done].sort().join(' ');
		if (key === drawn) return;
		drawn = key;
		const next = urgentView(ctx, plan, answers, byId, done);
		urgent.replaceWith(next);
		urgent = next;
	};
	section.append(urgent);
	// In mainland China the police come first (110 can have the bank stop a transfer); elsewhere the bank.
	if (plan.crime) section.append(h('p', { class: 'crime', role: 'note' }, t(answers.buyer === 'cn' ? 'plan.crime-cn' : 'plan.crime')));

	// The answers, each with a way back to its question; the plan again after the change.
	const list = h('dl', { class: 'answers' });
	const rows: [string, Screen, string | undefined][] = [
		['q.problem', 'problem', answers.problem && t(`problem.${answers.problem}`)],
		['q.buyer', 'where', answers.buyer && t(`place.${answers.buyer}`)],
		['q.seller', 'where', answers.seller && t(`place.${answers.seller}`)],
		['q.platform', 'platform', answers.platform && t(`platform.${answers.platform}`)],
		['q.payment', 'payment', answers.payment && t(`payment.${answers.payment}`)],
		['q.paid', 'dates', answers.paid && date(answers.paid)],
		['q.expected', 'dates', answers.expected && date(answers.expected)],
	];
	for (const [key, screen, value] of rows) {
		// Only the questions this problem asks (src/help/answers.ts).
		if (!(screensFor(answers.problem) as string[]).includes(screen) || (key === 'q.seller' && !asksSeller(answers.problem))) continue;
		const change = changeLink(ctx, screen, answers, t('plan.change'));
		change.setAttribute('aria-label', format(t('plan.change-label'), { question: t(key) }));
		list.append(h('dt', {}, t(key)), h('dd', {}, value ?? '—', ' ', change));
	}
	section.append(h('details', { class: 'your-answers' }, h('summary', {}, t('plan.your-answers')), list));

	const steps = h('ol', { class: 'plan' });
	for (const planned of plan.steps) {
		const step = byId.get(planned.id)!;
		const item = h('li', { 'data-step': step.id, id: `help-step-${step.id}` }, h('h3', { tabindex: '-1' }, step.title), h('p', {}, format(step.body, names)));
		const d = planned.deadline;
		if (d && step.deadline) {
			if (d.date && d.basis) {
				const basis = format(t(d.basis.days ? 'plan.basis-days' : 'plan.basis-months'), {
					n: d.basis.days ?? d.basis.months ?? 0,
					from: t(`plan.from-${d.basis.from}`),
				});
				const sentence = format(t('plan.deadline'), { action: step.deadline.action, date: date(d.date), basis });
				const text = [sentence.charAt(0).toUpperCase() + sentence.slice(1)];
				if (d.status === 'soon') text.push(d.daysLeft === 0 ? t('plan.today') : format(t('plan.soon'), { n: d.daysLeft ?? 0 }));
				if (d.status === 'past') text.push(t('plan.past'));
				if (d.varies) text.push(t('plan.varies'));
				item.append(
					h(
						'p',
						{ class: `deadline ${d.status}`, 'data-deadline': d.date },
						text.join(' '),
						' ',
						h('a', { href: step.deadline.source.url, rel: 'noopener noreferrer', lang: sourceLang(step.deadline.source, data.lang) }, step.deadline.source.title),
					),
				);
			} else {
				const needs = d.needs?.includes('payment') ? 'plan.needs-payment' : 'plan.needs-delivery';
				item.append(h('p', { class: 'deadline needs-date' }, format(t(needs), { action: step.deadline.action })));
			}
		}
		item.append(h('p', {}, h('a', { href: step.guide }, `${t('plan.guide')}: ${step.guideTitle}`)));
		steps.append(item);
	}
	// Each step can be ticked off; the ticks are kept for every plan and both languages.
	section.append(h('h3', {}, t('plan.steps')), stepsDone(t, steps, drawUrgent), steps);

	// The buyer's rights where they live (content/docs/*/rights/).
	const rights = plan.rights && Object.hasOwn(data.rights, plan.rights) ? data.rights[plan.rights] : undefined;
	if (rights) {
		// The sentence around the link: "… are explained in {{title}}."
		const [before = '', after = ''] = t('plan.rights').split('{{title}}');
		section.append(h('p', { class: 'rights' }, before, h('a', { href: rights.href }, rights.title), after));
	}

	// Who can help, from the complaint directory.
	const bodies = data.bodies.filter((b) => plan.bodies.includes(b.id)).sort((a, b) => plan.bodies.indexOf(a.id) - plan.bodies.indexOf(b.id));
	section.append(h('h3', {}, t('plan.bodies')));
	if (bodies.length) {
		section.append(h('ul', { class: 'bodies' }, ...bodies.map((b) => h('li', {}, h('a', { href: b.url, rel: 'noopener noreferrer' }, b.name), ` — ${b.handles}`))));
	} else section.append(h('p', {}, t('plan.bodies-none')));
	section.append(h('p', {}, h('a', { href: `/${data.locale}/reference/where-to-complain/` }, t('plan.directory'))));

	if (plan.letters.length) section.append(lettersView(ctx, plan.letters, answers, today, print));
	const restart = h('a', { href: location.pathname }, t('plan.restart'));
	restart.addEventListener('click', (event) => {
		event.preventDefault();
		ctx.go('problem', {});
	});
	const printPlan = h('button', { type: 'button' }, t('plan.print-plan'));
	printPlan.addEventListener('click', () => window.print());
	section.append(h('p', { class: 'plan-actions', 'data-print-hide': '' }, printPlan, ' ', restart));
	return section;
}

/** A link to one question that comes back to the plan once it is answered (src/help/ui.ts). */
function changeLink(ctx: HelpContext, screen: Screen, answers: Answers, text: string): HTMLElement {
	const link = h('a', { href: `?${new URLSearchParams([...answersQuery(answers), ['q', screen]])}` }, text);
	link.addEventListener('click', (event) => {
		event.preventDefault();
		ctx.change(screen, answers);
	});
	return link;
}

/**
 * The top of the plan: the one thing to do today (a link to its step), the nearest deadline with
 * its date, the days left and what to do by then, and which date any other deadline needs.
 */
function urgentView(ctx: HelpContext, plan: Plan, answers: Answers, byId: Map<string, Step>, done: ReadonlySet<string>): HTMLElement {
	const { data, t } = ctx;
	const urgent = urgentOf(plan, done);
	const box = h('section', { class: 'urgent', 'aria-labelledby': 'help-urgent-title' }, h('h3', { id: 'help-urgent-title' }, t('plan.urgent-title')));
	if (!urgent) return box;
	if (!urgent.today) {
		box.append(h('p', { class: 'today', 'data-today': '' }, t('plan.today-all-done')));
		return box;
	}
	const step = byId.get(urgent.today)!;
	const go = h('a', { href: `#help-step-${step.id}` }, step.title);
	go.addEventListener('click', (event) => {
		// The URL keeps the screen and answers only (a fragment would be a history entry of its own).
		event.preventDefault();
		const target = document.getElementById(`help-step-${step.id}`);
		target?.scrollIntoView({ block: 'start' });
		target?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
	});
	const [before = '', after = ''] = format(t('plan.today-step'), { n: urgent.todayNumber }).split('{{title}}');
	const today = h('p', { class: 'today', 'data-today': step.id }, before, go, after);
	if (urgent.reason === 'soon') today.append(' ', t('plan.today-soon'));
	box.append(today);

	const d = urgent.deadline;
	if (d) {
		const action = byId.get(d.step)?.deadline?.action ?? '';
		const when = longDate(data.lang, d.date);
		const text =
			d.status === 'past'
				? format(t('plan.nearest-past'), { date: when, action, n: -d.daysLeft })
				: format(t('plan.nearest'), { date: when, action, left: d.daysLeft === 0 ? t('plan.left-today') : format(t(d.daysLeft === 1 ? 'plan.left-one' : 'plan.left'), { n: d.daysLeft }) });
		box.append(h('p', { class: `nearest ${d.status}`, 'data-deadline': d.date }, text));
	} else if (!urgent.needs.length && (screensFor(answers.problem) as string[]).includes('dates')) {
		// "No deadline from your dates" only where dates were asked (not for a fee message or a trademark).
		box.append(h('p', { class: 'nearest none' }, t('plan.nearest-none')));
	}
	for (const need of urgent.needs) {
		const action = byId.get(need.step)?.deadline?.action ?? '';
		const key = need.dates.length > 1 ? 'plan.urgent-needs-both' : need.dates[0] === 'payment' ? 'plan.urgent-needs-payment' : 'plan.urgent-needs-delivery';
		box.append(h('p', { class: 'needs', 'data-needs': need.dates.join(' ') }, format(t(key), { action }), ' ', changeLink(ctx, 'dates', answers, t('plan.give-dates'))));
	}
	return box;
}
