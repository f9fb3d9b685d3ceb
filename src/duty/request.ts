/**
 * The calculator's URL query (and form fields) as a request, and a request as engine input.
 * Pure and shared by the page script, the embed and the tests: no DOM, no clock.
 *
 * Query parameters (all optional): dest, origin, channel, region, category, value, shipping,
 * insurance, currency, rate, lines, date, spent, duty, gift, single, collected. They are read by the rule
 * every page shares (src/url/query.ts): a parameter given twice keeps its first value; unknown
 * parameters are counted and values that are not allowed dropped, and the reader is told without
 * quoting the link. Amounts and dates keep the reader's own text so the form shows what they
 * typed, and are checked when the calculation runs.
 */
import { categories, type Category } from './categories.ts';
import { parseAmount, type AmountError } from './amount.ts';
import { dateInBounds, isCalendarDate } from '../dates.ts';
import { readQuery, type QueryNotices } from '../url/query.ts';
import type { DutyDestination } from '../schemas/duty.ts';
import type { DutyInput } from './types.ts';

/** What the page needs to know about one destination file to read a query. */
export interface DestinationInfo {
	/** File code: CN, US, EU, GB… */
	code: string;
	currency: string;
	minorUnits: number;
	channels: string[];
	regions: string[];
	/** Regions with their own currency (Sweden's SEK in the EU file): amounts and the result are in it. */
	regionCurrencies?: Readonly<Record<string, string>>;
}

export interface RequestContext {
	destinations: readonly DestinationInfo[];
	/** Currencies with a rate in the snapshot. */
	currencies: readonly string[];
	/** Countries offered as origins. */
	origins: readonly string[];
}

/** The request context for some rules files, the snapshot's currencies and the origins offered. */
export function requestContext(destinations: readonly DutyDestination[], currencies: readonly string[], origins: readonly string[]): RequestContext {
	return {
		destinations: destinations.map((d) => ({
			code: d.destination,
			currency: d.currency,
			minorUnits: d.minorUnits,
			channels: d.channels.map((c) => c.id),
			regions: d.regions.map((r) => r.code),
			regionCurrencies: Object.fromEntries(d.regions.flatMap((r) => (r.currency ? [[r.code, r.currency]] : []))),
		})),
		currencies,
		origins,
	};
}

export const PARAMS = [
	'dest',
	'origin',
	'channel',
	'region',
	'category',
	'value',
	'shipping',
	'insurance',
	'currency',
	'rate',
	'lines',
	'date',
	'spent',
	'duty',
	'gift',
	'single',
	'collected',
	// What the reader bought, in their words ("What did you buy?", src/duty/ui/item-field.ts).
	'item',
] as const;
export type Param = (typeof PARAMS)[number];
/** Parameters of the page around the calculator (the embed's `theme`), not of the calculation. */
const PAGE_PARAMS: readonly string[] = ['theme'];

export interface CalcRequest {
	/** What the reader chose: a destination file code, or an EU member state's code. */
	dest: string;
	origin: string;
	channel: string;
	region: string;
	category: Category;
	value: string;
	shipping: string;
	insurance: string;
	/** Currency of the amounts typed. */
	currency: string;
	/** Units of destination currency per unit of `currency`, as typed; empty: the snapshot's. */
	rate: string;
	lines: string;
	/** Import date, YYYY-MM-DD; empty: today. */
	date: string;
	spent: string;
	duty: string;
	gift: boolean;
	single: boolean;
	/** The shop charged the tax at checkout (`collected=1`): the result shows what was paid then and what is still due. */
	collected: boolean;
	/** What the reader typed for "What did you buy?" (the category stays the calculation's input). */
	item: string;
}

/** The destination a request has when nothing names one (a link, the form, the page's language). */
export const DEFAULT_DEST = 'CN';
export const DEFAULT_ORIGIN = 'CN';

/**
 * The destination the calculator starts with when the link names none, by the page's language.
 * A Chinese page is read by shoppers in China, importing. An English page is read by shoppers
 * abroad buying from Chinese platforms and agents, most of them in the United States, which is also
 * the most common English browser locale (en-US); readers elsewhere get theirs from the browser
 * (`suggestDest`).
 */
export const DEFAULT_DEST_BY_LANG: Readonly<Record<string, string>> = { en: 'US', 'zh-CN': 'CN' };

/**
 * The destination to start with for a reader whose browser prefers `languages`
 * (navigator.languages) on a page in `pageLang`: the region of the first preferred language in the
 * page's own language that is a destination (en-GB → GB, en-IE → IE, zh-SG → SG), else the page
 * language's default. Languages other than the page's are not used: a Chinese page stays on China
 * for a reader whose browser is in English.
 */
export function suggestDest(languages: readonly string[], pageLang: string, ctx: RequestContext): string {
	const fallback = DEFAULT_DEST_BY_LANG[pageLang] ?? DEFAULT_DEST;
	const language = pageLang.split('-')[0]!.toLowerCase();
	const codes = destCodes(ctx);
	for (const tag of languages) {
		let locale: Intl.Locale;
		try {
			locale = new Intl.Locale(tag);
		} catch {
			continue;
		}
		if (locale.language === language && locale.region && codes.includes(locale.region)) return locale.region;
	}
	return resolveDest(fallback, ctx) ? fallback : DEFAULT_DEST;
}
/** Longest value kept from the URL: longer ones are not something a person typed. */
const MAX_LENGTH = 40;

/**
 * The destination file a `dest` code uses, and the region it implies (EU member states). A member
 * state with its own currency gets the file with that currency: the calculator answers in kronor
 * for Sweden, and the amounts typed are converted to it.
 */
export function resolveDest(dest: string, ctx: RequestContext): { file: DestinationInfo; region?: string } | undefined {
	const file = ctx.destinations.find((d) => d.code === dest);
	if (file) return { file };
	const union = ctx.destinations.find((d) => d.code === 'EU');
	if (!union?.regions.includes(dest)) return undefined;
	const currency = union.regionCurrencies?.[dest];
	return { file: currency ? { ...union, currency } : union, region: dest };
}

/** Every code `dest` accepts: each destination file but the EU's, and each EU member state. */
export function destCodes(ctx: RequestContext): string[] {
	return ctx.destinations.flatMap((d) => (d.code === 'EU' ? d.regions : [d.code]));
}

export function defaultRequest(ctx: RequestContext, dest = DEFAULT_DEST): CalcRequest {
	const resolved = resolveDest(dest, ctx) ?? resolveDest(DEFAULT_DEST, ctx)!;
	return {
		dest,
		origin: DEFAULT_ORIGIN,
		channel: resolved.file.channels[0] ?? '',
		region: resolved.region ?? '',
		category: 'clothing',
		value: '',
		shipping: '',
		insurance: '',
		currency: resolved.file.currency,
		rate: '',
		lines: '',
		date: '',
		spent: '',
		duty: '',
		gift: false,
		single: false,
		collected: false,
		item: '',
	};
}

const flag = (value: string) => value === '1' || value === 'true' || value === 'on';

/**
 * Reads a query; never throws. Values that cannot be used are dropped; `notices` says how many
 * parameters were unknown or repeated and which known ones had a value that could not be used.
 * Without `dest`, the request is for `defaultDest`, with that destination's currency and channel.
 */
export function parseQuery(query: URLSearchParams, ctx: RequestContext, defaultDest = DEFAULT_DEST): { request: CalcRequest; notices: QueryNotices } {
	const read = readQuery(query, PARAMS, PAGE_PARAMS);
	const get = (name: Param) => {
		const value = read.get(name);
		if (value === undefined) return undefined;
		const trimmed = value.normalize('NFKC').trim();
		if (trimmed.length > MAX_LENGTH) {
			read.reject(name);
			return undefined;
		}
		return trimmed;
	};
	const reject = (name: Param) => read.reject(name);

	let dest = resolveDest(defaultDest, ctx) ? defaultDest : DEFAULT_DEST;
	const destValue = get('dest')?.toUpperCase();
	if (destValue !== undefined) {
		if (resolveDest(destValue, ctx) && destValue !== 'EU') dest = destValue;
		else reject('dest');
	}
	const request = defaultRequest(ctx, dest);
	const { file, region: impliedRegion } = resolveDest(dest, ctx)!;

	const origin = get('origin')?.toUpperCase();
	if (origin !== undefined) {
		if (ctx.origins.includes(origin)) request.origin = origin;
		else reject('origin');
	}
	const channel = get('channel')?.toLowerCase();
	if (channel !== undefined) {
		if (file.channels.includes(channel)) request.channel = channel;
		else reject('channel');
	}
	const region = get('region')?.toUpperCase();
	if (region !== undefined) {
		// An EU member state is chosen by `dest`; `region` is for provinces and the like.
		if (!impliedRegion && file.regions.includes(region)) request.region = region;
		else if (region !== impliedRegion) reject('region');
	}
	const category = get('category')?.toLowerCase();
	if (category !== undefined) {
		if ((categories as readonly string[]).includes(category)) request.category = category as Category;
		else reject('category');
	}
	const currency = get('currency')?.toUpperCase();
	if (currency !== undefined) {
		if (ctx.currencies.includes(currency) || currency === file.currency) request.currency = currency;
		else reject('currency');
	}
	const date = get('date');
	if (date !== undefined) {
		if (isCalendarDate(date)) request.date = date;
		else reject('date');
	}
	for (const name of ['value', 'shipping', 'insurance', 'rate', 'lines', 'spent', 'duty'] as const) {
		const value = get(name);
		if (value !== undefined) request[name] = value;
	}
	for (const name of ['gift', 'single'] as const) {
		const value = get(name);
		if (value !== undefined) request[name] = flag(value);
	}
	// `collected`: 1 (or true, on) ticks the box, 0 (or false) leaves it; anything else is dropped and the reader told.
	const collected = get('collected')?.toLowerCase();
	if (collected !== undefined) {
		if (flag(collected) || collected === '0' || collected === 'false') request.collected = flag(collected);
		else reject('collected');
	}
	// Words only: control characters or markup are not something a person typed for an item.
	const item = get('item');
	if (item !== undefined) {
		if (/^[^\p{C}<>{}]*$/u.test(item)) request.item = item;
		else reject('item');
	}
	return { request, notices: read.notices };
}

/**
 * The request the form starts with: the link's, except where the reader typed before the script
 * started (what they typed wins). A destination the reader chose takes its own channel, region and
 * currency unless the reader chose those too: the link's were for another destination.
 */
export function startQuery(link: URLSearchParams, typed: URLSearchParams): URLSearchParams {
	const query = new URLSearchParams(link);
	if (typed.has('dest')) for (const name of ['channel', 'region', 'currency']) query.delete(name);
	for (const [name, value] of typed) {
		query.delete(name);
		if (value !== '') query.set(name, value);
	}
	return query;
}

/** The query that reproduces a request: only what differs from the defaults, in a fixed order. */
export function toQuery(request: CalcRequest, ctx: RequestContext): URLSearchParams {
	const defaults = defaultRequest(ctx, request.dest);
	const query = new URLSearchParams();
	query.set('dest', request.dest);
	for (const name of PARAMS) {
		if (name === 'dest') continue;
		const value = request[name];
		if (typeof value === 'boolean') {
			if (value) query.set(name, '1');
		} else if (value !== '' && (value !== defaults[name] || name === 'category' || name === 'currency')) {
			query.set(name, value);
		}
	}
	return query;
}

export { isCalendarDate };

export type FieldError =
	| { field: 'value' | 'shipping' | 'insurance' | 'spent'; key: AmountError }
	| { field: 'rate'; key: 'not-a-number' | 'zero' | 'too-large' }
	| { field: 'duty'; key: 'not-a-number' | 'over-100' }
	| { field: 'lines'; key: 'not-a-whole-number' }
	| { field: 'date'; key: 'out-of-range' };

export interface Conversion {
	/** Units of destination currency per unit of the input currency actually used. */
	rate: number;
	/** Where the rate came from. */
	from: 'same-currency' | 'snapshot' | 'reader';
}

export interface Prepared {
	input?: DutyInput;
	errors: FieldError[];
	conversion?: Conversion;
}

/** Largest rate accepted (KRW per GBP is about 1,900; a typo adds zeros). */
const MAX_RATE = 100_000;

/**
 * Engine input from a request: amounts parsed and converted to destination minor units.
 * `snapshotRate(from, to)` gives the default rate; `today` is used when no date was given.
 */
export function prepare(
	request: CalcRequest,
	file: DestinationInfo,
	options: { today: string; snapshotRate: (from: string, to: string) => number | undefined; minorUnitsOf: (currency: string) => number; fx?: Record<string, number> },
): Prepared {
	const errors: FieldError[] = [];
	// The answer's currency: a region's own (an EU member state's krona, zloty…) or the file's.
	file = { ...file, currency: file.regionCurrencies?.[request.region] ?? file.currency };
	const inDigits = options.minorUnitsOf(request.currency);
	const amount = (field: 'value' | 'shipping' | 'insurance' | 'spent', digits: number, required: boolean) => {
		if (!required && request[field] === '') return 0;
		const parsed = parseAmount(request[field], digits);
		if (parsed.ok) return parsed.minor;
		errors.push({ field, key: parsed.error });
		return 0;
	};
	const value = amount('value', inDigits, true);
	const shipping = amount('shipping', inDigits, false);
	const insurance = amount('insurance', inDigits, false);
	// Spending so far this year is in the destination currency (China: CNY).
	const spent = amount('spent', file.minorUnits, false);

	let conversion: Conversion | undefined;
	if (request.currency === file.currency) conversion = { rate: 1, from: 'same-currency' };
	else if (request.rate !== '') {
		const rate = Number(request.rate.replace(/,/g, ''));
		if (!/^\d+(\.\d+)?$/.test(request.rate.replace(/,/g, '')) || !Number.isFinite(rate)) errors.push({ field: 'rate', key: 'not-a-number' });
		else if (rate === 0) errors.push({ field: 'rate', key: 'zero' });
		else if (rate > MAX_RATE) errors.push({ field: 'rate', key: 'too-large' });
		else conversion = { rate, from: 'reader' };
	} else {
		const rate = options.snapshotRate(request.currency, file.currency);
		if (rate) conversion = { rate, from: 'snapshot' };
		else errors.push({ field: 'rate', key: 'not-a-number' });
	}

	let dutyRate: number | undefined;
	if (request.duty !== '') {
		const text = request.duty.replace(/%$/, '').trim();
		const rate = Number(text);
		if (!/^\d+(\.\d+)?$/.test(text)) errors.push({ field: 'duty', key: 'not-a-number' });
		else if (rate > 100) errors.push({ field: 'duty', key: 'over-100' });
		else dutyRate = rate;
	}
	// A calendar date (parseQuery drops others) from 2000-01-01 to five years after today.
	if (request.date !== '' && !dateInBounds(request.date, options.today)) errors.push({ field: 'date', key: 'out-of-range' });
	let lines: number | undefined;
	if (request.lines !== '') {
		if (/^\d{1,2}$/.test(request.lines) && Number(request.lines) >= 1) lines = Number(request.lines);
		else errors.push({ field: 'lines', key: 'not-a-whole-number' });
	}
	if (errors.length > 0 || !conversion) return { errors };

	const scale = 10 ** (file.minorUnits - inDigits);
	const convert = (minor: number) => Math.round(minor * conversion.rate * scale);
	const input: DutyInput = {
		channel: request.channel,
		items: [{ category: request.category, value: convert(value) }],
		shipping: convert(shipping),
		insurance: convert(insurance),
		date: request.date || options.today,
		spent,
		origin: request.origin,
		...(request.region ? { region: request.region } : {}),
		...(dutyRate !== undefined ? { dutyRate } : {}),
		...(lines !== undefined ? { lines } : {}),
		...(request.gift ? { gift: true } : {}),
		...(request.single ? { single: true } : {}),
		// The reader's own rate is the rate for their currency everywhere (a limit in that currency too).
		...(options.fx || conversion.from === 'reader'
			? { fx: { ...options.fx, ...(conversion.from === 'reader' ? { [request.currency]: conversion.rate } : {}) } }
			: {}),
		entered: { currency: request.currency, minorUnits: inDigits, goods: value, shipping, insurance },
	};
	if (![...input.items.map((i) => i.value), input.shipping!, input.insurance!].every(Number.isSafeInteger)) {
		return { errors: [{ field: 'value', key: 'too-large' }] };
	}
	return { input, errors, conversion };
}
