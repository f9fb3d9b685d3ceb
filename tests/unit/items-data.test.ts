import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { categories } from '../../src/duty/categories.ts';
import { categoryOfItemKind, itemKindFallback, itemKinds, newItemKinds } from '../../src/duty/item-kinds.ts';
import { itemsFile, itemTerms, termKey, type ItemTerm } from '../../src/schemas/items.ts';

/** The term lists of issue 22: content/items/<lang>.yaml. */
const languages = [
	{ file: 'en', language: 'en' },
	{ file: 'zh-cn', language: 'zh-CN' },
] as const;
const MIN_TERMS = 1500;

const parsed = languages.map(({ file, language }) => {
	const data = itemsFile.parse(load(readFileSync(`content/items/${file}.yaml`, 'utf8')));
	return { file, language, data, terms: itemTerms(data) };
});

/** Distinct strings (term and variants) of a list, compared by termKey. */
const strings = (terms: ItemTerm[]) => new Set(terms.flatMap((t) => [t.term, ...t.variants].map(termKey)));

describe('item kinds', () => {
	test('every calculator category is an item kind and every new kind falls back to a category', () => {
		for (const c of categories) expect(itemKinds).toContain(c);
		for (const k of newItemKinds) expect(categories).toContain(itemKindFallback[k]);
		expect(new Set(itemKinds).size).toBe(itemKinds.length);
		expect(categoryOfItemKind('perfume')).toBe('perfume'); // a calculator category since the kinds' own rates (issue 22)
		expect(categoryOfItemKind('shoes')).toBe('shoes');
	});
});

for (const { file, language, data, terms } of parsed) describe(`content/items/${file}.yaml`, () => {
	test('declares its language, sources and licence', () => {
		expect(data.language).toBe(language);
		expect(data.sources.length).toBeGreaterThanOrEqual(2);
		expect(data.licence.statement.length).toBeGreaterThan(20);
	});

	test(`has at least ${MIN_TERMS} distinct term strings`, () => {
		expect(strings(terms).size).toBeGreaterThanOrEqual(MIN_TERMS);
	});

	test('every kind has terms', () => {
		for (const kind of itemKinds) {
			expect(terms.filter((t) => t.kinds.includes(kind)).length, kind).toBeGreaterThan(0);
		}
	});

	test('no string maps to two different kinds unless every entry with it is marked ambiguous', () => {
		const kindsOf = new Map<string, { kinds: Set<string>; ambiguous: boolean }>();
		for (const t of terms) {
			for (const s of new Set([t.term, ...t.variants].map(termKey))) {
				const seen = kindsOf.get(s) ?? { kinds: new Set<string>(), ambiguous: true };
				for (const k of t.kinds) seen.kinds.add(k);
				seen.ambiguous &&= t.ambiguous;
				kindsOf.set(s, seen);
			}
		}
		const clashes = [...kindsOf].filter(([, v]) => v.kinds.size > 1 && !v.ambiguous).map(([s, v]) => `${s}: ${[...v.kinds].join(', ')}`);
		expect(clashes).toEqual([]);
	});

	test('no string is listed twice', () => {
		const seen = new Map<string, number>();
		for (const t of terms) for (const s of new Set([t.term, ...t.variants].map(termKey))) seen.set(s, (seen.get(s) ?? 0) + 1);
		expect([...seen].filter(([, n]) => n > 1).map(([s]) => s)).toEqual([]);
	});

	test('China tax numbers and rates agree with the 2019 rate table', () => {
		for (const t of terms) {
			if (!t.cnTaxNo) continue;
			const chapter = t.cnTaxNo.slice(0, 2);
			// 02 酒 and 03 烟 are 50%; 01 食品、饮料、药品 is 13% (3% for two kinds of medicine).
			if (chapter === '02' || chapter === '03') expect(t.cnRate, t.term).toBe(50);
			if (chapter === '01') expect([3, 13], t.term).toContain(t.cnRate);
		}
	});
});

test('both languages cover every kind', () => {
	const counts = Object.fromEntries(
		itemKinds.map((k) => [k, parsed.map(({ terms }) => strings(terms.filter((t) => t.kinds.includes(k))).size)]),
	);
	for (const [kind, [en, zh]] of Object.entries(counts)) {
		expect(en, `${kind} en`).toBeGreaterThan(0);
		expect(zh, `${kind} zh-CN`).toBeGreaterThan(0);
	}
});
