import { expect, test } from 'vitest';
import { dutyDestination } from '../../src/schemas/duty.ts';
import { loadRules } from './duty-helpers.ts';

// The rules files are strict: what a typo, a foreign currency or a gap between versions would
// silently change fails instead, and the message names the field (the build prints the file).
const issues = (data: unknown) => dutyDestination.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
type Json = Record<string, unknown>;
const rawOf = (file: string) => structuredClone(loadRules(file).raw) as Json;
/** The path (as the schema reports it) of the first object that has `key`. */
function find(value: unknown, key: string, path: (string | number)[] = []): (string | number)[] | undefined {
	if (!value || typeof value !== 'object') return undefined;
	if (!Array.isArray(value) && key in value) return path;
	for (const [k, v] of Object.entries(value)) {
		const found = find(v, key, [...path, Array.isArray(value) ? Number(k) : k]);
		if (found) return found;
	}
	return undefined;
}
const at = (value: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Json)[k as string], value) as Json;

test('a misspelt key fails instead of dropping its rule: China’s CNY 10,000 watch rule written `highVlaue` names the key and where it is', () => {
	const cn = rawOf('cn.yaml');
	const path = find(cn, 'highValue')!;
	const holder = at(cn, path);
	holder['highVlaue'] = holder['highValue'];
	delete holder['highValue'];
	expect(issues(cn)).toEqual([`${path.join('.')}: Unrecognized key: "highVlaue"`]);
});

test('an unknown key fails at every level: the file, a figure, a source, a region, a changes-ahead entry, a note', () => {
	const eu = rawOf('eu.yaml');
	eu['reviwed'] = '2026-12-07';
	(at(eu, ['sources', 0]) as Json)['link'] = 'https://example.org/';
	(at(eu, ['regions', 0]) as Json)['currencey'] = 'EUR';
	(at(eu, ['changesAhead', 0]) as Json)['sorce'] = 'EU1';
	const lowValue = at(eu, ['channels', 0, 'rules', 0, 'lowValue']);
	lowValue['sorce'] = lowValue['source'];
	(lowValue['note'] as Json)['zh-cn'] = '重复';
	expect(issues(eu).sort()).toEqual(
		[
			': Unrecognized key: "reviwed"',
			'sources.0: Unrecognized key: "link"',
			'regions.0: Unrecognized key: "currencey"',
			'changesAhead.0: Unrecognized key: "sorce"',
			'channels.0.rules.0.lowValue: Unrecognized key: "sorce"',
			'channels.0.rules.0.lowValue.note: Unrecognized key: "zh-cn"',
		].sort(),
	);
});

test('a limit in another currency than the destination’s fails, naming the field — unless the field is set in that currency (Korea’s USD limits)', () => {
	const gb = rawOf('gb.yaml');
	const rules = at(gb, ['channels', 0, 'rules', 0]);
	(rules['threshold'] as Json)['currency'] = 'EUR';
	expect(issues(gb)).toEqual(["channels.0.rules.0.threshold.currency: is EUR, but this field is in the destination's currency (GBP): give the amount in GBP"]);
	// Saying the currency it is in already is fine.
	(rules['threshold'] as Json)['currency'] = 'GBP';
	expect(issues(gb)).toEqual([]);

	const kr = rawOf('kr.yaml');
	const thresholdPath = find(kr, 'thresholdUSD')!;
	const limit = at(kr, [...thresholdPath, 'thresholdUSD']);
	limit['currency'] = 'USD';
	expect(issues(kr)).toEqual([]);
	limit['currency'] = 'KRW';
	expect(issues(kr)).toEqual([`${[...thresholdPath, 'thresholdUSD', 'currency'].join('.')}: must be in USD: this field is set in that currency`]);
});

test('rule versions follow each other day by day: a gap, an overlap or a missing end is named at the version’s `until`', () => {
	const us = rawOf('us.yaml');
	const versions = at(us, ['channels', 0]) as { rules: Json[] };
	const [first, second] = versions.rules as [Json, Json];
	const until = first['until'];
	const next = second['from'];
	expect([until, next]).toEqual([expect.anything(), expect.anything()]);
	const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

	first['until'] = '2025-09-25'; // the next version begins later
	expect(issues(us)).toEqual([`channels.0.rules.0.until: leaves a gap: the next version begins ${day(next)}, so this one must end on ${day(until)} (no day without rules)`]);
	first['until'] = day(next);
	expect(issues(us)).toEqual([`channels.0.rules.0.until: must end before the next version begins (versions are oldest first, without overlap): end it on ${day(until)}`]);
	delete first['until'];
	expect(issues(us)).toEqual([`channels.0.rules.0.until: is missing: this version must end on ${day(until)}, the day before the next version begins (${day(next)})`]);
});

test('a rate that varies inside its kind of goods must say how, in a note', () => {
	const gb = rawOf('gb.yaml');
	const threshold = at(gb, ['channels', 0, 'rules', 0, 'threshold']);
	threshold['varies'] = true;
	delete threshold['note'];
	expect(issues(gb)).toEqual(['channels.0.rules.0.threshold.note: a rate that varies inside the kind of goods needs a note saying how']);
});
