import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';
import { calendarDay, httpsUrl, source } from './common.ts';

/** Where a body works. `intl` = cross-border or international. */
export const regions = ['cn', 'hk', 'eu', 'uk', 'us', 'ca', 'au', 'nz', 'jp', 'kr', 'sg', 'intl'] as const;
/** What kind of help it gives. */
export const bodyKinds = ['consumer-complaints', 'fraud-reporting', 'mediation', 'advice', 'regulator'] as const;

/** One entry of content/complaint-bodies/<id>.yaml: a real body a reader can turn to. */
export const complaintBody = z.object({
	name: bilingualText,
	region: z.enum(regions, { error: `must be one of: ${regions.join(', ')}` }),
	kind: z.enum(bodyKinds, { error: `must be one of: ${bodyKinds.join(', ')}` }),
	/** What it handles, in a sentence or two. */
	handles: bilingualText,
	/** Who may use it (residents only? anyone buying from a business there?). */
	whoCanUse: bilingualText,
	url: httpsUrl,
	/** Languages it serves, as ISO 639-1 codes, e.g. [en, zh]. */
	languages: z.array(z.string().regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code, e.g. en' })).min(1),
	/** The day a person last checked the entry against the body's own site. */
	/** YYYY-MM-DD. */
	lastVerified: calendarDay,
	/** Where the facts come from, if not the body's own page at `url`. */
	source: source.optional(),
});
export type ComplaintBody = z.infer<typeof complaintBody>;
