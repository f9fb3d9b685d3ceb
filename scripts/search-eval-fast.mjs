// A quick approximation of `npm run search:eval` for tuning content/search/vocabulary.yaml and
// src/search/query.ts: the same query layer (src/search/layer.ts) against the built Pagefind
// index (tests/browser/search-node.ts), run in Node instead of through the dialog in Chromium (a
// minute instead of ten; Node's Chinese word segmenter may differ slightly from the browser's).
// Reports the tuning part only, unless --holdout. The real figures are search:eval's.
// Usage: npm run build && node scripts/search-eval-fast.mjs [--lang en|zh-cn] [--holdout] [--show q]
import { parseArgs } from 'node:util';
import { loadEvalSet, pagePath, rankOf, score } from '../tests/browser/search-eval.ts';
import { nodeSearch } from '../tests/browser/search-node.ts';

const { values: args } = parseArgs({
	options: {
		lang: { type: 'string' },
		dist: { type: 'string', default: 'dist' },
		holdout: { type: 'boolean', default: false },
		// Another evaluation set in the same format (tests/search-eval/fresh: the second, blind set).
		set: { type: 'string', default: 'tests/search-eval' },
		show: { type: 'string' },
		// A JSON file { "en": [[query, "shoppers/keep-evidence/", rank], …], "zh-cn": […] }: prints the misses.
		expect: { type: 'string' },
	},
});
// The dialog's query layer, vocabulary and ranking options on the built index (as the browser tests).
const search = await nodeSearch(args.dist);

async function run(language, q) {
	const { got, otherLanguage: other, answer: a } = await search.search(language, q);
	return { got, other, a, partial: a.pages.length > 0 && !a.complete };
}

if (args.expect) {
	const { readFileSync } = await import('node:fs');
	const expectations = JSON.parse(readFileSync(args.expect, 'utf8'));
	for (const [language, list] of Object.entries(expectations)) {
		for (const [q, path, rank] of list) {
			const { got } = await run(language, q);
			if (!got.slice(0, rank).includes(path.replace(/\/$/, ''))) console.log(`${language} ${q}: wanted ${path} in top ${rank}, got ${got.slice(0, 3).join(', ')}`);
		}
	}
} else if (args.show) {
	const language = args.lang ?? 'en';
	const { got, other, a } = await run(language, args.show);
	console.log(JSON.stringify(a.query.concepts.map((c) => [c.text, c.forms.map((f) => `${f.kind}:${f.query}`)])), 'complete', a.complete, 'corrected', a.corrected, 'other', other);
	for (const p of a.pages.slice(0, Number(process.env.N ?? 8))) console.log(p.score.toFixed(2), p.coverage.toFixed(2), pagePath((await p.data()).url));
} else {
	for (const language of args.lang ? [args.lang] : ['en', 'zh-cn']) {
		const entries = loadEvalSet(language, args.set).filter((e) => e.holdout === args.holdout);
		const outcomes = [];
		for (const e of entries) {
			const { got, other, partial } = await run(language, e.q);
			outcomes.push({ ...e, got, rank: rankOf(got, e.accept), message: '', otherLanguage: other, partial });
			if (partial && process.env.SHOW_PARTIAL) console.log(`  partial: ${e.q}`);
		}
		const s = score(outcomes);
		console.log(`${language} ${args.holdout ? 'holdout' : 'tuning'}: ${s.queries} hit@1 ${(100 * s.hitAt1).toFixed(1)} hit@3 ${(100 * s.hitAt3).toFixed(1)} MRR ${s.mrr.toFixed(3)} zero ${s.zeroResults} other ${s.otherLanguage}`);
		if (!args.holdout) for (const o of outcomes.filter((o) => !(o.rank >= 1 && o.rank <= 3))) console.log(`  ${JSON.stringify(o.q)} wanted ${o.accept.join('|')} got ${o.got.slice(0, 3).join(', ')}`);
		console.log(`  partial answers (no page has every word): ${outcomes.filter((o) => o.partial).length}`);
	}
}
process.exit(0);
