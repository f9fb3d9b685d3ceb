// Lighthouse (mobile settings, the default) on the built site, served with its real headers:
// the landing page, a guide in each language, a checklist, the calculator, the embed page and the
// get-help page. Prints the four category scores per page and every audit that kept a score
// below 100; writes bench/lighthouse.json. Not a test: scores from a shared machine vary in
// performance. Usage: npm run build:test (or any build) && npm run lighthouse
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { ensureChromium } from './chromium.mjs';
import { launchForLighthouse } from './lighthouse-chromium.mjs';
import { serveDist } from './serve.mjs';

const PAGES = {
	landing: '/en/',
	'guide (en)': '/en/shoppers/keep-evidence/',
	'guide (zh)': '/zh-cn/shoppers/keep-evidence/',
	checklist: '/en/checklists/evidence/',
	calculator: '/en/tools/duty-calculator/',
	embed: '/embed/en/duty-calculator/',
	'get-help': '/en/get-help/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serveDist('dist');
const browser = await launchForLighthouse(ensureChromium());
const port = browser.port;
const results = {};
for (const [name, path] of Object.entries(PAGES)) {
	const run = await lighthouse(server.url + path, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
	const lhr = run.lhr;
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
	const below = [];
	for (const c of CATEGORIES) {
		for (const ref of lhr.categories[c].auditRefs) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit.score !== null && audit.score < 1) below.push(`${c}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`.trim());
		}
	}
	results[name] = { path, scores, below };
	console.log(`${name.padEnd(11)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
	for (const line of below) console.log(`    ${line}`);
}
await browser.close();
await server.close();
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), results }, null, '\t')}\n`);
console.log('Written to bench/lighthouse.json');
