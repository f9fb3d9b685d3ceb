import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { NOTICE_KEYS, queryNoticeTexts, readQuery, type QueryNotices } from '../../src/url/query.ts';

/** The words as content/url-notices.yaml gives them, in one language. */
const file = yaml.load(readFileSync('content/url-notices.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
const words = (lang: 'en' | 'zh-CN') => Object.fromEntries(Object.entries(file).map(([key, text]) => [key, text[lang]]));
const en = (notices: Partial<QueryNotices>) => queryNoticeTexts({ unknown: 0, rejected: [], repeated: [], ...notices }, words('en'), 'en');
const zh = (notices: Partial<QueryNotices>) => queryNoticeTexts({ unknown: 0, rejected: [], repeated: [], ...notices }, words('zh-CN'), 'zh-CN');

describe('one rule for every page that reads its address', () => {
	const known = ['dest', 'value'] as const;

	test('the first value of a repeated setting wins, and the setting is counted as repeated', () => {
		const read = readQuery('value=100&value=999&dest=GB&value=5', known);
		expect(read.get('value')).toBe('100');
		expect(read.get('dest')).toBe('GB');
		expect(read.notices).toEqual({ unknown: 0, rejected: [], repeated: ['value'] });
	});

	test('names every object has are unknown settings, not lookups into Object.prototype', () => {
		const read = readQuery('__proto__=x&constructor=x&toString=x&hasOwnProperty=x&valueOf=x&value=1', known);
		expect(read.get('value')).toBe('1');
		expect(read.notices.unknown).toBe(5);
		// A name the page knows is never confused with an inherited one.
		expect(readQuery('constructor=1', ['constructor']).get('constructor')).toBe('1');
		expect(readQuery('', known).get('value')).toBeUndefined();
	});

	test('300 made-up names are one number; a name repeated is one unknown setting, not a repeat to report', () => {
		const hostile = Array.from({ length: 300 }, (_, i) => `Parcel held! Call +1-800-${i}=1`).join('&');
		expect(readQuery(`${hostile}&value=1`, known).notices).toEqual({ unknown: 300, rejected: [], repeated: [] });
		expect(readQuery('utm=1&utm=2', known).notices).toEqual({ unknown: 1, rejected: [], repeated: [] });
	});

	test('the page’s own settings (the embed’s theme) are neither unknown nor part of the calculation', () => {
		const read = readQuery('theme=dark&value=1', known, ['theme']);
		expect(read.notices.unknown).toBe(0);
		expect(readQuery('theme=dark&theme=light', known, ['theme']).notices.repeated).toEqual(['theme']);
	});

	test('a rejected value is recorded by the known name only, once', () => {
		const read = readQuery('dest=<script>', known);
		read.reject('dest');
		read.reject('dest');
		expect(read.notices.rejected).toEqual(['dest']);
	});
});

describe('telling the reader, without quoting the address', () => {
	test('unknown settings are counted, in both languages, singular and plural', () => {
		expect(en({ unknown: 1 })).toEqual(['1 unknown setting in the link was ignored.']);
		expect(en({ unknown: 300 })).toEqual(['300 unknown settings in the link were ignored.']);
		expect(zh({ unknown: 300 })).toEqual(['链接中有 300 个无法识别的设置，已忽略。']);
	});

	test('rejected values name the known settings, at most two and a count beyond three', () => {
		expect(en({ rejected: ['dest'] })).toEqual(['The setting dest in the link was not understood and was ignored.']);
		expect(en({ rejected: ['dest', 'channel', 'date'] })).toEqual(['The settings dest, channel, and date in the link were not understood and were ignored.']);
		expect(en({ rejected: ['dest', 'channel', 'date', 'origin', 'region'] })).toEqual([
			'The settings dest, channel, and 3 more in the link were not understood and were ignored.',
		]);
		expect(zh({ rejected: ['dest', 'channel', 'date', 'origin', 'region'] })).toEqual(['链接中以下设置的值无法识别，已忽略：dest、channel和另外 3 项。']);
	});

	test('repeated settings are counted once', () => {
		expect(en({ repeated: ['value'] })).toEqual(['1 setting appeared more than once in the link; its first value was used.']);
		expect(en({ repeated: ['value', 'dest'] })).toEqual(['2 settings appeared more than once in the link; the first value of each was used.']);
		expect(zh({ repeated: ['value'] })).toEqual(['链接中有 1 个设置重复出现，已采用第一次出现的值。']);
	});

	test('at most three notices, whatever the address: rejected, repeated, unknown; none when all is well', () => {
		expect(en({})).toEqual([]);
		expect(en({ unknown: 2, rejected: ['dest'], repeated: ['value'] })).toHaveLength(3);
	});

	test('every notice word is in content/url-notices.yaml in both languages, with the placeholders it needs', () => {
		for (const key of NOTICE_KEYS) {
			expect(file[key], key).toBeDefined();
			for (const lang of ['en', 'zh-CN'] as const) {
				const text = file[key]![lang];
				if (key.startsWith('rejected')) expect(text, `${key} ${lang}`).toContain('{names}');
				else if (key !== 'unknown.one' && key !== 'repeated.one') expect(text, `${key} ${lang}`).toContain('{n}');
			}
		}
	});
});
