// Rebuilds the search index of an existing build after editing the guides' `keywords:` lines, in
// seconds instead of a full `astro build`: writes each page's keywords (from its frontmatter under
// content/docs/) into the built page's hidden keywords metadata, as src/components/MarkdownContent.astro
// does, then indexes the built pages again as src/search/integration.ts does after a build. For
// tuning keywords with scripts/search-eval-fast.mjs; the real index is the build's, so build again
// before committing to figures. Usage: node scripts/search-reindex.mjs [--dist dist]
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { load as parse } from 'js-yaml';
import { countWords, indexCopy, isChinesePage, metaWords, wordList } from '../src/search/segment.ts';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const root = args.dist;
// Text as Astro writes it in an element.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

let changed = 0;
for (const lang of ['en', 'zh-cn']) {
	const dir = join('content/docs', lang);
	for (const file of await readdir(dir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		const source = await readFile(join(dir, file), 'utf8');
		const keywords = parse(source.split(/^---$/m)[1] ?? '')?.keywords;
		if (!Array.isArray(keywords) || !keywords.length) continue;
		const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		const page = join(root, lang, slug, 'index.html');
		const html = await readFile(page, 'utf8').catch(() => null);
		if (html === null) continue;
		const meta = `<p data-pagefind-meta="keywords">${escape(keywords.map((k) => metaWords(String(k))).join(' · '))}</p>`;
		const updated = html.replace(/<p data-pagefind-meta="keywords">[^<]*<\/p>/, meta);
		if (updated !== html) {
			await writeFile(page, updated);
			changed++;
		}
	}
}

const outputPath = join(root, 'pagefind');
const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
const { index } = await pagefind.createIndex();
const words = { en: new Map(), 'zh-cn': new Map() };
for (const sourcePath of files) {
	const html = await readFile(join(root, sourcePath), 'utf8');
	if (!/\bdata-pagefind-body\b/.test(html)) continue;
	countWords(html, words[isChinesePage(html) ? 'zh-cn' : 'en']);
	const { errors } = await index.addHTMLFile({ sourcePath, content: indexCopy(html) });
	if (errors.length) throw new Error(errors.join('\n'));
}
await rm(outputPath, { recursive: true, force: true });
await index.writeFiles({ outputPath });
for (const [lang, counts] of Object.entries(words)) await writeFile(join(outputPath, `words.${lang}.json`), JSON.stringify(wordList(counts)));
await pagefind.close();
console.log(`keywords rewritten in ${changed} built pages; index rebuilt from ${files.length} HTML files`);
