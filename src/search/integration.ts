import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { countWords, indexCopy, isChinesePage, wordList } from './segment.ts';
import { noMatchPages, readSearchVocabulary, VOCABULARY_FILE } from './vocabulary.ts';

const VOCABULARY_MODULE = 'virtual:kb/search-vocabulary';

/**
 * The site's search.
 *
 * At build start: the search dialog's code (src/search/ui.ts) takes the place of Pagefind's UI,
 * which Starlight's search component imports as `@pagefind/default-ui`; and the dialog gets
 * content/search/vocabulary.yaml as the module `virtual:kb/search-vocabulary`.
 *
 * After the build: rebuilds the Pagefind index after Starlight's own indexing (so it must be
 * listed after starlight() in astro.config.mjs), feeding Pagefind a prepared copy of each page
 * (see segment.ts): Chinese word boundaries that match the browser's query segmentation, Chinese
 * titles as words, and labels (checklist items) as plain text. Everything else is Pagefind's
 * default, exactly as Starlight builds it: one index per <html lang>. Beside the index, for each
 * language, the site's words and their counts (pagefind/words.<lang>.json), which the dialog
 * fetches to correct a misspelt word that finds nothing.
 */
export default function chineseSearchIndex(): AstroIntegration {
	return {
		name: 'chinese-search-index',
		hooks: {
			'astro:config:setup': ({ updateConfig, config, addWatchFile }) => {
				const root = fileURLToPath(config.root);
				addWatchFile(join(root, VOCABULARY_FILE));
				updateConfig({
					vite: {
						resolve: {
							alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./ui.ts', import.meta.url)) }],
						},
						plugins: [
							{
								name: 'kb-search-vocabulary',
								resolveId: (id: string) => (id === VOCABULARY_MODULE ? `\0${VOCABULARY_MODULE}` : undefined),
								load: (id: string) => {
									if (id !== `\0${VOCABULARY_MODULE}`) return undefined;
									const vocabulary = readSearchVocabulary(root);
									return `export default ${JSON.stringify(vocabulary)};\nexport const noMatchPages = ${JSON.stringify(noMatchPages(vocabulary, root))};`;
								},
							},
						],
					},
				});
			},
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
					const words = { en: new Map<string, number>(), 'zh-cn': new Map<string, number>() };
					for (const sourcePath of files) {
						const html = await readFile(join(root, sourcePath), 'utf8');
						if (!/\bdata-pagefind-body\b/.test(html)) continue;
						if (isChinesePage(html)) chinese++;
						countWords(html, words[isChinesePage(html) ? 'zh-cn' : 'en']);
						fail((await index.addHTMLFile({ sourcePath, content: indexCopy(html) })).errors);
					}
					await rm(outputPath, { recursive: true, force: true });
					fail((await index.writeFiles({ outputPath })).errors);
					for (const [lang, counts] of Object.entries(words)) await writeFile(join(outputPath, `words.${lang}.json`), JSON.stringify(wordList(counts)));
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
