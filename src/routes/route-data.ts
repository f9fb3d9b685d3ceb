import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { inLanguage } from '../schemas/bilingual.ts';
import { PLAN_HEADING_ID, guidePathOf, platformsOfGuide } from '../platforms/links.ts';
import { boundSidebar, type Entry } from './sidebar.ts';

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// The footer date is the date a person last checked the facts, not the last git commit.
	const { lastReviewed } = route.entry.data;
	if (lastReviewed) route.lastUpdated = lastReviewed;
	// A fallback page shows another language's text: keep it out of this language's search index.
	// (The build refuses missing translations, so this is a guard, not a normal path.)
	if (route.isFallback) route.entry.data.pagefind = false;

	// A platform guide ends with a "What should I do now?" section (src/components/PlatformPlanLink.astro),
	// rendered by a component, so the table of contents learns of it here.
	if (route.toc && !route.isFallback && platformsOfGuide(await getCollection('platforms'), guidePathOf(route.entry.id)).length > 0) {
		const heading = (await getCollection('platformText')).find((entry) => entry.id === 'plan.heading');
		if (heading) route.toc.items.push({ depth: 2, slug: PLAN_HEADING_ID, text: inLanguage(heading.data, route.lang), children: [] });
	}

	// A sidebar that does not grow with the square of the page count (see sidebar.ts).
	route.sidebar = boundSidebar(route.sidebar as Entry[], {
		label: (count) => context.locals.t('sidebar.allGuides', { count }),
		href: `/${route.locale ?? 'en'}/`,
	}) as typeof route.sidebar;

	for (const tag of route.head) {
		const attrs = tag.attrs ?? {};
		// Starlight writes <title> with set:html, so a title holding "</title><script>" would end the
		// element and start a script: the page title is text, so write it as text.
		if (tag.tag === 'title' && typeof tag.content === 'string') tag.content = escapeText(tag.content);
		// Open Graph writes locales as language_TERRITORY (zh_CN), not as BCP-47 tags (zh-CN).
		if (attrs['property'] === 'og:locale' && typeof attrs['content'] === 'string') {
			attrs['content'] = attrs['content'].replace('-', '_');
		}
		// Pages have no preview image, so the large-image card would promise one that never comes.
		if (attrs['name'] === 'twitter:card') attrs['content'] = 'summary';
	}
});
