import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillHeaders, inlineScriptHashes, PLACEHOLDER } from '../../src/security/csp.ts';

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

	test('public/_headers has the placeholder in every Content-Security-Policy, and framing is allowed only under /embed/', () => {
		const template = readFileSync('public/_headers', 'utf8');
		const csp = template.split('\n').filter((line) => line.includes('Content-Security-Policy'));
		expect(csp.length).toBeGreaterThanOrEqual(5);
		for (const line of csp) expect(line).toContain(PLACEHOLDER);
		const blocks = template.split(/\n(?=\S)/).filter((b) => b.includes('frame-ancestors'));
		for (const block of blocks) {
			const path = block.split('\n')[0]!.trim();
			expect(block, path).toContain(path === '/embed/*' ? 'frame-ancestors *' : "frame-ancestors 'none'");
		}
	});

	test('a template without the placeholder is refused, rather than shipping a policy that blocks the site', () => {
		expect(() => fillHeaders("Content-Security-Policy: script-src 'self'", [])).toThrow(/INLINE_SCRIPT_HASHES/);
	});
});
