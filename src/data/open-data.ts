/**
 * The open-data files (issue 22): /data/items-v1.json (the item terms) and
 * /data/duty-rules-v1.json (every destination's rules as the calculator applies them), each with
 * its version, licence statement, sources and generated date. Pure: the routes
 * (src/routes/open-data/) and tests/unit/open-data.test.ts pass the parsed content in.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { itemKindFallback, itemKinds, type NewItemKind } from '../duty/item-kinds.ts';
import { itemTerms, type ItemsFile } from '../schemas/items.ts';
import type { ItemText } from '../schemas/item-text.ts';
import type { DutyDestination } from '../schemas/duty.ts';
import { source } from '../schemas/common.ts';

const word = z.string().trim().min(1);
const licence = z.object({ name: word, url: source.shape.url, statement: word }).strict();
export const openDataText = z
	.object({
		items: z.object({ version: z.string().regex(/^\d+\.\d+\.\d+$/), about: word }).strict(),
		'duty-rules': z.object({ version: z.string().regex(/^\d+\.\d+\.\d+$/), about: word }).strict(),
		licence,
	})
	.strict();
export type OpenDataText = z.infer<typeof openDataText>;

export function readOpenDataText(root = '.'): OpenDataText {
	return openDataText.parse(load(readFileSync(`${root}/content/open-data.yaml`, 'utf8')));
}

/** The stable addresses (the major version is in the name). */
export const OPEN_DATA_PATHS = { items: '/data/items-v1.json', dutyRules: '/data/duty-rules-v1.json' } as const;

/** Sources listed once, by URL. */
const uniqueSources = <T extends { url: string }>(list: T[]) => [...new Map(list.map((s) => [s.url, s])).values()];

export function itemsOpenData(files: { en: ItemsFile; 'zh-cn': ItemsFile }, text: ItemText, meta: OpenDataText, generated: string) {
	return {
		name: 'Item terms for import duty (English and Chinese)',
		version: meta.items.version,
		generated,
		about: meta.items.about,
		licence: meta.licence,
		sources: uniqueSources([...files.en.sources, ...files['zh-cn'].sources]),
		// `parent`: the kind whose rate a destination uses when its rules give this one none (src/duty/parent-rates.ts).
		kinds: itemKinds.map((id) => ({ id, ...(Object.hasOwn(itemKindFallback, id) ? { parent: itemKindFallback[id as NewItemKind] } : {}), name: text.kinds[id] })),
		languages: (['en', 'zh-cn'] as const).map((lang) => ({
			language: files[lang].language,
			listVersion: files[lang].version,
			terms: itemTerms(files[lang]).map((t) => ({
				term: t.term,
				...(t.variants.length ? { variants: t.variants } : {}),
				kinds: t.kinds,
				...(t.ambiguous ? { ambiguous: true } : {}),
				...(t.hs ? { hs: t.hs } : {}),
				...(t.cnTaxNo ? { cnTaxNo: t.cnTaxNo } : {}),
				...(t.cnRate ? { cnRate: t.cnRate } : {}),
				...(t.note ? { note: t.note } : {}),
			})),
		})),
	};
}

export function dutyRulesOpenData(destinations: readonly DutyDestination[], meta: OpenDataText, generated: string) {
	return {
		name: 'Import duty rules by destination',
		version: meta['duty-rules'].version,
		generated,
		about: meta['duty-rules'].about,
		licence: meta.licence,
		sources: uniqueSources(destinations.flatMap((d) => d.sources.map(({ title, url, lang }) => ({ title, url, ...(lang ? { lang } : {}) })))),
		destinations,
	};
}
