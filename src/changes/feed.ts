/** Builds the Atom feed response for one language (the routes in src/routes/changes*.xml.ts). */
import type { APIContext } from 'astro';
import { isoDay } from '../dates.ts';
import { atomFeed } from './changes.ts';
import { siteChanges } from './data.ts';

export async function feedResponse(context: APIContext, lang: 'en' | 'zh-CN'): Promise<Response> {
	const locale = lang === 'zh-CN' ? 'zh-cn' : 'en';
	const site = context.site?.href;
	if (!site) throw new Error('The Atom feed needs the site address: set SITE_URL (astro.config.mjs `site`).');
	const today = isoDay(new Date());
	const t = context.locals.t;
	const xml = atomFeed(await siteChanges(lang, t, today), {
		title: (t.all() as Record<string, string>)['changes.feedTitle']!,
		site,
		self: lang === 'zh-CN' ? '/zh-cn/changes.xml' : '/changes.xml',
		page: `/${locale}/reference/whats-new/`,
		lang,
		today,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
