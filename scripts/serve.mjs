// A small static file server for the built site (dist/), used by the browser tests and the
// benchmarks. Serves directory indexes, the site's 404 page for missing paths, and optional
// extra response headers. Only ever listens on 127.0.0.1.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};
// Pagefind's index chunks have their own extensions and are binary.
const typeOf = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

async function fileFor(root, pathname) {
	const decoded = decodeURIComponent(pathname);
	const target = resolve(root, normalize(`.${decoded}`));
	if (target !== root && !target.startsWith(root + sep)) return null;
	try {
		const info = await stat(target);
		if (info.isFile()) return target;
		if (info.isDirectory()) {
			const index = join(target, 'index.html');
			if ((await stat(index)).isFile()) return index;
		}
	} catch {
		return null;
	}
	return null;
}

/**
 * The rules of a `_headers` file, applied as Cloudflare Pages applies them (public/_headers is
 * written for it): a path pattern at the start of a line (`*` matches anything), then indented
 * `Name: value` lines. A response gets the headers of every rule whose pattern matches, in file
 * order; a header set by two rules is sent once with the values joined by ", " (two policies, for
 * a Content-Security-Policy); an indented `! Name` drops what earlier matching rules set for that
 * header, so the rule can replace it.
 */
export function parseHeaders(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
			rules.push({ pattern, detach: [], attach: [] });
		} else if (rules.length) {
			const trimmed = line.trim();
			if (trimmed.startsWith('!')) rules.at(-1).detach.push(trimmed.slice(1).trim().toLowerCase());
			else {
				const at = trimmed.indexOf(':');
				if (at > 0) rules.at(-1).attach.push([trimmed.slice(0, at).trim(), trimmed.slice(at + 1).trim()]);
			}
		}
	}
	return (pathname) => {
		/** lower-case name → [name as written, value] */
		const headers = new Map();
		for (const rule of rules.filter((r) => r.pattern.test(pathname))) {
			for (const name of rule.detach) headers.delete(name);
			for (const [name, value] of rule.attach) {
				const before = headers.get(name.toLowerCase());
				headers.set(name.toLowerCase(), [name, before ? `${before[1]}, ${value}` : value]);
			}
		}
		return Object.fromEntries(headers.values());
	};
}

/**
 * Starts serving `dir` on 127.0.0.1 at `port` (0 = any free port), with the headers its
 * `_headers` file gives each path (as the static host would) plus `headers`.
 * Returns { url, close }.
 */
export async function serveDist(dir, { port = 0, headers = {}, throttle, onResponse } = {}) {
	// throttle: { latencyMs, bytesPerSecond } delays each response as a slow connection would
	// (latency, then its bytes at that rate; responses do not share the bandwidth), for the benchmark;
	// onResponse(pathname, bytesSent) sees every response.
	const root = resolve(dir);
	const headersFor = parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
	const server = createServer(async (req, res) => {
		try {
			const { pathname } = new URL(req.url ?? '/', 'http://localhost');
			// Directory URLs without the trailing slash redirect, as static hosts do.
			const file = await fileFor(root, pathname);
			if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
				res.writeHead(301, { Location: `${pathname}/` }).end();
				return;
			}
			const status = file ? 200 : 404;
			const body = file ? await readFile(file) : await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
			const type = typeOf(file ?? '404.html');
			// Text is sent gzipped when the client accepts it, as static hosts and CDNs do.
			const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(type);
			const payload = gzip ? gzipSync(body) : body;
			res.writeHead(status, {
				'Content-Type': type,
				'Cache-Control': 'no-store',
				...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
				...headersFor(pathname),
				...headers,
			});
			if (throttle) await new Promise((done) => setTimeout(done, throttle.latencyMs + (1000 * payload.length) / throttle.bytesPerSecond));
			onResponse?.(pathname, payload.length);
			res.end(req.method === 'HEAD' ? undefined : payload);
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
		}
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', fail);
			done(undefined);
		});
	});
	const address = server.address();
	const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
	return { url, close: () => new Promise((done) => server.close(() => done(undefined))) };
}

/**
 * The public origin a build was made for (SITE_URL at build time), as the partners' loader in
 * dist/embed.js carries it. Browser tests serve dist/ there, as the real host would, so that the
 * loader's iframes and message checks meet the site where it is.
 */
export async function builtOrigin(dir) {
	const loader = await readFile(join(resolve(dir), 'embed.js'), 'utf8');
	const site = /"site":"([^"]+)"/.exec(loader)?.[1];
	if (!site) throw new Error(`${dir}/embed.js carries no site origin: rebuild with \`npm run build\``);
	return new URL(site);
}
