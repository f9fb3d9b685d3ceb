import { expect, test } from 'vitest';
import { findBrokenAnchorLinks } from '../../src/routes/anchors.ts';

const glossary = { path: '/en/reference/glossary/', html: '<div class="entry" id="chargeback"><dt>Chargeback</dt></div>' };

test('a link to an anchor that exists passes', () => {
	const guide = { path: '/en/shoppers/x/', html: '<a href="/en/reference/glossary/#chargeback">chargeback</a>' };
	expect(findBrokenAnchorLinks([glossary, guide])).toEqual([]);
});

test('a link to a missing anchor is reported with both pages', () => {
	const guide = { path: '/en/shoppers/x/', html: '<a href="/en/reference/glossary/#charge-back">chargeback</a>' };
	expect(findBrokenAnchorLinks([glossary, guide])).toEqual(['/en/shoppers/x/ → /en/reference/glossary/#charge-back']);
});

test('percent-encoded Chinese heading anchors are compared decoded', () => {
	const page = { path: '/zh-cn/a/', html: '<h2 id="保留证据">保留证据</h2>' };
	const link = { path: '/zh-cn/b/', html: '<a href="/zh-cn/a/#%E4%BF%9D%E7%95%99%E8%AF%81%E6%8D%AE">x</a>' };
	expect(findBrokenAnchorLinks([page, link])).toEqual([]);
});

test('links to pages that were not built, and same-page anchors, are left to other checks', () => {
	const guide = { path: '/en/shoppers/x/', html: '<a href="/en/nowhere/#x">x</a><a href="#top">top</a>' };
	expect(findBrokenAnchorLinks([guide])).toEqual([]);
});
