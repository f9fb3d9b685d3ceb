import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { letterParams, letterVersions } from '../../src/help/letters.ts';
import { format } from '../../src/text/format.ts';

// The real letters and words (content/help/).
const letters = Object.fromEntries(
	readdirSync('content/help/letters').map((f) => [f.replace(/\.yaml$/, ''), load(readFileSync(`content/help/letters/${f}`, 'utf8')) as { to: string; body: { en: string; 'zh-CN': string } }]),
);
const text = load(readFileSync('content/help/text.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
const word = (lang: 'en' | 'zh-CN') => (key: string) => text[key]?.[lang] ?? key;

describe('which versions of a letter the plan offers', () => {
	test('an English reader writing to a seller in China gets the letter and a Chinese copy', () => {
		expect(letterVersions('seller', { seller: 'cn', buyer: 'uk' }, 'en')).toEqual([{ lang: 'en' }, { lang: 'zh-CN', copy: 'chinese' }]);
	});
	test('a Chinese platform counts as a Chinese seller even when the seller is unknown', () => {
		expect(letterVersions('seller', { seller: 'unknown', platform: 'taobao-tmall', buyer: 'us' }, 'en').map((v) => v.lang)).toEqual(['en', 'zh-CN']);
	});
	test('an English reader writing to a seller in the UK, or to a bank, gets one English letter', () => {
		expect(letterVersions('seller', { seller: 'uk', platform: 'aliexpress', buyer: 'uk' }, 'en')).toEqual([{ lang: 'en' }]);
		expect(letterVersions('bank', { seller: 'cn', buyer: 'uk' }, 'en')).toEqual([{ lang: 'en' }]);
	});
	test('a Chinese reader writing to a seller in the US gets an English copy; to a seller in China, none', () => {
		expect(letterVersions('seller', { seller: 'us', buyer: 'cn', platform: 'other' }, 'zh-CN')).toEqual([{ lang: 'zh-CN' }, { lang: 'en', copy: 'english' }]);
		expect(letterVersions('seller', { seller: 'cn', buyer: 'cn' }, 'zh-CN')).toEqual([{ lang: 'zh-CN' }]);
	});
	test("a Chinese reader living abroad writing to a bank gets an English copy; living in China, none", () => {
		expect(letterVersions('bank', { buyer: 'au', seller: 'cn' }, 'zh-CN').map((v) => v.lang)).toEqual(['zh-CN', 'en']);
		expect(letterVersions('bank', { buyer: 'cn', seller: 'us' }, 'zh-CN').map((v) => v.lang)).toEqual(['zh-CN']);
	});
});

describe('the words filled into a letter', () => {
	const answers = { problem: 'not-delivered', platform: 'aliexpress', payment: 'paypal', paid: '2026-11-01', expected: '2026-11-15' } as const;
	test('English: the answers in English words and dates written out', () => {
		const params = letterParams(answers, 'en', word('en'), '2026-12-07');
		expect(params).toMatchObject({ problem: 'the order has not arrived', paid: '1 November 2026'.replace(/^1 November 2026$/, params.paid!), today: params.today });
		expect(params.paid).toMatch(/November 1, 2026|1 November 2026/);
		expect(params.today).toMatch(/December 7, 2026|7 December 2026/);
	});
	test('Chinese: the same answers in Chinese words and dates', () => {
		const params = letterParams(answers, 'zh-CN', word('zh-CN'), '2026-12-07');
		expect(params.problem).toBe('订单商品至今未收到');
		expect(params.paid).toBe('2026年11月1日');
		expect(params.expected).toBe('2026年11月15日');
	});
	test('what the reader did not say is left as […] for them to fill in', () => {
		const params = letterParams({}, 'en', word('en'), '2026-12-07');
		expect([params.problem, params.platform, params.payment, params.paid, params.expected]).toEqual(['[…]', '[…]', '[…]', '[…]', '[…]']);
	});
	test.each(Object.keys(letters))('letter %s: every placeholder is filled in both languages', (id) => {
		for (const lang of ['en', 'zh-CN'] as const) {
			const filled = format(letters[id]!.body[lang], letterParams(answers, lang, word(lang), '2026-12-07'));
			expect(filled).not.toMatch(/\{\w+\}/);
		}
	});
});
