import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { markChineseWordBoundariesInHtml } from './segment.ts';

const CHINESE_PAGE = /<html[^>]*\blang="zh/i;

/**
 * Rebuilds the Pagefind index after Starlight's own indexing (so it must be listed after
 * starlight() in astro.config.mjs), feeding Pagefind a copy of each Chinese page whose word
 * boundaries match the browser's query segmentation (see segment.ts). Everything else about the
 * index is Pagefind's default, exactly as Starlight builds it: one index per <html lang>.
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
						let content = await readFile(join(root, sourcePath), 'utf8');
						if (CHINESE_PAGE.test(content)) {
							content = markChineseWordBoundariesInHtml(content);
							chinese++;
						}
						fail((await index.addHTMLFile({ sourcePath, content })).errors);
					}
					await rm(outputPath, { recursive: true, force: true });
					fail((await index.writeFiles({ outputPath })).errors);
					logger.info(
						`Rebuilt the search index with aligned Chinese word boundaries: ${files.length} HTML files, ${chinese} Chinese, in ${Math.round(performance.now() - started)}ms.`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
