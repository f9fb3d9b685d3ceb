import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// The footer date is the date a person last checked the facts, not the last git commit.
	const { lastReviewed } = route.entry.data;
	if (lastReviewed) route.lastUpdated = lastReviewed;
	// A fallback page shows another language's text: keep it out of this language's search index.
	// (The build refuses missing translations, so this is a guard, not a normal path.)
	if (route.isFallback) route.entry.data.pagefind = false;
});
