import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { rightsFacts, rightsRegion, rightsRegions, rightsText, type RightsRegionData } from '../../src/schemas/rights.ts';
import { periodWords, rightsRows, rightsTextKeys, rightsWords } from '../../src/rights/table.ts';

const files = readdirSync('content/rights').filter((f) => f.endsWith('.yaml'));
const raw = (file: string) => load(readFileSync(`content/rights/${file}`, 'utf8'));
const regions = new Map<string, RightsRegionData>(files.map((f) => [f.replace(/\.yaml$/, ''), rightsRegion.parse(raw(f))]));
const textFile = load(readFileSync('content/rights-text.yaml', 'utf8')) as Record<string, unknown>;
const words = Object.entries(textFile).map(([id, data]) => ({ id, data: rightsText.parse(data) }));
const bodyIds = new Set(readdirSync('content/complaint-bodies').map((f) => f.replace(/\.yaml$/, '')));

/** Every source a region cites, fact by fact. */
const sourcesOf = (r: RightsRegionData) => rightsFacts.flatMap((name) => [r[name].source, ...(r[name].also ?? [])]);

describe('content/rights', () => {
	test.each(files)('%s is valid', (file) => {
		const result = rightsRegion.safeParse(raw(file));
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});

	test('there is one file per region, with the ids content/complaint-bodies uses (uk, not gb)', () => {
		expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...rightsRegions].sort());
	});

	test.each([...rightsRegions])('%s: every fact names its source, and the region cites at least three different pages', (id) => {
		const region = regions.get(id)!;
		for (const name of rightsFacts) {
			expect(region[name].source.url, `${id}.${name}`).toMatch(/^https:\/\//);
			expect(region[name].source.title.trim(), `${id}.${name}`).not.toBe('');
		}
		expect(new Set(sourcesOf(region).map((s) => s.url)).size, id).toBeGreaterThanOrEqual(3);
	});

	test('every complaint body a region names is in the directory', () => {
		for (const [id, region] of regions) for (const body of region.bodies) expect(bodyIds.has(body), `${id}: ${body}`).toBe(true);
	});

	test('the withdrawal periods readers compare: 14 days in the EU and the UK, 8 in Japan, 7 in Korea and mainland China, none by law elsewhere', () => {
		const days = Object.fromEntries([...regions].map(([id, r]) => [id, r.withdrawal.days]));
		expect(days).toEqual({ eu: 14, uk: 14, us: null, ca: null, au: null, nz: null, jp: 8, kr: 7, sg: null, hk: null, cn: 7 });
	});

	// Singapore was 6 months until the review of 2026-12-07: the lemon law's 6 months are a presumption
	// (after them you can still claim, but must prove the defect), not the length of the guarantee.
	test('the EU guarantee is 2 years; Singapore (a 6-month presumption), the UK, Australia and New Zealand set no fixed period', () => {
		expect(regions.get('eu')!.guarantee.months).toBe(24);
		for (const id of ['sg', 'uk', 'au', 'nz']) expect(regions.get(id)!.guarantee.months, id).toBeNull();
		expect(regions.get('sg')!.guarantee.short!.en).toMatch(/6 months is presumed/);
	});

	test('the UK states Section 75’s limits, the US the Fair Credit Billing Act’s 60 days, China 退一赔三 with its ¥500 floor', () => {
		expect(regions.get('uk')!.paymentDispute.text.en).toMatch(/more than £100 and no more than £30,000/);
		expect(regions.get('us')!.paymentDispute.text.en).toMatch(/within 60 days/);
		expect(regions.get('cn')!.sellerInChina.text['zh-CN']).toMatch(/三倍，不足五百元的按五百元计/);
	});

	test('Chinese texts are for mainland readers: 你 not 您, full-width punctuation, 中国大陆 not 内地', () => {
		for (const [id, region] of regions) {
			const texts = [region.name, ...rightsFacts.map((name) => region[name].text), region.paymentDispute.short, region.guarantee.short, region.withdrawal.note];
			for (const text of texts) {
				if (!text) continue;
				expect(text['zh-CN'], id).not.toMatch(/您|内地/);
				expect(text['zh-CN'], id).not.toMatch(/[\u4e00-\u9fff][,;:!?()]|[,;:!?()][\u4e00-\u9fff]/);
			}
		}
	});
});

describe('the rights table', () => {
	test('content/rights-text.yaml has every word the table and the facts use, and no other', () => {
		expect(words.map((w) => w.id).sort()).toEqual([...rightsTextKeys].sort());
	});

	test.each([
		['en', { eu: '14 days from delivery', uk: '14 days from delivery', jp: '8 days from delivery', cn: '7 days from delivery', us: 'No general right' }],
		['zh-CN', { eu: '收货后14天', uk: '收货后14天', jp: '收货后8天', cn: '收货后7天', us: '法律没有规定' }],
	] as const)('in %s, each region’s row gives its withdrawal period in words', (lang, expected) => {
		const rows = rightsRows(regions, rightsWords(words, lang), lang);
		expect(rows.map((r) => r.id)).toEqual([...rightsRegions]);
		for (const [id, text] of Object.entries(expected)) expect(rows.find((r) => r.id === id)!.withdrawal.text, id).toBe(text);
	});

	test('guarantee periods in words: whole years as years, otherwise months', () => {
		const en = rightsRows(regions, rightsWords(words, 'en'), 'en');
		const zh = rightsRows(regions, rightsWords(words, 'zh-CN'), 'zh-CN');
		expect(en.find((r) => r.id === 'eu')!.guarantee.text).toBe('2 years');
		expect(zh.find((r) => r.id === 'eu')!.guarantee.text).toBe('2年');
		expect(periodWords(6, rightsWords(words, 'en'))).toBe('6 months');
		expect(periodWords(6, rightsWords(words, 'zh-CN'))).toBe('6个月');
		expect(en.find((r) => r.id === 'sg')!.guarantee.text).toMatch(/^Lemon law: no fixed period/);
	});

	test('who pays return postage, in words', () => {
		const en = rightsRows(regions, rightsWords(words, 'en'), 'en');
		expect(en.find((r) => r.id === 'eu')!.postage.text).toBe('You, the buyer');
		expect(en.find((r) => r.id === 'us')!.postage.text).toBe("Seller's own policy");
	});

	test('a region without its file stops the build, naming the file', () => {
		const partial = new Map([...regions].filter(([id]) => id !== 'hk'));
		expect(() => rightsRows(partial, rightsWords(words, 'en'), 'en')).toThrow('content/rights/hk.yaml is missing');
	});
});

describe('the rights schema', () => {
	const eu = raw('eu.yaml') as Record<string, Record<string, unknown>>;
	const errorOf = (data: unknown) => {
		const result = rightsRegion.safeParse(data);
		return result.success ? '' : z.prettifyError(result.error);
	};

	test('a misspelt key fails instead of vanishing', () => {
		expect(errorOf({ ...eu, withdrawal: { ...eu.withdrawal, sourse: eu.withdrawal!.source } })).toMatch(/sourse/);
	});

	test('a fact without a source fails', () => {
		const { source: _, ...withdrawal } = eu.withdrawal!;
		expect(errorOf({ ...eu, withdrawal })).toMatch(/source/);
	});

	test('a period without its start, or a start without a period, fails', () => {
		expect(errorOf({ ...eu, withdrawal: { ...eu.withdrawal, from: null } })).toMatch(/from/);
		expect(errorOf({ ...eu, withdrawal: { ...eu.withdrawal, days: null } })).toMatch(/from/);
	});

	test('a guarantee with no period needs words for the table', () => {
		expect(errorOf({ ...eu, guarantee: { ...eu.guarantee, months: null } })).toMatch(/short/);
	});

	test('an http source fails', () => {
		expect(errorOf({ ...eu, smallClaims: { ...eu.smallClaims, source: { title: 'x', url: 'http://example.org/' } } })).toMatch(/https/);
	});
});
