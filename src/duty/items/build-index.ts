/**
 * Build time: the matcher's index (./match.ts) from the term lists content/items/{en,zh-cn}.yaml
 * and the words in content/duty-text/items.yaml. One index for both languages (readers type
 * either); every term with Chinese characters also gets its traditional forms (OpenCC: Taiwan,
 * Hong Kong and plain traditional), so the browser needs no converter. Used by the route that
 * serves /duty-data/items.json, the open-data files, `npm run items:eval` and the unit tests.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import * as OpenCC from 'opencc-js/cn2t';
import { itemKinds } from '../item-kinds.ts';
import { itemsFile, itemTerms, type ItemsFile, type ItemTerm } from '../../schemas/items.ts';
import type { ItemText } from '../../schemas/item-text.ts';
import { readItemText } from './text.ts';
import { normText, type IndexEntry, type ItemIndex } from './match.ts';

export const ITEM_LANGUAGES = ['en', 'zh-cn'] as const;

/** The parsed term lists (schema-checked: a bad file throws, naming the field). */
export function readItemFiles(root = '.'): Record<(typeof ITEM_LANGUAGES)[number], ItemsFile> {
	const read = (lang: string) => itemsFile.parse(load(readFileSync(`${root}/content/items/${lang}.yaml`, 'utf8')));
	return { en: read('en'), 'zh-cn': read('zh-cn') };
}

export { readItemText };

const HAN = /[\u3400-\u9fff]/;

/** Traditional forms of a Chinese term (Taiwan, Hong Kong, OpenCC's standard), without the term itself. */
export function traditionalForms(text: string): string[] {
	if (!HAN.test(text)) return [];
	converters ??= (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
	return [...new Set(converters.map((convert) => convert(text)))].filter((t) => t !== text);
}
let converters: ((text: string) => string)[] | undefined;

const kindCode = (kind: string) => itemKinds.indexOf(kind as (typeof itemKinds)[number]).toString(36);

/** The index the browser's matcher reads. */
export function buildItemIndex(files: ItemsFile[], text: ItemText): ItemIndex {
	const entries: IndexEntry[] = files.flatMap((file) =>
		itemTerms(file).map((term: ItemTerm): IndexEntry => {
			const keys = new Set<string>();
			for (const s of [term.term, ...term.variants]) {
				for (const form of [s, ...traditionalForms(s)]) {
					const key = normText(form);
					if (key) keys.add(key);
				}
			}
			// The display form is left out when it is the first key itself (most lower-case terms).
			const [first] = keys;
			return [first === term.term ? '' : term.term, term.kinds.map(kindCode).join(''), term.hs ?? '', [...keys].join('|')];
		}),
	);
	return {
		v: 1,
		kinds: [...itemKinds],
		e: entries,
		m: text.modifiers.map((m) => [
			m.from.map(kindCode).join(''),
			kindCode(m.to),
			[...new Set(m.words.flatMap((w) => [w, ...traditionalForms(w)]).map(normText))].filter(Boolean).join('|'),
		]),
		q: text.questions.map((q) => [
			kindCode(q.kinds[0]),
			kindCode(q.kinds[1]),
			q.adds ? 1 : 0,
			q.text.en,
			q.text['zh-CN'],
			[...new Set((q.when ?? []).flatMap((w) => [w, ...traditionalForms(w)]).map(normText))].join('|'),
		]),
	};
}

/** The index from the files in the repository. */
export function itemIndexFromContent(root = '.'): ItemIndex {
	const files = readItemFiles(root);
	return buildItemIndex([files.en, files['zh-cn']], readItemText(root));
}
