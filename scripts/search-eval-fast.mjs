// A quick approximation of `npm run search:eval` for tuning content/search/vocabulary.yaml and
// src/search/query.ts: the same query layer (src/search/layer.ts) against the built Pagefind
// index, run in Node instead of through the dialog in Chromium (seconds instead of minutes; Node's
// Chinese word segmenter may differ slightly from the browser's). Reports the tuning part only,
// unless --holdout. The real figures are search:eval's.
// Usage: npm run build && node scripts/search-eval-fast.mjs [--lang en|zh-cn] [--holdout] [--show q]
import { parseArgs } from 'node:util';
import { serveDist } from './serve.mjs';
import { loadEvalSet, pagePath, rankOf, score } from '../tests/browser/search-eval.ts';
import { answer } from '../src/search/layer.ts';
import { cleanQuery, queryRules } from '../src/search/query.ts';
import { hasTraditional } from '../src/search/traditional.ts';
import { toSimplified } from '../src/search/simplify.ts';
import { readSearchVocabulary } from '../src/search/vocabulary.ts';

const { values: args } = parseArgs({
	options: {
		lang: { type: 'string' },
		dist: { type: 'string', default: 'dist' },
		holdout: { type: 'boolean', default: false },
		show: { type: 'string' },
		// A JSON file { "en": [[query, "shoppers/keep-evidence/", rank], …], "zh-cn": […] }: prints the misses.
		expect: { type: 'string' },
	},
});
const server = await serveDist(args.dist);
// Pagefind fetches many index chunks at once; Node's fetch now and then fails one with a reset
// connection ("fetch failed"), which would read as a query without results: retry a few times.
const nodeFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
	for (let attempt = 1; ; attempt++) {
		try {
			return await nodeFetch(url, init);
		} catch (error) {
			if (attempt >= 4) throw error;
			await new Promise((done) => setTimeout(done, 50 * attempt));
		}
	}
};
globalThis.location = new URL(server.url);
const vocabularyData = readSearchVocabulary();
const rules = queryRules(vocabularyData);
const platforms = vocabularyData.platforms;
const platformNames = Object.values(platforms).flat();
const ranking = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8, metaWeights: { title: 5, title_words: 5, keywords: 3, platforms: 3 } };

async function index(lang) {
	globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
	const pf = await import(`../${args.dist}/pagefind/pagefind.js?${lang}`);
	await pf.options({ basePath: `${server.url}/pagefind/`, excerptLength: 12, ranking });
	await pf.init();
	const words = await fetch(`${server.url}/pagefind/words.${lang === 'en' ? 'en' : 'zh-cn'}.json`).then((r) => r.json());
	return { search: async (term) => (await pf.search(term))?.results ?? [], vocabulary: async () => new Map(words.map((w, i) => [w, words.length - i])) };
}
const indexes = { en: await index('en'), 'zh-cn': await index('zh-CN') };

async function run(language, q) {
	const text = hasTraditional(cleanQuery(q)) ? toSimplified(cleanQuery(q)) : cleanQuery(q);
	let a = await answer(text, { rules, platformNames, platforms, segmentChinese: language === 'zh-cn', ...indexes[language] });
	let other = false;
	if (!a.pages.length) {
		a = await answer(text, { rules, platformNames, platforms, segmentChinese: language !== 'zh-cn', ...indexes[language === 'en' ? 'zh-cn' : 'en'] });
		other = a.pages.length > 0;
	}
	const got = (await Promise.all(a.pages.slice(0, 5).map((p) => p.data()))).map((d) => pagePath(d.url));
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
	for (const p of a.pages.slice(0, Number(process.env.SHOW_N ?? 8))) console.log(p.score.toFixed(2), p.coverage.toFixed(2), pagePath((await p.data()).url));
} else {
	for (const language of args.lang ? [args.lang] : ['en', 'zh-cn']) {
		const entries = loadEvalSet(language).filter((e) => e.holdout === args.holdout);
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
await server.close();
process.exit(0);
