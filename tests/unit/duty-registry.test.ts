import { expect, test } from 'vitest';
import { z } from 'astro/zod';
import { calculate } from '../../src/duty/engine.ts';
import { glanceRows } from '../../src/duty/glance.ts';
import { regimes } from '../../src/duty/regimes/index.ts';
import { rulesHtml } from '../../src/duty/rules-table.ts';
import { dutySchemas, type AnyDestination } from '../../src/schemas/duty.ts';
import { toyFlat } from './fixtures/toy-regime.ts';

// A registry with one more regime, from a test fixture: no other module is changed for it.
const registry = [...regimes, toyFlat];
const { dutyDestination } = dutySchemas(registry);

const toyland = {
	destination: 'TL',
	name: { en: 'Toyland', 'zh-CN': '玩具国' },
	currency: 'EUR',
	minorUnits: 2,
	reviewed: '2026-11-22',
	sources: [{ id: 'TL1', title: 'Toyland customs', url: 'https://customs.example.org/' }],
	channels: [
		{
			id: 'post',
			kind: 'toy-flat',
			name: { en: 'Post', 'zh-CN': '邮寄' },
			rules: [{ from: new Date('2020-01-01T00:00:00Z'), threshold: { value: 100, source: 'TL1' }, rate: { value: 10, source: 'TL1' } }],
		},
	],
};

const parse = (data: unknown) => {
	const result = dutyDestination.safeParse(data);
	if (!result.success) throw new Error(z.prettifyError(result.error));
	return result.data as unknown as AnyDestination;
};
const tl = parse(toyland);
const issues = (data: unknown) => dutyDestination.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('a toy regime’s rules are validated by its own schema: dates kept as text, figures carry their unit', () => {
	expect(tl.channels[0]!.rules[0]).toEqual({
		from: '2020-01-01',
		threshold: { value: 100, source: 'TL1', estimate: false, unit: 'money' },
		rate: { value: 10, source: 'TL1', estimate: false, unit: 'percent' },
	});
	const over = structuredClone(toyland);
	over.channels[0]!.rules[0]!.rate.value = 120;
	expect(issues(over)).toEqual(['channels.0.rules.0.rate: a percentage cannot exceed 100']);
	// The site's own schema does not know the toy kind.
	expect(dutySchemas().dutyDestination.safeParse(toyland).success).toBe(false);
});

test('a toy regime calculates: EUR 100.00 pays nothing, EUR 100.01 pays 10% of it (EUR 10.00)', () => {
	const run = (value: number) => calculate({ channel: 'post', date: '2026-11-22', items: [{ category: 'toys', value }] }, tl, registry);
	expect(run(10_000)).toMatchObject({ ok: true, result: { regime: 'exempt', total: 0 } });
	expect(run(10_001)).toMatchObject({ ok: true, result: { regime: 'flat-tax', total: 1000, sources: ['TL1'], rules: { from: '2020-01-01', reviewed: '2026-11-22' } } });
	// Without the toy in the registry, the engine names what is missing.
	expect(() => calculate({ channel: 'post', date: '2026-11-22', items: [{ category: 'toys', value: 1 }] }, tl)).toThrow(/No regime "toy-flat"/);
});

test('a toy regime has its line at a glance and its rules table', () => {
	expect(glanceRows(tl, '2026-11-22', (t) => t.en, registry)).toEqual([
		{ destination: 'Toyland', channel: 'Post', key: 'glance.toy-flat', params: { limit: [100, 'EUR'], rate: 10 }, since: '2020-01-01', ownKinds: [] },
	]);
	const html = rulesHtml(tl, { lang: 'en', t: (key) => key, pick: (t) => t.en, registry }).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	expect(html).toContain('field.threshold EUR 100 TL1');
	expect(html).toContain('field.rate 10% TL1');
});

test('a field the regime does not list stops the rules page, naming it', () => {
	const unlisted = { ...toyFlat, fields: ['threshold'] };
	expect(() => rulesHtml(tl, { lang: 'en', t: (key) => key, pick: (t) => t.en, registry: [...regimes, unlisted] })).toThrow(/field "rate" of TL's toy-flat rules/);
});
