import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { searchVocabulary, type SearchVocabulary } from '../schemas/search-vocabulary.ts';

export const VOCABULARY_FILE = 'content/search/vocabulary.yaml';

/**
 * content/search/vocabulary.yaml, validated; a mistake stops the build naming the file and field.
 * Build-time only (reads the file): the browser gets it as `virtual:kb/search-vocabulary`.
 */
export function readSearchVocabulary(root = '.'): SearchVocabulary {
	const parsed = searchVocabulary.safeParse(load(readFileSync(join(root, VOCABULARY_FILE), 'utf8')));
	if (!parsed.success) throw new Error(`${VOCABULARY_FILE} is not valid:\n${z.prettifyError(parsed.error)}`);
	return parsed.data;
}

/** A page the dialog links to by itself (not a search result): its address and title. */
export interface PageLink {
	href: string;
	title: string;
}

/**
 * The vocabulary's `noMatch` pages with their titles from each page's frontmatter, for the dialog.
 * A path with no page in a language stops the build, naming it.
 */
export function noMatchPages(vocabulary: SearchVocabulary, root = '.'): Record<'en' | 'zh-cn', PageLink[]> {
	const links = (lang: 'en' | 'zh-cn', paths: string[]) =>
		paths.map((path) => {
			const page = path.replace(/^\/|\/$/g, '');
			const file = ['.md', '.mdx', '/index.md', '/index.mdx'].map((ext) => join(root, 'content/docs', lang, page + ext)).find((f) => existsSync(f));
			if (!file) throw new Error(`${VOCABULARY_FILE}: noMatch names "${path}", which has no page in content/docs/${lang}/`);
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			const title = (load(frontmatter) as { title?: unknown } | undefined)?.title;
			if (typeof title !== 'string' || !title.trim()) throw new Error(`${file}: has no title for the search dialog's noMatch link`);
			return { href: `/${lang}/${page}/`, title: title.trim() };
		});
	return { en: links('en', vocabulary.noMatch.en), 'zh-cn': links('zh-cn', vocabulary.noMatch['zh-CN']) };
}
