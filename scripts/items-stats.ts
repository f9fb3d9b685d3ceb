/**
 * Counts of content/items/<lang>.yaml per kind of goods, and any problems the unit test would
 * report (strings listed twice, strings mapped to two kinds without being marked ambiguous).
 * Run: ./node_modules/.bin/node scripts/items-stats.ts [en|zh-cn …]
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { itemKinds } from '../src/duty/item-kinds.ts';
import { itemsFile, itemTerms, termKey } from '../src/schemas/items.ts';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'zh-cn'];
for (const file of files) {
	const path = `content/items/${file}.yaml`;
	if (!existsSync(path)) continue;
	const result = itemsFile.safeParse(load(readFileSync(path, 'utf8')));
	if (!result.success) {
		console.log(path, JSON.stringify(result.error.issues.slice(0, 10), null, 1));
		continue;
	}
	const terms = itemTerms(result.data);
	const owner = new Map<string, { kinds: Set<string>; ambiguous: boolean; n: number }>();
	for (const t of terms) {
		for (const s of new Set([t.term, ...t.variants].map(termKey))) {
			const o = owner.get(s) ?? { kinds: new Set(), ambiguous: true, n: 0 };
			t.kinds.forEach((k) => o.kinds.add(k));
			o.ambiguous &&= t.ambiguous;
			o.n++;
			owner.set(s, o);
		}
	}
	console.log(`${path}: ${terms.length} entries, ${owner.size} distinct strings`);
	const perKind = itemKinds.map((k) => {
		const n = [...owner].filter(([, o]) => o.kinds.has(k)).length;
		return `${k} ${n}`;
	});
	console.log('  per kind: ' + perKind.join(' · '));
	const twice = [...owner].filter(([, o]) => o.n > 1).map(([s]) => s);
	if (twice.length) console.log('  listed twice:', twice.join(' | '));
	const clashes = [...owner].filter(([, o]) => o.kinds.size > 1 && !o.ambiguous).map(([s, o]) => `${s} (${[...o.kinds]})`);
	if (clashes.length) console.log('  clashes:', clashes.join(' | '));
}
