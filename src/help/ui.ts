/**
 * <get-help>: the browser side of src/components/GetHelp.astro. One question per screen; the
 * answers and the current screen live in the URL (history.pushState), so Back works and a link
 * reopens the same plan. The plan comes from src/help/plan.ts; every text from content/help/.
 * DOM built with createElement and textContent only.
 */
import { DATE_ANSWERS, answerValues, answersQuery, readAnswers, type Answers, type DateAnswer, type Question } from './answers.ts';
import { buildPlan, type StepRule } from './plan.ts';
import { EARLIEST_DAY, dateBoundsText, dateInBounds, latestDay, localToday } from '../dates.ts';
import { queryNoticeTexts, type QueryNotices } from '../url/query.ts';
import { h } from '../dom.ts';
import { format } from '../text/format.ts';
import { sourceLang } from '../source-lang.ts';

interface Step extends StepRule {
	title: string;
	body: string;
	guide: string;
	guideTitle: string;
	police: boolean;
	deadline?: StepRule['deadline'] & { action: string; source: { title: string; url: string } };
}
interface Data {
	lang: string;
	locale: string;
	text: Record<string, string>;
	steps: Step[];
	letters: Record<string, { title: string; to: string; body: { en: string; 'zh-CN': string } }>;
	bodies: { id: string; region: string; kind: string; name: string; handles: string; url: string }[];
	/** Words of the other language (answers' names), for a letter's copy in the recipient's language. */
	other: Record<string, string>;
	/** What to say about the link's settings (content/url-notices.yaml). */
	notices: Record<string, string>;
}
/** Dates from the link that are real dates but outside the bounds (shown by their fields). */
type OutOfRange = Partial<Record<DateAnswer, string>>;

const SCREENS = ['problem', 'where', 'platform', 'payment', 'dates'] as const;
type Screen = (typeof SCREENS)[number] | 'plan';
const PROBLEM_GROUPS: [string, readonly string[]][] = [
	['problem-group.buyer', ['not-delivered', 'late', 'not-as-described', 'refund-refused', 'customs-charge']],
	['problem-group.scam', ['fake-shop', 'phishing', 'off-platform']],
	['problem-group.seller', ['seller-account']],
];
/** Sellers and platforms that get the Chinese copy of a letter beside the reader's. */
const CHINESE_PLATFORMS = ['taobao-tmall', 'jd', 'wechat-shop', 'pinduoduo'];


export class GetHelpElement extends HTMLElement {
	#data!: Data;
	#screen!: HTMLElement;

	connectedCallback() {
		const json = this.querySelector('script[data-help-data]');
		const screen = this.querySelector<HTMLElement>('[data-screen]');
		if (!json || !screen) return;
		this.#data = JSON.parse(json.textContent ?? '{}') as Data;
		this.#screen = screen;
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

	#t(key: string) {
		const text = this.#data.text;
		return Object.hasOwn(text, key) ? text[key]! : key;
	}

	/**
	 * The screen and answers in the URL. With answers but no screen, the plan; with a date out of
	 * bounds, the dates, so the reader sees it by its field.
	 */
	#state(): { screen: Screen | 'general'; answers: Answers; notices: QueryNotices; outOfRange: OutOfRange } {
		const { answers, notices, outOfRange, screen: q } = readAnswers(new URLSearchParams(location.search), localToday());
		const state = { answers, notices, outOfRange };
		if (Object.keys(outOfRange).length) return { screen: 'dates', ...state };
		if (q && ([...SCREENS, 'plan'] as string[]).includes(q)) return { screen: q as Screen, ...state };
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
		const content = screen === 'plan' ? this.#plan(answers) : this.#question(screen, answers, outOfRange);
		// What the link had that was not used: counted or named by question, never quoted.
		const said = queryNoticeTexts(notices, this.#data.notices, this.#data.lang);
		this.#screen.replaceChildren(...(said.length ? [h('ul', { class: 'notices hint' }, ...said.map((text) => h('li', {}, text)))] : []), content);
		if (focus) this.#screen.querySelector<HTMLElement>('h2, legend')?.focus();
	}

	// --- Questions --------------------------------------------------------------------------------
	#question(screen: (typeof SCREENS)[number], answers: Answers, outOfRange: OutOfRange = {}): HTMLElement {
		const index = SCREENS.indexOf(screen);
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
		const select = (name: Question, values: readonly string[]) => {
			const id = `help-${name}`;
			const element = h('select', { id, name }, h('option', { value: '' }, '—'), ...values.map((v) => h('option', { value: v, ...(answers[name] === v ? { selected: '' } : {}) }, this.#t(`place.${v}`))));
			return h('div', { class: 'field' }, h('label', { for: id }, this.#t(`q.${name}`)), element);
		};
		const legend = h('legend', { tabindex: '-1' }, this.#t(`q.${screen}`));
		const fieldset = h('fieldset', {}, legend);
		if (screen === 'problem') {
			for (const [group, values] of PROBLEM_GROUPS) fieldset.append(h('p', { class: 'group' }, this.#t(group)), ...radios('problem', values, (v) => this.#t(`problem.${v}`)));
		} else if (screen === 'where') {
			fieldset.append(select('buyer', answerValues.buyer), select('seller', answerValues.seller));
		} else if (screen === 'platform') {
			fieldset.append(...radios('platform', answerValues.platform, (v) => this.#t(`platform.${v}`)));
		} else if (screen === 'payment') {
			fieldset.append(...radios('payment', answerValues.payment, (v) => this.#t(`payment.${v}`)));
		} else {
			for (const name of DATE_ANSWERS) {
				const id = `help-${name}`;
				const input = h('input', { id, name, type: 'date', min: EARLIEST_DAY, max: latestDay(today), value: outOfRange[name] ?? answers[name] ?? '', 'aria-describedby': `help-dates-hint ${id}-error` });
				const message = h('p', { class: 'error', id: `${id}-error` });
				fieldset.append(h('div', { class: 'field' }, h('label', { for: id }, this.#t(`q.${name}`)), input, message));
				if (outOfRange[name] !== undefined) this.#dateError(input, message, today);
			}
			fieldset.append(h('p', { class: 'hint', id: 'help-dates-hint' }, this.#t('q.dates-hint')));
		}
		const last = index === SCREENS.length - 1;
		const back = h('button', { type: 'button' }, this.#t('q.back'));
		back.addEventListener('click', () => history.back());
		form.append(
			h('p', { class: 'progress' }, format(this.#t('q.progress'), { n: index + 1, total: SCREENS.length })),
			fieldset,
			error,
			h('div', { class: 'nav' }, ...(index > 0 ? [back] : []), h('button', { type: 'submit' }, this.#t(last ? 'q.show-plan' : 'q.next'))),
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
					error.textContent = this.#t('q.choose');
					return;
				}
				read(name);
			} else if (screen === 'where') {
				// Where the buyer lives decides who can help (and the police step): required. The seller may be unknown.
				if (!data.get('buyer')) {
					error.textContent = this.#t('q.choose-buyer');
					return;
				}
				read('buyer');
				next.seller = (String(data.get('seller') ?? '') || 'unknown') as NonNullable<Answers['seller']>;
			} else {
				// A date outside 2000-01-01 … five years from today: the message by its field; stay.
				let wrong: HTMLElement | undefined;
				for (const name of DATE_ANSWERS) {
					const input = form.elements.namedItem(name) as HTMLInputElement;
					const message = form.querySelector<HTMLElement>(`#help-${name}-error`)!;
					if (input.value !== '' && !dateInBounds(input.value, today)) {
						this.#dateError(input, message, today);
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
			// Only answers the URL reader accepts go on (the same rules as a shared link).
			const clean = readAnswers(answersQuery(next), today).answers;
			this.#go(last ? 'plan' : SCREENS[index + 1]!, clean, screen);
		});
		return form;
	}

	/** Marks a date field as outside the dates a reader may give, with the message by it. */
	#dateError(input: HTMLElement, message: HTMLElement, today: string) {
		input.setAttribute('aria-invalid', 'true');
		message.textContent = format(this.#t('q.date-range'), dateBoundsText(today, this.#data.lang));
	}

	// --- The plan -------------------------------------------------------------------------------------
	#plan(answers: Answers): HTMLElement {
		const data = this.#data;
		const today = localToday();
		const plan = buildPlan(answers, data.steps, data.bodies, today);
		const byId = new Map(data.steps.map((s) => [s.id, s]));
		const names = {
			platform: answers.platform ? this.#t(`platform.${answers.platform}`) : '…',
			payment: answers.payment ? this.#t(`payment.${answers.payment}`) : '…',
			seller: answers.seller ? this.#t(`place.${answers.seller}`) : '…',
		};
		const date = (day: string) => new Intl.DateTimeFormat(data.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
		const section = h('section', { class: 'your-plan', 'aria-labelledby': 'help-plan-title' });
		section.append(h('h2', { id: 'help-plan-title', tabindex: '-1' }, this.#t(plan.general ? 'plan.general-title' : 'plan.title')));
		if (plan.general) section.append(h('p', {}, this.#t('plan.general')));

		// The answers, each with a way back to its question.
		const list = h('dl', { class: 'answers' });
		const rows: [string, Screen, string | undefined][] = [
			['q.problem', 'problem', answers.problem && this.#t(`problem.${answers.problem}`)],
			['q.buyer', 'where', answers.buyer && this.#t(`place.${answers.buyer}`)],
			['q.seller', 'where', answers.seller && this.#t(`place.${answers.seller}`)],
			['q.platform', 'platform', answers.platform && this.#t(`platform.${answers.platform}`)],
			['q.payment', 'payment', answers.payment && this.#t(`payment.${answers.payment}`)],
			['q.paid', 'dates', answers.paid && date(answers.paid)],
			['q.expected', 'dates', answers.expected && date(answers.expected)],
		];
		for (const [key, screen, value] of rows) {
			const change = h('a', { href: `?${new URLSearchParams([...answersQuery(answers), ['q', screen]])}` }, this.#t('plan.change'));
			change.addEventListener('click', (event) => {
				event.preventDefault();
				this.#go(screen, answers);
			});
			list.append(h('dt', {}, this.#t(key)), h('dd', {}, value ?? '—', ' ', change));
		}
		section.append(h('details', {}, h('summary', {}, this.#t('plan.your-answers')), list));
		if (plan.crime) section.append(h('p', { class: 'crime', role: 'note' }, this.#t('plan.crime')));

		const steps = h('ol', { class: 'plan' });
		for (const planned of plan.steps) {
			const step = byId.get(planned.id)!;
			const item = h('li', { 'data-step': step.id }, h('h3', {}, step.title), h('p', {}, format(step.body, names)));
			const d = planned.deadline;
			if (d && step.deadline) {
				if (d.date && d.basis) {
					const basis = format(this.#t(d.basis.days ? 'plan.basis-days' : 'plan.basis-months'), {
						n: d.basis.days ?? d.basis.months ?? 0,
						from: this.#t(`plan.from-${d.basis.from}`),
					});
					const sentence = format(this.#t('plan.deadline'), { action: step.deadline.action, date: date(d.date), basis });
					const text = [sentence.charAt(0).toUpperCase() + sentence.slice(1)];
					if (d.status === 'soon') text.push(d.daysLeft === 0 ? this.#t('plan.today') : format(this.#t('plan.soon'), { n: d.daysLeft ?? 0 }));
					if (d.status === 'past') text.push(this.#t('plan.past'));
					if (d.varies) text.push(this.#t('plan.varies'));
					item.append(
						h(
							'p',
							{ class: `deadline ${d.status}`, 'data-deadline': d.date },
							text.join(' '),
							' ',
							h('a', { href: step.deadline.source.url, rel: 'noopener noreferrer', lang: sourceLang(step.deadline.source, this.#data.lang) }, step.deadline.source.title),
						),
					);
				} else {
					const needs = step.deadline.earliestOf.some((w) => w.from === 'payment' && !answers.paid) ? 'plan.needs-payment' : 'plan.needs-delivery';
					item.append(h('p', { class: 'deadline needs-date' }, format(this.#t(needs), { action: step.deadline.action })));
				}
			}
			item.append(h('p', {}, h('a', { href: step.guide }, `${this.#t('plan.guide')}: ${step.guideTitle}`)));
			steps.append(item);
		}
		section.append(h('h3', {}, this.#t('plan.steps')), steps);

		// Who can help, from the complaint directory.
		const bodies = data.bodies.filter((b) => plan.bodies.includes(b.id)).sort((a, b) => plan.bodies.indexOf(a.id) - plan.bodies.indexOf(b.id));
		section.append(h('h3', {}, this.#t('plan.bodies')));
		if (bodies.length) {
			section.append(h('ul', { class: 'bodies' }, ...bodies.map((b) => h('li', {}, h('a', { href: b.url, rel: 'noopener noreferrer' }, b.name), ` — ${b.handles}`))));
		} else section.append(h('p', {}, this.#t('plan.bodies-none')));
		section.append(h('p', {}, h('a', { href: `/${data.locale}/reference/where-to-complain/` }, this.#t('plan.directory'))));

		if (plan.letters.length) section.append(this.#letters(plan.letters, answers, today));
		const restart = h('a', { href: location.pathname }, this.#t('plan.restart'));
		restart.addEventListener('click', (event) => {
			event.preventDefault();
			this.#go('problem', {});
		});
		section.append(h('p', {}, restart));
		return section;
	}

	#letters(ids: string[], answers: Answers, today: string): HTMLElement {
		const data = this.#data;
		const zhReader = data.lang === 'zh-CN';
		const chineseSeller = answers.seller === 'cn' || (answers.platform !== undefined && CHINESE_PLATFORMS.includes(answers.platform));
		const params = (lang: 'en' | 'zh-CN') => {
			const word = (key: string) => (lang === data.lang ? this.#t(key) : Object.hasOwn(data.other, key) ? data.other[key]! : key);
			const day = (d?: string) => (d ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : '[…]');
			return {
				problem: answers.problem ? word(`phrase.${answers.problem}`) : '[…]',
				platform: answers.platform ? word(`platform.${answers.platform}`) : '[…]',
				payment: answers.payment ? word(`payment.${answers.payment}`) : '[…]',
				paid: day(answers.paid),
				expected: day(answers.expected),
				today: day(today),
			};
		};
		const section = h('section', { class: 'letters-section', 'aria-labelledby': 'help-letters' }, h('h3', { id: 'help-letters' }, this.#t('plan.letters')), h('p', { class: 'hint' }, this.#t('plan.letters-hint')));
		const status = h('p', { class: 'hint', role: 'status' });
		const list = h('div', { class: 'letters' });
		ids.forEach((id, n) => {
			const letter = Object.hasOwn(data.letters, id) ? data.letters[id] : undefined;
			if (!letter) return;
			const versions: { lang: 'en' | 'zh-CN'; label: string }[] = [{ lang: zhReader ? 'zh-CN' : 'en', label: letter.title }];
			// Beside the reader's letter, a copy in the recipient's language: Chinese for a Chinese seller
			// or platform; English for a seller, bank or body outside mainland China, for a Chinese reader.
			const chineseRecipient = letter.to === 'seller' ? chineseSeller : answers.buyer === 'cn';
			if (!zhReader && letter.to === 'seller' && chineseSeller) versions.push({ lang: 'zh-CN', label: `${letter.title} — ${this.#t('plan.letter-chinese')}` });
			if (zhReader && !chineseRecipient) versions.push({ lang: 'en', label: `${letter.title} — ${this.#t('plan.letter-english')}` });
			const box = h('div', { class: 'letter' }, h('h4', {}, letter.title));
			const texts = h('div', { class: 'letter-texts' });
			versions.forEach((version, v) => {
				const id = `help-letter-${n}-${v}`;
				const area = h('textarea', { id, lang: version.lang, spellcheck: 'false' }) as HTMLTextAreaElement;
				area.value = format(letter.body[version.lang], params(version.lang));
				const copy = h('button', { type: 'button' }, this.#t('plan.copy'));
				copy.addEventListener('click', async () => {
					try {
						await navigator.clipboard.writeText(area.value);
						status.textContent = this.#t('plan.copied');
					} catch {
						area.select();
						status.textContent = this.#t('plan.copy-failed');
					}
				});
				const download = h('button', { type: 'button' }, this.#t('plan.download'));
				download.addEventListener('click', () => {
					const link = h('a', { href: URL.createObjectURL(new Blob([area.value], { type: 'text/plain;charset=utf-8' })), download: `${id.replace('help-', '')}.txt` }) as HTMLAnchorElement;
					link.click();
					setTimeout(() => URL.revokeObjectURL(link.href), 1000);
				});
				const print = h('button', { type: 'button' }, this.#t('plan.print'));
				print.addEventListener('click', () => this.#print(area.value, version.lang));
				texts.append(h('div', {}, h('label', { for: id }, version.label), area, h('div', { class: 'letter-actions' }, copy, download, print)));
			});
			box.append(texts);
			list.append(box);
		});
		section.append(list, status);
		return section;
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
