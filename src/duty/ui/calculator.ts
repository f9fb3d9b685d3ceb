/**
 * <duty-calculator>: the browser side of src/components/DutyCalculator.astro. Reads the URL into
 * the form, calculates on every change, writes the query back (history.replaceState, so a result
 * is always a link) and renders the result with DOM methods only (no HTML strings from data).
 */
import { calculate, compareChannels } from '../engine.ts';
import { crossRate } from '../fx.ts';
import { decimal } from '../decimal.ts';
import { landedCost, type LandedCost } from '../landed.ts';
import { parseQuery, prepare, requestContext, resolveDest, toQuery, type CalcRequest, type FieldError, type RequestContext } from '../request.ts';
import type { CalculatorData } from '../page-data.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { BreakdownLine, DutyResult } from '../types.ts';
import { dateBoundsText, latestDay } from '../../dates.ts';
import { queryNoticeTexts, type QueryNotices } from '../../url/query.ts';
import { sourceLang } from '../../source-lang.ts';
import { h, localToday, moneyFormatter, type Money } from './format.ts';
import { format } from '../../text/format.ts';
import { OPTIONAL_INPUTS, regimeOf, regimes } from '../regimes/index.ts';

const FIELDS = ['dest', 'origin', 'channel', 'region', 'category', 'value', 'shipping', 'insurance', 'currency', 'rate', 'lines', 'date', 'spent', 'duty'] as const;

export class DutyCalculatorElement extends HTMLElement {
	#data!: CalculatorData;
	#ctx!: RequestContext;
	#form!: HTMLFormElement;
	/** What the reader is told about the link they came with (never its text). */
	#notices: string[] = [];
	/** In a partner's iframe (see DutyCalculator.astro's `embed`). */
	#embed = false;
	/** The query for the current form, as a link would carry it. */
	#query = '';
	/** The latest result, as the `duty-calculator:result` event carries it (for listeners that come later). */
	lastResult: { total: string; currency: string; destination: string; channel: string; query: string } | null = null;
	/** Destination currency of the last render, to follow it when the reader changes destination. */
	#lastDest = '';

	connectedCallback() {
		const json = this.querySelector<HTMLScriptElement>('script[data-duty-data]');
		const form = this.querySelector<HTMLFormElement>('form');
		if (!json || !form) return;
		this.#data = JSON.parse(json.textContent ?? '{}') as CalculatorData;
		this.#ctx = requestContext(this.#data.destinations, Object.keys(this.#data.snapshot.rates), this.#data.origins);
		this.#form = form;
		this.#embed = this.hasAttribute('data-embed');
		this.querySelector('[data-nojs]')?.remove();
		// The latest import date accepted depends on today (the earliest is in the HTML).
		this.#field('date')?.setAttribute('max', latestDay(localToday()));

		const { request, notices } = parseQuery(new URLSearchParams(location.search), this.#ctx);
		this.#notices = this.#noticeTexts(notices);
		this.#lastDest = request.dest;
		this.#format(request);
		this.#update(false);

		form.addEventListener('input', (event) => this.#onChange(event));
		form.addEventListener('change', (event) => this.#onChange(event));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update(true);
		});
		this.querySelector('[data-copy]')?.addEventListener('click', () => this.#copyLink());
	}

	#field(name: string) {
		return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
	}

	#onChange(event: Event) {
		const target = event.target as HTMLInputElement | null;
		if (target?.name === 'dest') this.#destChanged();
		this.#update(true);
	}

	/** A new destination: its channels; its currency when the amounts were in the old one's. */
	#destChanged() {
		const request = this.#read();
		const previous = resolveDest(this.#lastDest, this.#ctx)?.file;
		const next = resolveDest(request.dest, this.#ctx)?.file;
		if (previous && next && request.currency === previous.currency) (this.#field('currency') as HTMLSelectElement).value = next.currency;
		this.#lastDest = request.dest;
		this.#setChannels(request.dest, '');
		(this.#field('region') as HTMLSelectElement).value = '';
	}

	#destination(code: string): DutyDestination {
		return this.#data.destinations.find((d) => d.destination === code)!;
	}

	#setChannels(dest: string, selected: string) {
		const file = resolveDest(dest, this.#ctx)!.file;
		const destination = this.#destination(file.code);
		const select = this.#field('channel') as HTMLSelectElement;
		select.replaceChildren(...destination.channels.map((c) => h('option', { value: c.id }, this.#lang(c.name))));
		select.value = selected || destination.channels[0]!.id;
	}

	#lang(text: { en: string; 'zh-CN': string }) {
		return this.#data.lang === 'zh-CN' ? text['zh-CN'] : text.en;
	}

	/** Puts a request into the form. */
	#format(request: CalcRequest) {
		this.#setChannels(request.dest, request.channel);
		for (const name of FIELDS) {
			const field = this.#field(name);
			if (!field || name === 'channel') continue;
			if (name === 'region' && resolveDest(request.dest, this.#ctx)?.region) {
				field.value = '';
				continue;
			}
			field.value = request[name];
		}
		(this.#field('gift') as HTMLInputElement).checked = request.gift;
		(this.#field('single') as HTMLInputElement).checked = request.single;
	}

	/** Reads the form as a request (through the same parser as a URL, so both follow one set of rules). */
	#read(): CalcRequest {
		const query = new URLSearchParams();
		for (const name of FIELDS) {
			const value = this.#field(name)?.value ?? '';
			if (value !== '') query.set(name, value);
		}
		if ((this.#field('gift') as HTMLInputElement).checked) query.set('gift', '1');
		if ((this.#field('single') as HTMLInputElement).checked) query.set('single', '1');
		return parseQuery(query, this.#ctx).request;
	}

	#text(destination: DutyDestination | undefined, key: string): string {
		const own = destination && Object.hasOwn(destination.text, key) ? destination.text[key] : undefined;
		if (own) return this.#lang(own);
		return Object.hasOwn(this.#data.common, key) ? this.#data.common[key]! : key;
	}

	#noticeTexts(notices: QueryNotices): string[] {
		return queryNoticeTexts(notices, this.#data.notices, this.#data.lang);
	}

	#update(writeUrl: boolean) {
		const request = this.#read();
		const { file, region } = resolveDest(request.dest, this.#ctx)!;
		const destination = this.#destination(file.code);
		const digitsOf = (currency: string) =>
			new Intl.NumberFormat('en', {
				style: 'currency',
				currency,
			}).resolvedOptions().maximumFractionDigits ?? 2;
		const snapshot = this.#data.snapshot;
		const snapshotRate = (from: string, to: string) => crossRate(snapshot, from, to);
		const fx = Object.fromEntries(Object.keys(snapshot.rates).flatMap((c) => [[c, snapshotRate(c, file.currency) ?? NaN]]));
		this.#showFields(request, destination, Boolean(region));
		const today = localToday();
		const prepared = prepare(request, file, {
			today,
			snapshotRate,
			minorUnitsOf: digitsOf,
			fx,
		});
		this.#query = toQuery(request, this.#ctx).toString();
		if (writeUrl && !this.#embed) history.replaceState(history.state, '', `?${this.#query}${location.hash}`);
		this.#renderNotices();
		this.#renderErrors(prepared.errors, today);

		const out = this.querySelector<HTMLElement>('[data-out]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const total = this.querySelector('output')!;
		const noResult = (message: string) => {
			out.hidden = true;
			status.textContent = message;
			total.value = '';
			total.dataset['amount'] = '';
			total.dataset['currency'] = '';
			this.#emit(undefined);
		};
		if (request.value === '' && prepared.errors.every((e) => e.field === 'value' && e.key === 'empty')) return noResult(this.#text(undefined, 'ui.enter-price'));
		if (!prepared.input) return noResult(this.#text(undefined, 'ui.fix-errors'));
		const outcome = calculate(prepared.input, destination);
		if (!outcome.ok) return noResult(format(this.#text(destination, outcome.error.key), outcome.error.params ?? {}));
		status.textContent = '';
		out.hidden = false;
		const money = moneyFormatter(this.#data.lang, outcome.result.currency, outcome.result.minorUnits);
		this.#renderResult(outcome.result, destination, money, landedCost(prepared.input, outcome.result));
		this.#renderCompare(prepared.input, destination, money);
		this.#renderMeta(outcome.result, destination, request, prepared.conversion, region);
		this.#emit(outcome.result);
	}

	/** Shows the fields that matter for this destination and currency. */
	#showFields(request: CalcRequest, destination: DutyDestination, impliedRegion: boolean) {
		const show = (name: string, visible: boolean) => {
			const el = this.querySelector<HTMLElement>(`[data-field="${name}"]`);
			if (el) el.hidden = !visible;
		};
		show('region', destination.regions.length > 0 && !impliedRegion);
		show('channel', destination.channels.length > 1);
		// Annual spending, single item, gift: only where a channel's regime asks for it.
		const asked = new Set(destination.channels.flatMap((c) => regimeOf(regimes, c.kind).inputs));
		for (const name of OPTIONAL_INPUTS) show(name, asked.has(name));
		const foreign = request.currency !== destination.currency;
		show('rate', foreign);
		if (foreign) {
			const snapshot = this.#data.snapshot;
			const rate = crossRate(snapshot, request.currency, destination.currency) ?? NaN;
			const params = {
				from: request.currency,
				to: destination.currency,
				rate: formatRate(rate, this.#data.lang),
				date: snapshot.date,
			};
			this.querySelector('[data-rate-label]')!.textContent = format(this.#text(undefined, 'ui.rate'), params);
			this.querySelector(`#duty-rate-hint`)!.textContent = format(this.#text(undefined, 'ui.rate-hint'), params);
		}
	}

	#renderNotices() {
		const list = this.querySelector<HTMLElement>('[data-notices]')!;
		list.replaceChildren(...this.#notices.map((text) => h('li', {}, text)));
		list.hidden = this.#notices.length === 0;
	}

	#renderErrors(errors: FieldError[], today: string) {
		for (const name of ['value', 'shipping', 'insurance', 'spent', 'rate', 'duty', 'lines', 'date']) {
			const error = errors.find((e) => e.field === name && !(name === 'value' && e.key === 'empty' && this.#field('value')?.value === ''));
			const input = this.#field(name);
			const message = this.querySelector(`#duty-${name}-error`);
			if (!input || !message) continue;
			if (error) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
			if (error?.field === 'date') {
				// The date is under "More details": open it, so the message is seen.
				const details = input.closest('details');
				if (details) details.open = true;
				message.textContent = format(this.#text(undefined, 'ui.error.date-range'), dateBoundsText(today, this.#data.lang));
			} else message.textContent = error ? this.#text(undefined, `ui.error.${error.key}`) : '';
		}
	}

	#renderResult(result: DutyResult, destination: DutyDestination, money: Money, { landed, parts }: LandedCost) {
		const t = (key: string) => this.#text(destination, key);
		const params = (p: Record<string, string | number> = {}) => moneyParams(p, money, result.minorUnits);
		const output = this.querySelector('output')!;
		output.value = money(result.total);
		output.dataset['amount'] = decimal(result.total, result.minorUnits);
		output.dataset['currency'] = result.currency;
		this.querySelector('[data-regime]')!.textContent = format(t(`regime.${result.regime}`), params(result.regimeParams));
		// Volatile rules (the US) are said first and set apart; the other warnings follow the regime.
		const volatile = result.warnings.filter((w) => w.key === 'volatile');
		this.querySelector('[data-volatile]')!.replaceChildren(...volatile.map((w) => h('p', { class: 'volatile' }, format(t(w.key), params(w.params)))));
		this.querySelector('[data-warnings]')!.replaceChildren(...result.warnings.filter((w) => w.key !== 'volatile').map((w) => h('li', {}, format(t(w.key), params(w.params)))));

		const row = (line: BreakdownLine) => {
			const flat = line.rate === 0 && (line.key.startsWith('charge.') || line.key.startsWith('carrier.'));
			const marks: Node[] = [];
			if (line.estimate) marks.push(h('span', { class: 'mark' }, t('ui.estimate-mark')));
			if (line.atCheckout) marks.push(h('span', { class: 'mark' }, t('ui.checkout-mark')));
			if (!line.estimate && line.sources.length === 0 && line.key === 'duty') marks.push(h('span', { class: 'mark' }, t('ui.your-rate')));
			const fee = line.key.startsWith('carrier.') ? destination.carrierFees.find((f) => `carrier.${f.key}` === line.key) : undefined;
			const label = fee ? this.#lang(fee.name) : format(t(line.key), params(result.regimeParams));
			const step = [label, line.category ? (this.#data.lang === 'zh-CN' ? `（${t(`category.${line.category}`)}）` : ` (${t(`category.${line.category}`)})`) : ''].join('');
			const rate = flat ? '—' : `${formatRate(line.rate, this.#data.lang)}%${line.share !== undefined ? ` ${format(t('ui.share'), { share: line.share })}` : ''}`;
			return h(
				'tr',
				{},
				h('td', {}, step, ...marks),
				h('td', { class: 'num' }, flat && line.base === 0 ? '—' : money(line.base)),
				h('td', { class: 'num' }, rate),
				h('td', { class: 'num' }, money(line.amount)),
				h('td', {}, ...line.sources.flatMap((id, i) => [i > 0 ? ' ' : '', h('a', { href: `#duty-source-${id}` }, id)])),
			);
		};
		const head = h('tr', {}, ...['ui.step', 'ui.base', 'ui.rate-col', 'ui.amount', 'ui.source'].map((k, i) => h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : undefined }, t(k))));
		const table = h('table', {}, h('caption', {}, t('ui.breakdown')), h('thead', {}, head), h('tbody', {}, ...[...result.lines, ...result.carrier].map(row)));
		this.querySelector('[data-breakdown]')!.replaceChildren(...(result.lines.length + result.carrier.length > 0 ? [table] : []));

		const extra: Node[] = [];
		if (result.onDelivery !== result.total) extra.push(h('dt', {}, t('ui.on-delivery')), h('dd', {}, money(result.onDelivery)));
		if (result.carrierTotal > 0) extra.push(h('dt', {}, t('ui.carrier')), h('dd', {}, money(result.carrierTotal)));
		extra.push(
			h('dt', {}, t('ui.landed')),
			h(
				'dd',
				{},
				h(
					'output',
					{
						name: 'landed',
						'data-amount': decimal(landed, result.minorUnits),
						'data-currency': result.currency,
					},
					money(landed),
				),
			),
		);
		this.querySelector('[data-extra]')!.replaceChildren(...extra);

		// Where the money goes: goods and shipping, duties and taxes, carrier fees.
		const label = { goods: 'ui.goods', taxes: 'ui.taxes', fees: 'ui.carrier' } as const;
		this.querySelector('[data-visual]')!.replaceChildren(
			h('figcaption', {}, t('ui.where-money')),
			h(
				'div',
				{ class: 'bar', 'aria-hidden': 'true' },
				...parts.map((p) => h('span', { class: p.part, style: `width:${p.share}%` })),
			),
			h('ul', {}, ...parts.map((p) => h('li', {}, h('span', { class: `swatch ${p.part}`, 'aria-hidden': 'true' }), `${t(label[p.part])}: ${money(p.amount)} (${Math.round(p.share)}%)`))),
		);
	}

	#renderCompare(input: NonNullable<ReturnType<typeof prepare>['input']>, destination: DutyDestination, money: Money) {
		const box = this.querySelector('[data-compare]')!;
		if (destination.channels.length < 2) return box.replaceChildren();
		const t = (key: string) => this.#text(destination, key);
		const { results, cheapest } = compareChannels(input, destination);
		const name = (id: string) => this.#lang(destination.channels.find((c) => c.id === id)!.name);
		const rows = results.map((r) =>
			h(
				'tr',
				{ class: cheapest.includes(r.channel) ? 'cheapest' : undefined },
				h('th', { scope: 'row' }, name(r.channel)),
				h('td', { class: 'num' }, r.outcome.ok ? money(r.outcome.result.total) : t('ui.unavailable')),
				h('td', { class: 'num' }, r.outcome.ok && r.outcome.result.carrierTotal ? money(r.outcome.result.carrierTotal) : '—'),
			),
		);
		const verdict = cheapest.length === 0 ? t('ui.same-cost') : format(t('ui.cheapest'), { channel: cheapest.map(name).join(' / ') });
		box.replaceChildren(
			h(
				'div',
				{ class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('ui.compare') },
				h(
					'table',
					{ class: 'compare' },
					h('caption', {}, t('ui.compare')),
					h(
						'thead',
						{},
						h(
							'tr',
							{},
							h('th', { scope: 'col' }, t('ui.channel')),
							h('th', { scope: 'col', class: 'num' }, t('ui.total')),
							h('th', { scope: 'col', class: 'num' }, t('ui.carrier')),
						),
					),
					h('tbody', {}, ...rows),
				),
			),
			h('p', { class: 'verdict' }, verdict),
		);
	}

	#renderMeta(result: DutyResult, destination: DutyDestination, request: CalcRequest, conversion: ReturnType<typeof prepare>['conversion'], region: string | undefined) {
		const t = (key: string) => this.#text(destination, key);
		const meta: string[] = [
			format(t('ui.rules-dates'), {
				from: result.rules.from,
				until: result.rules.until ? format(t('ui.rules-until'), { until: result.rules.until }) : '',
				reviewed: result.rules.reviewed,
			}),
		];
		if (conversion && conversion.from !== 'same-currency') {
			const origin =
				conversion.from === 'reader'
					? t('ui.rate-reader')
					: format(t('ui.rate-snapshot'), {
							date: this.#data.snapshot.date,
						});
			meta.push(
				format(t('ui.converted'), {
					rate: formatRate(conversion.rate, this.#data.lang),
					from: request.currency,
					to: result.currency,
					origin,
				}),
			);
		}
		const regionCurrency = destination.regions.find((r) => r.code === region)?.currency;
		if (regionCurrency) meta.push(format(t('ui.eu-currency'), { currency: regionCurrency }));
		this.querySelector('[data-meta]')!.textContent = meta.join(' ');
		const share = this.querySelector<HTMLAnchorElement>('[data-share]');
		if (share) share.href = `?${this.#query}`;

		const used = new Set(result.sources);
		const sources = destination.sources.filter((s) => used.has(s.id));
		this.querySelector('[data-sources]')!.replaceChildren(
			...(sources.length
				? [
						h('h3', {}, t('ui.sources')),
						h(
							'ol',
							{ class: 'sources' },
							...sources.map((s) =>
								h(
									'li',
									{ id: `duty-source-${s.id}` },
									`${s.id}: `,
									h(
										'a',
										{
											href: s.url,
											...(this.#embed ? { target: '_blank' } : {}),
											rel: 'noopener noreferrer',
											lang: sourceLang(s, this.#data.lang),
										},
										s.title,
									),
								),
							),
						),
					]
				: []),
		);
		const date = request.date || localToday();
		const ahead = destination.changesAhead.filter((c) => c.date > date);
		this.querySelector('[data-changes]')!.replaceChildren(
			...(ahead.length
				? [
						h('h3', {}, t('ui.changes-ahead')),
						h('ul', {}, ...ahead.map((c) => h('li', {}, h('strong', {}, `${c.approximate ? '~' : ''}${c.date}`), ' ', this.#lang(c.text)))),
					]
				: []),
		);
	}

	/** Tells the page (and an embedding page, through the embed's script) the result. */
	#emit(result: DutyResult | undefined) {
		this.lastResult = result
			? { total: decimal(result.total, result.minorUnits), currency: result.currency, destination: result.destination, channel: result.channel, query: this.#query }
			: null;
		this.dispatchEvent(
			new CustomEvent('duty-calculator:result', {
				bubbles: true,
				detail: result
					? {
							total: decimal(result.total, result.minorUnits),
							currency: result.currency,
							destination: result.destination,
							channel: result.channel,
							query: this.#query,
						}
					: null,
			}),
		);
	}

	async #copyLink() {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			await navigator.clipboard.writeText(location.href);
			status.textContent = this.#text(undefined, 'ui.copied');
		} catch {
			status.textContent = location.href;
		}
	}
}


const formatRate = (rate: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(rate);

/** Money parameters (limits given in major units) formatted in the result's currency. */
const MONEY_PARAMS = new Set(['limit', 'annual', 'waiver', 'allowance', 'exemption', 'threshold', 'amount', 'fee']);
function moneyParams(params: Record<string, string | number>, money: Money, digits: number) {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, MONEY_PARAMS.has(k) && typeof v === 'number' ? money(Math.round(v * 10 ** digits), true) : v]));
}
