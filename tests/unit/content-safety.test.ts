import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentSafety, htmlProblem } from '../../src/markdown/content-safety.ts';
import { elementProblem, isScriptUrl } from '../../src/security/active-content.ts';

const file = new URL('file:///site/content/docs/en/shoppers/fixture.md');
const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [contentSafety()], fileURL: file });
const renderMdx = (mdx: string) => mdxToJs(mdx, { hastPlugins: [contentSafety()], fileURL: new URL('file:///site/content/docs/en/x.mdx') });

describe('a guide may not contain active content: the build names the file and what it found', () => {
	test.each([
		['<script>alert(1)</script>', 'a <script> element'],
		['Text\n\n<iframe src="https://example.org"></iframe>', 'an <iframe> element'],
		['<img src="x.png" onerror="alert(1)">', 'an event-handler attribute (onError) on <img>'],
		['<div onclick="steal()">Click</div>', 'an event-handler attribute (onClick) on <div>'],
		['[Refund form](javascript:alert(1))', 'a script URL in the href of <a>'],
		['<a href="jav&#x61;script:alert(1)">x</a>', 'a script URL in the href of <a>'],
		['<a href=" JAVA\tSCRIPT:alert(1)">x</a>', 'a script URL in the href of <a>'],
		['<div>\n<IMG/ONERROR=alert(1) SRC=x>\n</div>', 'an event-handler attribute (onError) on <img>'],
		['<object data="x.swf"></object>', 'an <object> element'],
		['<form action="https://evil.example"><input></form>', 'a <form> element'],
		['<svg><script>alert(1)</script></svg>', 'a <script> element'],
	])('%j → %s', (markdown, problem) => {
		expect(() => render(markdown)).toThrow(`content/docs/en/shoppers/fixture.md: the page contains ${problem}.`);
	});

	test('MDX: a JSX <script>, an event handler on a component, a javascript: href', () => {
		expect(() => renderMdx('<script>{"alert(1)"}</script>')).toThrow('the page contains a <script> element');
		expect(() => renderMdx('<LinkCard title="x" href="javascript:alert(1)" />')).toThrow('a script URL in the href of <LinkCard>');
		expect(() => renderMdx('<div onClick={() => 1}>x</div>')).toThrow('an event-handler attribute (onClick) on <div>');
		// LinkCard prints its title as HTML.
		expect(() => renderMdx('<LinkCard title="<img src=x onerror=alert(1)>" href="/en/" />')).toThrow('an event-handler attribute (onError) on <img> in a property of <LinkCard>');
	});

	test('ordinary content passes unchanged: links, images, raw HTML without handlers, code that shows a script', () => {
		const { html } = render(
			'[Help](https://www.paypal.com/help) and [a guide](/en/shoppers/keep-evidence/)\n\n<div id="report-an-error">Report</div>\n\n```html\n<script>shown, not run</script>\n```\n\nThe word onclick= in `code`, and javascript: in prose.',
		);
		expect(html).toContain('<a href="https://www.paypal.com/help">Help</a>');
		expect(html).toContain('<div id="report-an-error">Report</div>');
		expect(html).toContain('&lt;script&gt;shown, not run&lt;/script&gt;');
		expect(() => renderMdx('<LinkCard title="Keep evidence" href="/en/shoppers/keep-evidence/" />')).not.toThrow();
		// Not an HTML tag to CommonMark (no space before the attribute): shown as text, inert.
		expect(render('Beware of <IMG/ONERROR=alert(1)> in messages.').html).toContain('&lt;IMG/ONERROR=alert(1)&gt;');
	});
});

describe('what counts as active', () => {
	test('script URLs, as browsers read them', () => {
		for (const url of ['javascript:alert(1)', ' javascript:x', 'JaVaScRiPt:x', 'java\nscript:x', '\u0001javascript:x', 'vbscript:x', 'data:text/html,<script>x</script>', 'data:image/svg+xml,<svg onload=x>'])
			expect(isScriptUrl(url), url).toBe(true);
		for (const url of ['https://example.org/javascript:', '/en/javascript/', 'mailto:a@b.c', 'data:image/png;base64,AAAA', '#top'])
			expect(isScriptUrl(url), url).toBe(false);
	});

	test('elements and attributes', () => {
		expect(elementProblem('p', { className: ['note'] })).toBeUndefined();
		expect(elementProblem('a', { href: 'https://example.org' })).toBeUndefined();
		expect(elementProblem('BASE', {})).toBe('a <base> element');
		expect(elementProblem('a', { onMouseOver: 'x' })).toBe('an event-handler attribute (onMouseOver) on <a>');
		expect(elementProblem('img', { src: 'javascript:x' })).toBe('a script URL in the src of <img>');
	});

	test('raw HTML is parsed as a browser parses it', () => {
		expect(htmlProblem('<template><iframe src=x></iframe></template>')).toBe('an <iframe> element');
		expect(htmlProblem('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toMatch(/a script URL in the xLinkHref of <a>/);
		expect(htmlProblem('<details><summary>More</summary>')).toBeUndefined();
	});
});
