import { describe, expect, test } from 'vitest';
import { counterpart, reportErrorHref } from '../../src/components/page-links.ts';

describe('the same page in the other language', () => {
	test.each([
		['en/shoppers/keep-evidence', 'zh-cn/shoppers/keep-evidence', '/zh-cn/shoppers/keep-evidence/'],
		['zh-cn/sellers/protect-your-brand', 'en/sellers/protect-your-brand', '/en/sellers/protect-your-brand/'],
		['en', 'zh-cn', '/zh-cn/'],
		['zh-cn/reference/index', 'en/reference/index', '/en/reference/'],
	])('%s ↔ %s (%s)', (id, otherId, href) => {
		expect(counterpart(id)).toMatchObject({ id: otherId, href });
	});

	test('an id outside the locale folders has none', () => {
		expect(counterpart('404')).toBeUndefined();
	});
});

describe('report an error', () => {
	const page = {
		locale: 'zh-cn' as const,
		pageUrl: 'https://example.org/zh-cn/shoppers/keep-evidence/',
		title: '页面错误：保留证据',
		body: '页面：https://example.org/zh-cn/shoppers/keep-evidence/',
	};

	test('without a tracker it leads to the About page section in the reader language', () => {
		expect(reportErrorHref({ ...page, tracker: undefined })).toBe('/zh-cn/reference/about/#report-an-error');
	});

	test('with a tracker it opens a report that names the page, keeping the tracker’s own parameters', () => {
		const href = new URL(reportErrorHref({ ...page, tracker: 'https://tracker.example/issues/new?labels=content' }));
		expect(href.origin + href.pathname).toBe('https://tracker.example/issues/new');
		expect(href.searchParams.get('labels')).toBe('content');
		expect(href.searchParams.get('title')).toBe('页面错误：保留证据');
		expect(href.searchParams.get('body')).toContain('https://example.org/zh-cn/shoppers/keep-evidence/');
	});
});
