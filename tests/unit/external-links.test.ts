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
	type Visit = (node: unknown, ctx: unknown) => void;
	const visit = externalLinks().element[0]!.visit as unknown as Visit;
	const set: [string, string][] = [];
	const ctx = { setProperty: (_node: unknown, name: string, value: string) => set.push([name, value]) };
	const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
	visit(link('https://econsumer.gov/'), ctx);
	visit(link('/en/shoppers/keep-evidence/'), ctx);
	expect(set).toEqual([['rel', 'noopener noreferrer']]);
});
