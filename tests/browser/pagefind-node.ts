import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Pagefind's own search (pagefind.search(term), no query layer) on the built index, from Node: the
 * same WebAssembly and the same index files the browser loads, read from dist/pagefind. For checks
 * that ask what Pagefind itself finds for a word (search.test.ts: every Chinese word of every
 * Chinese page), thousands of words in seconds instead of minutes in Chromium. The dialog's query
 * layer from Node is tests/browser/search-node.ts.
 */
export interface RawPagefind {
	/** The URL ("/zh-cn/…/") of every page Pagefind finds for the term. */
	urls(term: string): Promise<string[]>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: { id: string; data: () => Promise<{ url: string; meta: Record<string, string | undefined> }> }[] } | null>;
}

/**
 * Lets fetch() read file: URLs (Node's does not), so Pagefind loads its index straight from
 * dist/pagefind: no server, and no connection dropped under load leaving a chunk unloaded (which
 * Pagefind would only log). Any other URL goes to Node's fetch as before. Installed once (this
 * file's rawPagefind and search-node.ts's nodeSearch both call it).
 */
export function fetchFiles() {
	const marker = Symbol.for('kb.search-node.fetch');
	const globals = globalThis as unknown as Record<symbol, unknown> & { fetch: typeof fetch };
	if (globals[marker]) return;
	const networkFetch = globals.fetch;
	const types: Record<string, string> = { '.wasm': 'application/wasm', '.json': 'application/json', '.js': 'text/javascript' };
	globals.fetch = async (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith('file:')) return networkFetch(input, init);
		const path = fileURLToPath(url);
		const body = await readFile(path).catch(() => null);
		if (!body) return new Response(null, { status: 404 });
		return new Response(body, { headers: { 'content-type': types[extname(path)] ?? 'application/octet-stream' } });
	};
	globals[marker] = true;
}

/**
 * Loads one language's index ('en' or 'zh-cn') from the site built into `dist`. Pagefind picks
 * the language from <html lang>, so a stand-in document is there while it starts.
 */
export async function rawPagefind(language: 'en' | 'zh-cn', dist = 'dist'): Promise<RawPagefind> {
	fetchFiles();
	const lang = language === 'en' ? 'en' : 'zh-CN';
	const bundle = pathToFileURL(resolve(dist, 'pagefind')).href + '/';
	const globals = globalThis as Record<string, unknown>;
	const saved = { document: globals['document'], location: globals['location'] };
	globals['document'] = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
	globals['location'] = new URL(bundle);
	let pagefind: PagefindModule;
	try {
		// A module of its own (the query), apart from the instances search-node.ts loads.
		pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js?raw-${lang}`);
		await pagefind.options({ basePath: bundle, baseUrl: '/' });
		await pagefind.init();
	} finally {
		globals['document'] = saved.document;
		globals['location'] = saved.location;
	}
	// A result's URL is read once (data() also builds its excerpts, every time).
	const urlOf = new Map<string, Promise<string>>();
	return {
		async urls(term) {
			const found = (await pagefind.search(term))?.results ?? [];
			return Promise.all(
				found.map((result) => {
					if (!urlOf.has(result.id)) urlOf.set(result.id, result.data().then((data) => data.url));
					return urlOf.get(result.id)!;
				}),
			);
		},
	};
}
