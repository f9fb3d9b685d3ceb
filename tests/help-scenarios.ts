/** The get-help scenarios (tests/help-scenarios.yaml), read for the unit and browser tests. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Answers } from '../src/help/answers.ts';

export interface Scenario {
	id: string;
	/** The page language the browser test opens it in. */
	lang: 'en' | 'zh-cn';
	answers: Answers;
	/** The first three steps an expert expects (fewer when the plan has fewer). */
	steps: string[];
	/** The first complaint body, or "none". */
	body: string;
	/** Opened as a link by tests/browser/get-help-scenarios.test.ts. */
	browser?: boolean;
	/** Why the expectation was corrected after the builder disagreed and turned out right. */
	note?: string;
	/** What the builder gets wrong: the tests expect this scenario to fail until it is fixed. */
	known?: string;
}

export const scenarios: Scenario[] = (load(readFileSync(new URL('./help-scenarios.yaml', import.meta.url), 'utf8')) as { scenarios: Scenario[] }).scenarios;
