/**
 * <get-help>: the browser side of src/components/GetHelp.astro. One question per screen; the
 * answers and the current screen live in the URL (history.pushState), so Back works and a link
 * reopens the same plan. The plan comes from src/help/plan.ts; every text from content/help/.
 * The element keeps the state and the navigation; the views are in src/help/ui/ (questions, plan,
 * letters). DOM built with createElement and textContent only.
 */
import { answersQuery, readAnswers, requiredOn, screensFor, showsPurchaseEvidence, type Answers } from './answers.ts';
import { localToday } from '../dates.ts';
import { queryNoticeTexts, type QueryNotices } from '../url/query.ts';
import { h } from '../dom.ts';
import { questionView, type OutOfRange } from './ui/questions.ts';
import { planView } from './ui/plan.ts';
import { SCREENS, type HelpContext, type HelpData, type Screen } from './ui/view.ts';

export class GetHelpElement extends HTMLElement {
	#data!: HelpData;
	#screen!: HTMLElement;
	#ctx!: HelpContext;

	connectedCallback() {
		const json = this.querySelector('script[data-help-data]');
		const screen = this.querySelector<HTMLElement>('[data-screen]');
		if (!json || !screen) return;
		this.#data = JSON.parse(json.textContent ?? '{}') as HelpData;
		this.#screen = screen;
		const text = this.#data.text;
		this.#ctx = {
			data: this.#data,
			t: (key) => (Object.hasOwn(text, key) ? text[key]! : key),
			go: (to, answers, from) => this.#go(to, answers, from),
			change: (to, answers) => this.#go(to, answers, undefined, true),
		};
		const start = this.querySelector<HTMLAnchorElement>('[data-start]');
		if (start) {
			start.hidden = false;
			start.addEventListener('click', (event) => {
				event.preventDefault();
				this.#go('problem', {});
			});
		}
		window.addEventListener('popstate', () => this.#render(false));
		this.#render(false);
	}

	/**
	 * The screen and answers in the URL. With answers but no screen, the plan; with neither, the first
	 * question (`q=general`: the general plan, which is also what the page shows without JavaScript);
	 * with a date out of bounds, the dates, so the reader sees it by its field.
	 */
	#state(): { screen: Screen | 'general'; answers: Answers; notices: QueryNotices; outOfRange: OutOfRange } {
		const { answers, notices, outOfRange, screen: q } = readAnswers(new URLSearchParams(location.search), localToday());
		const state = { answers, notices, outOfRange };
		if (Object.keys(outOfRange).length && screensFor(answers.problem).includes('dates')) return { screen: 'dates', ...state };
		// A screen the problem does not ask (a link made for another problem): the plan.
		if (q && (SCREENS as readonly string[]).includes(q)) return { screen: (screensFor(answers.problem) as string[]).includes(q) ? (q as Screen) : 'plan', ...state };
		if (q === 'plan' || q === 'general') return { screen: q, ...state };
		// Nothing asked for: the plan for answers in the link, else the first question (the general plan is one link away).
		return { screen: Object.keys(answers).length ? 'plan' : 'problem', ...state };
	}

	/**
	 * Moves to `screen`. `from`: the screen being left keeps the new answers too, so Back shows them.
	 * `change`: a question opened from the plan's "Change" links. Its history entry is marked
	 * (history.state, kept by Back, Forward and reload; a shared link has the answers and screen
	 * only, and walks on through the questions); answering it returns to the plan, unless the
	 * question the questions would go to next still has no answer, which is then asked the same way.
	 */
	#go(screen: Screen | 'general', answers: Answers, from?: Screen, change = false) {
		const at = (s: Screen | 'general') => {
			const query = answersQuery(answers);
			query.set('q', s);
			return `?${query}`;
		};
		const changing = from !== undefined && isChange(history.state);
		if (from) history.replaceState(history.state, '', at(from));
		if (changing && screen !== 'plan' && screen !== 'general' && !unanswered(screen, answers)) screen = 'plan';
		history.pushState((change || changing) && screen !== 'plan' ? { change: true } : null, '', at(screen));
		this.#render(true);
	}

	#render(focus: boolean) {
		const { screen, answers, notices, outOfRange } = this.#state();
		const general = this.querySelector<HTMLElement>('[data-general]')!;
		const evidence = this.querySelector<HTMLElement>('[data-evidence]')!;
		general.hidden = screen !== 'general';
		evidence.hidden = !(screen === 'general' || (screen === 'plan' && showsPurchaseEvidence(answers.problem)));
		if (screen === 'general') {
			this.#screen.replaceChildren();
			return;
		}
		const content = screen === 'plan' ? planView(this.#ctx, answers, (text, lang) => this.#print(text, lang)) : questionView(this.#ctx, screen, answers, outOfRange);
		// A question opened from the plan goes back to it: its button says so.
		if (screen !== 'plan' && isChange(history.state)) {
			const submit = content.querySelector<HTMLButtonElement>('button[type="submit"]');
			if (submit) submit.textContent = this.#ctx.t('q.update-plan');
		}
		// What the link had that was not used: counted or named by question, never quoted.
		const said = queryNoticeTexts(notices, this.#data.notices, this.#data.lang);
		this.#screen.replaceChildren(...(said.length ? [h('ul', { class: 'notices hint' }, ...said.map((text) => h('li', {}, text)))] : []), content);
		if (focus) this.#screen.querySelector<HTMLElement>('h2, legend')?.focus();
	}

	/** Prints one letter's text alone (see the print styles in GetHelp.astro). */
	#print(text: string, lang: string) {
		const pre = h('pre', { 'data-print': '', lang }, text);
		this.append(pre);
		document.documentElement.classList.add('printing');
		const done = () => {
			document.documentElement.classList.remove('printing');
			pre.remove();
			window.removeEventListener('afterprint', done);
		};
		window.addEventListener('afterprint', done);
		window.print();
	}
}

/** Whether a history entry is a question opened from the plan (see #go). */
const isChange = (state: unknown) => typeof state === 'object' && state !== null && (state as { change?: unknown }).change === true;

/** A question the plan cannot do without and that has no answer yet (the dates may stay empty). */
function unanswered(screen: string, answers: Answers): boolean {
	const name = requiredOn(screen);
	return name !== undefined && !answers[name];
}
