/**
 * The rules page, generated from content/duty/*.yaml: every destination's channels, dated rule
 * versions, thresholds, rates, per-category presets and charges, each figure with its source
 * and its estimate mark. Server side only; produces escaped HTML.
 *
 * The rendering is generic over the rule schemas. Each figure carries its unit (percent, money
 * and which currency, or a plain number: src/schemas/duty-kit.ts), so nothing is guessed from a
 * field's name. Every field must be listed in its regime's `fields` and labelled `field.<name>` in
 * content/duty-text/common.yaml; the build fails naming a field that is not.
 */
import type { AnyDestination, Figure } from '../schemas/duty.ts';
import type { Ruling } from '../schemas/duty-kit.ts';
import { categories, isChildCategory } from './categories.ts';
import { taxedAsParent } from './parent-rates.ts';
import { regimeOf, regimes, type Registry } from './regimes/index.ts';
import { sourceLang } from '../source-lang.ts';
import { format } from '../text/format.ts';
import { labelSeparator } from '../schemas/bilingual.ts';
import { giftReliefOf } from './gift.ts';

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A figure as the schema reads it (`{ value, source?, estimate, unit, note? }`), or a yes/no rule (no unit). */
const isFigure = (value: unknown): value is Figure | Ruling =>
	Boolean(value) && typeof value === 'object' && ['number', 'boolean'].includes(typeof (value as Figure).value) && 'estimate' in (value as object);
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export interface RulesTableOptions {
	lang: string;
	/** A word from content/duty-text (or the destination's own text); throws when missing. */
	t: (key: string, destination?: AnyDestination, optional?: boolean) => string;
	/** The destination's name, channel names… in the page's language. */
	pick: (text: { en: string; 'zh-CN': string }) => string;
	/** The regimes that know the fields (the site's, unless a test gives its own). */
	registry?: Registry;
	/** The level of the channels' headings (a version's is one more): 3 under a destination's h2, 2 on its own page. */
	headingLevel?: 2 | 3;
	/** Whether to list the sources here (a destination's own page lists them with the page's sources instead). */
	listSources?: boolean;
}

/** Each source's list item id, which the figures link to. */
export const sourceAnchor = (destination: string, id: string) => `src-${destination.toLowerCase()}-${id}`;

export function rulesHtml(destination: AnyDestination, { lang, t, pick, registry = regimes, headingLevel = 3, listSources = true }: RulesTableOptions): string {
	const h = `h${headingLevel}`;
	const hSub = `h${headingLevel + 1}`;
	const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
	const code = destination.destination.toLowerCase();
	/** The fields of the channel being rendered (its regime's list). */
	let fields: ReadonlySet<string> = new Set();
	let kind = '';
	const label = (name: string) => {
		// Kinds of goods head the columns of rates by kind (a state's books and food VAT).
		if ((categories as readonly string[]).includes(name)) return t(`category.${name}`);
		if (!fields.has(name)) {
			throw new Error(`The rules page does not know the field "${name}" of ${destination.destination}'s ${kind} rules: list it in \`fields\` in src/duty/regimes/${kind}.ts (and label it field.${name} in content/duty-text/common.yaml)`);
		}
		return t(`field.${name}`);
	};
	const sourceLink = (id: string) => `<a href="#${escape(sourceAnchor(code, id))}">${escape(id)}</a>`;

	/** Where a table is (destination, channel, period), for its accessible name. */
	let context = pick(destination.name);
	const usedLabels = new Set<string>();
	const regionName = new Map(destination.regions.map((r) => [r.code, pick(r.name)]));
	const countryNames = new Intl.DisplayNames([lang], { type: 'region' });
	const separator = lang.startsWith('zh') ? '、' : ', ';
	/** A code or word in the data as the reader should see it. */
	const word = (text: string) => {
		if ((categories as readonly string[]).includes(text)) return t(`category.${text}`);
		if (text === STANDARD) return t('field.standard');
		if (regionName.has(text)) return regionName.get(text)!;
		if (/^[A-Z]{2}$/.test(text)) return countryNames.of(text) ?? text;
		return t(`value.${text}`, destination);
	};

	const figure = (f: Figure | Ruling, where: string) => {
		let shown: string;
		if (typeof f.value === 'boolean') shown = t(f.value ? 'value.yes' : 'value.no');
		else {
			const { unit, currency = destination.currency } = f as Figure;
			if (unit === 'percent') shown = `${number.format(f.value)}%`;
			else if (unit === 'number') shown = number.format(f.value);
			else if (unit === 'money') {
				shown = new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'code', minimumFractionDigits: Number.isInteger(f.value) ? 0 : 2, maximumFractionDigits: 2 }).format(f.value).replace(/\u00a0/g, ' ');
			} else throw new Error(`The figure "${where}" of ${destination.destination} has no unit: build it with the kit's percent, money or figure (src/schemas/duty-kit.ts)`);
		}
		const marks = [
			f.source ? sourceLink(f.source) : '',
			f.estimate ? `<span class="mark">${escape(t('ui.estimate-mark'))}</span>` : '',
			'varies' in f && f.varies ? `<span class="mark">${escape(t('ui.varies-mark'))}</span>` : '',
			f.note ? `<span class="note">${escape(pick(f.note))}</span>` : '',
		].filter(Boolean);
		return `<span class="value">${escape(shown)}</span> ${marks.join(' ')}`;
	};

	/** Any value of a rule: figures, dates, words, lists and nested records. */
	const value = (name: string, v: unknown): string => {
		if (isFigure(v)) return figure(v, name);
		if (isDay(v)) return escape(v);
		if (typeof v === 'boolean') return v ? '✓' : '—';
		if (typeof v === 'number') return escape(number.format(v));
		if (typeof v === 'string') return escape(name === 'key' ? t(`charge.${v}`, destination, true) || t(`${code}.${v}`, destination, true) || t(v, destination, true) || word(v) : word(v));
		if (Array.isArray(v)) {
			if (v.every((item) => typeof item === 'string')) return escape(v.map((item) => (t(item, destination, true) || word(item))).join(separator));
			return `<ul>${v.map((item) => `<li>${value(name, item)}</li>`).join('')}</ul>`;
		}
		if (v && typeof v === 'object') {
			if ('en' in v && 'zh-CN' in v) return escape(pick(v as { en: string; 'zh-CN': string }));
			if (isKeyedRecord(v)) return keyedTable(name, v as Record<string, unknown>);
			return `<dl>${Object.entries(v)
				.map(([k, x]) => `<dt>${escape(label(k))}</dt><dd>${value(k, x)}</dd>`)
				.join('')}</dl>`;
		}
		return '';
	};

	/** A record keyed by kind of goods, region or country: a table, one row per key. */
	const keyedTable = (name: string, record: Record<string, unknown>) => {
		const rows = Object.entries(record).sort(([a], [b]) => order(a) - order(b));
		const nested = rows.every(([, v]) => v && typeof v === 'object' && !isFigure(v) && !Array.isArray(v));
		const columns = nested ? [...new Set(rows.flatMap(([, v]) => Object.keys(v as object)))] : [name];
		const head = `<tr><th scope="col">${escape(t(rows.some(([k]) => k === STANDARD || (categories as readonly string[]).includes(k)) ? 'field.category' : 'field.region'))}</th>${columns.map((c) => `<th scope="col">${escape(label(c))}</th>`).join('')}</tr>`;
		const body = rows
			.map(([k, v]) => {
				const cells = columns.map((col) => {
					const cell = nested ? (v as Record<string, unknown>)[col] : v;
					return `<td>${cell === undefined ? '—' : value(nested ? col : name, cell)}</td>`;
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
		const { from, until, ...rest } = rule as { from: string; until?: string };
		const period = until ? `${from} – ${until}` : `${from} –`;
		context = `${pick(destination.name)}, ${channelName}, ${period}`;
		const entries = Object.entries(rest);
		// Records by kind of goods or region are full-width tables under the figures.
		const scalars = entries.filter(([, v]) => !isKeyedRecord(v));
		const tables = entries.filter(([, v]) => isKeyedRecord(v));
		// Narrower kinds (perfume) this version does not name are taxed as their parent: one line each.
		const asParent = taxedAsParent(rule, categories.filter(isChildCategory));
		const fallbacks = asParent.length ? `<ul class="taxed-as-parent">${asParent.map((k) => `<li>${escape(t(`taxed-as-parent.${k}`))}</li>`).join('')}</ul>` : '';
		return `<section class="version"><${hSub}>${escape(t('field.period'))}: ${escape(period)}</${hSub}>
			<dl>${scalars.map(([k, v]) => `<dt>${escape(label(k))}</dt><dd>${value(k, v)}</dd>`).join('')}</dl>
			${tables.map(([k, v]) => `<p class="table-title">${escape(label(k))}</p>${value(k, v)}`).join('')}${fallbacks}</section>`;
	};

	const channels = destination.channels
		.map((channel) => {
			kind = channel.kind;
			fields = new Set(regimeOf(registry, kind).fields);
			// A channel with no gift rule says so plainly (one with a rule shows it in its versions).
			const regime = regimeOf(registry, kind);
			const noGift = !regime.inputs.includes('gift') || channel.rules.every((rule) => !giftReliefOf(rule));
			const gift = noGift ? `<p class="gift">${escape(t('field.gift'))}${labelSeparator(lang)}${escape(format(t('gift.treated-as-purchase'), { channel: pick(channel.name) }))}</p>` : '';
			return `<${h}>${escape(pick(channel.name))}</${h}>${gift}${channel.rules.map((rule) => version(rule as unknown as Record<string, unknown>, pick(channel.name))).join('')}`;
		})
		.join('');
	const regions = destination.regions.length
		? `<p>${escape(t('field.regions'))}: ${destination.regions.map((r) => escape(`${pick(r.name)} (${r.code})`)).join(lang.startsWith('zh') ? '、' : ', ')}</p>`
		: '';
	const fees = destination.carrierFees.length
		? `<${h}>${escape(t('ui.carrier'))}</${h}><ul>${destination.carrierFees.map((f) => `<li>${escape(pick(f.name))}: ${figure(f.amount, 'carrierFees.amount')}${f.percentOfTax ? ` / ${figure(f.percentOfTax, 'carrierFees.percentOfTax')}` : ''}</li>`).join('')}</ul>`
		: '';
	const ahead = destination.changesAhead.length
		? `<${h}>${escape(t('ui.changes-ahead'))}</${h}><ul>${destination.changesAhead.map((c) => `<li><strong>${c.approximate ? '~' : ''}${escape(c.date)}</strong> ${escape(pick(c.text))} ${sourceLink(c.source)}</li>`).join('')}</ul>`
		: '';
	const sources = !listSources ? '' : `<${h}>${escape(t('ui.sources'))}</${h}><ol class="sources" data-pagefind-ignore>${destination.sources
		.map((s) => `<li id="${escape(sourceAnchor(code, s.id))}">${escape(s.id)}: <a href="${escape(s.url)}" rel="noopener noreferrer"${sourceLang(s, lang) ? ` lang="${sourceLang(s, lang)}"` : ''}>${escape(s.title)}</a></li>`)
		.join('')}</ol>`;
	return `${regions}${channels}${fees}${ahead}${sources}`;
}

/** The key of the rate for every kind of goods not listed (the kit's `ratesByCategory`). */
const STANDARD = 'standard';

/** A record whose keys are kinds of goods (with a `standard` rate) or region/country codes. */
function isKeyedRecord(value: unknown): boolean {
	if (!value || typeof value !== 'object' || Array.isArray(value) || isFigure(value)) return false;
	const keys = Object.keys(value);
	return keys.length > 0 && keys.every((k) => k === STANDARD || (categories as readonly string[]).includes(k) || /^[A-Z]{2}$/.test(k));
}

/** The standard rate first, kinds of goods in the vocabulary's order, then codes alphabetically. */
function order(key: string): number {
	if (key === STANDARD) return -1;
	const i = (categories as readonly string[]).indexOf(key);
	return i >= 0 ? i : 100 + (key.charCodeAt(0) - 65) * 26 + (key.charCodeAt(1) - 65);
}
