import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { glossaryTerm } from '../../src/schemas/glossary.ts';
import { helpLetter, helpStep } from '../../src/schemas/help.ts';

/** "field: message" lines, the way the build reports them. */
function problems(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const bilingual = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const aSource = { title: '全国12315平台', url: 'https://www.12315.cn/' };

describe('every glossary term has a source', () => {
	const term = { term: bilingual('Chargeback', '拒付'), definition: bilingual('A card payment reversed.', '撤销银行卡付款。'), source: aSource };

	test('a term with a source is accepted', () => {
		expect(problems(glossaryTerm, term)).toEqual([]);
	});
	test('a term without a source is refused, saying what to add', () => {
		const { source: _omitted, ...unsourced } = term;
		expect(problems(glossaryTerm, unsourced)).toEqual([
			"source: every term needs a source: { title, url } of the authority's or platform's own page",
		]);
	});
	test('a source must be https and titled', () => {
		expect(problems(glossaryTerm, { ...term, source: { title: '12315', url: 'http://www.12315.cn/' } })).toEqual([
			'source.url: must be a full https:// URL',
		]);
		expect(problems(glossaryTerm, { ...term, source: { title: ' ', url: 'https://www.12315.cn/' } })).toEqual([
			'source.title: every source needs a title',
		]);
	});
	test.each(readdirSync('content/glossary').filter((f) => f.endsWith('.yaml')))('content/glossary/%s has a source', (file) => {
		expect(problems(glossaryTerm, load(readFileSync(`content/glossary/${file}`, 'utf8')))).toEqual([]);
	});
});

describe('every get-help step and letter has a source', () => {
	const step = {
		order: 10,
		title: bilingual('Write to the seller', '联系卖家'),
		body: bilingual('Write to the seller.', '联系卖家。'),
		guide: '/shoppers/escalation/',
		lastReviewed: '2026-12-07',
		sources: [aSource],
	};
	const letter = { title: bilingual('Message', '消息'), to: 'seller', body: bilingual('Hello', '您好'), sources: [aSource] };

	test('a step and a letter with sources are accepted', () => {
		expect(problems(helpStep, step)).toEqual([]);
		expect(problems(helpLetter, letter)).toEqual([]);
	});
	test('a step without sources, or with an empty list, is refused', () => {
		const { sources: _omitted, ...unsourced } = step;
		expect(problems(helpStep, unsourced)).toEqual(['sources: must be a list of { title, url } entries: every step needs a source']);
		expect(problems(helpStep, { ...step, sources: [] })).toEqual(['sources: must list at least one source (title and https URL)']);
	});
	test('a step whose only source is its deadline\'s still needs its own', () => {
		const { sources: _omitted, ...unsourced } = step;
		const withDeadline = {
			...unsourced,
			deadline: { earliestOf: [{ days: 120, from: 'payment' }], action: bilingual('ask for a chargeback', '申请拒付'), source: aSource },
		};
		expect(problems(helpStep, withDeadline)).toEqual(['sources: must be a list of { title, url } entries: every step needs a source']);
	});
	test('a letter without sources is refused', () => {
		const { sources: _omitted, ...unsourced } = letter;
		expect(problems(helpLetter, unsourced)).toEqual(['sources: must be a list of { title, url } entries: every letter needs a source']);
	});
});
