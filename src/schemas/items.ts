import { z } from 'astro/zod';
import { itemKinds, type ItemKind } from '../duty/item-kinds.ts';
import { source } from './common.ts';

/**
 * content/items/<lang>.yaml: the words shoppers use for what they bought, each with its kind of
 * goods (src/duty/item-kinds.ts) and, where known, its HS chapter and China's 行邮税 tax number
 * (进境物品归类表) and rate band. Data only: the classifier that reads it is elsewhere.
 *
 * A file is a list of groups. A group gives the defaults (kind, HS chapter, China tax number and
 * rate) for its terms; a term is written
 *   - as a string:               lipstick
 *   - as a list (term, variants): [lipstick, lipsticks, lip stick]
 *   - as an object, to override a default or add a note:
 *       { term: Dior, kinds: [cosmetics, perfume, bags], note: … }
 * A term with two or more `kinds` is ambiguous (a brand that spans kinds): the classifier must ask.
 */

const word = z.string().trim().min(1, { error: 'is empty' });
const kind = z.enum(itemKinds, { error: `must be an item kind (${itemKinds.join(', ')})` });
/** Two-digit HS chapter, as text ("61"). */
const hsChapter = z
	.union([z.string(), z.number()])
	.transform((v) => String(v).padStart(2, '0'))
	.pipe(z.string().regex(/^(0[1-9]|[1-8][0-9]|9[0-7])$/, { error: 'must be a two-digit HS chapter, 01–97' }));
/** China's 进境物品归类表 税号: eight digits, e.g. 01010700 (奶粉). */
const cnTaxNo = z.string().regex(/^\d{8}$/, { error: "must be China's eight-digit 行邮 tax number, e.g. '01010700' (quoted)" });
/** China's 进境物品进口税 rate (税委会〔2019〕17号): 13, 20 or 50 (3 for anticancer and rare-disease drugs). */
const cnRate = z.union([z.literal(3), z.literal(13), z.literal(20), z.literal(50)], { error: 'must be 3, 13, 20 or 50 (per cent)' });

const overrides = {
	hs: hsChapter.optional(),
	cnTaxNo: cnTaxNo.optional(),
	cnRate: cnRate.optional(),
	note: word.optional(),
};

const termObject = z
	.object({
		term: word,
		variants: z.array(word).default([]),
		kind: kind.optional(),
		/** Two or more kinds: an ambiguous term (usually a brand); the first is the likeliest. */
		kinds: z.array(kind).min(2, { error: 'an ambiguous term names at least two kinds (or use kind)' }).optional(),
		...overrides,
	})
	.strict()
	.refine((t) => !(t.kind && t.kinds), { error: 'give kind or kinds, not both' });

const termEntry = z.union([word, z.array(word).min(1), termObject], {
	error: 'a term is a string, a list [term, variants…] or an object { term, … }',
});

export const itemGroup = z
	.object({
		kind,
		...overrides,
		terms: z.array(termEntry).min(1),
	})
	.strict();

export const itemsFile = z
	.object({
		language: z.enum(['en', 'zh-CN']),
		/** Bump when the meaning of entries changes (partners read the published JSON). */
		version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a semantic version, e.g. 1.0.0' }),
		/** What the list is and how to read it. */
		about: word,
		licence: z.object({ name: word, url: source.shape.url, statement: word }).strict(),
		sources: z.array(source).min(1),
		groups: z.array(itemGroup).min(1),
	})
	.strict();

export type ItemsFile = z.infer<typeof itemsFile>;

/** One term with its group's defaults applied. */
export interface ItemTerm {
	term: string;
	variants: string[];
	/** One kind, or several (the first likeliest) when ambiguous. */
	kinds: ItemKind[];
	ambiguous: boolean;
	hs?: string | undefined;
	cnTaxNo?: string | undefined;
	cnRate?: 3 | 13 | 20 | 50 | undefined;
	note?: string | undefined;
}

/** Every term of a parsed file, defaults applied, in file order. */
export function itemTerms(file: ItemsFile): ItemTerm[] {
	return file.groups.flatMap((group) =>
		group.terms.map((entry): ItemTerm => {
			const base = { hs: group.hs, cnTaxNo: group.cnTaxNo, cnRate: group.cnRate, note: group.note };
			if (typeof entry === 'string') return { ...base, term: entry, variants: [], kinds: [group.kind], ambiguous: false };
			if (Array.isArray(entry)) {
				const [term, ...variants] = entry;
				return { ...base, term: term!, variants, kinds: [group.kind], ambiguous: false };
			}
			const kinds = entry.kinds ?? [entry.kind ?? group.kind];
			// A term of another kind than its group's does not inherit the group's codes.
			const inherits = !entry.kinds && (!entry.kind || entry.kind === group.kind);
			return {
				term: entry.term,
				variants: entry.variants,
				kinds,
				ambiguous: kinds.length > 1,
				hs: entry.hs ?? (inherits ? group.hs : undefined),
				cnTaxNo: entry.cnTaxNo ?? (inherits ? group.cnTaxNo : undefined),
				cnRate: entry.cnRate ?? (inherits ? group.cnRate : undefined),
				note: entry.note ?? (inherits ? group.note : undefined),
			};
		}),
	);
}

/** How strings are compared for duplicates: case, width and spacing do not matter. */
export function termKey(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.'’·]+/g, ' ').trim();
}
