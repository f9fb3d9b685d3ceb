import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexCopy, isChinesePage } from './segment.ts';


/**
 * Rebuilds the Pagefind index after Starlight's own indexing (so it must be listed after
 * starlight() in astro.config.mjs), feeding Pagefind a prepared copy of each page (see
 * segment.ts): Chinese word boundaries that match the browser's query segmentation, and labels
 * (checklist items) as plain text. Everything else is Pagefind's default, exactly as Starlight
 * builds it: one index per <html lang>.
 */
export default function chineseSearchIndex(): AstroIntegration {
	return {
		name: 'chinese-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const outputPath = join(root, 'pagefind');
				const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
				const fail = (errors: string[]) => {
					if (errors.length) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
				};
				try {
					const { index, errors } = await pagefind.createIndex();
					fail(errors);
					if (!index) throw new Error('Pagefind returned no index.');
					let chinese = 0;
					for (const sourcePath of files) {
						const html = await readFile(join(root, sourcePath), 'utf8');
						if (isChinesePage(html)) chinese++;
						fail((await index.addHTMLFile({ sourcePath, content: indexCopy(html) })).errors);
					}
					await rm(outputPath, { recursive: true, force: true });
					fail((await index.writeFiles({ outputPath })).errors);
					logger.info(
						`Rebuilt the search index (Chinese word boundaries, checklist labels): ${files.length} HTML files, ${chinese} Chinese, in ${Math.round(performance.now() - started)}ms.`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
