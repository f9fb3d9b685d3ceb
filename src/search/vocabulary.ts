import { readFileSync } from 'node:fs';
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
