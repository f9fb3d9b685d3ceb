/**
 * /duty-data/<locale>/<dest>.json: one destination's rules as the calculator's browser side reads
 * them (page-data.ts `slimRules`: notes dropped, text in the locale's language only), built from
 * the same content as the page. The calculator page inlines only its language's default
 * destination and fetches the others from here when the link or the reader chooses them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dutyDestinations, slimRules } from '../duty/page-data.ts';
import { localeKeys, locales } from '../schemas/locales.ts';

export const getStaticPaths = (async () => {
	const destinations = await dutyDestinations();
	return localeKeys.flatMap((locale) =>
		destinations.map((d) => ({
			params: { locale, dest: d.destination.toLowerCase() },
			props: { body: JSON.stringify(slimRules(d, locales[locale].lang)) },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
