/**
 * The form ↔ the request: puts a request (from the URL) into the form, reads the form back through
 * the same parser as a URL, shows the fields that matter and the messages by the fields.
 */
import { crossRate } from '../fx.ts';
import { parseQuery, resolveDest, type CalcRequest, type FieldError } from '../request.ts';
import { dateBoundsText } from '../../dates.ts';
import { format } from '../../text/format.ts';
import { OPTIONAL_INPUTS } from '../regimes/regime.ts';
import { h } from './format.ts';
import { formatRate, type CalcView } from './view.ts';

/** The form's fields that carry text, in the order a link writes them. */
export const FIELDS = ['dest', 'origin', 'channel', 'region', 'category', 'value', 'shipping', 'insurance', 'currency', 'rate', 'lines', 'date', 'spent', 'duty', 'item'] as const;
/** Fields with a message slot (`#duty-<name>-error`). */
const CHECKED = ['value', 'shipping', 'insurance', 'spent', 'rate', 'duty', 'lines', 'date'] as const;

export const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
const box = (form: HTMLFormElement, name: string) => field(form, name) as HTMLInputElement;

/**
 * The channels and regions of destination file `code` in their menus, `channel` (or the first)
 * chosen and no region. From the page's menus: the destination's rules need not be loaded yet.
 */
export function setMenus(form: HTMLFormElement, ctx: CalcView, code: string, channel: string) {
	const select = field(form, 'channel') as HTMLSelectElement;
	const menus = ctx.data.menus[code];
	const channels = menus?.channels ?? [];
	select.replaceChildren(...channels.map((c) => h('option', { value: c.id }, c.name)));
	select.value = channel || (channels[0]?.id ?? '');
	const regions = field(form, 'region') as HTMLSelectElement;
	// The first option is "Choose…" (value ''), written by the server.
	const choose = regions.options[0]!;
	regions.replaceChildren(choose, ...(menus?.regions ?? []).map((r) => h('option', { value: r.code }, r.name)));
	regions.value = '';
}

/** Puts a request into the form. */
export function writeForm(form: HTMLFormElement, ctx: CalcView, request: CalcRequest) {
	const file = resolveDest(request.dest, ctx.request)?.file;
	setMenus(form, ctx, file?.code ?? '', request.channel);
	const impliedRegion = Boolean(resolveDest(request.dest, ctx.request)?.region);
	for (const name of FIELDS) {
		const input = field(form, name);
		if (!input || name === 'channel') continue;
		input.value = name === 'region' && impliedRegion ? '' : request[name];
	}
	box(form, 'gift').checked = request.gift;
	box(form, 'single').checked = request.single;
	box(form, 'collected').checked = request.collected;
}

/** Reads the form as a request (through the same parser as a URL, so both follow one set of rules). */
export function readForm(form: HTMLFormElement, ctx: CalcView): CalcRequest {
	const query = new URLSearchParams();
	for (const name of FIELDS) {
		const value = field(form, name)?.value ?? '';
		if (value !== '') query.set(name, value);
	}
	if (box(form, 'gift').checked) query.set('gift', '1');
	if (box(form, 'single').checked) query.set('single', '1');
	if (box(form, 'collected').checked) query.set('collected', '1');
	return parseQuery(query, ctx.request).request;
}

/**
 * What the reader changed in the form before the script started (the page is usable, and typed
 * into, while its script loads): each field whose value differs from the one the page was built
 * with, as the query a link would carry (an empty value: the reader cleared the field).
 */
export function typedQuery(form: HTMLFormElement): URLSearchParams {
	const typed = new URLSearchParams();
	for (const name of FIELDS) {
		const input = field(form, name);
		if (!input) continue;
		if (input instanceof HTMLSelectElement) {
			const options = [...input.options];
			// A menu shows its `selected` option, else its first.
			const initial = Math.max(0, options.findIndex((o) => o.defaultSelected));
			if (input.selectedIndex !== initial) typed.set(name, input.value);
		} else if (input.value !== input.defaultValue) typed.set(name, input.value);
	}
	for (const name of ['gift', 'single', 'collected']) {
		const checkbox = box(form, name);
		if (checkbox.checked !== checkbox.defaultChecked) typed.set(name, checkbox.checked ? '1' : '0');
	}
	return typed;
}

/**
 * Shows the fields that matter for this destination and currency (from the page's data: the
 * destination's rules need not be loaded yet).
 */
export function showFields(root: HTMLElement, ctx: CalcView, request: CalcRequest, impliedRegion: boolean) {
	const file = resolveDest(request.dest, ctx.request)!.file;
	const channels = ctx.data.menus[file.code]?.channels ?? [];
	const show = (name: string, visible: boolean) => {
		const el = root.querySelector<HTMLElement>(`[data-field="${name}"]`);
		if (el) el.hidden = !visible;
	};
	show('region', file.regions.length > 0 && !impliedRegion);
	show('channel', channels.length > 1);
	// Annual spending, single item, gift: only where a channel's regime asks for it.
	const asked = new Set(channels.flatMap((c) => ctx.data.inputs[c.kind] ?? []));
	for (const name of OPTIONAL_INPUTS) show(name, asked.has(name));
	// The answer's currency: an EU member state's own (SEK for Sweden), else the destination's.
	const currency = file.currency;
	const foreign = request.currency !== currency;
	show('rate', foreign);
	if (foreign) {
		const snapshot = ctx.data.snapshot;
		const rate = crossRate(snapshot, request.currency, currency) ?? NaN;
		const params = { from: request.currency, to: currency, rate: formatRate(rate, ctx.data.lang), date: snapshot.date };
		root.querySelector('[data-rate-label]')!.textContent = format(ctx.text(undefined, 'ui.rate'), params);
		root.querySelector('#duty-rate-hint')!.textContent = format(ctx.text(undefined, 'ui.rate-hint'), params);
	}
}

/** Each field's message (and aria-invalid) from the parser's errors. */
export function renderErrors(form: HTMLFormElement, ctx: CalcView, errors: FieldError[], today: string) {
	for (const name of CHECKED) {
		const error = errors.find((e) => e.field === name && !(name === 'value' && e.key === 'empty' && field(form, 'value')?.value === ''));
		const input = field(form, name);
		const message = form.querySelector(`#duty-${name}-error`);
		if (!input || !message) continue;
		if (error) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
		if (error?.field === 'date') {
			// The date is under "More details": open it, so the message is seen.
			const details = input.closest('details');
			if (details) details.open = true;
			message.textContent = format(ctx.text(undefined, 'ui.error.date-range'), dateBoundsText(today, ctx.data.lang));
		} else message.textContent = error ? ctx.text(undefined, `ui.error.${error.key}`) : '';
	}
}

/** What the reader is told about the link they came with (never its text). */
export function renderNotices(root: HTMLElement, notices: string[]) {
	const list = root.querySelector<HTMLElement>('[data-notices]')!;
	list.replaceChildren(...notices.map((text) => h('li', {}, text)));
	list.hidden = notices.length === 0;
}
