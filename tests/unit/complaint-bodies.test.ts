import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { answerValues } from '../../src/help/answers.ts';
import { places } from '../../src/complaints/routing.ts';
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
};

describe('content/complaint-bodies', () => {
	test.each(files)('%s is valid', (file) => {
		const result = complaintBody.safeParse(raw(file));
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});

	test('the directory lists at least 30 bodies, in every place a reader can choose', () => {
		expect(bodies.length).toBeGreaterThanOrEqual(30);
		for (const place of places) expect(bodies.some((b) => b.region === place || b.helps.includes(place)), place).toBe(true);
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

	test('every place has its words: a label in the UI strings and in the get-help text, in both languages', () => {
		const help = load(readFileSync('content/help/text.yaml', 'utf8')) as Record<string, { en: string; 'zh-CN': string }>;
		const ui = {
			en: JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>,
			zh: JSON.parse(readFileSync('content/i18n/zh-CN.json', 'utf8')) as Record<string, string>,
		};
		for (const place of [...answerValues.buyer, ...answerValues.seller]) {
			expect(help[`place.${place}`]?.en, place).toBeTruthy();
			expect(help[`place.${place}`]?.['zh-CN'], place).toBeTruthy();
		}
		for (const place of places) {
			expect(ui.en[`region.${place}`], place).toBeTruthy();
			expect(ui.zh[`region.${place}`], place).toBeTruthy();
		}
	});
});
