import { describe, expect, test } from 'vitest';
import { linksIn, verdict } from '../../scripts/check-links.mjs';

describe('npm run check:links', () => {
	test('finds links in Markdown, YAML and HTML without the punctuation around them', () => {
		const text = [
			'See [the CBSA page](https://www.cbsa-asfc.gc.ca/import/courier-messagerie-eng.html).',
			'  url: https://www.gov.uk/goods-sent-from-abroad/tax-and-duty',
			'<a href="https://econsumer.gov/">econsumer</a>, and https://12315.cn/, too.',
		].join('\n');
		expect(linksIn(text)).toEqual([
			'https://www.cbsa-asfc.gc.ca/import/courier-messagerie-eng.html',
			'https://www.gov.uk/goods-sent-from-abroad/tax-and-duty',
			'https://econsumer.gov/',
			'https://12315.cn/',
		]);
	});
	test('a 404 is dead, a 200 after a redirect is moved, a 403 is blocked (check by hand)', () => {
		expect(verdict(404, 'https://a.example/x', 'https://a.example/x')).toBe('dead');
		expect(verdict(200, 'https://a.example/x', 'https://a.example/y')).toBe('redirected');
		expect(verdict(200, 'https://a.example/x', 'https://a.example/x')).toBe('ok');
		expect(verdict(403, 'https://a.example/x', 'https://a.example/x')).toBe('blocked');
	});
});
