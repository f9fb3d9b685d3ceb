// Search evaluation (not a test): runs every query of tests/search-eval/{en,zh-cn}.yaml through the
// built site's search dialog in Chromium, as a reader types it, and prints per language hit@1,
// hit@3, MRR (over the results the dialog shows) and how many queries found nothing, for the tuning
// part (holdout: false) and the holdout part separately, then the tuning queries that missed the
// top three. Tune only against the tuning part (tests/search-eval/README.md).
//
// Usage: npm run build && npm run search:eval [-- --lang en|zh-cn] [--dist dir] [--json file]
//        [--holdout-failures] [--set tests/search-eval/fresh]
// --set: another set in the same format (tests/search-eval/fresh: the second set, written blind
// after the first round of tuning).
// One browser; the two languages run side by side in two tabs, each reusing its page. The site is
// served on a free port (search works wherever the build is served).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';
import { loadEvalSet, runEval, score } from '../tests/browser/search-eval.ts';

const { values: args } = parseArgs({
	options: {
		lang: { type: 'string' },
		dist: { type: 'string', default: 'dist' },
		json: { type: 'string' },
		'holdout-failures': { type: 'boolean', default: false },
		set: { type: 'string', default: 'tests/search-eval' },
	},
});
const languages = args.lang ? [args.lang] : ['en', 'zh-cn'];
const started = performance.now();
const server = await serveDist(args.dist);
const browser = await chromium.launch({
	executablePath: ensureChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const report = {};
try {
	await Promise.all(
		languages.map(async (language) => {
			const context = await browser.newContext({ baseURL: server.url });
			const page = await context.newPage();
			const errors = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
			const entries = loadEvalSet(language, args.set);
			const outcomes = await runEval(page, language, entries, {
				onOutcome: (_o, i) => {
					if ((i + 1) % 50 === 0) process.stderr.write(`${language}: ${i + 1}/${entries.length}\n`);
				},
			});
			report[language] = {
				all: score(outcomes),
				tuning: score(outcomes.filter((o) => !o.holdout)),
				holdout: score(outcomes.filter((o) => o.holdout)),
				byKind: Object.fromEntries(
					[...new Set(outcomes.map((o) => o.kind))].map((kind) => [kind, score(outcomes.filter((o) => o.kind === kind && !o.holdout))]),
				),
				outcomes,
				errors,
			};
			await context.close();
		}),
	);
} finally {
	await browser.close();
	await server.close();
}

const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(6);
const line = (name, s) =>
	`  ${name.padEnd(8)} ${String(s.queries).padStart(4)} queries  hit@1 ${pct(s.hitAt1)}  hit@3 ${pct(s.hitAt3)}  MRR ${s.mrr.toFixed(3)}  zero results ${String(s.zeroResults).padStart(3)}  other language ${s.otherLanguage}`;
for (const language of languages) {
	const r = report[language];
	console.log(`\n${language}`);
	console.log(line('tuning', r.tuning));
	console.log(line('holdout', r.holdout));
	console.log(line('all', r.all));
	console.log('  tuning part by kind:');
	for (const [kind, s] of Object.entries(r.byKind)) console.log(`  ${line(kind, s).trimStart()}`);
	const shown = r.outcomes.filter((o) => (args['holdout-failures'] ? true : !o.holdout) && !(o.rank >= 1 && o.rank <= 3));
	console.log(`  ${args['holdout-failures'] ? 'queries' : 'tuning queries'} not answered in the top 3 (${shown.length}):`);
	for (const o of shown) {
		console.log(`    ${o.holdout ? '[holdout] ' : ''}${JSON.stringify(o.q)} (${o.kind}) wanted ${o.accept.join(' | ')}; got ${o.got.slice(0, 3).join(', ') || 'nothing'}`);
	}
	if (r.errors.length) console.log(`  console errors: ${r.errors.slice(0, 5).join(' / ')}`);
}
console.log(`\n${Math.round((performance.now() - started) / 1000)} s`);
if (args.json) {
	writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), dist: args.dist, report }, null, '\t'));
	console.log(`Written to ${args.json}`);
}
