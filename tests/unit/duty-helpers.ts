import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { calculate } from '../../src/duty/engine.ts';
import type { DutyInput, DutyResult } from '../../src/duty/types.ts';
import { dutyDestination, type DutyDestination } from '../../src/schemas/duty.ts';

/** A rules file as YAML data, and as the schema reads it. */
export function loadRules(file: string) {
	const raw = load(readFileSync(`content/duty/${file}`, 'utf8'));
	return { raw, parsed: dutyDestination.safeParse(raw) };
}

/** What the schema finds wrong with a rules file, as the schema prints it ('' when it is valid). */
export const rulesProblems = (rules: ReturnType<typeof loadRules>) => (rules.parsed.error ? z.prettifyError(rules.parsed.error) : '');

/** Minor units from major ones (CNY 74.62 → 7462) and back. */
export const minor = (major: number) => Math.round(major * 100);
export const major = (minorUnits: number) => minorUnits / 100;

/** calculate() with defaults, throwing on an error so tests read as worked examples. */
export function runner(destination: DutyDestination, defaults: Partial<DutyInput>) {
	return (input: Partial<DutyInput> & { items: DutyInput['items'] }): DutyResult => {
		const outcome = calculate({ channel: '', date: '2026-11-22', ...defaults, ...input } as DutyInput, destination);
		if (!outcome.ok) throw new Error(`calculation failed: ${JSON.stringify(outcome.error)}`);
		return outcome.result;
	};
}

/** A result's tax steps as [key, base, rate, amount], amounts in major units: what a worked example lists. */
export const steps = (r: DutyResult) => r.lines.map((l) => [l.key, major(l.base), l.rate, major(l.amount)]);

/** A result's warnings, by key. */
export const keys = (r: DutyResult) => r.warnings.map((w) => w.key);
