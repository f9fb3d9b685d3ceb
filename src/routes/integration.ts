import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findMissingTranslations, formatMissingTranslations } from '../schemas/parity.ts';

/**
 * The site's own integration:
 * - fails the build (and dev server start) when a guide exists in one language only;
 * - registers the routes Starlight does not own: the bilingual language chooser at `/` and the
 *   bilingual 404 page.
 */
export default function siteRoutes(): AstroIntegration {
	return {
		name: 'site-routes',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				const root = fileURLToPath(config.root);
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' });
				const relativeDocsDir = docsDir.slice(root.length).replace(/\/$/, '') || 'content/docs';
				const missing = findMissingTranslations(files, relativeDocsDir);
				if (missing.length > 0) throw new Error(formatMissingTranslations(missing));

				injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro' });
				// Replaces Starlight's English-only 404 (disable404Route in astro.config.mjs).
				injectRoute({ pattern: '/404', entrypoint: './src/routes/404.astro' });
			},
		},
	};
}
