/**
 * `npm run items:eval`: the "What did you buy?" matcher (src/duty/items/match.ts) over the blind
 * evaluation set tests/items-eval/{en,zh-cn}.yaml. Prints top-1 and top-3 accuracy per language,
 * for the tuning part and the holdout part apart, and how many got no proposal.
 * `--misses` also lists the TUNING entries it gets wrong (never the holdout's: see
 * tests/items-eval/README.md — holdout entries are counted, not read).
 */
import { evaluateItems } from '../tests/items-eval/evaluate.ts';

const showMisses = process.argv.includes('--misses');
const started = performance.now();
const report = evaluateItems();
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`.padStart(6);
console.log('items-eval: top-1 / top-3 accuracy (no proposal), per language and part');
for (const r of report) {
	for (const part of ['tuning', 'holdout'] as const) {
		const p = r[part];
		console.log(`  ${r.lang.padEnd(5)} ${part.padEnd(7)} n=${String(p.n).padStart(3)}  top-1 ${pct(p.top1, p.n)}  top-3 ${pct(p.top3, p.n)}  none ${p.none}`);
	}
}
console.log(`  (${Math.round(performance.now() - started)} ms, index and matching)`);
if (showMisses) {
	for (const r of report) {
		console.log(`\n${r.lang} tuning misses (${r.misses.length}):`);
		for (const m of r.misses) console.log(`  ${m.q}  accept [${m.accept.join(', ')}]  got [${m.got.join(', ')}]${m.top3 ? '  (top-3 ok)' : ''}`);
	}
}
