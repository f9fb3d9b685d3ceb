import { z } from 'astro/zod';

/**
 * Frontmatter every page in content/docs carries on top of Starlight's own fields.
 * Plain TypeScript: content.config.ts, tests and scripts import this one definition.
 */

export const audiences = ['shopper', 'seller', 'everyone'] as const;

/** Platforms and channels a guide can be about (used for filtering and, later, routing). */
export const platforms = [
	'taobao',
	'tmall',
	'jd',
	'wechat',
	'alipay',
	'pinduoduo',
	'aliexpress',
	'temu',
	'shein',
	'douyin',
	'xiaohongshu',
	'paypal',
	'shopping-agent',
] as const;

const DATE_HINT = 'must be a date written as YYYY-MM-DD, for example 2026-11-22';

/**
 * A calendar date. YAML turns an unquoted 2026-11-22 into a Date; a quoted one stays a string.
 * Both are accepted; anything else ("last week", 5, 2026-13-40) is an error naming the format.
 */
export const calendarDate = z
	.union([z.date({ error: DATE_HINT }), z.iso.date({ error: DATE_HINT })], { error: DATE_HINT })
	.transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

export const source = z.object({
	title: z.string({ error: 'every source needs a title' }).trim().min(1, { error: 'every source needs a title' }),
	url: z.url({ protocol: /^https$/, error: 'must be a full https:// URL' }),
	/** The language of the title (and the page it links to), when it differs from the guide's. */
	lang: z.enum(['en', 'zh-CN'], { error: 'must be en or zh-CN' }).optional(),
});

export { sourceLang } from '../source-lang.ts';

export const guideFrontmatter = z.object({
	/** Required here (optional in Starlight): it is the search snippet and the link preview. */
	description: z
		.string({ error: 'every page needs a description: one sentence for search results and link previews' })
		.trim()
		.min(10, { error: 'is too short to describe the page (10 characters at least)' })
		.max(200, { error: 'is too long for a link preview (200 characters at most)' }),
	audience: z.enum(audiences, {
		error: `must be one of: ${audiences.join(', ')}`,
	}),
	lastReviewed: calendarDate.refine((date) => date.getTime() <= Date.now() + 24 * 3600 * 1000, {
		error: 'is in the future; use the date the page was last checked',
	}),
	sources: z
		.array(source, { error: 'must be a list of { title, url } entries' })
		.min(1, { error: 'must list at least one source (title and https URL)' }),
	platforms: z.array(z.enum(platforms, { error: `must be one of: ${platforms.join(', ')}` })).optional(),
	checklist: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a checklist id in kebab-case, e.g. before-you-buy' })
		.optional(),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
