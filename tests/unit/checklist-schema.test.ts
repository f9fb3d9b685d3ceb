import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { checklist } from '../../src/schemas/checklist.ts';

const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const valid = {
	title: text('Keep evidence', '保留证据'),
	intro: text('Tick each as you save it.', '存好一项，勾一项。'),
	guide: '/shoppers/keep-evidence/',
	keywords: {
		en: ['evidence checklist', 'what proof to keep', 'screenshots to save', 'proof for a chargeback', 'unboxing video'],
		'zh-CN': ['证据清单', '要保存哪些证据', '维权截图', '网购留证', '开箱视频'],
	},
	items: [
		{ id: 'screenshot-listing', text: text('Screenshot the listing', '截图商品页'), link: '/shoppers/keep-evidence/' },
		{ id: 'save-receipt', text: text('Save the receipt', '保存付款凭证'), link: 'https://www.paypal.com/' },
	],
};
const problems = (data: unknown) => {
	const result = checklist.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('checklist files', () => {
	test('a complete checklist is accepted', () => {
		expect(problems(valid)).toEqual([]);
	});

	test('two items with the same id are refused, naming the second', () => {
		const duplicate = { ...valid, items: [valid.items[0], { ...valid.items[1], id: 'screenshot-listing' }] };
		expect(problems(duplicate)).toEqual([
			'items.1.id: "screenshot-listing" is already the id of item 1; every item needs its own id',
		]);
	});

	test('an item without its Chinese text is refused', () => {
		const english = { ...valid, items: [{ id: 'a', text: { en: 'Only English' } }] };
		expect(problems(english)).toEqual(['items.0.text.zh-CN: the Chinese text is missing']);
	});

	test('a checklist without search keywords in both languages is refused', () => {
		const { keywords: _omitted, ...unkeyworded } = valid;
		expect(problems(unkeyworded)).toEqual([
			'keywords: is missing: list at least 5 words or phrases readers type to find this checklist, { en: [...], zh-CN: [...] }',
		]);
		expect(problems({ ...valid, keywords: { en: valid.keywords.en } })).toEqual(['keywords.zh-CN: the Chinese keywords are missing']);
	});

	test('a checklist without items is refused', () => {
		expect(problems({ ...valid, items: [] })).toEqual(['items: needs at least one item']);
	});

	test('links are site paths without the language, or https', () => {
		expect(problems({ ...valid, items: [{ ...valid.items[0], link: '/en/shoppers/keep-evidence/' }] })[0]).toMatch(
			/^items\.0\.link: must be a site path without the language/,
		);
		expect(problems({ ...valid, items: [{ ...valid.items[0], link: 'http://example.org/' }] })).toHaveLength(1);
	});
});

// The real content: every file valid, and every guide's `checklist:` names one that exists.
const ids = readdirSync('content/checklists').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

test('there are checklists to check', () => {
	expect(ids.length).toBeGreaterThan(0);
});

test.each(ids)('content/checklists/%s.yaml is valid, and its guide exists in both languages', (id) => {
	const result = checklist.safeParse(load(readFileSync(`content/checklists/${id}.yaml`, 'utf8')));
	expect(result.error ? z.prettifyError(result.error) : '').toBe('');
	const guide = result.data!.guide.replace(/^\/|\/$/g, '');
	for (const locale of ['en', 'zh-cn']) {
		expect(['md', 'mdx'].some((ext) => existsSync(`content/docs/${locale}/${guide}.${ext}`)), `content/docs/${locale}/${guide}.md(x)`).toBe(true);
	}
});

test('every guide that names a checklist names one that exists', () => {
	const guides = readdirSync('content/docs', { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
	const named = guides.flatMap((f) => {
		const match = readFileSync(`content/docs/${f}`, 'utf8').match(/^checklist:\s*(\S+)\s*$/m);
		return match ? [[f, match[1]!] as const] : [];
	});
	expect(named.length).toBeGreaterThanOrEqual(10);
	expect(named.filter(([, id]) => !ids.includes(id))).toEqual([]);
});
