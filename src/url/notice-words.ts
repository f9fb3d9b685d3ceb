/**
 * The words of content/url-notices.yaml in one language, for a page that reads its address.
 * Server only (reads the content collection); a missing key stops the build and names it.
 */
import { getCollection } from 'astro:content';
import { inLanguage } from '../schemas/bilingual.ts';
import { NOTICE_KEYS } from './query.ts';

export async function urlNoticeWords(lang: string): Promise<Record<string, string>> {
	const words = Object.fromEntries((await getCollection('urlNotices')).map((entry) => [entry.id, inLanguage(entry.data, lang)]));
	for (const key of NOTICE_KEYS) {
		if (!Object.hasOwn(words, key)) throw new Error(`content/url-notices.yaml has no "${key}"`);
	}
	return words;
}
