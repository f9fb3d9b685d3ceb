import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { rulesHtml } from '../../src/duty/rules-table.ts';
import { loadRules } from './duty-helpers.ts';

const render = (file: string, lang = 'en') =>
	rulesHtml(loadRules(file).parsed.data!, { lang, t: (key) => key, pick: (text) => (lang === 'en' ? text.en : text['zh-CN']) })
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

test('the rules page shows rates as percentages and limits as money: China’s postal clothing 20%, the CNY 2,000 parcel limit', () => {
	const text = render('cn.yaml');
	expect(text).toMatch(/category\.clothing 20% CN4/);
	expect(text).not.toMatch(/CNY 20 CN4/);
	expect(text).toContain('CNY 2,000');
	expect(text).toContain('CNY 5,000');
});

test('notes are shown in the page’s language', () => {
	expect(render('cn.yaml', 'zh-CN')).toContain('金银制品为13%');
	expect(render('cn.yaml', 'en')).toContain('Gold and silver articles are 13%');
});

test('US: Section 301 rates by kind of goods are percentages, and the flat postal duty’s bands start at a rate', () => {
	const text = render('us.yaml');
	expect(text).toMatch(/category\.clothing 7\.5% US3/);
	expect(text).not.toMatch(/USD 7\.5 /);
	// The 2025 flat option: USD 80, 160 or 200 per item by the origin's IEEPA rate band.
	expect(text).toMatch(/field\.from 16% .*field\.amount USD 160/);
});

test.each(['au.yaml', 'nz.yaml', 'sg.yaml', 'jp.yaml', 'kr.yaml', 'cn.yaml'])('%s renders in both languages, every field labelled, gifts included', (file) => {
	for (const lang of ['en', 'zh-CN']) expect(render(file, lang)).toContain('field.giftRelief');
});

test('issue 14 rates on the rules page: Australian basic food 0% GST, Japanese food 8%, NZ’s levy, Singapore’s S$400 relief', () => {
	expect(render('au.yaml')).toMatch(/category\.food 0% AU5/);
	expect(render('jp.yaml')).toMatch(/category\.food — — 8% JP6/);
	expect(render('nz.yaml')).toMatch(/field\.amount NZD 2\.21 NZ6/);
	expect(render('sg.yaml')).toMatch(/field\.relief SGD 400 SG4/);
});

// Every rules file, as the data grows (issue 21: the list follows content/duty/).
const everyFile = readdirSync('content/duty').filter((f) => f.endsWith('.yaml'));
test.each(everyFile)('%s: every field, value and charge on the rules page has words in common.yaml or the file', (file) => {
	const common = load(readFileSync('content/duty-text/common.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
	const destination = loadRules(file).parsed.data!;
	const missing = new Set<string>();
	const t = (key: string, own?: { text: Record<string, { en: string }> }, optional = false) => {
		const words = own?.text[key] ?? common[key];
		if (!words && !optional) missing.add(key);
		return words?.en ?? '';
	};
	rulesHtml(destination, { lang: 'en', t: t as never, pick: (text) => text.en });
	expect([...missing]).toEqual([]);
});

test('Brazil (issue 21): the bands in US dollars, the deduction, ICMS by state with its 2025-04-01 change, books immune', () => {
	const text = render('br.yaml');
	expect(text).toMatch(/field\.upToUSD USD 50 BR2/);
	expect(text).toMatch(/field\.deductUSD USD 20 BR2/);
	expect(text).toMatch(/Bahia .*17% BR9 .*2025-04-01 .*20% BR4/);
	expect(text).toMatch(/field\.immune/);
	expect(render('br.yaml', 'zh-CN')).toContain('巴伊亚州');
});

test('Mexico (issue 21): bands by origin, the global rate named, in both languages', () => {
	const text = render('mx.yaml');
	expect(text).toMatch(/field\.upToUSD USD 117 MX2/);
	expect(text).toMatch(/field\.key charge\.mx\.global-rate field\.rate 33\.5% MX1/);
	expect(text).toContain('field.treatment value.mx-tmec-exempt');
	expect(render('mx.yaml', 'zh-CN')).toContain('按完税价格计');
});

test('Chile (issue 21): VAT compounded on duty, the SII platforms at checkout, in both languages', () => {
	const text = render('cl.yaml');
	expect(text).toMatch(/field\.upToUSD USD 500 CL3/);
	expect(text).toMatch(/field\.key charge\.cl\.vat field\.rate 19% CL1 field\.compound ✓/);
	expect(render('cl.yaml', 'zh-CN')).toContain('含运费的价格');
});
