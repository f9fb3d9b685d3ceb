/**
 * The narrower kinds of goods of issue 22 (children's clothing, phones and computers, perfume,
 * infant formula, medicine, tobacco): calculator categories with their own rates where a
 * destination's rules give one, taxed as their parent (and said so) where not.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { categories, parentCategory } from '../../src/duty/categories.ts';
import { categoryOfItemKind } from '../../src/duty/item-kinds.ts';
import { namesKind, withParentRates } from '../../src/duty/parent-rates.ts';
import { parseQuery, requestContext } from '../../src/duty/request.ts';
import { rulesHtml } from '../../src/duty/rules-table.ts';
import { glanceRows } from '../../src/duty/glance.ts';
import type { DutyInput, DutyResult } from '../../src/duty/types.ts';
import { keys, loadRules, major, minor, runner } from './duty-helpers.ts';

const cn = loadRules('cn.yaml').parsed.data!;
const gb = loadRules('gb.yaml').parsed.data!;
const eu = loadRules('eu.yaml').parsed.data!;
const ca = loadRules('ca.yaml').parsed.data!;
const item = (category: DutyInput['items'][number]['category'], value: number) => ({ category, value: minor(value) });
const vatOf = (r: DutyResult, key: string) => r.lines.filter((l) => l.key === key).map((l) => [l.rate, major(l.amount)]);

describe('United Kingdom: young children’s clothes are zero-rated (VAT Notice 714)', () => {
	const uk = runner(gb, { channel: 'parcel' });
	test('a £40 toddler’s coat sent to the UK owes £0 VAT; an adult’s £40 coat owes £8', () => {
		const child = uk({ items: [item('clothing-children', 40)] });
		expect(major(child.total)).toBe(0);
		expect(vatOf(child, 'vat-at-checkout')).toEqual([[0, 0]]);
		expect(keys(child)).not.toContain('taxed-as-parent.clothing-children');
		expect(keys(child)).not.toContain('gb.vat-varies');
		expect(major(uk({ items: [item('clothing', 40)] }).total)).toBe(8);
	});
	test('a £200 children’s ski suit pays clothing’s 12% duty (£24) and no VAT: only the VAT is its own', () => {
		const r = uk({ items: [item('clothing-children', 200)] });
		expect(r.lines.map((l) => [l.key, l.rate, major(l.amount)])).toEqual([
			['duty', 12, 24],
			['import-vat', 0, 0],
		]);
		expect(major(r.total)).toBe(24);
	});
	test('tobacco is taxed like alcohol, said so: excise not included, no gift allowance', () => {
		const r = uk({ items: [item('tobacco', 30)], gift: true });
		expect(keys(r)).toEqual(expect.arrayContaining(['taxed-as-parent.tobacco', 'excise-not-included']));
		expect(r.total).toBeGreaterThan(0);
	});
});

describe('China, personal parcel (行邮税, 税委会〔2019〕17号 bands)', () => {
	const post = runner(cn, { channel: 'postal' });
	test('CNY 500 of medicine by post into China owes CNY 65 (band 1, 13%), and is told 3% drugs differ', () => {
		const r = post({ items: [item('medicine', 500)] });
		expect(major(r.total)).toBe(65);
		expect(keys(r)).toContain('varies.postal.medicine');
		expect(keys(r)).not.toContain('taxed-as-parent.medicine');
	});
	test('CNY 300 of cigarettes owe CNY 150 (band 3, 50%); CNY 800 of infant formula CNY 104 (13%)', () => {
		expect(major(post({ items: [item('tobacco', 300)] }).total)).toBe(150);
		expect(major(post({ items: [item('infant-formula', 800)] }).total)).toBe(104);
	});
	test('a CNY 6,000 laptop is one indivisible item at 13%: CNY 780, with no "TVs are 20%" warning', () => {
		const r = post({ items: [item('phones-computers', 6000)], single: true });
		expect(major(r.total)).toBe(780);
		expect(keys(r)).not.toContain('varies.postal.electronics');
	});
	test('CNY 400 of perfume pays band 2 (20%): CNY 80, and the reader is told that CNY 10 or more per ml is high-end (50%)', () => {
		const r = post({ items: [item('perfume', 400)] });
		expect(major(r.total)).toBe(80);
		expect(keys(r)).toContain('varies.postal.perfume');
		expect(keys(r)).not.toContain('taxed-as-parent.perfume');
	});
	test('CNY 600 of children’s clothes is taxed as clothing (20%): CNY 120, said so', () => {
		const r = post({ items: [item('clothing-children', 600)] });
		expect(major(r.total)).toBe(120);
		expect(keys(r)).toContain('taxed-as-parent.clothing-children');
	});
});

describe('China, cross-border e-commerce', () => {
	const cbec = runner(cn, { channel: 'cbec' });
	test('CNY 1,000 of infant formula pays CNY 91 (13% VAT × 70%) with no "food varies" warning; food is warned', () => {
		const r = cbec({ items: [item('infant-formula', 1000)] });
		expect(major(r.total)).toBe(91);
		expect(keys(r)).not.toContain('varies.vat.food');
		expect(keys(r)).not.toContain('taxed-as-parent.infant-formula');
		expect(keys(cbec({ items: [item('food', 1000)] }))).toContain('varies.vat.food');
	});
	test('CNY 1,000 of perfume pays CNY 91, no consumption tax, and is told that CNY 10 or more per ml pays 15%', () => {
		const r = cbec({ items: [item('perfume', 1000)] });
		expect(major(r.total)).toBe(91);
		expect(keys(r)).toContain('varies.ct.perfume');
		expect(major(cbec({ items: [item('cosmetics-premium', 1000)] }).total)).toBeGreaterThan(91);
	});
	test('cigarettes are taxed at alcohol’s rates here, and the result says so (tobacco’s own place on the list was not confirmed)', () => {
		expect(keys(cbec({ items: [item('tobacco', 300)] }))).toContain('taxed-as-parent.tobacco');
	});
});

describe('European Union', () => {
	const de = runner(eu, { channel: 'parcel', region: 'DE' });
	test('perfume to Germany is taxed as cosmetics (stated): €80 of perfume owes €18.77 as cosmetics do (€3 duty per kind, 19% VAT on €83)', () => {
		const perfume = de({ items: [item('perfume', 80)] });
		expect(perfume.total).toBe(de({ items: [item('cosmetics', 80)] }).total);
		expect(major(perfume.total)).toBe(18.77);
		expect(keys(perfume)).toContain('taxed-as-parent.perfume');
	});
	test('€30 of tobacco cannot have VAT charged at checkout (an excise good, like alcohol): said so', () => {
		const r = de({ items: [item('tobacco', 30)] });
		expect(keys(r)).toEqual(expect.arrayContaining(['taxed-as-parent.tobacco', 'excise-not-included', 'eu.excise-no-checkout']));
	});
});

describe('Canada: children’s clothing gets the provincial part of the HST rebated', () => {
	const post = runner(ca, { channel: 'post', origin: 'CN' });
	test('C$200 of children’s clothes to Ontario pays 5% HST where adults’ pay 13%', () => {
		const hst = (r: DutyResult) => r.lines.filter((l) => /hst/.test(l.key)).map((l) => l.rate);
		expect(hst(post({ region: 'ON', items: [item('clothing-children', 200)] }))).toEqual([5]);
		expect(hst(post({ region: 'ON', items: [item('clothing', 200)] }))).toEqual([13]);
	});
	test('Nova Scotia: 5% on children’s clothes both before and after the HST cut to 14% on 2025-04-01', () => {
		const rate = (date: string) => post({ region: 'NS', date, items: [item('clothing-children', 200)] }).lines.find((l) => /hst/.test(l.key))?.rate;
		expect([rate('2025-03-31'), rate('2025-04-01')]).toEqual([5, 5]);
	});
});

describe('the vocabulary, links and rules pages', () => {
	test('each new kind is a category, listed right after the kind it belongs to, and is its own item kind', () => {
		for (const [kind, parent] of Object.entries(parentCategory)) {
			expect(categories.indexOf(kind as never)).toBeGreaterThan(categories.indexOf(parent));
			expect(categoryOfItemKind(kind as never)).toBe(kind);
		}
		expect(categories).toHaveLength(21);
	});

	test('a link with category=perfume chooses perfume; old links (category=cosmetics) still work; a typo is reported', () => {
		const ctx = requestContext([cn, gb], ['CNY', 'GBP'], ['CN']);
		const parse = (q: string) => parseQuery(new URLSearchParams(q), ctx);
		expect(parse('dest=GB&category=perfume').request.category).toBe('perfume');
		expect(parse('dest=GB&category=Clothing-Children').request.category).toBe('clothing-children');
		expect(parse('dest=GB&category=cosmetics').request.category).toBe('cosmetics');
		const typo = parse('dest=GB&category=perfum');
		expect(typo.request.category).toBe('clothing');
		expect(typo.notices.rejected).toContain('category');
	});

	test('every kind has its name and its "taxed as" line in both languages', () => {
		const common = load(readFileSync('content/duty-text/common.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
		for (const c of categories) expect(common[`category.${c}`]?.['zh-CN']).toBeTruthy();
		for (const kind of Object.keys(parentCategory)) {
			expect(common[`taxed-as-parent.${kind}`]?.en).toMatch(/ here/);
			expect(common[`taxed-as-parent.${kind}`]?.['zh-CN']).toMatch(/^该目的地不单列/);
		}
	});

	const page = (destination: typeof gb) =>
		rulesHtml(destination, { lang: 'en', t: (key) => key, pick: (text) => text.en })
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
	test('the UK rules page lists children’s clothing at 0% VAT and says perfume is taxed as cosmetics, not children’s clothing as clothing', () => {
		const text = page(gb);
		expect(text).toMatch(/category\.clothing-children 0% GB12/);
		expect(text).toContain('taxed-as-parent.perfume');
		expect(text).not.toContain('taxed-as-parent.clothing-children');
	});
	test('China’s postal rules page lists medicine 13%, tobacco 50%; infant formula in each of the 3 CBEC and 2 postal versions; CBEC says medicine is taxed as supplements', () => {
		const text = page(cn);
		expect(text).toMatch(/category\.medicine 13% CN4/);
		expect(text).toMatch(/category\.tobacco 50% CN4/);
		expect(text.match(/category\.infant-formula 1[36]%/g)).toHaveLength(5);
		expect(text.match(/taxed-as-parent\.medicine/g)).toHaveLength(3);
	});
});

describe('rates inherited from the parent', () => {
	test('a kind gets its parent’s figure (the same object) where not named, keeps its own where named, and the rules are left as they were', () => {
		const shared = { value: 13 };
		const rules = { vat: { food: shared, books: { value: 9 } }, duty: { clothing: { value: 12 }, 'clothing-children': { value: 0 } }, excluded: ['alcohol'], origins: ['CN'] };
		const out = withParentRates(rules) as typeof rules & { vat: Record<string, unknown>; duty: Record<string, unknown> };
		expect(out.vat['infant-formula']).toBe(out.vat.food);
		expect(out.duty['clothing-children']).toEqual({ value: 0 });
		expect(out.excluded).toEqual(['alcohol', 'tobacco']);
		expect(out.origins).toEqual(['CN']);
		expect(rules.excluded).toEqual(['alcohol']);
		expect('infant-formula' in rules.vat).toBe(false);
		expect(namesKind(rules, 'clothing-children')).toBe(true);
		expect(namesKind(rules, 'perfume')).toBe(false);
	});
});

describe('at a glance', () => {
	const rows = (destination: typeof gb) => glanceRows(destination, '2026-11-22', (text) => text.en);
	test('the table names the kinds a channel rates on its own: China’s post (5), the UK (children’s clothing), Canada’s post; the EU none', () => {
		expect(rows(cn).map((r) => r.ownKinds)).toEqual([['perfume', 'infant-formula'], ['phones-computers', 'perfume', 'infant-formula', 'medicine', 'tobacco']]);
		expect(rows(gb)[0]!.ownKinds).toEqual(['clothing-children']);
		expect(rows(ca)[0]!.ownKinds).toEqual(['clothing-children']);
		expect(rows(eu)[0]!.ownKinds).toEqual([]);
	});
});
