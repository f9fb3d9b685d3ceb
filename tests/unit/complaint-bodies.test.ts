import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { answerValues } from '../../src/help/answers.ts';
import { covers, euCountries, places } from '../../src/complaints/routing.ts';
import { groupPlaces } from '../../src/complaints/place-groups.ts';
import { placeName } from '../../src/schemas/places.ts';
import { complaintBody, regions, type ComplaintBody } from '../../src/schemas/complaint-body.ts';

const files = readdirSync('content/complaint-bodies').filter((f) => f.endsWith('.yaml'));
const raw = (file: string) => load(readFileSync(`content/complaint-bodies/${file}`, 'utf8'));
const bodies: (ComplaintBody & { id: string })[] = files.map((f) => ({ id: f.replace(/\.yaml$/, ''), ...complaintBody.parse(raw(f)) }));

/** The site a host belongs to: the last two labels, or three under a second-level suffix (gov.cn, org.uk, gov.au…). */
const site = (url: string) => {
	const labels = new URL(url).hostname.split('.');
	const secondLevel = ['gov', 'org', 'com', 'co', 'go', 'govt', 'police', 'gob', 'gouv', 'ac', 'net', 'or'];
	return labels.slice(secondLevel.includes(labels.at(-2)!) ? -3 : -2).join('.');
};
/**
 * Bodies whose facts are checked on the site of the body that runs them, or of a member of the
 * network the entry describes (named here so a third party's page cannot slip in as a source).
 */
const OPERATORS: Record<string, string> = {
	'cn-cca': 'cca.cn', // the CCA's English site
	'nz-consumer-protection': 'mbie.govt.nz', // Consumer Protection is part of MBIE
	'de-verbraucherzentrale': 'vzbv.de', // the federation of the 16 Verbraucherzentralen
	'tw-consumer-protection': 'dlacp.gov.taipei', // Taipei's consumer service centre, one of the 1950 network
	'au-fair-trading': 'wa.gov.au', // Consumer Protection WA, one of the agencies
	'hk-adcc-18222': 'cyberdefender.hk', // the Hong Kong Police's CyberDefender site, home of Scameter
	'sg-scamshield-1799': 'ask.gov.sg', // the Singapore Government's answers site, ScamShield's own entries
	'tw-165': 'moi.gov.tw', // the Ministry of the Interior, which the National Police Agency is part of
};

describe('content/complaint-bodies', () => {
	test.each(files)('%s is valid', (file) => {
		const result = complaintBody.safeParse(raw(file));
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});

	test('the directory lists at least 30 bodies, in every place a reader can choose (the EU-wide ones in each EU country, Iceland and Norway)', () => {
		expect(bodies.length).toBeGreaterThanOrEqual(30);
		for (const place of places) expect(bodies.some((b) => b.region === place || (!b.helps.includes('any') && covers(b.helps, place))), place).toBe(true);
	});

	test('each body’s source is a page on its own site (or on the site of the body that runs it), never a third party’s', () => {
		for (const body of bodies) {
			if (!body.source) continue;
			expect([site(body.url), OPERATORS[body.id]], `${body.id}: ${body.source.url}`).toContain(site(body.source.url));
		}
	});

	test('no body sends readers to the EU’s ODR platform, closed since 20 July 2025', () => {
		for (const file of files) expect(readFileSync(`content/complaint-bodies/${file}`, 'utf8'), file).not.toMatch(/ec\.europa\.eu\/consumers\/odr|webgate\.ec\.europa\.eu\/odr/);
	});

	test('Chinese texts are for mainland readers: 你 not 您, full-width punctuation, 中国大陆 not 内地', () => {
		for (const body of bodies) {
			for (const field of ['name', 'handles', 'whoCanUse'] as const) {
				const zh = body[field]['zh-CN'];
				expect(zh, `${body.id} ${field}`).not.toMatch(/您|内地/);
				expect(zh, `${body.id} ${field}`).not.toMatch(/[\u4e00-\u9fff][,;:!?()]|[,;:!?()][\u4e00-\u9fff]/);
			}
		}
	});

});

describe('places', () => {
	test('the get-help answers offer exactly the directory’s places (plus “elsewhere” and “don’t know”)', () => {
		expect(new Set(answerValues.buyer)).toEqual(new Set([...places, 'other']));
		expect(new Set(answerValues.seller)).toEqual(new Set([...places, 'other', 'unknown']));
		expect(regions).toEqual([...places, 'intl']);
	});

	test('every place has its name in both languages in content/places.yaml, and only there; the groups and "elsewhere" have their labels', () => {
		const names = load(readFileSync('content/places.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string; answer?: unknown }>;
		expect(Object.keys(names).sort()).toEqual([...places].sort());
		for (const place of places) expect(placeName.safeParse(names[place]).success, place).toBe(true);
		const help = load(readFileSync('content/help/text.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
		const ui = {
			en: JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>,
			zh: JSON.parse(readFileSync('content/i18n/zh-CN.json', 'utf8')) as Record<string, string>,
		};
		// Not written twice: no place name in the get-help words or the UI strings.
		expect(Object.keys(help).filter((key) => key.startsWith('place.'))).toEqual(['place.other', 'place.unknown']);
		expect(Object.keys(ui.en).filter((key) => key.startsWith('region.'))).toEqual(['region.intl']);
		for (const group of ['china', 'eu', 'world']) {
			expect(ui.en[`places.group.${group}`], group).toBeTruthy();
			expect(ui.zh[`places.group.${group}`], group).toBeTruthy();
		}
		expect(ui.zh['region.intl']).toBeTruthy();
	});

	test('the EU countries, Iceland and Norway are named as the Unicode CLDR names them, in both languages', () => {
		const names = load(readFileSync('content/places.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
		const cldr = { en: new Intl.DisplayNames(['en'], { type: 'region' }), zh: new Intl.DisplayNames(['zh-CN'], { type: 'region' }) };
		expect(euCountries).toHaveLength(29);
		for (const code of euCountries) {
			expect(names[code]?.en, code).toBe(cldr.en.of(code.toUpperCase()));
			expect(names[code]?.['zh-CN'], code).toBe(cldr.zh.of(code.toUpperCase()));
		}
		expect([names.pl?.en, names.pl?.['zh-CN'], names.se?.en, names.ie?.['zh-CN'], names.cz?.en]).toEqual(['Poland', '波兰', 'Sweden', '爱尔兰', 'Czechia']);
	});

	test('the question groups places: China first in its own order, the EU countries by name in each language with "another EU or EEA country" last, then the rest', () => {
		const names = load(readFileSync('content/places.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string; answer?: { en: string; 'zh-CN': string } }>;
		const grouped = (lang: 'en' | 'zh-CN') => groupPlaces(places, (p) => (names[p]!.answer ?? names[p]!)[lang], lang);
		const en = grouped('en');
		expect(en.map((g) => g.group)).toEqual(['china', 'eu', 'world']);
		expect(en[0]!.places).toEqual(['cn', 'hk', 'mo', 'tw']);
		expect(en[1]!.places.slice(0, 4)).toEqual(['at', 'be', 'bg', 'hr']);
		expect(en[1]!.places.at(-1)).toBe('eu');
		expect(en[1]!.places).toHaveLength(30);
		expect(en[2]!.places).toEqual(['au', 'ca', 'jp', 'nz', 'sg', 'kr', 'uk', 'us']);
		// Chinese by pinyin: 爱尔兰 (ài), 爱沙尼亚, 奥地利 (ào), 保加利亚 (bǎo)…
		const zh = grouped('zh-CN');
		expect(zh[1]!.places.slice(0, 4)).toEqual(['ie', 'ee', 'at', 'bg']);
		expect(zh[2]!.places).toEqual(['au', 'kr', 'ca', 'us', 'jp', 'sg', 'nz', 'uk']);
		expect(zh.flatMap((g) => g.places).sort()).toEqual([...places].sort());
	});
});
