import { describe, expect, test } from 'vitest';
import { filterToSearch, matchesFilter, readFilter } from '../../src/components/complaint-filter.ts';

const allowed = { regions: ['cn', 'uk', 'intl'], kinds: ['consumer-complaints', 'fraud-reporting'] };
const twelve315 = { region: 'cn', kind: 'consumer-complaints', text: 'National 12315 Platform 全国12315平台 complaints against businesses in mainland China 投诉' };
const reportFraud = { region: 'uk', kind: 'fraud-reporting', text: 'Report Fraud police England Wales 英格兰 报案' };

describe('filtering the complaint bodies', () => {
	test('no filter shows every body', () => {
		const all = { region: '', kind: '', query: '' };
		expect([twelve315, reportFraud].filter((row) => matchesFilter(row, all))).toHaveLength(2);
	});

	test('region and kind narrow the list', () => {
		expect(matchesFilter(twelve315, { region: 'cn', kind: '', query: '' })).toBe(true);
		expect(matchesFilter(reportFraud, { region: 'cn', kind: '', query: '' })).toBe(false);
		expect(matchesFilter(reportFraud, { region: 'uk', kind: 'consumer-complaints', query: '' })).toBe(false);
	});

	test('search words match in either language, case- and width-insensitively, all words required', () => {
		expect(matchesFilter(twelve315, { region: '', kind: '', query: '投诉' })).toBe(true);
		expect(matchesFilter(twelve315, { region: '', kind: '', query: 'MAINLAND  china' })).toBe(true);
		expect(matchesFilter(twelve315, { region: '', kind: '', query: '１２３１５' })).toBe(true);
		expect(matchesFilter(twelve315, { region: '', kind: '', query: 'china police' })).toBe(false);
	});

	test('full-width letters, zero-width and bidi characters find what the plain word finds', () => {
		for (const query of ['ｐｏｌｉｃｅ', 'po\u200Blice', '\u202Epolice\u2069', 'pol\u2060ice\uFEFF', '\u200Epo\u200Flice\u061C']) {
			expect(matchesFilter(reportFraud, { region: '', kind: '', query }), JSON.stringify(query)).toBe(true);
			expect(matchesFilter(twelve315, { region: '', kind: '', query }), JSON.stringify(query)).toBe(false);
		}
	});
});

describe('the filter in the URL', () => {
	const NONE = { unknown: 0, rejected: [], repeated: [] };

	test('a shared link restores the filter', () => {
		expect(readFilter('?region=uk&kind=fraud-reporting&q=police', allowed)).toEqual({
			filter: { region: 'uk', kind: 'fraud-reporting', query: 'police' },
			notices: NONE,
		});
	});

	test('unknown or hostile values are dropped and named by parameter, and long text is cut to 100 characters', () => {
		expect(readFilter('?region=<script>alert(1)</script>&kind=everything', allowed)).toEqual({
			filter: { region: '', kind: '', query: '' },
			notices: { ...NONE, rejected: ['region', 'kind'] },
		});
		expect(readFilter(`?q=${'a'.repeat(5000)}`, allowed).filter.query).toHaveLength(100);
	});

	test('__proto__ and constructor are neither regions nor kinds nor lookups; unknown names are counted', () => {
		expect(readFilter('?region=__proto__&kind=constructor&hasOwnProperty=1&__proto__=1', allowed)).toEqual({
			filter: { region: '', kind: '', query: '' },
			notices: { unknown: 2, rejected: ['region', 'kind'], repeated: [] },
		});
	});

	test('a setting given twice: the first value wins and the repeat is reported', () => {
		expect(readFilter('?region=uk&region=cn&q=police&q=bank', allowed)).toEqual({
			filter: { region: 'uk', kind: '', query: 'police' },
			notices: { ...NONE, repeated: ['region', 'q'] },
		});
	});

	test('writing the filter keeps other parameters and leaves out empty fields', () => {
		expect(filterToSearch({ region: 'cn', kind: '', query: ' 投诉 ' }, '?lang=x&q=old')).toBe(
			'?lang=x&q=%E6%8A%95%E8%AF%89&region=cn',
		);
		expect(filterToSearch({ region: '', kind: '', query: '' }, '?region=cn')).toBe('');
	});
});

describe('bilingual punctuation', async () => {
	const { labelSeparator, listSeparator, inLanguage } = await import('../../src/schemas/bilingual.ts');
	test('labels and lists are punctuated the way each language writes them', () => {
		expect(['Languages', 'English', 'Welsh'].slice(1).join(listSeparator('en'))).toBe('English, Welsh');
		expect(`服务语言${labelSeparator('zh-CN')}${['中文', '英文'].join(listSeparator('zh-CN'))}`).toBe('服务语言：中文、英文');
		expect(`Languages${labelSeparator('en')}English`).toBe('Languages: English');
		expect(inLanguage({ en: 'Body', 'zh-CN': '机构' }, 'zh-CN')).toBe('机构');
	});
});
