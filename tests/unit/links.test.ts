import { expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/routes/links.ts';

const glossary = { path: '/en/reference/glossary/', html: '<div class="entry" id="chargeback"><dt>Chargeback</dt></div>' };

test('a link to an anchor that exists passes', () => {
	const guide = { path: '/en/shoppers/x/', html: '<a href="/en/reference/glossary/#chargeback">chargeback</a>' };
	expect(findBrokenLinks([glossary, guide])).toEqual([]);
});

test('a link to a missing anchor is reported with both pages', () => {
	const guide = { path: '/en/shoppers/x/', html: '<a href="/en/reference/glossary/#charge-back">chargeback</a>' };
	expect(findBrokenLinks([glossary, guide])).toEqual(['/en/shoppers/x/ → /en/reference/glossary/#charge-back']);
});

test('percent-encoded Chinese heading anchors are compared decoded', () => {
	const page = { path: '/zh-cn/a/', html: '<h2 id="保留证据">保留证据</h2>' };
	const link = { path: '/zh-cn/b/', html: '<a href="/zh-cn/a/#%E4%BF%9D%E7%95%99%E8%AF%81%E6%8D%AE">x</a>' };
	expect(findBrokenLinks([page, link])).toEqual([]);
});

test('a link to a page that was not built is reported; files and same-page anchors are not pages', () => {
	const guide = {
		path: '/en/shoppers/x/',
		html: '<a href="/en/checklists/evidnce/">x</a><a href="#top">top</a><link href="/favicon.svg"><a href="https://example.org/y/">y</a><a href="//cdn.example.org/z/">z</a>',
	};
	expect(findBrokenLinks([guide])).toEqual(['/en/shoppers/x/ → /en/checklists/evidnce/ (no such page)']);
});

test('a query string does not hide the page behind it', () => {
	const directory = { path: '/en/reference/where-to-complain/', html: '<tr id="uk-citizens-advice"></tr>' };
	const guide = { path: '/en/x/', html: '<a href="/en/reference/where-to-complain/?region=uk#uk-citizens-advice">UK</a>' };
	expect(findBrokenLinks([directory, guide])).toEqual([]);
	expect(findBrokenLinks([guide])).toEqual(['/en/x/ → /en/reference/where-to-complain/ (no such page)']);
});
