/** The get-help steps as the page builds them (src/components/GetHelp.astro): each read with its platform's rules (src/help/platform-steps.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { resolveStep } from '../src/help/platform-steps.ts';
import type { StepRule } from '../src/help/plan.ts';
import { helpStep } from '../src/schemas/help.ts';
import { platform, type Platform } from '../src/schemas/platform.ts';

const yaml = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), load(readFileSync(`${dir}/${f}`, 'utf8'))] as const);

export const platforms: Record<string, Platform> = Object.fromEntries(yaml('content/platforms').map(([id, data]) => [id, platform.parse(data)]));
export const resolvedSteps = yaml('content/help/steps').map(([id, data]) => ({ id, ...resolveStep(id, helpStep.parse(data), platforms) }));
export const steps: StepRule[] = resolvedSteps;
