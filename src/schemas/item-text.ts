import { z } from 'astro/zod';
import { itemKinds } from '../duty/item-kinds.ts';
import { bilingualText } from './bilingual.ts';

/**
 * content/duty-text/items.yaml: the words of the calculator's "What did you buy?" field, the
 * classifier's names for the kinds of goods, the modifier words ("kids" + a clothing term →
 * children's clothing) and the questions that decide between two proposed kinds.
 */
const kind = z.enum(itemKinds, { error: `must be an item kind (${itemKinds.join(', ')})` });
const word = z.string().trim().min(1, { error: 'is empty' });

export const itemText = z
	.object({
		ui: z
			.object({
				label: bilingualText,
				hint: bilingualText,
				loading: bilingualText,
				'load-failed': bilingualText,
				none: bilingualText,
				'too-long': bilingualText,
				proposals: bilingualText,
				perhaps: bilingualText,
				chosen: bilingualText,
			})
			.strict(),
		reason: z
			.object({ exact: bilingualText, fuzzy: bilingualText, partial: bilingualText, brand: bilingualText, modifier: bilingualText, alternative: bilingualText, hs: bilingualText })
			.strict(),
		kinds: z.record(kind, bilingualText).refine((k) => itemKinds.every((name) => Object.hasOwn(k, name)), { error: 'names every item kind' }),
		modifiers: z.array(z.object({ from: z.array(kind).min(1), to: kind, words: z.array(word).min(1) }).strict()),
		questions: z.array(
			z
				.object({
					kinds: z.tuple([kind, kind]),
					/** When the best kind is the first of `kinds`, the second is proposed too (with this question). */
					adds: z.boolean().default(false),
					/** `adds` only when the text has one of these words (whole words in Latin script, anywhere in Chinese). */
					when: z.array(word).optional(),
					text: bilingualText,
				})
				.strict(),
		),
	})
	.strict();

export type ItemText = z.infer<typeof itemText>;
