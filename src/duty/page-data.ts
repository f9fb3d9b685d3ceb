/**
 * What the duty calculator's page (and embed) hands to the browser, and the rules files it
 * fetches. Inline in the page: what every destination needs up front (the request context:
 * codes, currencies, channels, regions; the channel menus; which inputs each regime kind asks
 * for), the shared words in the page's language, the newest exchange-rate snapshot, and the full
 * rules of the page language's default destination only. Every destination's rules are also a
 * static file, /duty-data/<locale>/<dest>.json (src/routes/duty-data.ts), fetched by the
 * browser when the link or the reader chooses that destination. Server only (reads the content
 * collections, validated by their schemas at build time).
 */
import { getCollection } from 'astro:content';
import type { AnyDestination, DutyDestination } from '../schemas/duty.ts';
import type { ExchangeRates } from '../schemas/exchange-rates.ts';
import { inLanguage } from '../schemas/bilingual.ts';
import { localeKeys, locales } from '../schemas/locales.ts';
import { urlNoticeWords } from '../url/notice-words.ts';
import { regimes, type RegimeInput } from './regimes/index.ts';
import { checkoutOffers } from './collected.ts';
import { DEFAULT_DEST, DEFAULT_DEST_BY_LANG, requestContext, type RequestContext } from './request.ts';

/** A destination's channels and regions as the form's menus list them, before its rules are loaded. */
export interface DestinationMenus {
	/** Names in the page's language; `kind` is the channel's regime kind. */
	channels: { id: string; kind: string; name: string }[];
	/** The region menu (none for the EU: its member states are in the destination menu). */
	regions: { code: string; name: string }[];
}

export interface CalculatorData {
	lang: string;
	/** The rules inlined in the page: the page language's default destination only (slimmed). */
	destinations: DutyDestination[];
	/** Every destination's codes, currencies, channels and regions, to read a link before any rules load. */
	context: RequestContext;
	/** Every destination's channels and regions, by file code, for the form's menus. */
	menus: Record<string, DestinationMenus>;
	/** The inputs each regime kind reads (the form shows gift, spent and single only where asked). */
	inputs: Record<string, readonly RegimeInput[]>;
	/** Where the other destinations' rules are: `${rulesUrl}${code lower case}.json`. */
	rulesUrl: string;
	/** Shared words (content/duty-text/common.yaml) in the page's language, but those of server pages. */
	common: Record<string, string>;
	/** What to say about the link's settings (content/url-notices.yaml) in the page's language. */
	notices: Record<string, string>;
	snapshot: ExchangeRates;
}

/** Origins offered in the form; ZZ is "another country" (ISO 3166 user-assigned "unknown"). */
export const ORIGINS = ['CN', 'HK', 'TW', 'JP', 'KR', 'US', 'MX', 'CA', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'NZ', 'SG', 'TH', 'VN', 'IN', 'TR', 'ZZ'];

/** Order of destinations everywhere they are listed: China first, then by English name. */
const order = (d: DutyDestination) => (d.destination === 'CN' ? '' : d.name.en);

/** Every destination's rules, in the order the site lists them. */
export async function dutyDestinations(): Promise<DutyDestination[]> {
	return (await getCollection('duty')).map((entry) => entry.data).sort((a, b) => order(a).localeCompare(order(b)));
}

/**
 * The duty words for one language: a destination's own text first, then the shared file. A key
 * with no words stops the build and names it, unless `optional` (then '').
 */
export async function dutyText(lang: string) {
	const common = new Map((await getCollection('dutyText')).map((entry) => [entry.id, inLanguage(entry.data, lang)]));
	return (key: string, destination?: Pick<AnyDestination, 'text'>, optional = false): string => {
		const own = destination?.text[key];
		if (own) return inLanguage(own, lang);
		const shared = common.get(key);
		if (shared !== undefined) return shared;
		if (optional) return '';
		throw new Error(`No words for "${key}": add it to content/duty-text/common.yaml (or the destination's text:)`);
	};
}

/** The newest exchange-rate snapshot (content/exchange-rates/<date>.yaml). */
export async function exchangeSnapshot(): Promise<ExchangeRates> {
	const snapshot = (await getCollection('exchangeRates')).map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date))[0];
	if (!snapshot) throw new Error('No exchange-rate snapshot: add content/exchange-rates/<date>.yaml');
	return snapshot;
}

/** Words only the server's pages use (rules pages, "at a glance", form labels the script never writes): not sent to the browser. */
const SERVER_WORDS = /^(field|glance|rules|form)\./;

/** The locale key (URL folder) of a page language: en, zh-cn. */
export const localeOf = (lang: string) => localeKeys.find((key) => locales[key].lang === lang) ?? 'en';

/** Where a language's rules files are (src/routes/duty-data.ts writes them). */
export const rulesUrl = (lang: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}/duty-data/${localeOf(lang)}/`;

/**
 * The calculator page's data: `data` goes inline into the page (see CalculatorData);
 * `destinations` is every destination's full rules, for the server-rendered form only.
 */
export async function calculatorData(lang: string): Promise<{ data: CalculatorData; destinations: DutyDestination[] }> {
	const [destinations, text, snapshot, notices] = await Promise.all([dutyDestinations(), getCollection('dutyText'), exchangeSnapshot(), urlNoticeWords(lang)]);
	// The words of the rules page and the "at a glance" table stay on the server.
	const common = Object.fromEntries(text.filter((entry) => !SERVER_WORDS.test(entry.id)).map((entry) => [entry.id, inLanguage(entry.data, lang)]));
	const defaultCode = DEFAULT_DEST_BY_LANG[lang] ?? DEFAULT_DEST;
	const inline = destinations.filter((d) => d.destination === defaultCode);
	const data: CalculatorData = {
		lang,
		destinations: inline.map((d) => slimRules(d, lang)),
		context: requestContext(destinations, Object.keys(snapshot.rates), ORIGINS),
		menus: Object.fromEntries(destinations.map((d) => [d.destination, menusOf(d, lang)])),
		inputs: Object.fromEntries(regimes.map((r) => [r.kind, r.inputs])),
		rulesUrl: rulesUrl(lang),
		common,
		notices,
		snapshot,
	};
	return { data, destinations };
}

/** Every destination file's checkout offers (src/duty/collected.ts), for those that have any: the snippet builder's "collected" preset. */
export const allCheckoutOffers = (destinations: readonly DutyDestination[]) =>
	Object.fromEntries(destinations.flatMap((d) => {
		const offers = checkoutOffers(d, regimes);
		return Object.keys(offers).length > 0 ? [[d.destination, offers]] : [];
	}));

function menusOf(d: DutyDestination, lang: string): DestinationMenus {
	return {
		channels: d.channels.map((c) => ({ id: c.id, kind: c.kind, name: inLanguage(c.name, lang) })),
		regions: d.destination === 'EU' ? [] : d.regions.map((r) => ({ code: r.code, name: inLanguage(r.name, lang) })),
	};
}

/** One destination's rules as the browser reads them (inline, or fetched as /duty-data/<locale>/<dest>.json). */
export const slimRules = (destination: DutyDestination, lang: string) => slim(destination, lang) as DutyDestination;

/**
 * The rules as the browser needs them: notes dropped (the rules page shows them) and
 * bilingual text in the page's language only (the script picks `text[lang]`). Halves the JSON in
 * the page. Dates stay YYYY-MM-DD text, as the engine reads them.
 */
function slim(value: unknown, lang: string): unknown {
	if (Array.isArray(value)) return value.map((v) => slim(v, lang));
	if (!value || typeof value !== 'object') return value;
	if ('en' in value && 'zh-CN' in value && Object.keys(value).length === 2) return { [lang]: (value as Record<string, string>)[lang] };
	return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'note').map(([k, v]) => [k, slim(v, lang)]));
}
