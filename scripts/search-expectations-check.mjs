// The search rank expectations (tests/browser/search-expectations.ts) checked from Node on the built
// index with the dialog's query layer, as tests/browser/search.test.ts does, in seconds: prints the
// misses. Usage: npm run build:test && node scripts/search-expectations-check.mjs
import { chinese, english, misses } from '../tests/browser/search-expectations.ts';
import { nodeSearch } from '../tests/browser/search-node.ts';

const search = await nodeSearch('dist');
let missed = 0;
for (const [locale, list] of [['en', english], ['zh-cn', chinese]]) {
	const results = {};
	for (const [query] of list) results[query] ??= { paths: (await search.search(locale, query)).got.map((p) => `${p}/`) };
	const wrong = misses(results, list);
	missed += wrong.length;
	console.log(`${locale}: ${list.length - wrong.length} of ${list.length} expectations met`);
	for (const line of wrong) console.log(`  ${line}`);
}
process.exitCode = missed ? 1 : 0;
