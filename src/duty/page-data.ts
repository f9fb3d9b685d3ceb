/**
 * What the duty calculator's page (and embed) hands to the browser: every destination's rules,
 * the shared words in the page's language, and the newest exchange-rate snapshot. Server only
 * (reads the content collections, validated by their schemas at build time).
 */
import { getCollection } from 'astro:content';
import type { AnyDestination, DutyDestination } from '../schemas/duty.ts';
import type { ExchangeRates } from '../schemas/exchange-rates.ts';
import { inLanguage } from '../schemas/bilingual.ts';
import { urlNoticeWords } from '../url/notice-words.ts';

export interface CalculatorData {
	lang: string;
	destinations: DutyDestination[];
	/** Shared words (content/duty-text/common.yaml) in the page's language. */
	common: Record<string, string>;
	/** What to say about the link's settings (content/url-notices.yaml) in the page's language. */
	notices: Record<string, string>;
	snapshot: ExchangeRates;
	origins: string[];
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

export async function calculatorData(lang: string): Promise<CalculatorData> {
	const [destinations, text, snapshot, notices] = await Promise.all([dutyDestinations(), getCollection('dutyText'), exchangeSnapshot(), urlNoticeWords(lang)]);
	const common = Object.fromEntries(text.map((entry) => [entry.id, inLanguage(entry.data, lang)]));
	return { lang, destinations: destinations.map((d) => slim(d, lang) as DutyDestination), common, notices, snapshot, origins: ORIGINS };
}

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
