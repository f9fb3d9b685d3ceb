import type { AstroIntegration } from 'astro';

/**
 * Registers the routes Starlight does not own: the bilingual language chooser at `/`, the
 * bilingual 404 page, the checklist pages, the calculator's embed pages, the embed loader and the
 * Atom feeds of "What's new".
 */
export default function siteRoutes(): AstroIntegration {
	return {
		name: 'site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro' });
				// Replaces Starlight's English-only 404 (disable404Route in astro.config.mjs).
				injectRoute({ pattern: '/404', entrypoint: './src/routes/404.astro' });
				injectRoute({ pattern: '/[locale]/checklists', entrypoint: './src/routes/checklists/index.astro' });
				injectRoute({ pattern: '/[locale]/checklists/[id]', entrypoint: './src/routes/checklists/[id].astro' });
				// One page per destination's duty rules, under the rules index (a docs page).
				injectRoute({ pattern: '/[locale]/tools/duty-rules/[dest]', entrypoint: './src/routes/duty-rules/[dest].astro' });
				injectRoute({ pattern: '/embed/[locale]/duty-calculator', entrypoint: './src/routes/embed/duty-calculator.astro' });
				injectRoute({ pattern: '/embed.js', entrypoint: './src/routes/embed.js.ts' });
				// Each destination's rules for the calculator's browser side, fetched when chosen.
				injectRoute({ pattern: '/duty-data/[locale]/[dest].json', entrypoint: './src/routes/duty-data.ts' });
				// The "What did you buy?" field's term index, fetched on first use.
				injectRoute({ pattern: '/duty-data/items.json', entrypoint: './src/routes/items-data.ts' });
				// Open data for partners: the item terms and every destination's rules (versioned addresses).
				injectRoute({ pattern: '/data/items-v1.json', entrypoint: './src/routes/open-data/items.ts' });
				injectRoute({ pattern: '/data/duty-rules-v1.json', entrypoint: './src/routes/open-data/duty-rules.ts' });
				// "What's new" as Atom feeds, one per language (src/changes/).
				injectRoute({ pattern: '/changes.xml', entrypoint: './src/routes/changes.xml.ts' });
				injectRoute({ pattern: '/zh-cn/changes.xml', entrypoint: './src/routes/changes-zh.xml.ts' });
			},
		},
	};
}
