/**
 * The get-help scenarios (tests/help-scenarios.yaml): for each reader's answers, the plan the builder
 * makes on the real content must begin with the steps an expert expects and name the body an expert
 * would try first. A scenario marked `known` is a builder bug the lead knows about: its test is
 * expected to fail (test.fails), so it starts failing, as a reminder, once the builder is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { answerValues, type Answers } from '../../src/help/answers.ts';
import { buildPlan, type BodyRule } from '../../src/help/plan.ts';
import { complaintBody } from '../../src/schemas/complaint-body.ts';
import { steps } from '../help-steps.ts';
import { scenarios } from '../help-scenarios.ts';

const bodies: BodyRule[] = readdirSync('content/complaint-bodies').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...complaintBody.parse(load(readFileSync(`content/complaint-bodies/${f}`, 'utf8'))) }));
const today = '2026-12-07';

describe('the scenario table', () => {
	test('at least 32 scenarios, with known step and body ids', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(32);
		expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
		const stepIds = steps.map((s) => s.id);
		const bodyIds = bodies.map((b) => b.id);
		for (const s of scenarios) {
			for (const id of s.steps) expect(stepIds, s.id).toContain(id);
			if (s.body !== 'none') expect(bodyIds, s.id).toContain(s.body);
			for (const [question, value] of Object.entries(s.answers)) expect(answerValues[question as keyof typeof answerValues], `${s.id}: ${question}`).toContain(value);
		}
	});
	test('covers every problem, platform and payment, 12 named places of buyers, sellers in China and elsewhere', () => {
		const used = (q: keyof Answers) => new Set(scenarios.flatMap((s) => (s.answers[q] ? [s.answers[q]] : [])));
		for (const q of ['problem', 'platform', 'payment'] as const) expect([...used(q)].sort(), q).toEqual([...answerValues[q]].sort());
		for (const place of ['cn', 'hk', 'de', 'fr', 'uk', 'us', 'ca', 'au', 'jp', 'kr', 'sg', 'eu']) expect(used('buyer')).toContain(place);
		expect(used('seller')).toContain('cn');
		expect([...used('seller')].filter((p) => p && p !== 'cn').length).toBeGreaterThanOrEqual(3);
	});
});

describe('each scenario: the builder begins the plan as an expert would', () => {
	for (const s of scenarios) {
		const run = s.known ? test.fails : test;
		run(`${s.id}${s.known ? ` (known: ${s.known})` : ''}`, () => {
			const plan = buildPlan(s.answers, steps, bodies, today);
			expect(plan.general).toBe(false);
			expect(plan.steps.slice(0, 3).map((step) => step.id)).toEqual(s.steps);
			expect(plan.bodies[0] ?? 'none').toBe(s.body);
		});
	}
});
