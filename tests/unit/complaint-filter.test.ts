import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { filterToSearch, matchesFilter, readFilter, type BodyFilter } from '../../src/components/complaint-filter.ts';
import { places } from '../../src/complaints/routing.ts';
import { complaintBody } from '../../src/schemas/complaint-body.ts';

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

// The real directory, as the page's rows carry it (data-region, data-helps, data-reaches…).
const rows = readdirSync('content/complaint-bodies').map((f) => {
	const body = complaintBody.parse(load(readFileSync(`content/complaint-bodies/${f}`, 'utf8')));
	return { id: f.replace(/\.yaml$/, ''), region: body.region, kind: body.kind, text: body.name.en, helps: body.helps, reaches: body.reaches, crossBorderOnly: body.crossBorderOnly };
});
const shown = (filter: Partial<BodyFilter>) =>
	rows
		.filter((row) => matchesFilter(row, { region: '', kind: '', query: '', ...filter }))
		.map((row) => row.id)
		.sort();

describe('“where you live” and “where the seller is”: real cases', () => {
	test('a buyer in Germany and a seller in China: German advice, China’s bodies, financial complaints, econsumer.gov — not ECC-Net or the EU’s ADR bodies', () => {
		const found = shown({ buyer: 'de', seller: 'cn' });
		expect(found).toEqual(['cn-12315', 'cn-cca', 'de-verbraucherzentrale', 'eu-fin-net', 'intl-econsumer']);
		expect(found).not.toContain('eu-ecc-net');
	});

	test('a buyer in Germany and a seller in France: ECC-Net and the ADR bodies are there', () => {
		expect(shown({ buyer: 'de', seller: 'fr' })).toEqual(expect.arrayContaining(['eu-ecc-net', 'eu-adr-bodies', 'fr-signalconso', 'de-verbraucherzentrale']));
	});

	test('a UK buyer and a UK seller: no body only for traders abroad (UKICC, econsumer.gov)', () => {
		const found = shown({ buyer: 'uk', seller: 'uk' });
		expect(found).toEqual(['uk-citizens-advice', 'uk-financial-ombudsman', 'uk-report-fraud']);
	});

	test('a UK buyer and a seller in China: UKICC, Citizens Advice and China’s bodies among them', () => {
		expect(shown({ buyer: 'uk', seller: 'cn' })).toEqual(expect.arrayContaining(['uk-ukicc', 'uk-citizens-advice', 'cn-12315', 'cn-cca', 'intl-econsumer']));
	});

	test('only the seller chosen: bodies that reach sellers there; only the buyer: bodies that help buyers there', () => {
		expect(shown({ seller: 'mo' })).toContain('mo-consumer-council');
		expect(shown({ seller: 'mo' })).not.toContain('tw-consumer-protection');
		expect(shown({ buyer: 'us' })).toEqual(expect.arrayContaining(['us-cfpb', 'us-ftc-reportfraud', 'us-ic3', 'cn-12315']));
		expect(shown({ buyer: 'us' })).not.toContain('uk-citizens-advice');
	});

	test('every pair of places leaves at least one body, but a buyer in Japan with a Japanese seller (whose local consumer centres, hotline 188, are not listed yet)', () => {
		const empty = places.flatMap((buyer) => places.filter((seller) => shown({ buyer, seller }).length === 0).map((seller) => `${buyer} → ${seller}`));
		expect(empty).toEqual(['jp → jp']);
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

	test('a shared link with where the buyer and seller are; a place the site does not know is dropped and named', () => {
		const withPlaces = { ...allowed, places };
		expect(readFilter('?buyer=de&seller=cn', withPlaces)).toEqual({ filter: { region: '', kind: '', query: '', buyer: 'de', seller: 'cn' }, notices: NONE });
		expect(readFilter('?buyer=atlantis&seller=__proto__', withPlaces)).toEqual({ filter: { region: '', kind: '', query: '' }, notices: { ...NONE, rejected: ['buyer', 'seller'] } });
		expect(filterToSearch({ region: '', kind: '', query: '', buyer: 'de', seller: 'cn' })).toBe('?buyer=de&seller=cn');
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
