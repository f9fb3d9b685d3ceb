import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { httpsUrl, kebabId } from './common.ts';
import { searchKeywords } from './guide.ts';

/** An item's optional link: a page of the site (/shoppers/keep-evidence/, localized when rendered) or an https URL. */
const itemLink = z.union(
	[
		z.string().regex(/^\/(?!en\/|zh-cn\/)[a-z0-9/#-]*$/),
		httpsUrl,
	],
	{ error: 'must be a site path without the language (e.g. /shoppers/keep-evidence/) or a full https:// URL' },
);

export const checklistItem = z.object({
	/** Stable: saved progress is keyed by it. Never reuse an id for a different task. */
	id: kebabId,
	text: bilingualText,
	help: bilingualText.optional(),
	link: itemLink.optional(),
});

/** content/checklists/<id>.yaml — the file name is the checklist's id. */
export const checklist = z
	.object({
		title: bilingualText,
		intro: bilingualText,
		/** The guide that explains it (a site path without the language), linked from the checklist's own page. */
		guide: z.string().regex(/^\/(?!en\/|zh-cn\/)[a-z0-9/-]+\/$/, { error: 'must be a site path without the language, e.g. /shoppers/keep-evidence/' }),
		/** What readers type to find the checklist's own page, in each language (at least five). */
		keywords: z.object(
			{
				en: searchKeywords('the English keywords are missing'),
				'zh-CN': searchKeywords('the Chinese keywords are missing'),
			},
			{ error: 'is missing: list at least 5 words or phrases readers type to find this checklist, { en: [...], zh-CN: [...] }' },
		),
		items: z.array(checklistItem, { error: 'must be a list of items' }).min(1, { error: 'needs at least one item' }),
	})
	.superRefine((data, ctx) => {
		const seen = new Map<string, number>();
		data.items.forEach((item, index) => {
			const first = seen.get(item.id);
			if (first !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, 'id'],
					message: `"${item.id}" is already the id of item ${first + 1}; every item needs its own id`,
				});
			} else seen.set(item.id, index);
		});
	});

export type Checklist = z.infer<typeof checklist>;
export type ChecklistItem = z.infer<typeof checklistItem>;
