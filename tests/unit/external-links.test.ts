import { expect, test } from 'vitest';
import { externalLinks, isExternalHref } from '../../src/markdown/external-links.ts';

test.each([
	['https://rule.jd.com/', true],
	['http://example.org', true],
	['//cdn.example.org/x', true],
	['/zh-cn/reference/glossary/#chargeback', false],
	['#top', false],
	['mailto:someone@example.org', false],
	[undefined, false],
])('%s leaves the site: %s', (href, external) => {
	expect(isExternalHref(href)).toBe(external);
});

test('the plugin sets rel on external links only', () => {
	const visit = externalLinks().element[0]!.visit;
	const set: [string, string][] = [];
	const ctx = { setProperty: (_node: unknown, name: string, value: string) => set.push([name, value]) };
	visit({ properties: { href: 'https://econsumer.gov/' } }, ctx);
	visit({ properties: { href: '/en/shoppers/keep-evidence/' } }, ctx);
	expect(set).toEqual([['rel', 'noopener noreferrer']]);
});
