/**
 * The search dialog's contents: the box, the message and the results, in the markup and class
 * names of Pagefind's own UI (so Starlight's styles for its dialog apply), with the site's query
 * layer between the box and Pagefind (src/search/layer.ts).
 *
 * Starlight's search component imports `@pagefind/default-ui` on idle and calls
 * `new PagefindUI({ element, bundlePath, translations, … })`; src/search/integration.ts points that
 * one import here, so Starlight keeps its dialog, button, Ctrl/⌘+K shortcut and styles.
 *
 * - Pagefind starts loading (its script, WebAssembly and index metadata) when the reader points
 *   at or focuses the search button, or the box gets focus, not at the first keystroke.
 * - Queries in traditional characters are converted to simplified ones (a converter loaded only
 *   when a query has traditional characters, src/search/traditional.ts).
 * - When nothing matches in the page's language, the other language's pages are searched and
 *   shown under a label saying so.
 * - The message says when the results are for part of the query, or for a corrected spelling.
 * - When nothing matches in either language, it says so and offers a few pages where any problem
 *   can start (content/search/vocabulary.yaml noMatch), apart from the results.
 */
import vocabularyData, { noMatchPages } from 'virtual:kb/search-vocabulary';
import { answerSite, type Answer, type FoundPage, type PageData, type Searcher } from './layer.ts';
import { cleanQuery, queryRules } from './query.ts';
import { hasTraditional } from './traditional.ts';

interface Options {
	element: string | HTMLElement;
	bundlePath?: string;
	baseUrl?: string;
	translations?: Record<string, string>;
	processResult?: (result: PageData) => void;
	ranking?: Record<string, unknown>;
	indexWeight?: number;
	showSubResults?: boolean;
}

interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	init?(): Promise<void>;
	search(term: string): Promise<{ results: { id: string; score: number; data: () => Promise<PageData> }[] } | null>;
	preload(term: string): Promise<void>;
}
interface PagefindModule extends PagefindInstance {
	createInstance(options?: Record<string, unknown>): PagefindInstance;
}

const PAGE_SIZE = 5;
const DEBOUNCE_MS = 120;
/** A search that takes longer than this says so. */
const SLOW_MS = 400;
const EXCERPT_LENGTH = 12;

const rules = queryRules(vocabularyData);
const platforms = vocabularyData.platforms;
const platformNames = Object.values(platforms).flat();
const zwsp = /\u200B/g;

type Lang = 'en' | 'zh-cn';
const languageOf = (lang: string): Lang => (lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en');
const htmlLang = { en: 'en', 'zh-cn': 'zh-CN' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	if (text !== undefined) node.textContent = text;
	return node;
}

export class PagefindUI {
	private readonly root: HTMLElement;
	private readonly options: Options;
	private readonly t: (key: string) => string;
	private readonly lang: Lang;
	private readonly otherLang: Lang;
	private readonly input: HTMLInputElement;
	private readonly clear: HTMLButtonElement;
	private readonly area: HTMLElement;
	private readonly status: HTMLElement;
	private readonly message: HTMLElement;
	private readonly notice: HTMLElement;
	private readonly otherLabel: HTMLElement;
	private readonly results: HTMLOListElement;
	private readonly more: HTMLButtonElement;
	private readonly other: HTMLElement;
	private readonly noMatch: HTMLElement;
	private pagefind: Promise<PagefindModule> | null = null;
	private otherIndex: Promise<PagefindInstance> | null = null;
	private words = new Map<string, Promise<ReadonlyMap<string, number>>>();
	private toSimplified: Promise<(text: string) => string> | null = null;
	private searchId = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private shown: FoundPage[] = [];
	private shownCount = 0;

	constructor(options: Options) {
		this.options = options;
		const root = typeof options.element === 'string' ? document.querySelector<HTMLElement>(options.element) : options.element;
		if (!root) throw new Error(`The search dialog has no ${String(options.element)}`);
		this.root = root;
		const translations = options.translations ?? {};
		this.t = (key) => translations[key] ?? '';
		this.lang = languageOf(document.documentElement.lang);
		this.otherLang = this.lang === 'en' ? 'zh-cn' : 'en';

		const form = el('form', { class: 'pagefind-ui__form', role: 'search', 'aria-label': this.t('search_label') });
		form.addEventListener('submit', (e) => e.preventDefault());
		this.input = el('input', {
			class: 'pagefind-ui__search-input',
			type: 'text',
			placeholder: this.t('placeholder'),
			'aria-label': this.t('placeholder'),
			autocapitalize: 'none',
			autocomplete: 'off',
			spellcheck: 'false',
			enterkeyhint: 'search',
		});
		this.clear = el('button', { class: 'pagefind-ui__search-clear pagefind-ui__suppressed', type: 'button' }, this.t('clear_search'));
		const drawer = el('div', { class: 'pagefind-ui__drawer' });
		this.area = el('div', { class: 'pagefind-ui__results-area', hidden: '' });
		this.status = el('div', { role: 'status', class: 'search-status' });
		this.message = el('p', { class: 'pagefind-ui__message' });
		this.notice = el('p', { class: 'search-notice', hidden: '' });
		this.otherLabel = el('span', { class: 'search-sr-only' });
		this.status.append(this.message, this.notice, this.otherLabel);
		this.results = el('ol', { class: 'pagefind-ui__results' });
		this.more = el('button', { class: 'pagefind-ui__button', type: 'button', hidden: '' }, this.t('load_more'));
		this.other = el('section', {
			class: 'search-other-language',
			'data-other-language': this.otherLang,
			lang: htmlLang[this.otherLang],
			hidden: '',
		});
		this.noMatch = el('nav', { class: 'search-no-match', 'aria-labelledby': 'search-no-match-label', hidden: '' });
		this.area.append(this.status, this.results, this.more, this.other, this.noMatch);
		drawer.append(this.area);
		form.append(this.input, this.clear, drawer);
		const ui = el('div', { class: 'pagefind-ui' });
		ui.append(form);
		this.root.replaceChildren(ui);

		this.input.addEventListener('input', () => this.onInput());
		this.input.addEventListener('focus', () => this.warm());
		this.input.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') {
				this.input.value = '';
				this.onInput();
			}
			if (e.key === 'Enter') e.preventDefault();
		});
		this.clear.addEventListener('click', () => {
			this.input.value = '';
			this.onInput();
			this.input.focus();
		});
		this.more.addEventListener('click', () => void this.showMore());
		// Start loading Pagefind as soon as the reader shows an intent to search.
		const opener = document.querySelector('site-search button[data-open-modal]');
		for (const type of ['pointerenter', 'pointerdown', 'focus']) opener?.addEventListener(type, () => this.warm(), { once: true });
		if (this.root.closest('dialog')?.open) this.warm();
	}

	/** Loads Pagefind (script, WebAssembly, index metadata) without searching. */
	private warm(): Promise<PagefindModule> {
		this.pagefind ??= (async () => {
			const bundlePath = this.options.bundlePath ?? '/pagefind/';
			const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
			await pagefind.options({
				excerptLength: EXCERPT_LENGTH,
				...(this.options.ranking ? { ranking: this.options.ranking } : {}),
				...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
			});
			await pagefind.init?.();
			return pagefind;
		})();
		void this.vocabulary(this.lang)();
		return this.pagefind;
	}

	/**
	 * The other language's index, as a second Pagefind instance. Pagefind picks an instance's
	 * language from <html lang> when it is created and has no option for it, so the attribute
	 * holds the other language for that one synchronous call.
	 */
	private otherLanguageIndex(): Promise<PagefindInstance> {
		this.otherIndex ??= this.warm().then(async (pagefind) => {
			const html = document.documentElement;
			const lang = html.getAttribute('lang') ?? '';
			let instance: PagefindInstance;
			try {
				html.setAttribute('lang', htmlLang[this.otherLang]);
				instance = pagefind.createInstance({ basePath: this.options.bundlePath ?? '/pagefind/' });
			} finally {
				html.setAttribute('lang', lang);
			}
			await instance.options({
				excerptLength: EXCERPT_LENGTH,
				...(this.options.ranking ? { ranking: this.options.ranking } : {}),
				...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
			});
			return instance;
		});
		return this.otherIndex;
	}

	/** The site's words in a language and how often they occur (built by src/search/integration.ts). */
	private vocabulary(lang: Lang): () => Promise<ReadonlyMap<string, number>> {
		return () => {
			if (!this.words.has(lang)) {
				const url = `${this.options.bundlePath ?? '/pagefind/'}words.${lang}.json`;
				this.words.set(
					lang,
					fetch(url)
						.then((r) => (r.ok ? r.json() : []))
						// Most frequent first: a word's count is how many words follow it.
						.then((words: string[]) => new Map(words.map((word, i) => [word, words.length - i])))
						.catch(() => new Map()),
				);
			}
			return this.words.get(lang)!;
		};
	}

	private simplified(text: string): Promise<string> {
		if (!hasTraditional(text)) return Promise.resolve(text);
		this.toSimplified ??= import('./simplify.ts').then((m) => m.toSimplified);
		return this.toSimplified.then((convert) => convert(text)).catch(() => text);
	}

	private onInput() {
		const raw = this.input.value;
		this.clear.classList.toggle('pagefind-ui__suppressed', !raw);
		clearTimeout(this.timer);
		const id = ++this.searchId;
		const typed = cleanQuery(raw);
		if (!typed) {
			this.reset();
			return;
		}
		void this.warm().then((pagefind) => pagefind.preload(typed));
		this.timer = setTimeout(() => void this.search(typed, id), DEBOUNCE_MS);
	}

	private reset() {
		this.area.hidden = true;
		this.area.removeAttribute('aria-busy');
		this.message.textContent = '';
		this.notice.hidden = true;
		this.results.replaceChildren();
		this.other.replaceChildren();
		this.other.hidden = true;
		this.otherLabel.textContent = '';
		this.more.hidden = true;
		this.noMatch.replaceChildren();
		this.noMatch.hidden = true;
	}

	private async search(typed: string, id: number) {
		this.area.hidden = false;
		this.area.setAttribute('aria-busy', 'true');
		const slow = setTimeout(() => {
			if (id === this.searchId) this.message.textContent = this.t('searching').replace('[SEARCH_TERM]', typed);
		}, SLOW_MS);
		try {
			const text = await this.simplified(typed);
			const pagefind = await this.warm();
			const { here, there, searched } = await answerSite(text, {
				typed,
				rules,
				platformNames,
				platforms,
				here: { search: searcher(pagefind), vocabulary: this.vocabulary(this.lang), segmentChinese: this.lang === 'zh-cn' },
				there: async () => ({
					search: searcher(await this.otherLanguageIndex()),
					vocabulary: this.vocabulary(this.otherLang),
					segmentChinese: this.otherLang === 'zh-cn',
				}),
			});
			const firstPage = await loadPages(here.pages.slice(0, PAGE_SIZE), this.options.processResult);
			const otherPage = there ? await loadPages(there.pages.slice(0, PAGE_SIZE), this.options.processResult) : [];
			if (id !== this.searchId) return;
			this.render(typed, searched, here, firstPage, there, otherPage);
		} catch (error) {
			if (id === this.searchId) this.message.textContent = this.t('zero_results').replace('[SEARCH_TERM]', typed);
			console.warn('Search failed', error);
		} finally {
			clearTimeout(slow);
			if (id === this.searchId) this.area.removeAttribute('aria-busy');
		}
	}

	private render(typed: string, text: string, here: Answer, firstPage: PageData[], there: Answer | null, otherPage: PageData[]) {
		const count = here.pages.length;
		const format = (n: number) => new Intl.NumberFormat(htmlLang[this.lang]).format(n);
		const fill = (template: string, n: number) =>
			template.replace('[SEARCH_TERM]', typed).replace('[COUNT]', format(n)).replace('[DIFFERENT_TERM]', here.corrected ?? text);
		if (count === 0) this.message.textContent = fill(this.t('zero_results'), 0);
		else if (here.corrected) this.message.textContent = fill(this.t('alt_search'), count);
		else this.message.textContent = fill(this.t(count === 1 ? 'one_result' : 'many_results'), count);

		const notices: string[] = [];
		if (text !== typed) notices.push(this.t('converted').replace('[DIFFERENT_TERM]', text));
		if (count && !here.complete && here.query.concepts.length > 1) notices.push(fill(this.t('relaxed'), count));
		this.notice.textContent = notices.join(' ');
		this.notice.hidden = notices.length === 0;

		this.shown = here.pages;
		this.shownCount = firstPage.length;
		this.results.replaceChildren(...firstPage.map((data) => result(data)));
		this.more.hidden = this.shownCount >= count;

		this.other.replaceChildren();
		this.other.hidden = !there?.pages.length;
		this.otherLabel.textContent = '';
		if (there?.pages.length) {
			const label = this.t('other_language').replace('[COUNT]', format(there.pages.length));
			const heading = el('p', { class: 'search-notice', id: 'search-other-language-label', lang: htmlLang[this.lang], 'aria-hidden': 'true' }, label);
			const list = el('ol', { class: 'pagefind-ui__results', 'aria-labelledby': heading.id });
			list.append(...otherPage.map((data) => result(data, htmlLang[this.otherLang])));
			this.other.append(heading, list);
			// Said by the status region too, so a screen reader hears where the results come from.
			this.otherLabel.textContent = label;
		}
		this.showNoMatch(count === 0 && !there?.pages.length);
	}

	/** Nothing in either language: where any problem can start, apart from the results. */
	private showNoMatch(show: boolean) {
		this.noMatch.replaceChildren();
		this.noMatch.hidden = !show;
		if (!show) return;
		const label = el('p', { class: 'search-notice', id: 'search-no-match-label', 'aria-hidden': 'true' }, this.t('no_match'));
		// Said by the status region too, after "No results for …".
		this.otherLabel.textContent = this.t('no_match');
		const list = el('ul');
		for (const page of noMatchPages[this.lang]) {
			const item = el('li');
			item.append(el('a', { href: page.href }, page.title));
			list.append(item);
		}
		this.noMatch.append(label, list);
	}

	private async showMore() {
		const next = this.shown.slice(this.shownCount, this.shownCount + PAGE_SIZE);
		const data = await loadPages(next, this.options.processResult);
		this.results.append(...data.map((d) => result(d)));
		this.shownCount += data.length;
		this.more.hidden = this.shownCount >= this.shown.length;
	}
}

function searcher(pagefind: PagefindInstance): Searcher {
	return async (term) => (await pagefind.search(term))?.results ?? [];
}

async function loadPages(pages: FoundPage[], processResult?: (r: PageData) => void): Promise<PageData[]> {
	return Promise.all(
		pages.map(async (page) => {
			const data = await page.data();
			processResult?.(data);
			return data;
		}),
	);
}

/** One result, as Pagefind's UI writes it: the page, then up to three of its sections. */
function result(data: PageData, lang?: string): HTMLLIElement {
	const item = el('li', { class: 'pagefind-ui__result' });
	const inner = el('div', { class: 'pagefind-ui__result-inner' });
	const link = (href: string, text: string) => {
		const title = el('p', { class: 'pagefind-ui__result-title' });
		const a = el('a', { class: 'pagefind-ui__result-link', href }, text.replace(zwsp, ''));
		if (lang) a.setAttribute('hreflang', lang);
		title.append(a);
		return title;
	};
	const excerpt = (html: string) => {
		const p = el('p', { class: 'pagefind-ui__result-excerpt' });
		// Pagefind's excerpts are HTML-escaped text with <mark> around the matches.
		p.innerHTML = html.replace(zwsp, '');
		return p;
	};
	const url = data.meta['url'] || data.url;
	inner.append(link(url, data.meta['title'] ?? url));
	const subs = data.sub_results ?? [];
	// The page's own first section: its URL, or its title's anchor (Starlight's h1 is #_top).
	const hasRoot = subs[0]?.url === url || subs[0]?.url === `${url}#_top`;
	if (hasRoot || !subs.length) inner.append(excerpt(data.excerpt));
	const sections = hasRoot ? subs.slice(1) : subs;
	const top = new Set(
		[...sections]
			.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
			.slice(0, 3)
			.map((s) => s.url),
	);
	for (const section of sections.filter((s) => top.has(s.url))) {
		const nested = el('div', { class: 'pagefind-ui__result-nested' });
		nested.append(link(section.url, section.title), excerpt(section.excerpt));
		inner.append(nested);
	}
	if (lang) item.setAttribute('lang', lang);
	item.append(inner);
	return item;
}
