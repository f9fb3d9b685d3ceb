import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../routes/links.ts';
import { builtHtml } from './built-html.ts';

/** Fails the build when a link points at a page that was not built, or at an #anchor the target page does not have. */
export default function internalLinks(): AstroIntegration {
	return {
		name: 'internal-links',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const html = await builtHtml(fileURLToPath(dir));
				// Pages are the index.html files (404.html is not a link target).
				const pages = html.flatMap(({ file, html }) =>
					file.endsWith('index.html') ? [{ path: `/${file.replace(/index\.html$/, '')}`.replaceAll('\\', '/'), html }] : [],
				);
				const broken = findBrokenLinks(pages);
				if (broken.length > 0) {
					throw new Error(`${broken.length} broken internal link(s):\n  ${broken.join('\n  ')}`);
				}
			},
		},
	};
}
