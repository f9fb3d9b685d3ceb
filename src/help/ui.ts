/**
 * <get-help>: the browser side of src/components/GetHelp.astro. One question per screen; the
 * answers and the current screen live in the URL (history.pushState), so Back works and a link
 * reopens the same plan. The plan comes from src/help/plan.ts; every text from content/help/.
 * The element keeps the state and the navigation; the views are in src/help/ui/ (questions, plan,
 * letters). DOM built with createElement and textContent only.
 */
import { answersQuery, readAnswers, screensFor, type Answers } from './answers.ts';
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
		};
		this.querySelector('[data-nojs]')?.remove();
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
	 * The screen and answers in the URL. With answers but no screen, the plan; with a date out of
	 * bounds, the dates, so the reader sees it by its field.
	 */
	#state(): { screen: Screen | 'general'; answers: Answers; notices: QueryNotices; outOfRange: OutOfRange } {
		const { answers, notices, outOfRange, screen: q } = readAnswers(new URLSearchParams(location.search), localToday());
		const state = { answers, notices, outOfRange };
		if (Object.keys(outOfRange).length && screensFor(answers.problem).includes('dates')) return { screen: 'dates', ...state };
		// A screen the problem does not ask (a link made for another problem): the plan.
		if (q && (SCREENS as readonly string[]).includes(q)) return { screen: (screensFor(answers.problem) as string[]).includes(q) ? (q as Screen) : 'plan', ...state };
		if (q === 'plan') return { screen: 'plan', ...state };
		return { screen: Object.keys(answers).length ? 'plan' : 'general', ...state };
	}

	/** Moves to `screen`. `from`: the screen being left keeps the new answers too, so Back shows them. */
	#go(screen: Screen, answers: Answers, from?: Screen) {
		const at = (s: Screen) => {
			const query = answersQuery(answers);
			query.set('q', s);
			return `?${query}`;
		};
		if (from) history.replaceState(null, '', at(from));
		history.pushState(null, '', at(screen));
		this.#render(true);
	}

	#render(focus: boolean) {
		const { screen, answers, notices, outOfRange } = this.#state();
		const general = this.querySelector<HTMLElement>('[data-general]')!;
		const evidence = this.querySelector<HTMLElement>('[data-evidence]')!;
		general.hidden = screen !== 'general';
		evidence.hidden = screen !== 'general' && screen !== 'plan';
		if (screen === 'general') {
			this.#screen.replaceChildren();
			return;
		}
		const content = screen === 'plan' ? planView(this.#ctx, answers, (text, lang) => this.#print(text, lang)) : questionView(this.#ctx, screen, answers, outOfRange);
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
