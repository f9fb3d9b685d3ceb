import { z } from 'astro/zod';
import { calendarDay, source } from './common.ts';

/** Words or phrases readers type to find a page: searched with extra weight, never shown. */
export const searchKeywords = (missing: string) =>
	z
		.array(
			z
				.string({ error: 'must be a list of words or phrases' })
				.trim()
				.min(2, { error: 'is too short to be a search keyword' })
				.max(80, { error: 'is too long for a search keyword (80 characters at most)' }),
			{ error: missing },
		)
		.min(5, { error: 'must list at least 5 words or phrases readers type to find this page' });

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

/**
 * A calendar date as a Date at midnight UTC (Starlight's `lastUpdated` takes a Date). Other
 * content keeps its dates as YYYY-MM-DD text (`calendarDay` in ./common.ts).
 */
export const calendarDate = calendarDay.transform((day) => new Date(`${day}T00:00:00Z`));

export { source };

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
	/**
	 * Optional: what a person checked on each review day, newest first, in the page's language.
	 * Shown under the sources, so "Last reviewed" says what was reviewed.
	 */
	reviewLog: z
		.array(
			z.object({
				date: calendarDay.refine((day) => Date.parse(`${day}T00:00:00Z`) <= Date.now() + 24 * 3600 * 1000, {
					error: 'is in the future; use the day the check was made',
				}),
				what: z
					.string({ error: 'say in a sentence what was checked' })
					.trim()
					.min(1, { error: 'say in a sentence what was checked' }),
			}),
			{ error: 'must be a list of { date, what } entries' },
		)
		.optional(),
	platforms: z.array(z.enum(platforms, { error: `must be one of: ${platforms.join(', ')}` })).optional(),
	/**
	 * What readers type to find this page, in the page's language ("temu refund not received",
	 * 代购 靠谱吗): searched with extra weight, never shown. At least five.
	 */
	keywords: searchKeywords('is missing: list at least 5 words or phrases readers type to find this page (keywords: [...])')
		.min(5, { error: 'must list at least 5 words or phrases readers type to find this page' }),
	/**
	 * How much the page's text counts in search, against a guide's 1: below 1 for pages that
	 * mention everything briefly (the glossary, the landing pages), so the guide about a thing
	 * comes before them.
	 */
	searchWeight: z.number().min(0.1, { error: 'must be between 0.1 and 2' }).max(2, { error: 'must be between 0.1 and 2' }).optional(),
	checklist: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a checklist id in kebab-case, e.g. before-you-buy' })
		.optional(),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
