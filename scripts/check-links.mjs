// Checks every external link in content/ (guides, YAML data, UI strings): prints the dead ones,
// the redirected ones (with where they go now) and a count of the good ones. Needs the network,
// so it is not part of `npm test`: run `npm run check:links` before a release or a review round.
// Exit code 1 when a link is dead. Options: --concurrency N (default 6), --timeout S (default 20).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every http(s) address in a text, without the punctuation that ends a sentence or closes markup. */
export function linksIn(text) {
	const found = text.match(/https?:\/\/[^\s"'<>`\])}|]+/g) ?? [];
	return found.map((url) => url.replace(/[.,;:!?*]+$/, ''));
}

/** What a response means for a reader following the link. */
export function verdict(status, from, to) {
	if (status >= 200 && status < 300) return from === to ? 'ok' : 'redirected';
	if (status === 401 || status === 403 || status === 429) return 'blocked';
	return 'dead';
}

function contentFiles(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(md|mdx|ya?ml|json)$/.test(file))
		.map((file) => join(dir, file));
}

async function check(url, timeout) {
	const attempt = async (method) => {
		const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeout * 1000), headers: { 'User-Agent': 'Mozilla/5.0 (link check; cross-border safety guide)' } });
		return { status: response.status, to: response.url };
	};
	try {
		let result = await attempt('HEAD');
		// Many servers refuse HEAD; ask again the way a browser does.
		if (result.status >= 400) result = await attempt('GET');
		return { url, ...result, verdict: verdict(result.status, url, result.to) };
	} catch (error) {
		return { url, status: 0, to: url, verdict: 'dead', error: error instanceof Error ? error.message : String(error) };
	}
}

async function main() {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? Number(args[i + 1]) : fallback;
	};
	const concurrency = option('concurrency', 6);
	const timeout = option('timeout', 20);
	const where = new Map();
	for (const file of contentFiles('content')) {
		for (const url of linksIn(readFileSync(file, 'utf8'))) where.set(url, [...(where.get(url) ?? []), file]);
	}
	const urls = [...where.keys()].sort();
	console.log(`Checking ${urls.length} external links in content/ (${concurrency} at a time, ${timeout} s each)…`);
	const results = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < urls.length) {
				const url = urls[next++];
				results.push(await check(url, timeout));
			}
		}),
	);
	const by = (v) => results.filter((r) => r.verdict === v).sort((a, b) => a.url.localeCompare(b.url));
	const files = (url) => [...new Set(where.get(url))].join(', ');
	for (const r of by('dead')) console.log(`DEAD     ${r.status || r.error}  ${r.url}\n         in ${files(r.url)}`);
	for (const r of by('blocked')) console.log(`BLOCKED  ${r.status}  ${r.url} (refuses robots; check by hand)\n         in ${files(r.url)}`);
	for (const r of by('redirected')) console.log(`MOVED    ${r.url}\n      -> ${r.to}\n         in ${files(r.url)}`);
	console.log(`\n${by('ok').length} ok, ${by('redirected').length} redirected, ${by('blocked').length} blocked, ${by('dead').length} dead, of ${urls.length}.`);
	if (results.length > 0 && results.every((r) => r.status === 0)) {
		console.log('No link could be reached at all: this machine looks offline (the check needs the network).');
		process.exitCode = 2;
		return;
	}
	process.exitCode = by('dead').length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
