import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One built HTML file: its path under the output folder and its text. */
export interface BuiltHtml {
	file: string;
	html: string;
}

const cache = new Map<string, Promise<BuiltHtml[]>>();

/**
 * Every HTML file of a build, read once however many post-build checks ask (links, CSP). The
 * checks only read; an integration that rewrites HTML runs after them.
 */
export function builtHtml(out: string): Promise<BuiltHtml[]> {
	let files = cache.get(out);
	if (!files) {
		const names = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		files = Promise.all(names.map(async (file) => ({ file, html: await readFile(join(out, file), 'utf8') })));
		cache.set(out, files);
	}
	return files;
}

/** Lets the files of a build go once the last check has read them (the CSP check runs last). */
export function forgetBuiltHtml(out: string): void {
	cache.delete(out);
}
