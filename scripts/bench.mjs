// Benchmark (not a test): prints figures and writes bench/results.json.
// - the duty engine: calculations per second and p50/p95 time per calculation over random valid
//   inputs for every destination and channel;
// - the calculator pages: JavaScript loaded up front and the data inlined (gzip), and what loads
//   later: the largest per-destination rules file and per-regime chunk (`-- --calculator`: only this);
// - per page type (landing, guide, checklist, calculator, embed, get-help): HTML, CSS and JS
//   bytes, raw and gzip, and request count, measured in Chromium against dist/;
// - Pagefind: index size per language and the bytes a typical query downloads;
// - the embed loader's size;
// - the real site's build time and output, and the same site scaled ×10 and ×50 (generated copies
//   of the guides, in .tmp/), to show how build time, page size and the index grow.
// - the first search through the dialog on slow 4G and a 4× slower CPU (CDP throttling), in both
//   languages: time from opening the dialog to results, and the bytes transferred meanwhile;
// Usage: npm run bench  (after a build, e.g. npm run build:test; BENCH_SCALES=1,10 to choose the scaled runs)
//        npm run bench -- --first-search  (only the first search)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';
import { load } from 'js-yaml';
import { calculate } from '../src/duty/engine.ts';
import { categories } from '../src/duty/categories.ts';
import { dutyDestination } from '../src/schemas/duty.ts';

const results = { date: new Date().toISOString(), node: process.version };

/** The slow connection and phone the first search is measured on: Chrome DevTools' "slow 4G" and a 4× slower CPU. */
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// `npm run bench -- --first-search`: only the first search on a slow connection (about a minute).
if (process.argv.includes('--first-search')) {
	if (!existsSync('dist/index.html')) throw new Error('Build the site first (npm run build:test).');
	printFirstSearch(await firstSearch());
	process.exit(0);
}

// `npm run bench -- --calculator`: only the calculator's bytes, from dist/ (a second).
if (process.argv.includes('--calculator')) {
	if (!existsSync('dist/index.html')) throw new Error('Build the site first (npm run build:test).');
	printCalculator(calculatorBytes());
	process.exit(0);
}

// --- Duty engine -------------------------------------------------------------------------------
const destinations = readdirSync('content/duty')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => dutyDestination.parse(load(readFileSync(`content/duty/${f}`, 'utf8'))));
const snapshotFile = readdirSync('content/exchange-rates').sort().at(-1);
const { rates } = load(readFileSync(`content/exchange-rates/${snapshotFile}`, 'utf8'));

// A fixed pseudo-random sequence, so runs compare like with like.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

const inputs = [];
for (let i = 0; i < 20_000; i++) {
	const destination = pick(destinations);
	const channel = pick(destination.channels);
	const version = pick(channel.rules);
	inputs.push([
		{
			channel: channel.id,
			items: [{ category: pick(categories), value: Math.floor(random() * 500_000) }],
			shipping: Math.floor(random() * 5_000),
			insurance: Math.floor(random() * 500),
			date: version.from,
			spent: Math.floor(random() * 2_000_000),
			origin: pick(['CN', 'HK', 'US', 'MX', 'JP', 'ZZ']),
			lines: 1 + Math.floor(random() * 3),
			gift: random() < 0.1,
			single: random() < 0.1,
			fx: Object.fromEntries(Object.entries(rates).map(([c, r]) => [c, rates[destination.currency] / r])),
			...(destination.regions.length ? { region: pick(destination.regions).code } : {}),
		},
		destination,
	]);
}
for (const [input, destination] of inputs.slice(0, 2_000)) calculate(input, destination); // warm up
const times = [];
let failed = 0;
const start = performance.now();
for (const [input, destination] of inputs) {
	const t0 = performance.now();
	const outcome = calculate(input, destination);
	times.push(performance.now() - t0);
	if (!outcome.ok) failed++;
}
const elapsed = performance.now() - start;
times.sort((a, b) => a - b);
const quantile = (q) => times[Math.floor(q * (times.length - 1))];
results.engine = {
	calculations: inputs.length,
	errors: failed,
	perSecond: Math.round(inputs.length / (elapsed / 1000)),
	p50Microseconds: Math.round(quantile(0.5) * 1000 * 10) / 10,
	p95Microseconds: Math.round(quantile(0.95) * 1000 * 10) / 10,
};

// --- Calculator page JavaScript and data ------------------------------------------------------
results.calculatorPage = existsSync('dist/en/tools/duty-calculator/index.html') ? calculatorBytes() : 'not built: run npm run build first';

// --- Page types, Pagefind and the loader, in Chromium ------------------------------------------
const PAGE_TYPES = {
	landing: '/en/',
	guide: '/en/shoppers/keep-evidence/',
	'guide (zh)': '/zh-cn/shoppers/keep-evidence/',
	checklist: '/en/checklists/evidence/',
	calculator: '/en/tools/duty-calculator/',
	embed: '/embed/en/duty-calculator/',
	'get-help': '/en/get-help/',
};
const kindOf = (type, url) => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || url.endsWith('.js') ? 'js' : 'other');

async function measurePages(dist) {
	const server = await serveDist(dist);
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
	const pages = {};
	for (const [name, path] of Object.entries(PAGE_TYPES)) {
		const page = await browser.newPage();
		const sizes = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], requests: 0 };
		page.on('response', async (response) => {
			try {
				const body = await response.body();
				const kind = kindOf(response.request().resourceType(), response.url());
				sizes[kind][0] += body.length;
				sizes[kind][1] += gzipSync(body).length;
				sizes.requests++;
			} catch {}
		});
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		await page.waitForTimeout(200);
		pages[name] = sizes;
		await page.close();
	}
	// Pagefind: the bytes one query downloads, English and Chinese, after the page has loaded.
	const queries = {};
	for (const [lang, path, query] of [['en', '/en/', 'refund'], ['zh-cn', '/zh-cn/', '退款']]) {
		const page = await browser.newPage();
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		let bytes = 0;
		let requests = 0;
		page.on('response', async (response) => {
			if (!response.url().includes('/pagefind/')) return;
			try {
				bytes += (await response.body()).length;
				requests++;
			} catch {}
		});
		const found = await page.evaluate(`(async () => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(${JSON.stringify(query)}); await Promise.all(r.results.slice(0, 5).map((x) => x.data())); return r.results.length; })()`);
		await page.waitForTimeout(200);
		queries[lang] = { query, results: found, bytes, requests };
		await page.close();
	}
	await browser.close();
	await server.close();
	return { pages, queries, firstSearch: await firstSearch() };
}

/**
 * The first search a reader makes, through the dialog, on a slow connection and a slow phone
 * (Chromium's own throttling over CDP: Network.emulateNetworkConditions at 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip, and Emulation.setCPUThrottlingRate 4×): the page has loaded on
 * that connection; the reader opens the dialog and types the query at once. Measures the time
 * from opening the dialog to the first results shown, and what went over the network in that time
 * (as transferred: compressed bodies and headers), by kind: Pagefind's script, its worker and
 * WebAssembly, index metadata and chunks, result fragments, the site's word list, and the
 * traditional-character converter for a query that needs it. Pagefind searches in a web worker;
 * Playwright reports the worker's requests with the page's, and the page's network conditions
 * apply to them. Times depend on the machine's load (printed with them); bytes do not.
 */
async function firstSearch() {
	const { searchInDialog } = await import('../tests/browser/search-eval.ts');
	const { loadavg, cpus } = await import('node:os');
	const server = await serveDist('dist');
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
	const result = {};
	const runs = [
		['en', 'en', 'package stuck in customs'],
		['zh-cn', 'zh-cn', '包裹被海关扣了怎么办'],
		['zh-cn (traditional)', 'zh-cn', '包裹被海關扣了怎麼辦'],
	];
	const kind = (url) =>
		/\/pagefind\/pagefind\.js/.test(url) ? 'pagefind.js'
			: /\/pagefind\/pagefind-worker\.js/.test(url) ? 'worker'
				: /\/pagefind\/wasm\./.test(url) ? 'wasm'
					: /pagefind-entry|\.pf_meta/.test(url) ? 'index metadata'
						: /\.pf_index/.test(url) ? 'index chunks'
							: /\.pf_fragment/.test(url) ? 'result fragments'
								: /\/pagefind\/words\./.test(url) ? 'word list'
									: /^data:/.test(url) ? null
										: 'other';
	for (const [name, lang, query] of runs) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		let counting = false;
		const pending = [];
		page.on('requestfinished', (request) => {
			if (!counting || !kind(request.url())) return;
			pending.push(
				request
					.sizes()
					.then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }))
					.catch(() => ({ url: request.url(), bytes: 0 })),
			);
		});
		await page.goto(`${server.url}/${lang}/`, { waitUntil: 'networkidle', timeout: 180_000 });
		const button = page.locator('site-search button[data-open-modal]:not([disabled])');
		await button.waitFor({ timeout: 180_000 });
		await page.waitForTimeout(500);
		const load = loadavg()[0];
		counting = true;
		const started = performance.now();
		await button.click();
		await page.locator('#starlight__search input').first().waitFor({ timeout: 180_000 });
		const { got } = await searchInDialog(page, query, 180_000);
		const ms = Math.round(performance.now() - started);
		await page.waitForTimeout(100);
		counting = false;
		const sent = await Promise.all(pending);
		const byKind = {};
		for (const { url, bytes } of sent) byKind[kind(url)] = (byKind[kind(url)] ?? 0) + bytes;
		result[name] = { query, results: got.length, ms, bytes: sent.reduce((sum, r) => sum + r.bytes, 0), requests: sent.length, byKind, loadAverage: Math.round(load * 10) / 10 };
		await context.close();
	}
	await browser.close();
	await server.close();
	return {
		connection: `slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip), CPU ${CPU_SLOWDOWN}x slower; Chromium CDP throttling; ${cpus().length} CPU cores`,
		runs: result,
	};
}

const dirBytes = (dir) => readdirSync(dir, { recursive: true }).reduce((sum, f) => {
	const info = statSync(join(dir, String(f)));
	return info.isFile() ? sum + info.size : sum;
}, 0);
function pagefindIndex(dist) {
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
	const chunks = (lang) => readdirSync(join(dist, 'pagefind/index')).filter((f) => f.startsWith(`${lang}_`));
	return Object.fromEntries(
		Object.entries(entry.languages).map(([lang, info]) => [
			lang,
			{ pages: info.page_count, indexChunks: chunks(lang).length, indexBytes: chunks(lang).reduce((sum, f) => sum + statSync(join(dist, 'pagefind/index', f)).size, 0) },
		]),
	);
}

if (existsSync('dist/index.html')) {
	const measured = await measurePages('dist');
	results.pageTypes = measured.pages;
	results.pagefind = { totalBytes: dirBytes('dist/pagefind'), languages: pagefindIndex('dist'), queries: measured.queries, firstSearch: measured.firstSearch };
	results.embedLoader = { bytes: statSync('dist/embed.js').size, gzipBytes: gzipSync(readFileSync('dist/embed.js')).length };
}

// --- Build time and output, real and scaled -------------------------------------------------------
const COPY = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'content', 'src', 'public'];
/** Copies the site to .tmp/bench-x<scale>/ with each guide repeated `scale` times in both languages. */
function scaledCopy(scale) {
	const dir = join('.tmp', `bench-x${scale}`);
	rmSync(dir, { recursive: true, force: true });
	for (const entry of COPY) cpSync(entry, join(dir, entry), { recursive: true });
	let added = 0;
	for (const locale of ['en', 'zh-cn']) {
		for (const section of ['shoppers', 'sellers']) {
			const folder = join(dir, 'content/docs', locale, section);
			for (const file of readdirSync(folder)) {
				const source = readFileSync(join(folder, file), 'utf8');
				for (let i = 2; i <= scale; i++) {
					const copy = source.replace(/^title: (["']?)(.*?)\1$/m, (_, q, title) => `title: "${title.replaceAll('\\"', "'").replaceAll('"', "'")} (${i})"`).replace(/^checklist: .*$/m, '');
					writeFileSync(join(folder, file.replace(/(\.mdx?)$/, `-${i}$1`)), copy);
					added++;
				}
			}
		}
	}
	return { dir, added };
}
function build(dir) {
	const start = performance.now();
	// A build needs the site's address; the scaled copies are only measured, never served.
	const env = { ...process.env, FORCE_COLOR: '0', SITE_URL: process.env.SITE_URL || 'https://bench.example' };
	const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env });
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
	const dist = join(dir, 'dist');
	const html = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
	const guide = readFileSync(join(dist, 'en/shoppers/keep-evidence/index.html'));
	const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(guide.toString())?.[0] ?? '';
	return {
		seconds: Math.round(seconds * 10) / 10,
		pages: html.length,
		outputBytes: dirBytes(dist),
		guideHtmlBytes: guide.length,
		guideSidebarBytes: Buffer.byteLength(sidebar),
		pagefindBytes: dirBytes(join(dist, 'pagefind')),
	};
}
const scales = (process.env.BENCH_SCALES ?? '1,10,50').split(',').map(Number).filter((n) => n >= 1);
results.builds = {};
for (const scale of scales) {
	const { dir, added } = scaledCopy(scale);
	process.stdout.write(`building ×${scale} (${added} generated guides)… `);
	results.builds[`x${scale}`] = { generatedGuides: added, ...build(dir) };
	console.log(`${results.builds[`x${scale}`].seconds} s`);
	rmSync(dir, { recursive: true, force: true });
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('Duty engine');
console.log(`  ${results.engine.calculations} random valid inputs over ${destinations.length} destinations (${results.engine.errors} without a result, e.g. no province)`);
console.log(`  ${results.engine.perSecond.toLocaleString('en')} calculations per second; p50 ${results.engine.p50Microseconds} µs, p95 ${results.engine.p95Microseconds} µs`);
if (typeof results.calculatorPage === 'object') printCalculator(results.calculatorPage);
else console.log(results.calculatorPage);
if (results.pageTypes) {
	console.log('Page types (Chromium, dist/): raw / gzip');
	const row = (s) => `${kb(s[0])} / ${kb(s[1])}`;
	for (const [name, s] of Object.entries(results.pageTypes)) {
		console.log(`  ${name.padEnd(11)} HTML ${row(s.html).padEnd(20)} CSS ${row(s.css).padEnd(20)} JS ${row(s.js).padEnd(20)} ${s.requests} requests`);
	}
	console.log(`Pagefind: ${kb(results.pagefind.totalBytes)} in all; ${Object.entries(results.pagefind.languages).map(([l, v]) => `${l}: ${v.pages} pages, index ${kb(v.indexBytes)} in ${v.indexChunks} chunks`).join('; ')}`);
	for (const [lang, q] of Object.entries(results.pagefind.queries)) console.log(`  query "${q.query}" (${lang}): ${q.results} results, ${kb(q.bytes)} in ${q.requests} requests`);
	printFirstSearch(results.pagefind.firstSearch);
	console.log(`embed.js: ${results.embedLoader.bytes} bytes, ${results.embedLoader.gzipBytes} gzip`);
}
console.log('Builds (npm run build in a copy):');
for (const [name, b] of Object.entries(results.builds)) {
	console.log(`  ${name.padEnd(4)} ${String(b.pages).padStart(5)} pages  ${String(b.seconds).padStart(6)} s  output ${kb(b.outputBytes).padStart(10)}  guide page ${kb(b.guideHtmlBytes)} (sidebar ${kb(b.guideSidebarBytes)})  Pagefind ${kb(b.pagefindBytes)}`);
}
console.log('Written to bench/results.json');

/**
 * The calculator's bytes, from dist/: for each calculator page (the full page and the embed, in
 * both languages) the JavaScript it loads up front (its module scripts, what they import
 * statically, and its inline scripts: as tests/browser/budgets.test.ts counts them) and the data
 * inlined in it (the rules of the language's default destination, words, menus and the
 * exchange-rate snapshot), gzip; then what is loaded only when a destination is chosen: each
 * destination's rules file (/duty-data/<locale>/<dest>.json) and each regime kind's chunk (with
 * the chunks it imports that the page has not loaded already).
 */
function calculatorBytes() {
	const gzip = (buffer) => gzipSync(buffer).length;
	const staticImports = (url, seen = new Set()) => {
		if (seen.has(url)) return seen;
		seen.add(url);
		const code = readFileSync(join('dist', url), 'utf8');
		for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) staticImports(join(url, '..', m[1]), seen);
		return seen;
	};
	const pages = {};
	let initial = new Set();
	for (const path of ['en/tools/duty-calculator/', 'zh-cn/tools/duty-calculator/', 'embed/en/duty-calculator/', 'embed/zh-cn/duty-calculator/']) {
		const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
		const files = new Set();
		for (const m of html.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)) staticImports(m[1], files);
		if (path === 'en/tools/duty-calculator/') initial = files;
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/json/.test(m[1])).map((m) => m[2]).join('\n');
		const js = Buffer.concat([...[...files].map((f) => readFileSync(join('dist', f))), Buffer.from(inline)]);
		const data = html.match(/<script type="application\/json" data-duty-data>([\s\S]*?)<\/script>/)?.[1] ?? '';
		pages[`/${path}`] = { jsBytes: js.length, jsGzipBytes: gzip(js), inlineDataBytes: Buffer.byteLength(data), inlineDataGzipBytes: gzip(data), htmlGzipBytes: gzip(html) };
	}
	const rulesFiles = {};
	// Locale folders hold the rules; a file beside them is the item field's term index (items.json).
	let itemIndex = 'not built';
	for (const entry of existsSync('dist/duty-data') ? readdirSync('dist/duty-data', { withFileTypes: true }) : []) {
		if (!entry.isDirectory()) {
			const body = readFileSync(join('dist/duty-data', entry.name));
			if (entry.name === 'items.json') itemIndex = { bytes: body.length, gzipBytes: gzip(body) };
			continue;
		}
		const locale = entry.name;
		for (const file of readdirSync(join('dist/duty-data', locale))) {
			const body = readFileSync(join('dist/duty-data', locale, file));
			rulesFiles[`/duty-data/${locale}/${file}`] = { bytes: body.length, gzipBytes: gzip(body) };
		}
	}
	// A regime's chunk is named after its module (src/duty/regimes/<kind>.ts → _astro/<kind>.<hash>.js).
	const kinds = readdirSync('src/duty/regimes').filter((f) => f.endsWith('.ts') && !['index.ts', 'regime.ts', 'load.ts'].includes(f)).map((f) => f.slice(0, -3));
	const chunks = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
	const regimeChunks = {};
	for (const kind of kinds) {
		const file = chunks.find((f) => f.startsWith(`${kind}.`));
		if (!file) continue;
		const own = readFileSync(join('dist/_astro', file));
		const extra = [...staticImports(`/_astro/${file}`)].filter((f) => f !== `/_astro/${file}` && !initial.has(f));
		const withShared = Buffer.concat([own, ...extra.map((f) => readFileSync(join('dist', f)))]);
		regimeChunks[kind] = { file, gzipBytes: gzip(own), withSharedGzipBytes: gzip(withShared) };
	}
	return { pages, rulesFiles, regimeChunks, itemIndex };
}

/** Prints calculatorBytes()'s figures. */
function printCalculator(c) {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	const range = (values) => (values.length ? `${kb(Math.min(...values))}–${kb(Math.max(...values))}` : 'none');
	const largest = (entries, key) => entries.sort((a, b) => b[1][key] - a[1][key])[0];
	console.log('Calculator pages: JavaScript loaded up front and inline data, gzip (budgets: tests/browser/budgets.test.ts)');
	for (const [path, p] of Object.entries(c.pages)) {
		console.log(`  ${path.padEnd(30)} JS ${kb(p.jsGzipBytes).padStart(8)}   inline data ${kb(p.inlineDataGzipBytes).padStart(8)}   whole HTML ${kb(p.htmlGzipBytes)}`);
	}
	const rules = Object.entries(c.rulesFiles);
	const [bigFile, big] = largest([...rules], 'gzipBytes') ?? ['none', { gzipBytes: 0, bytes: 0 }];
	console.log(`  per-destination rules (${rules.length} files, loaded when chosen): ${range(rules.map(([, r]) => r.gzipBytes))} gzip; largest ${bigFile} ${kb(big.gzipBytes)} gzip (${kb(big.bytes)} raw)`);
	const regimes = Object.entries(c.regimeChunks);
	const [bigKind, chunk] = largest([...regimes], 'withSharedGzipBytes') ?? ['none', { gzipBytes: 0, withSharedGzipBytes: 0 }];
	console.log(`  per-regime chunks (${regimes.length}, loaded when a destination needs them): ${range(regimes.map(([, r]) => r.gzipBytes))} gzip; largest ${bigKind} ${kb(chunk.gzipBytes)} (${kb(chunk.withSharedGzipBytes)} with the shared chunks it needs)`);
	if (typeof c.itemIndex === 'object') console.log(`  item field's term index (loaded on first use of "What did you buy?"): ${kb(c.itemIndex.gzipBytes)} gzip (${kb(c.itemIndex.bytes)} raw)`);
}

/** Prints firstSearch()'s figures. */
function printFirstSearch(first) {
	if (!first) return;
	const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(`First search through the dialog (${first.connection}), from opening the dialog to the first results:`);
	for (const [lang, q] of Object.entries(first.runs)) {
		console.log(`  ${lang.padEnd(19)} "${q.query}": ${q.results} results after ${(q.ms / 1000).toFixed(2)} s (load average ${q.loadAverage}); ${kib(q.bytes)} transferred in ${q.requests} requests`);
		console.log(`    ${Object.entries(q.byKind).map(([k, b]) => `${k} ${kib(b)}`).join(', ')}`);
	}
}
