// Benchmark (not a test): prints figures and writes bench/results.json.
// - the duty engine: calculations per second and p50/p95 time per calculation over random valid
//   inputs for every destination and channel;
// - the calculator page's JavaScript, raw and gzip (needs a build: npm run build).
// Usage: npm run bench
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { calculate } from '../src/duty/engine.ts';
import { categories } from '../src/duty/categories.ts';
import { dutyDestination } from '../src/schemas/duty.ts';

const results = { date: new Date().toISOString(), node: process.version };

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
const day = (date) => date.toISOString().slice(0, 10);

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
			date: day(version.from),
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

// --- Calculator page JavaScript ----------------------------------------------------------------
const page = 'dist/en/tools/duty-calculator/index.html';
if (existsSync(page)) {
	const html = readFileSync(page, 'utf8');
	const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
	const inline = [...html.matchAll(/<script(?![^>]*application\/json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	const files = scripts.map((src) => readFileSync(`dist${src}`));
	const all = Buffer.concat([...files, Buffer.from(inline)]);
	const data = html.match(/<script type="application\/json" data-duty-data>([\s\S]*?)<\/script>/)?.[1] ?? '';
	const own = scripts.filter((src) => src.includes('DutyCalculator')).map((src) => readFileSync(`dist${src}`));
	results.calculatorPage = {
		scripts,
		calculatorJsBytes: Buffer.concat(own).length,
		calculatorJsGzipBytes: gzipSync(Buffer.concat(own)).length,
		jsBytes: all.length,
		jsGzipBytes: gzipSync(all).length,
		rulesDataBytes: Buffer.byteLength(data),
		rulesDataGzipBytes: gzipSync(data).length,
		htmlGzipBytes: gzipSync(html).length,
	};
} else {
	results.calculatorPage = 'not built: run npm run build first';
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('Duty engine');
console.log(`  ${results.engine.calculations} random valid inputs over ${destinations.length} destinations (${results.engine.errors} without a result, e.g. no province)`);
console.log(`  ${results.engine.perSecond.toLocaleString('en')} calculations per second; p50 ${results.engine.p50Microseconds} µs, p95 ${results.engine.p95Microseconds} µs`);
if (typeof results.calculatorPage === 'object') {
	const c = results.calculatorPage;
	console.log('Calculator page (/en/tools/duty-calculator/)');
	console.log(`  the calculator's own JavaScript: ${kb(c.calculatorJsBytes)} raw, ${kb(c.calculatorJsGzipBytes)} gzip (budget 15 KB gzip)`);
	console.log(`  all JavaScript on the page (Starlight's included): ${kb(c.jsBytes)} raw, ${kb(c.jsGzipBytes)} gzip (${c.scripts.length} file(s) + inline)`);
	console.log(`  rules data (JSON in the page): ${kb(c.rulesDataBytes)} raw, ${kb(c.rulesDataGzipBytes)} gzip; whole HTML ${kb(c.htmlGzipBytes)} gzip`);
} else console.log(results.calculatorPage);
console.log('Written to bench/results.json');
