/**
 * One rule for every page that reads its address (the duty calculator and its embed, get-help,
 * the complaint directory), and what the reader is told about settings that were not used.
 *
 * - A setting given more than once: the first value wins (what URLSearchParams.get returns).
 * - Names are looked up in the page's own list only (a Map), never as properties of an object,
 *   so `__proto__`, `constructor` or `toString` are just unknown names.
 * - Nothing from the address is ever repeated to the reader: unknown names are only counted;
 *   a value that cannot be used is reported by its setting's name, which comes from the page's
 *   own list. A scammer's "Parcel held! Call +1-800-…" in a link cannot become a notice.
 *
 * Pure: no DOM. The words are content/url-notices.yaml, `{{n}}` and `{{names}}` filled in by format().
 */
import { format } from '../text/format.ts';

export interface QueryNotices {
	/** How many different names the page does not know (their names are never shown). */
	unknown: number;
	/** Settings the page knows whose value could not be used, in the order they were read. */
	rejected: string[];
	/** Settings the page knows that were given more than once (the first value was used). */
	repeated: string[];
}

export interface ReadQuery<K extends string> {
	/** The first value given for a setting, or undefined. */
	get(name: K): string | undefined;
	/** Records that a setting's value could not be used (once per setting). */
	reject(name: K): void;
	readonly notices: QueryNotices;
}

/**
 * Reads a query against the names a page knows. `pageParams`: names that belong to the page
 * around the reader (the embed's `theme`): not unknown, though the reader does not use them.
 */
export function readQuery<K extends string>(query: URLSearchParams | string, known: readonly K[], pageParams: readonly string[] = []): ReadQuery<K> {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const knownNames = new Set<string>([...known, ...pageParams]);
	const first = new Map<string, string>();
	const unknown = new Set<string>();
	const repeated: string[] = [];
	for (const [name, value] of params) {
		if (!knownNames.has(name)) unknown.add(name);
		else if (!first.has(name)) first.set(name, value);
		else if (!repeated.includes(name)) repeated.push(name);
	}
	const notices: QueryNotices = { unknown: unknown.size, rejected: [], repeated };
	return {
		get: (name) => first.get(name),
		reject: (name) => {
			if (!notices.rejected.includes(name)) notices.rejected.push(name);
		},
		notices,
	};
}

/** Every key of content/url-notices.yaml the notices use. */
export const NOTICE_KEYS = ['rejected.one', 'rejected.other', 'repeated.one', 'repeated.other', 'unknown.one', 'unknown.other', 'more'] as const;

/** At most this many rejected settings are named; beyond, the first two and "N more". */
const MAX_NAMED = 3;

/**
 * The notices for a query, in the reader's language: at most three sentences (values not used,
 * settings repeated, unknown settings), none when there is nothing to say. `words`: the page's
 * language's text of content/url-notices.yaml.
 */
export function queryNoticeTexts(notices: QueryNotices, words: Readonly<Record<string, string>>, lang: string): string[] {
	const word = (key: string) => (Object.hasOwn(words, key) ? words[key]! : key);
	const plural = (base: string, n: number) => {
		const form = `${base}.${new Intl.PluralRules(lang).select(n)}`;
		return Object.hasOwn(words, form) ? words[form]! : word(`${base}.other`);
	};
	const texts: string[] = [];
	const { rejected, repeated, unknown } = notices;
	if (rejected.length > 0) {
		const shown = rejected.length > MAX_NAMED ? [...rejected.slice(0, MAX_NAMED - 1), format(word('more'), { n: rejected.length - (MAX_NAMED - 1) })] : rejected;
		const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(shown);
		texts.push(format(plural('rejected', rejected.length), { names, n: rejected.length }));
	}
	if (repeated.length > 0) texts.push(format(plural('repeated', repeated.length), { n: repeated.length }));
	if (unknown > 0) texts.push(format(plural('unknown', unknown), { n: unknown }));
	return texts;
}
