import { describe, expect, test } from 'vitest';
import { calculate } from '../../src/duty/engine.ts';
import { defaultRequest, parseQuery, prepare, requestContext, resolveDest, startQuery, suggestDest, toQuery } from '../../src/duty/request.ts';
import { loadRules } from './duty-helpers.ts';

const cn = loadRules('cn.yaml').parsed.data!;
const gb = loadRules('gb.yaml').parsed.data!;
const eu = loadRules('eu.yaml').parsed.data!;
const ca = loadRules('ca.yaml').parsed.data!;
const rates: Record<string, number> = { USD: 1, CNY: 7.12, GBP: 0.76, EUR: 0.86, CAD: 1.4, JPY: 153 };
const ctx = requestContext([cn, gb, eu, ca], Object.keys(rates), ['CN', 'HK', 'US', 'MX', 'ZZ']);
const parse = (query: string) => parseQuery(new URLSearchParams(query), ctx);
/** Nothing to tell the reader. */
const NONE = { unknown: 0, rejected: [], repeated: [] };
const snapshotRate = (from: string, to: string) => (rates[from] && rates[to] ? rates[to] / rates[from] : undefined);
const digits = (currency: string) => (currency === 'JPY' ? 0 : 2);
const prep = (query: string) => {
	const { request } = parse(query);
	const file = resolveDest(request.dest, ctx)!.file;
	return prepare(request, file, { today: '2026-11-22', snapshotRate, minorUnitsOf: digits });
};

describe('reading the URL', () => {
	test('no parameters: China, cross-border e-commerce, clothing, amounts in CNY, nothing to report', () => {
		const { request, notices } = parse('');
		expect(request).toMatchObject({ dest: 'CN', channel: 'cbec', category: 'clothing', currency: 'CNY', origin: 'CN', value: '' });
		expect(notices).toEqual(NONE);
	});

	test('a full link is read as written, lower or upper case', () => {
		const { request, notices } = parse('dest=gb&channel=parcel&category=toys&value=1,299.00&currency=usd&rate=0.8&date=2026-05-01&gift=1');
		expect(notices).toEqual(NONE);
		expect(request).toMatchObject({ dest: 'GB', channel: 'parcel', category: 'toys', value: '1,299.00', currency: 'USD', rate: '0.8', date: '2026-05-01', gift: true });
	});

	test('an EU member state is a destination of its own: dest=DE uses the EU rules with region DE', () => {
		const { request } = parse('dest=DE');
		expect(request.region).toBe('DE');
		expect(resolveDest('DE', ctx)?.file.code).toBe('EU');
		// "EU" itself is not a destination a reader can pick: VAT depends on the member state.
		expect(parse('dest=EU').notices).toEqual({ ...NONE, rejected: ['dest'] });
	});

	test('unknown parameters are counted and values that cannot be used are named by parameter; the rest of the link still works', () => {
		const { request, notices } = parse('dest=XX&category=spaceship&utm_source=mail&value=10&channel=teleport&date=2026-02-30');
		expect(request).toMatchObject({ dest: 'CN', category: 'clothing', channel: 'cbec', value: '10', date: '' });
		expect(notices).toEqual({ unknown: 1, rejected: ['dest', 'channel', 'category', 'date'], repeated: [] });
	});

	test('hostile values never reach the request: script, huge strings, a province for a country without provinces', () => {
		const { request, notices } = parse(`category=<script>alert(1)</script>&value=${'9'.repeat(500)}&region=ON&origin=javascript:alert(1)`);
		expect(request.category).toBe('clothing');
		expect(request.value).toBe('');
		expect(request.region).toBe('');
		expect(request.origin).toBe('CN');
		// The reader is told which settings were dropped, never what they said.
		expect(notices).toEqual({ unknown: 0, rejected: ['origin', 'region', 'category', 'value'], repeated: [] });
		expect(JSON.stringify(notices)).not.toMatch(/script|alert|999/);
	});

	test('__proto__, constructor, toString and hasOwnProperty are unknown parameters, nothing more', () => {
		const { request, notices } = parse('__proto__=x&constructor=x&toString=x&hasOwnProperty=x&category=constructor&value=100');
		expect(request).toMatchObject({ dest: 'CN', category: 'clothing', value: '100' });
		expect(notices).toEqual({ unknown: 4, rejected: ['category'], repeated: [] });
	});

	test('300 made-up parameters carrying a message are one count, and the message is nowhere in the notices', () => {
		const hostile = Array.from({ length: 300 }, (_, i) => `Parcel held! Call +1-800-555-${i}=1`).join('&');
		const { request, notices } = parse(`${hostile}&value=100`);
		expect(request.value).toBe('100');
		expect(notices).toEqual({ unknown: 300, rejected: [], repeated: [] });
		expect(JSON.stringify(notices)).not.toContain('Call');
	});

	test('a parameter given twice: the first value wins and the repeat is reported once', () => {
		const { request, notices } = parse('value=100&value=999&category=toys&category=cosmetics&category=shoes');
		expect(request).toMatchObject({ value: '100', category: 'toys' });
		expect(notices).toEqual({ unknown: 0, rejected: [], repeated: ['value', 'category'] });
	});

	test('the embed’s theme=dark belongs to the page, not the calculation: no notice', () => {
		expect(parse('theme=dark&value=1').notices).toEqual(NONE);
	});

	test('the embed’s link given twice (theme, value): the first values are used and both repeats reported', () => {
		const { request, notices } = parse('theme=dark&theme=light&value=1&value=2');
		expect(request.value).toBe('1');
		expect(notices).toEqual({ ...NONE, repeated: ['theme', 'value'] });
	});

	test('a Canadian province is read for Canada', () => {
		expect(parse('dest=CA&region=on').request.region).toBe('ON');
	});

	test('toQuery writes back a link that reads as the same request', () => {
		const query = 'dest=CA&region=ON&channel=post&category=shoes&value=80&currency=CAD&origin=US&date=2026-01-05&single=1';
		const { request } = parse(query);
		const again = parse(toQuery(request, ctx).toString()).request;
		expect(again).toEqual(request);
		expect(toQuery(defaultRequest(ctx), ctx).toString()).toBe('dest=CN&category=clothing&currency=CNY');
	});
});

describe('where the form starts', () => {
	// The context above has China, the UK, the EU and Canada; the site's own adds the US (the English default).
	const us = loadRules('us.yaml').parsed.data!;
	const site = requestContext([cn, gb, eu, ca, us], Object.keys(rates), ['CN', 'US']);

	test('a link without dest starts at the page language’s destination, in its currency; a link’s dest always wins', () => {
		expect(parseQuery(new URLSearchParams('value=900'), site, 'US').request).toMatchObject({ dest: 'US', channel: 'courier', currency: 'USD', value: '900' });
		expect(parseQuery(new URLSearchParams('dest=GB&value=900'), site, 'US').request).toMatchObject({ dest: 'GB', currency: 'GBP' });
		// A default that is not a destination falls back to China rather than failing.
		expect(parseQuery(new URLSearchParams(''), site, 'XX').request.dest).toBe('CN');
	});

	test.each([
		[['en-GB', 'en'], 'en', 'GB'],
		[['en-US'], 'en', 'US'],
		[['en-IE'], 'en', 'IE'],
		[['en-CA', 'fr-CA'], 'en', 'CA'],
		[['en-IN', 'hi'], 'en', 'US'],
		[['en'], 'en', 'US'],
		[['de-DE', 'en'], 'en', 'US'],
		[[], 'en', 'US'],
		[['zh-CN'], 'zh-CN', 'CN'],
		[['zh-Hans-CN'], 'zh-CN', 'CN'],
		[['zh-TW', 'zh'], 'zh-CN', 'CN'],
		[['en-GB', 'zh-CN'], 'zh-CN', 'CN'],
		[['zh-SG'], 'zh-CN', 'CN'],
		[['not a language tag', '', 'en-GB'], 'en', 'GB'],
	])('a browser preferring %j on the %s page starts at %s', (languages, lang, dest) => {
		// Singapore is not in this context: zh-SG falls back to China.
		expect(suggestDest(languages, lang, site)).toBe(dest);
	});

	test('what the reader typed before the script started wins over the link; the rest of the link stays', () => {
		const link = new URLSearchParams('dest=CN&category=toys&shipping=20');
		const typed = new URLSearchParams('category=cosmetics&value=300');
		expect(Object.fromEntries(startQuery(link, typed))).toEqual({ dest: 'CN', category: 'cosmetics', shipping: '20', value: '300' });
		// A field the reader cleared is cleared, whatever the link said.
		expect(startQuery(new URLSearchParams('value=300'), new URLSearchParams('value=')).has('value')).toBe(false);
	});

	test('a destination the reader chose drops the link’s channel, province and currency, which were for another one', () => {
		const request = parseQuery(startQuery(new URLSearchParams('dest=CN&channel=postal&currency=CNY&value=300'), new URLSearchParams('dest=GB')), site).request;
		expect(request).toMatchObject({ dest: 'GB', channel: 'parcel', currency: 'GBP', value: '300' });
		// …unless the reader chose them too.
		const typedCurrency = parseQuery(startQuery(new URLSearchParams('dest=CN'), new URLSearchParams('dest=GB&currency=USD')), site).request;
		expect(typedCurrency).toMatchObject({ dest: 'GB', currency: 'USD' });
	});
});

describe('turning the form into engine input', () => {
	test('“1,299.00” CNY to China is 129,900 fen; full-width digits work the same', () => {
		expect(prep('value=1,299.00').input?.items).toEqual([{ category: 'clothing', value: 129900 }]);
		expect(prep('value=１２９９').input?.items[0]?.value).toBe(129900);
	});

	test("USD 100 to the UK with no rate of one's own uses the snapshot: GBP 76.00", () => {
		const { input, conversion } = prep('dest=GB&value=100&currency=USD');
		expect(input?.items[0]?.value).toBe(7600);
		expect(conversion).toEqual({ rate: 0.76, from: 'snapshot' });
	});

	test("the reader's own rate replaces the snapshot: USD 100 at 0.8 is GBP 80.00", () => {
		expect(prep('dest=GB&value=100&currency=USD&rate=0.8').input?.items[0]?.value).toBe(8000);
	});

	test('JPY (no minor unit) to CNY: ¥10,000 at the snapshot is CNY 465.36', () => {
		// 10,000 × 7.12 / 153 = 465.359…
		expect(prep('value=10000&currency=JPY').input?.items[0]?.value).toBe(46536);
	});

	test('bad input gives a message per field and no input: empty, negative, words, absurd, a 0 rate, a 120% duty', () => {
		expect(prep('').errors).toEqual([{ field: 'value', key: 'empty' }]);
		expect(prep('value=-5').errors).toEqual([{ field: 'value', key: 'negative' }]);
		expect(prep('value=abc').errors).toEqual([{ field: 'value', key: 'not-a-number' }]);
		expect(prep('value=1000000000').errors).toEqual([{ field: 'value', key: 'too-large' }]);
		expect(prep('dest=GB&value=10&currency=USD&rate=0').errors).toEqual([{ field: 'rate', key: 'zero' }]);
		expect(prep('value=10&duty=120').errors).toEqual([{ field: 'duty', key: 'over-100' }]);
		expect(prep('value=10&lines=two').errors).toEqual([{ field: 'lines', key: 'not-a-whole-number' }]);
		expect(prep('value=10&shipping=1.234').errors).toEqual([{ field: 'shipping', key: 'too-many-decimals' }]);
		for (const query of ['', 'value=-5', 'value=abc']) expect(prep(query).input).toBeUndefined();
	});

	test('with no date the import date is today; a date in the link is used as given', () => {
		expect(prep('value=1').input?.date).toBe('2026-11-22');
		expect(prep('value=1&date=2024-11-30').input?.date).toBe('2024-11-30');
	});

	test('import dates from 2000-01-01 to five years after today (2026-11-22): outside, a message by the date field', () => {
		expect(prep('value=1&date=1999-12-31')).toEqual({ errors: [{ field: 'date', key: 'out-of-range' }] });
		expect(prep('value=1&date=2000-01-01').input?.date).toBe('2000-01-01');
		expect(prep('value=1&date=2031-11-22').input?.date).toBe('2031-11-22');
		expect(prep('value=1&date=2031-11-23').errors).toEqual([{ field: 'date', key: 'out-of-range' }]);
		// The other values are kept, and the form shows the date as given so the reader can correct it.
		const { request, notices } = parse('value=100&category=toys&date=1999-12-31');
		expect(request).toMatchObject({ value: '100', category: 'toys', date: '1999-12-31' });
		expect(notices).toEqual(NONE);
	});

	test('the link for CNY 300 of cosmetics with CNY 20 shipping gives the 综合税 worked example: CNY 29.12', () => {
		const { input } = prep('dest=CN&channel=cbec&category=cosmetics&value=300&shipping=20');
		const outcome = calculate(input!, cn);
		// (300 + 20) × 13% × 70% = 29.12
		expect(outcome.ok && outcome.result.total).toBe(2912);
	});
});
