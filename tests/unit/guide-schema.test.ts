import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { describe, expect, test } from 'vitest';
import { guideFrontmatter, sourceLang } from '../../src/schemas/guide.ts';

// The exact schema content.config.ts gives the docs collection: Starlight's fields + ours.
const schema = docsSchema({ extend: guideFrontmatter })({
	image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

const valid = {
	title: 'Keep evidence',
	description: 'What to save from every cross-border order, how to store it, and how long to keep it.',
	audience: 'shopper',
	lastReviewed: new Date('2026-11-22T00:00:00Z'),
	sources: [{ title: 'PayPal User Agreement', url: 'https://www.paypal.com/us/legalhub/paypal/useragreement-full' }],
	keywords: ['what proof do I need', 'screenshots for a dispute', 'save chat history', 'proof of payment', 'unboxing video'],
};

/** Parses and returns "field: message" lines, the way the build reports them. */
function problems(data: Record<string, unknown>): string[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide frontmatter', () => {
	test('a complete guide is accepted and its review date is a Date', () => {
		const result = schema.safeParse({ ...valid, platforms: ['taobao', 'jd'], checklist: 'evidence' });
		expect(result.success).toBe(true);
		expect(result.data?.lastReviewed.toISOString()).toBe('2026-11-22T00:00:00.000Z');
	});

	test('a quoted date string is read as that calendar day', () => {
		const result = schema.safeParse({ ...valid, lastReviewed: '2026-02-28' });
		expect(result.data?.lastReviewed.toISOString()).toBe('2026-02-28T00:00:00.000Z');
	});

	test('a missing title is reported on the title field', () => {
		const { title: _omitted, ...untitled } = valid;
		expect(problems(untitled)).toEqual([expect.stringMatching(/^title: /)]);
	});

	test.each(['last week', '2026-13-40', '22/11/2026', 20261122])('lastReviewed %j is refused with the format to use', (bad) => {
		expect(problems({ ...valid, lastReviewed: bad })).toEqual([
			'lastReviewed: must be a date written as YYYY-MM-DD, for example 2026-11-22',
		]);
	});

	test('a review date in the future is refused', () => {
		const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
		expect(problems({ ...valid, lastReviewed: nextYear })).toEqual([
			'lastReviewed: is in the future; use the date the page was last checked',
		]);
	});

	test.each(['http://www.12315.cn/', 'ftp://example.org/file', 'www.12315.cn', 'javascript:alert(1)'])(
		'source URL %s is refused: sources must be https',
		(url) => {
			expect(problems({ ...valid, sources: [{ title: '12315', url }] })).toEqual([
				'sources.0.url: must be a full https:// URL',
			]);
		},
	);

	test('an empty source list and a source without a title are refused', () => {
		expect(problems({ ...valid, sources: [] })).toEqual([
			'sources: must list at least one source (title and https URL)',
		]);
		expect(problems({ ...valid, sources: [{ title: ' ', url: 'https://www.12315.cn/' }] })).toEqual([
			'sources.0.title: every source needs a title',
		]);
		const { sources: _omitted, ...unsourced } = valid;
		expect(problems(unsourced)).toEqual(['sources: must be a list of { title, url } entries']);
	});

	test('every page needs a description of a useful length', () => {
		const { description: _omitted, ...undescribed } = valid;
		expect(problems(undescribed)).toEqual([
			'description: every page needs a description: one sentence for search results and link previews',
		]);
		expect(problems({ ...valid, description: 'Evidence.' })).toEqual([
			'description: is too short to describe the page (10 characters at least)',
		]);
	});

	test('an unknown audience is refused, naming the allowed ones', () => {
		expect(problems({ ...valid, audience: 'tourist' })).toEqual([
			'audience: must be one of: shopper, seller, everyone',
		]);
	});

	test('a review log is optional; each entry needs a date and what was checked', () => {
		const log = [{ date: '2026-12-07', what: 'Checked Section 75 against legislation.gov.uk.' }];
		const result = schema.safeParse({ ...valid, reviewLog: log });
		expect(result.success).toBe(true);
		expect(result.data?.reviewLog).toEqual(log);
		// YAML reads an unquoted date as a Date; it is kept as the calendar day.
		expect(schema.safeParse({ ...valid, reviewLog: [{ date: new Date('2026-12-07T00:00:00Z'), what: 'x' }] }).data?.reviewLog?.[0]?.date).toBe('2026-12-07');
		expect(problems({ ...valid, reviewLog: [{ date: '2026-12-07', what: ' ' }] })).toEqual(['reviewLog.0.what: say in a sentence what was checked']);
		expect(problems({ ...valid, reviewLog: [{ date: 'last week', what: 'Checked.' }] })).toEqual([
			'reviewLog.0.date: must be a date written as YYYY-MM-DD, for example 2026-11-22',
		]);
		const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		expect(problems({ ...valid, reviewLog: [{ date: nextYear, what: 'Checked.' }] })).toEqual([
			'reviewLog.0.date: is in the future; use the day the check was made',
		]);
		expect(problems({ ...valid, reviewLog: 'checked everything' })).toEqual(['reviewLog: must be a list of { date, what } entries']);
	});

	test('a page without search keywords is refused, saying what to write', () => {
		const { keywords: _omitted, ...unkeyworded } = valid;
		expect(problems(unkeyworded)).toEqual([
			'keywords: is missing: list at least 5 words or phrases readers type to find this page (keywords: [...])',
		]);
	});

	test('fewer than five keywords, or an empty one, is refused', () => {
		// (Starlight's schema merge reports a too-short list twice.)
		expect([...new Set(problems({ ...valid, keywords: ['refund', 'scam'] }))]).toEqual([
			'keywords: must list at least 5 words or phrases readers type to find this page',
		]);
		expect(problems({ ...valid, keywords: [...valid.keywords, ' '] })).toEqual(['keywords.5: is too short to be a search keyword']);
	});

	test('searchWeight is a factor between 0.1 and 2', () => {
		expect(problems({ ...valid, searchWeight: 0.5 })).toEqual([]);
		expect(problems({ ...valid, searchWeight: 0 })).toEqual(['searchWeight: must be between 0.1 and 2']);
		expect(problems({ ...valid, searchWeight: 5 })).toEqual(['searchWeight: must be between 0.1 and 2']);
	});

	test('platforms and checklist ids are checked', () => {
		expect(problems({ ...valid, platforms: ['ebay'] })[0]).toMatch(/^platforms\.0: must be one of: taobao, /);
		expect(problems({ ...valid, checklist: 'Before You Buy' })).toEqual([
			'checklist: must be a checklist id in kebab-case, e.g. before-you-buy',
		]);
	});
});

describe('the language of a source link', () => {
	test('an English title on a Chinese page is marked English, so screen readers switch voice', () => {
		expect(sourceLang({ title: 'PayPal Help Center: Dispute filing timeframes' }, 'zh-CN')).toBe('en');
	});
	test("a title in the page's own language needs no attribute", () => {
		expect(sourceLang({ title: '全国12315平台' }, 'zh-CN')).toBeUndefined();
		expect(sourceLang({ title: 'econsumer.gov' }, 'en')).toBeUndefined();
	});
	test('an English title naming a body in Chinese brackets stays English; a mostly Chinese one is Chinese', () => {
		expect(
			sourceLang({ title: 'National 12315 platform (全国12315平台), State Administration for Market Regulation' }, 'en'),
		).toBeUndefined();
		expect(sourceLang({ title: 'econsumer.gov — 国际网络诈骗与跨境消费投诉' }, 'zh-CN')).toBeUndefined();
	});
	test('a Chinese title on an English page is marked Chinese', () => {
		expect(sourceLang({ title: '中华人民共和国电子商务法' }, 'en')).toBe('zh-CN');
	});
	test('an explicit lang wins over the guess', () => {
		expect(sourceLang({ title: '12315', lang: 'zh-CN' }, 'en')).toBe('zh-CN');
		expect(sourceLang({ title: 'National 12315 platform (全国12315平台)', lang: 'en' }, 'en')).toBeUndefined();
	});
});
