/**
 * The rules page, generated from content/duty/*.yaml: every destination's channels, dated rule
 * versions, thresholds, rates, per-category presets and charges, each figure with its source
 * and its estimate mark. Server side only; produces escaped HTML.
 *
 * The rendering is generic over the rule schemas, so a new field only needs a label
 * (`field.<name>` in content/duty-text/common.yaml) and, if it is a percentage, a place in
 * PERCENT_FIELDS; the build fails on a field without a label.
 */
import type { DutyDestination, Figure } from '../schemas/duty.ts';
import { isoDay as day } from '../dates.ts';
import { categories } from './categories.ts';
import { sourceLang } from '../source-lang.ts';

/**
 * Fields whose figures are percentages. A figure inside a record (a category, a state, an origin)
 * takes the unit of the record's field: `mfn: { clothing: 16.5 }` is a percentage.
 */
export const PERCENT_FIELDS = new Set([
	'taxShareWithinLimits',
	'tariffWithinLimits',
	'vat',
	'gst',
	'generalDuty',
	'taxableShare',
	'consumptionTax',
	'duty',
	'tariff',
	'percentOfTax',
	'rate',
	'rates',
	'mfn',
	'provinces',
	// A figure directly under `categories` is a rate by kind of goods (China's personal articles tax).
	'categories',
]);
/** Fields that are percentages only inside one parent (the US flat postal duty's bands start at a rate). */
const PERCENT_PATHS = new Set(['flatOption.from']);
/** Fields that are plain numbers: neither money nor a percentage. */
const NUMBER_FIELDS = new Set(['fallbackFx']);

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A figure as the schema reads it (`{ value, source?, estimate, note? }`); a yes/no rule has the same shape. */
const isFigure = (value: unknown): value is Figure | (Omit<Figure, 'value'> & { value: boolean }) =>
	Boolean(value) && typeof value === 'object' && ['number', 'boolean'].includes(typeof (value as Figure).value) && 'estimate' in (value as object);
const isDate = (value: unknown): value is Date => value instanceof Date;

export interface RulesTableOptions {
	lang: string;
	/** A word from content/duty-text (or the destination's own text); throws when missing. */
	t: (key: string, destination?: DutyDestination, optional?: boolean) => string;
	/** The destination's name, channel names… in the page's language. */
	pick: (text: { en: string; 'zh-CN': string }) => string;
}

export function rulesHtml(destination: DutyDestination, { lang, t, pick }: RulesTableOptions): string {
	const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
	const code = destination.destination.toLowerCase();
	const label = (name: string) => t(`field.${name}`);
	const sourceLink = (id: string) => `<a href="#src-${code}-${escape(id)}">${escape(id)}</a>`;

	/** Where a table is (destination, channel, period), for its accessible name. */
	let context = pick(destination.name);
	const usedLabels = new Set<string>();
	const regionName = new Map(destination.regions.map((r) => [r.code, pick(r.name)]));
	const countryNames = new Intl.DisplayNames([lang], { type: 'region' });
	const separator = lang.startsWith('zh') ? '、' : ', ';
	/** A code or word in the data as the reader should see it. */
	const word = (text: string) => {
		if ((categories as readonly string[]).includes(text)) return t(`category.${text}`);
		if (regionName.has(text)) return regionName.get(text)!;
		if (/^[A-Z]{2}$/.test(text)) return countryNames.of(text) ?? text;
		return t(`value.${text}`, destination);
	};

	type Unit = 'percent' | 'money' | 'number';
	const unitOf = (name: string, inherited: Unit): Unit =>
		PERCENT_FIELDS.has(name) || PERCENT_PATHS.has(name) ? 'percent' : NUMBER_FIELDS.has(name) ? 'number' : /[a-z]/.test(name) && !isKeyOfRecord(name) ? 'money' : inherited;
	const isKeyOfRecord = (name: string) => (categories as readonly string[]).includes(name) || /^[A-Z]{2}$/.test(name);

	const figure = (unit: Unit, f: Figure | (Omit<Figure, 'value'> & { value: boolean }), currency = destination.currency) => {
		const shown =
			typeof f.value === 'boolean'
				? t(f.value ? 'value.yes' : 'value.no')
				: unit === 'percent'
				? `${number.format(f.value)}%`
				: unit === 'number'
					? number.format(f.value)
					: new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'code', minimumFractionDigits: Number.isInteger(f.value) ? 0 : 2, maximumFractionDigits: 2 }).format(f.value).replace(/\u00a0/g, ' ');
		const marks = [
			f.source ? sourceLink(f.source) : '',
			f.estimate ? `<span class="mark">${escape(t('ui.estimate-mark'))}</span>` : '',
			f.note ? `<span class="note">${escape(pick(f.note))}</span>` : '',
		].filter(Boolean);
		return `<span class="value">${escape(shown)}</span> ${marks.join(' ')}`;
	};

	/** Any value of a rule: figures, dates, words, lists and nested records. */
	const value = (name: string, v: unknown, unit: Unit, currency?: string): string => {
		const own = unitOf(name, unit);
		if (isFigure(v)) return figure(/USD$/.test(name) ? 'money' : own, v, /USD$/.test(name) ? 'USD' : currency);
		if (isDate(v)) return escape(day(v));
		if (typeof v === 'boolean') return v ? '✓' : '—';
		if (typeof v === 'number') return escape(number.format(v));
		if (typeof v === 'string') return escape(name === 'key' ? t(`charge.${v}`, destination, true) || t(`${code}.${v}`, destination, true) || word(v) : word(v));
		if (Array.isArray(v)) {
			if (v.every((item) => typeof item === 'string')) return escape(v.map((item) => (t(item, destination, true) || word(item))).join(separator));
			return `<ul>${v.map((item) => `<li>${value(name, item, own, currency)}</li>`).join('')}</ul>`;
		}
		if (v && typeof v === 'object') {
			if ('en' in v && 'zh-CN' in v) return escape(pick(v as { en: string; 'zh-CN': string }));
			if (isKeyedRecord(v)) return keyedTable(name, v as Record<string, unknown>, own);
			const entries = Object.entries(v);
			const inner = typeof (v as { currency?: unknown }).currency === 'string' ? (v as { currency: string }).currency : currency;
			return `<dl>${entries
				.filter(([k]) => k !== 'currency')
				.map(([k, x]) => `<dt>${escape(label(k))}</dt><dd>${value(PERCENT_PATHS.has(`${name}.${k}`) ? `${name}.${k}` : k, x, own, k === 'amount' ? inner : currency)}</dd>`)
				.join('')}</dl>`;
		}
		return '';
	};

	/** A record keyed by kind of goods, region or country: a table, one row per key. */
	const keyedTable = (name: string, record: Record<string, unknown>, unit: Unit) => {
		const rows = Object.entries(record).sort(([a], [b]) => order(a) - order(b));
		const nested = rows.every(([, v]) => v && typeof v === 'object' && !isFigure(v) && !Array.isArray(v));
		const columns = nested ? [...new Set(rows.flatMap(([, v]) => Object.keys(v as object)))] : [name];
		const head = `<tr><th scope="col">${escape(label(rows.some(([k]) => (categories as readonly string[]).includes(k)) ? 'category' : 'region'))}</th>${columns.map((c) => `<th scope="col">${escape(label(c))}</th>`).join('')}</tr>`;
		const body = rows
			.map(([k, v]) => {
				const cells = columns.map((col) => {
					const cell = nested ? (v as Record<string, unknown>)[col] : v;
					return `<td>${cell === undefined ? '—' : value(nested ? col : name, cell, unit)}</td>`;
				});
				return `<tr><th scope="row">${escape(word(k))}</th>${cells.join('')}</tr>`;
			})
			.join('');
		// Wide tables scroll sideways on a phone: focusable and named (uniquely) so a keyboard can scroll them.
		let regionLabel = `${context}: ${label(name)}`;
		for (let n = 2; usedLabels.has(regionLabel); n++) regionLabel = `${context}: ${label(name)} (${n})`;
		usedLabels.add(regionLabel);
		return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escape(regionLabel)}"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
	};

	const version = (rule: Record<string, unknown>, channelName: string) => {
		const { from, until, ...fields } = rule as { from: Date; until?: Date };
		const period = until ? `${day(from)} – ${day(until)}` : `${day(from)} –`;
		context = `${pick(destination.name)}, ${channelName}, ${period}`;
		const entries = Object.entries(fields);
		// Records by kind of goods or region are full-width tables under the figures.
		const scalars = entries.filter(([, v]) => !isKeyedRecord(v));
		const tables = entries.filter(([, v]) => isKeyedRecord(v));
		return `<section class="version"><h4>${escape(t('field.period'))}: ${escape(period)}</h4>
			<dl>${scalars.map(([k, v]) => `<dt>${escape(label(k))}</dt><dd>${value(k, v, 'money')}</dd>`).join('')}</dl>
			${tables.map(([k, v]) => `<p class="table-title">${escape(label(k))}</p>${value(k, v, 'money')}`).join('')}</section>`;
	};

	const channels = destination.channels
		.map((channel) => `<h3>${escape(pick(channel.name))}</h3>${(channel.rules as Record<string, unknown>[]).map((rule) => version(rule, pick(channel.name))).join('')}`)
		.join('');
	const regions = destination.regions.length
		? `<p>${escape(t('field.regions'))}: ${destination.regions.map((r) => escape(`${pick(r.name)} (${r.code})`)).join(lang.startsWith('zh') ? '、' : ', ')}</p>`
		: '';
	const fees = destination.carrierFees.length
		? `<h3>${escape(t('ui.carrier'))}</h3><ul>${destination.carrierFees.map((f) => `<li>${escape(pick(f.name))}: ${figure('money', f.amount)}${f.percentOfTax ? ` / ${figure('percent', f.percentOfTax)}` : ''}</li>`).join('')}</ul>`
		: '';
	const ahead = destination.changesAhead.length
		? `<h3>${escape(t('ui.changes-ahead'))}</h3><ul>${destination.changesAhead.map((c) => `<li><strong>${c.approximate ? '~' : ''}${day(c.date)}</strong> ${escape(pick(c.text))} ${sourceLink(c.source)}</li>`).join('')}</ul>`
		: '';
	const sources = `<h3>${escape(t('ui.sources'))}</h3><ol class="sources" data-pagefind-ignore>${destination.sources
		.map((s) => `<li id="src-${code}-${escape(s.id)}">${escape(s.id)}: <a href="${escape(s.url)}" rel="noopener noreferrer"${sourceLang(s, lang) ? ` lang="${sourceLang(s, lang)}"` : ''}>${escape(s.title)}</a></li>`)
		.join('')}</ol>`;
	return `${regions}${channels}${fees}${ahead}${sources}`;
}

/** A record whose keys are kinds of goods or region/country codes. */
function isKeyedRecord(value: unknown): boolean {
	if (!value || typeof value !== 'object' || Array.isArray(value) || isFigure(value)) return false;
	const keys = Object.keys(value);
	return keys.length > 0 && keys.every((k) => (categories as readonly string[]).includes(k) || /^[A-Z]{2}$/.test(k));
}

/** Kinds of goods in the vocabulary's order, then codes alphabetically. */
function order(key: string): number {
	const i = (categories as readonly string[]).indexOf(key);
	return i >= 0 ? i : 100 + (key.charCodeAt(0) - 65) * 26 + (key.charCodeAt(1) - 65);
}
