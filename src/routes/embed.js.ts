/**
 * /embed.js, the partners' loader (src/duty/ui/embed-loader.js), with the site's origin and the
 * lists of allowed parameters taken from the calculator's own (src/duty/request.ts), so the two
 * never disagree.
 */
import type { APIRoute } from 'astro';
import loader from '../duty/ui/embed-loader.js?raw';
import { categories } from '../duty/categories.ts';
import { PARAMS } from '../duty/request.ts';
import { localeKeys, locales } from '../schemas/locales.ts';

/** What each data-<name> may hold: a list of values, or a pattern. Anything else is dropped. */
const patterns: Record<(typeof PARAMS)[number], string | readonly string[]> = {
	dest: '^[A-Za-z]{2}$',
	origin: '^[A-Za-z]{2}$',
	region: '^[A-Za-z]{2}$',
	channel: '^[a-z]{1,20}$',
	category: categories,
	currency: '^[A-Za-z]{3}$',
	value: '^[0-9０-９.,，．]{1,20}$',
	shipping: '^[0-9０-９.,，．]{1,20}$',
	insurance: '^[0-9０-９.,，．]{1,20}$',
	spent: '^[0-9０-９.,，．]{1,20}$',
	rate: '^[0-9.,]{1,20}$',
	duty: '^[0-9.]{1,6}$',
	lines: '^[0-9]{1,2}$',
	date: '^\\d{4}-\\d{2}-\\d{2}$',
	gift: '^(1|0|true|false)$',
	single: '^(1|0|true|false)$',
	collected: '^(1|0|true|false)$',
	// An item in the reader's words (any language): no markup, control characters or braces.
	item: '^[^<>{}\\u0000-\\u001f]{1,40}$',
};

export const CONFIG = {
	/**
	 * The site's public origin, from the build (SITE_URL): the loader makes its iframes there and
	 * accepts messages only from there. It never takes it from the host page (document.currentScript
	 * is null when the loader is included as type="module", and the page could be anywhere).
	 */
	site: new URL(import.meta.env.SITE ?? 'http://localhost:4321').origin,
	params: { ...patterns, theme: ['light', 'dark', 'auto'] },
	/** Height before the embed reports its own, and for the no-script snippet. */
	height: 900,
};

/** The iframes' titles, by locale key, from content/i18n (`embed.title`). */
export const embedTitles = (t: App.Locals['t']) => Object.fromEntries(localeKeys.map((key) => [key, t('embed.title', { lng: locales[key].lang })]));

export const GET: APIRoute = ({ locals }) =>
	new Response(loader.replace('/*__CONFIG__*/', `var CONFIG = ${JSON.stringify({ ...CONFIG, titles: embedTitles(locals.t) })};`), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
