import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dutyRulesOpenData, itemsOpenData, OPEN_DATA_PATHS, readOpenDataText } from '../../src/data/open-data.ts';
import { readItemFiles, readItemText } from '../../src/duty/items/build-index.ts';
import { itemKinds } from '../../src/duty/item-kinds.ts';
import { itemTerms } from '../../src/schemas/items.ts';
import { loadRules } from './duty-helpers.ts';

/** The open-data files of issue 22 list everything the site has, with version, licence, sources and date. */
const meta = readOpenDataText();

describe('open data', () => {
	test('addresses are versioned and stable', () => {
		expect(OPEN_DATA_PATHS).toEqual({ items: '/data/items-v1.json', dutyRules: '/data/duty-rules-v1.json' });
	});

	test(`${OPEN_DATA_PATHS.items} lists every term of both lists, every kind, with version, CC BY 4.0 licence, sources and date`, () => {
		const files = readItemFiles();
		const data = JSON.parse(JSON.stringify(itemsOpenData(files, readItemText(), meta, '2026-12-07')));
		expect(data.version).toMatch(/^1\.\d+\.\d+$/);
		expect(data.generated).toBe('2026-12-07');
		expect(data.licence.name).toBe('CC BY 4.0');
		expect(data.sources.length).toBeGreaterThanOrEqual(5);
		expect(data.sources.every((s: { url: string }) => s.url.startsWith('https://'))).toBe(true);
		expect(data.kinds.map((k: { id: string }) => k.id)).toEqual([...itemKinds]);
		expect(data.kinds.find((k: { id: string }) => k.id === 'cosmetics')).not.toHaveProperty('parent');
		expect(data.kinds.find((k: { id: string }) => k.id === 'perfume')).toMatchObject({ parent: 'cosmetics', name: { en: 'perfume', 'zh-CN': '香水' } });
		for (const [i, lang] of (['en', 'zh-cn'] as const).entries()) {
			const terms = itemTerms(files[lang]);
			expect(data.languages[i].terms.length).toBe(terms.length);
			expect(data.languages[i].terms.map((t: { term: string }) => t.term)).toEqual(terms.map((t) => t.term));
		}
		const lipstick = data.languages[1].terms.find((t: { term: string }) => t.term === '口红');
		expect(lipstick).toMatchObject({ kinds: ['cosmetics'], hs: '33' });
	});

	test(`${OPEN_DATA_PATHS.dutyRules} lists every destination file with its rules, and the sources of all`, () => {
		const files = readdirSync('content/duty').filter((f) => f.endsWith('.yaml'));
		const destinations = files.map((f) => {
			const { parsed } = loadRules(f);
			if (!parsed.success) throw new Error(f);
			return parsed.data;
		});
		const data = JSON.parse(JSON.stringify(dutyRulesOpenData(destinations, meta, '2026-12-07')));
		expect(data.destinations.map((d: { destination: string }) => d.destination).sort()).toEqual(destinations.map((d) => d.destination).sort());
		expect(data.destinations.length).toBeGreaterThanOrEqual(25);
		expect(data.licence.statement).toMatch(/not legal or tax advice/);
		const urls = new Set(data.sources.map((s: { url: string }) => s.url));
		for (const d of destinations) for (const s of d.sources) expect(urls.has(s.url)).toBe(true);
	});
});
