import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allowedInlineHashes, fillHeaders, formatUnknownInlineScripts, unknownInlineScripts } from '../security/csp.ts';
import { builtHtml, forgetBuiltHtml } from './built-html.ts';

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

/**
 * Fails the build when a page holds an inline script that no component ships (the project's own
 * in src/, or Starlight's), and writes the hashes of the allowed ones into dist/_headers'
 * Content-Security-Policy.
 */
export default function cspHashes(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'csp-hashes',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir }) => {
				const out = fileURLToPath(dir);
				const html = await builtHtml(out);
				forgetBuiltHtml(out);
				const starlight = installedPackage(root, '@astrojs/starlight');
				const sources = [...astroFiles(join(root, 'src')), ...astroFiles(starlight)];
				const allowed = allowedInlineHashes(await Promise.all(sources.map((file) => readFile(file, 'utf8'))));
				const unknown = unknownInlineScripts(
					html.map(({ file, html }) => ({ file: join('dist', file), html })),
					allowed,
				);
				if (unknown.length > 0) throw new Error(formatUnknownInlineScripts(unknown));
				const headers = join(out, '_headers');
				await writeFile(headers, fillHeaders(await readFile(headers, 'utf8'), html.map(({ html }) => html)));
			},
		},
	};
}
