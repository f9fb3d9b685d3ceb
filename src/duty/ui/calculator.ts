/**
 * <duty-calculator>: the browser side of src/components/DutyCalculator.astro. Reads the URL into
 * the form, calculates on every change, writes the query back (history.replaceState, so a result
 * is always a link) and renders the result with DOM methods only (no HTML strings from data).
 * The page inlines the rules of its language's default destination only: another destination's
 * rules (/duty-data/<locale>/<dest>.json) and the code of its channels' regimes (one chunk per
 * kind) are loaded when it is shown, once each; meanwhile the status line says so, and a failure
 * offers Retry (the form is left as it is). `data-ready` (the destination file's code) is on the
 * element while the current destination's rules and code are loaded and its outcome rendered.
 * The element keeps the state; the views are its neighbours: form.ts (form ↔ request),
 * breakdown.ts (the result), compare.ts (channels side by side), meta.ts (dates, sources, changes).
 */
import { calculate } from '../engine-core.ts';
import { crossRate } from '../fx.ts';
import { decimal } from '../decimal.ts';
import { landedCost } from '../landed.ts';
import { parseQuery, prepare, resolveDest, startQuery, suggestDest, toQuery } from '../request.ts';
import { loadedRegimes, loadRegimes, regimesLoaded } from '../regimes/load.ts';
import type { CalculatorData } from '../page-data.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { DutyResult } from '../types.ts';
import { latestDay } from '../../dates.ts';
import { queryNoticeTexts } from '../../url/query.ts';
import { localToday, moneyFormatter } from './format.ts';
import { format } from '../../text/format.ts';
import { field, readForm, renderErrors, renderNotices, setMenus, showFields, typedQuery, writeForm } from './form.ts';
import { h } from './format.ts';
import { renderResult } from './breakdown.ts';
import { renderCompare } from './compare.ts';
import { renderMeta } from './meta.ts';
import { renderCollected, showCollected } from './collected.ts';
import { checkoutFor } from '../collected.ts';
import type { CalcView } from './view.ts';

export class DutyCalculatorElement extends HTMLElement {
	#data!: CalculatorData;
	#view!: CalcView;
	#form!: HTMLFormElement;
	/** What the reader is told about the link they came with (never its text). */
	#notices: string[] = [];
	/**
	 * The latest outcome, as the `duty-calculator:result` event carries it (for listeners that come
	 * later): null when there is no result, undefined until the first outcome (the destination's
	 * rules or regimes may still be loading).
	 */
	lastResult: { total: string; currency: string; destination: string; channel: string; query: string } | null | undefined = undefined;
	/** The last event's detail, as JSON: an event is sent only when it changes. */
	#sent: string | undefined;
	/** Destination currency of the last render, to follow it when the reader changes destination. */
	#lastDest = '';
	/** Each destination file's rules loaded so far (the inline one first), by code. */
	#rules = new Map<string, DutyDestination>();
	/** Destinations whose rules or regimes are being loaded, by code. */
	#loading = new Map<string, Promise<void>>();
	/** The destination whose loading failed, until Retry or another choice. */
	#failed = '';

	connectedCallback() {
		const json = this.querySelector<HTMLScriptElement>('script[data-duty-data]');
		const form = this.querySelector<HTMLFormElement>('form');
		if (!json || !form) return;
		const data = (this.#data = JSON.parse(json.textContent ?? '{}') as CalculatorData);
		for (const destination of data.destinations) this.#rules.set(destination.destination, destination);
		const lang = (text: { en: string; 'zh-CN': string }) => (data.lang === 'zh-CN' ? text['zh-CN'] : text.en);
		this.#view = {
			data,
			request: data.context,
			registry: loadedRegimes,
			embed: this.hasAttribute('data-embed'),
			query: '',
			lang,
			text: (destination, key) => {
				const own = destination && Object.hasOwn(destination.text, key) ? destination.text[key] : undefined;
				if (own) return lang(own);
				return Object.hasOwn(data.common, key) ? data.common[key]! : key;
			},
		};
		this.#form = form;
		// The latest import date accepted depends on today (the earliest is in the HTML).
		field(form, 'date')?.setAttribute('max', latestDay(localToday()));

		// The link's settings, except what the reader typed while the script loaded. With neither
		// naming a destination, the reader's browser language may (en-GB: the United Kingdom), unless
		// the reader has started typing: then the amounts are in the currency the form showed them.
		const link = new URLSearchParams(location.search);
		const typed = typedQuery(form);
		const startDest = typed.size > 0 ? field(form, 'dest')!.value : suggestDest(navigator.languages ?? [], data.lang, this.#view.request);
		const fromLink = parseQuery(link, this.#view.request, startDest);
		const request = typed.size > 0 ? parseQuery(startQuery(link, typed), this.#view.request, startDest).request : fromLink.request;
		// What the reader is told is about the link only: what they typed is theirs.
		this.#notices = queryNoticeTexts(fromLink.notices, data.notices, data.lang);
		this.#lastDest = request.dest;
		writeForm(form, this.#view, request);
		// Rewriting the URL keeps what the reader typed in the link too.
		this.#update(typed.size > 0);

		form.addEventListener('input', (event) => this.#onChange(event));
		form.addEventListener('change', (event) => this.#onChange(event));
		// Calculate (a click, or Enter in a field, which clicks it) recalculates here and shows the
		// result; the form is never sent, which a sandboxed embed frame would refuse anyway.
		const calculate = form.querySelector<HTMLButtonElement>('button[type="submit"]');
		if (calculate) {
			calculate.disabled = false;
			calculate.addEventListener('click', (event) => {
				event.preventDefault();
				this.#update(true);
				this.querySelector<HTMLElement>('#duty-result-title')?.focus();
			});
		}
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update(true);
		});
		this.querySelector('[data-copy]')?.addEventListener('click', () => this.#copyLink());
		this.#startItemField(link.has('category') || typed.has('category'));
	}

	/**
	 * "What did you buy?" (./item-field.ts, a chunk of its own with the matcher): loaded when the
	 * reader first focuses or types in the field, or at once when the link fills it. A link's own
	 * category wins over its item.
	 */
	#startItemField(linkChoosesCategory: boolean) {
		const item = field(this.#form, 'item');
		if (!item) return;
		const start = (typing: boolean) =>
			import('./item-field.ts').then(
				({ startItemField }) => startItemField(this, { indexUrl: `${this.#data.rulesUrl.replace(/[^/]+\/$/, '')}items.json`, lang: this.#data.lang, linkChoosesCategory, typing }),
				() => item.closest('[data-item]')?.setAttribute('data-item-ready', 'failed'),
			);
		if (item.value.trim() !== '') return void start(false);
		const first = (event: Event) => {
			item.removeEventListener('focus', first);
			item.removeEventListener('input', first);
			void start(event.type === 'input');
		};
		item.addEventListener('focus', first);
		item.addEventListener('input', first);
	}

	#onChange(event: Event) {
		const target = event.target as HTMLInputElement | null;
		if (target?.name === 'dest') this.#destChanged();
		this.#update(true);
	}

	/** A new destination: its channels; its currency when the amounts were in the old one's. */
	#destChanged() {
		const request = readForm(this.#form, this.#view);
		const previous = resolveDest(this.#lastDest, this.#view.request)?.file;
		const next = resolveDest(request.dest, this.#view.request)?.file;
		if (previous && next && request.currency === previous.currency) (field(this.#form, 'currency') as HTMLSelectElement).value = next.currency;
		this.#lastDest = request.dest;
		if (next) setMenus(this.#form, this.#view, next.code, '');
		// A new choice tries again a destination that failed to load.
		this.#failed = '';
	}

	/** The regime kinds of a destination file's channels. */
	#kinds(code: string): string[] {
		return (this.#data.menus[code]?.channels ?? []).map((c) => c.kind);
	}

	/**
	 * Loads a destination's rules (fetched once; the browser's cache may serve them) and its
	 * regimes, then calculates again with what the form then says. Each destination once at a time.
	 */
	#load(code: string) {
		if (this.#loading.has(code)) return;
		const rules = this.#rules.has(code)
			? Promise.resolve()
			: fetch(`${this.#data.rulesUrl}${code.toLowerCase()}.json`).then(async (response) => {
					if (!response.ok) throw new Error(`HTTP ${response.status}`);
					const destination = (await response.json()) as DutyDestination;
					if (destination.destination !== code) throw new Error(`Rules for ${destination.destination}, not ${code}`);
					this.#rules.set(code, destination);
				});
		const done = Promise.all([rules, loadRegimes(this.#kinds(code))]).then(
			() => {
				this.#loading.delete(code);
				this.#update(false);
			},
			() => {
				this.#loading.delete(code);
				this.#failed = code;
				this.#update(false);
			},
		);
		this.#loading.set(code, done);
	}

	/** The status line while a destination loads, or after it failed (with Retry). */
	#loadingStatus(status: HTMLElement, code: string) {
		const dest = (field(this.#form, 'dest') as HTMLSelectElement).selectedOptions[0]?.text ?? code;
		if (this.#failed !== code) {
			status.textContent = format(this.#view.text(undefined, 'ui.loading'), { dest });
			this.#load(code);
			return;
		}
		// Already said: left as it is, so that a click on Retry that first blurs a field (a change
		// event, and this again) still lands on the same button.
		const shown = status.querySelector<HTMLButtonElement>('button.retry');
		if (shown?.dataset['dest'] === dest) return;
		const retry = h('button', { type: 'button', class: 'retry', 'data-dest': dest }, this.#view.text(undefined, 'ui.retry'));
		retry.addEventListener('click', () => {
			this.#failed = '';
			this.#update(false);
			this.querySelector<HTMLElement>('#duty-result-title')?.focus();
		});
		status.replaceChildren(format(this.#view.text(undefined, 'ui.load-failed'), { dest }), ' ', retry);
	}

	#update(writeUrl: boolean) {
		const view = this.#view;
		const request = readForm(this.#form, view);
		const { file, region } = resolveDest(request.dest, view.request)!;
		const destination = this.#rules.get(file.code);
		this.removeAttribute('data-ready');
		const digitsOf = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
		const snapshot = this.#data.snapshot;
		const snapshotRate = (from: string, to: string) => crossRate(snapshot, from, to);
		const fx = Object.fromEntries(Object.keys(snapshot.rates).flatMap((c) => [[c, snapshotRate(c, file.currency) ?? NaN]]));
		showFields(this, view, request, Boolean(region));
		const today = localToday();
		const prepared = prepare(request, file, { today, snapshotRate, minorUnitsOf: digitsOf, fx });
		view.query = toQuery(request, view.request).toString();
		if (writeUrl && !view.embed) history.replaceState(history.state, '', `?${view.query}${location.hash}`);
		renderNotices(this, this.#notices);
		renderErrors(this.#form, view, prepared.errors, today);

		const out = this.querySelector<HTMLElement>('[data-out]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const total = this.querySelector('output')!;
		const clear = () => {
			out.hidden = true;
			total.value = '';
			total.dataset['amount'] = '';
			total.dataset['currency'] = '';
		};
		const ready = () => this.setAttribute('data-ready', file.code);
		const noResult = (message: string) => {
			clear();
			status.textContent = message;
			this.#emit(undefined);
			ready();
		};
		// Another destination's rules or regimes are not here yet: they are loaded, and this runs
		// again. Nothing is sent to listeners meanwhile: they hear the outcome.
		const loaded = destination && regimesLoaded(this.#kinds(file.code));
		const checkout = loaded ? checkoutFor(destination, request.channel, request.date || today, loadedRegimes) : undefined;
		showCollected(this, checkout);
		if (!loaded) {
			clear();
			return this.#loadingStatus(status, file.code);
		}
		if (request.value === '' && prepared.errors.every((e) => e.field === 'value' && e.key === 'empty')) return noResult(view.text(undefined, 'ui.enter-price'));
		if (!prepared.input) return noResult(view.text(undefined, 'ui.fix-errors'));
		const outcome = calculate(prepared.input, destination, loadedRegimes);
		if (!outcome.ok) return noResult(format(view.text(destination, outcome.error.key), outcome.error.params ?? {}));
		status.textContent = '';
		out.hidden = false;
		const money = moneyFormatter(this.#data.lang, outcome.result.currency, outcome.result.minorUnits);
		const landed = landedCost(prepared.input, outcome.result);
		renderResult(this, view, outcome.result, destination, money, landed, prepared.input.dutyRate);
		renderCollected(this, view, outcome.result, destination, money, landed.landed, checkout, request.collected);
		renderCompare(this, view, prepared.input, destination, money);
		renderMeta(this, view, outcome.result, destination, request, prepared.conversion, region);
		this.#emit(outcome.result);
		ready();
	}

	/**
	 * Tells the page (and an embedding page, through the embed's script) the result, once per change:
	 * a keystroke, a blur or Calculate that leaves total, currency, destination, channel and query
	 * as they were sends nothing.
	 */
	#emit(result: DutyResult | undefined) {
		const detail = result
			? { total: decimal(result.total, result.minorUnits), currency: result.currency, destination: result.destination, channel: result.channel, query: this.#view.query }
			: null;
		const json = JSON.stringify(detail);
		if (json === this.#sent) return;
		this.#sent = json;
		this.lastResult = detail;
		this.dispatchEvent(new CustomEvent('duty-calculator:result', { bubbles: true, detail }));
	}

	async #copyLink() {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			await navigator.clipboard.writeText(location.href);
			status.textContent = this.#view.text(undefined, 'ui.copied');
		} catch {
			status.textContent = location.href;
		}
	}
}
