import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findMissingTranslations, formatMissingTranslations } from '../schemas/parity.ts';
import { dirname } from 'node:path';
import { allowedInlineHashes, fillHeaders, formatUnknownInlineScripts, unknownInlineScripts } from '../security/csp.ts';
import { findBrokenLinks } from './links.ts';
import { activeContentFound } from '../markdown/content-safety.ts';

/**
 * The site's own integration:
 * - fails the build (and dev server start) when a guide exists in one language only;
 * - registers the routes Starlight does not own: the bilingual language chooser at `/` and the
 *   bilingual 404 page;
 * - fails the build when a link points at a page that was not built, or at an #anchor that the
 *   target page does not have;
 * - fails the build when a page holds an inline script that no component ships (the project's
 *   own in src/, or Starlight's), and writes the hashes of the allowed ones into dist/_headers'
 *   Content-Security-Policy.
 */

/** The folder of an installed package, found as Node finds it: in node_modules here or above. */
function installedPackage(from: string, name: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) throw new Error(`${name} is not installed: run npm install`);
	}
}

/** Every .astro file under a folder. */
const astroFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
export default function siteRoutes(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'site-routes',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				root = fileURLToPath(config.root);
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' });
				const relativeDocsDir = docsDir.slice(root.length).replace(/\/$/, '') || 'content/docs';
				const missing = findMissingTranslations(files, relativeDocsDir);
				if (missing.length > 0) throw new Error(formatMissingTranslations(missing));

				injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro' });
				// Replaces Starlight's English-only 404 (disable404Route in astro.config.mjs).
				injectRoute({ pattern: '/404', entrypoint: './src/routes/404.astro' });
				injectRoute({ pattern: '/[locale]/checklists', entrypoint: './src/routes/checklists/index.astro' });
				injectRoute({ pattern: '/[locale]/checklists/[id]', entrypoint: './src/routes/checklists/[id].astro' });
				injectRoute({ pattern: '/embed/[locale]/duty-calculator', entrypoint: './src/routes/embed/duty-calculator.astro' });
				injectRoute({ pattern: '/embed.js', entrypoint: './src/routes/embed.js.ts' });
			},
			'astro:build:done': async ({ dir }) => {
				// Guides holding scripts, frames, handlers or javascript: links (src/markdown/content-safety.ts).
				const active = activeContentFound();
				if (active.length > 0) throw new Error(`${active.length} guide(s) contain active content:\n  ${active.join('\n  ')}`);
				const out = fileURLToPath(dir);
				// Every built HTML file, read once: pages (index.html) for the link check, all of them
				// (404.html too) for the inline-script hashes.
				const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
				const html = await Promise.all(files.map((file) => readFile(join(out, file), 'utf8')));
				const pages = files.flatMap((file, i) =>
					file.endsWith('index.html') ? [{ path: `/${file.replace(/index\.html$/, '')}`.replaceAll('\\', '/'), html: html[i]! }] : [],
				);
				const broken = findBrokenLinks(pages);
				if (broken.length > 0) {
					throw new Error(`${broken.length} broken internal link(s):\n  ${broken.join('\n  ')}`);
				}
				// The Content-Security-Policy allows only the inline scripts written in the components'
				// source, the project's and Starlight's; any other inline script stops the build.
				const starlight = installedPackage(root, '@astrojs/starlight');
				const sources = [...astroFiles(join(root, 'src')), ...astroFiles(starlight)];
				const allowed = allowedInlineHashes(await Promise.all(sources.map((file) => readFile(file, 'utf8'))));
				const unknown = unknownInlineScripts(
					files.map((file, i) => ({ file: join('dist', file), html: html[i]! })),
					allowed,
				);
				if (unknown.length > 0) throw new Error(formatUnknownInlineScripts(unknown));
				const headers = join(out, '_headers');
				await writeFile(headers, fillHeaders(await readFile(headers, 'utf8'), html));
			},
		},
	};
}
