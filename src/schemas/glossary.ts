import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { kebabId, source } from './common.ts';

/**
 * One entry of content/glossary/<id>.yaml. The file name is the term's stable anchor:
 * guides link to /en/reference/glossary/#<id> and /zh-cn/reference/glossary/#<id>.
 */
export const glossaryTerm = z.object({
	term: bilingualText,
	definition: bilingualText,
	/** Other names readers search for (e.g. "退单" for chargeback). */
	aliases: z.object({ en: z.array(z.string()).default([]), 'zh-CN': z.array(z.string()).default([]) }).optional(),
	/** Ids of related terms, shown as links. */
	related: z.array(kebabId).default([]),
	/** Required: the authority's or the platform's own page that the definition rests on. */
	source: z.object(source.shape, {
		error: "every term needs a source: { title, url } of the authority's or platform's own page",
	}),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
