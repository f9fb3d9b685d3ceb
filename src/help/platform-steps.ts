/**
 * Steps that read their platform's data (content/platforms/<id>.yaml), resolved at build time (the
 * page, src/components/GetHelp.astro) and in the tests: a step's deadline that names platform rules
 * gets their days, the date they count from and the first rule's source, and `{{route}}` in its body
 * is the platform's dispute route. The platform guides and the "By platform" overview read the same
 * files, so a window is typed once. Pure; throws, naming the step, on a rule the plan cannot use.
 */
import type { BilingualText as Bilingual } from '../schemas/bilingual.ts';
import type { Source } from '../schemas/common.ts';
import type { HelpStep } from '../schemas/help.ts';
import type { Platform } from '../schemas/platform.ts';

/** A deadline as the plan builder counts it (src/help/plan.ts StepRule). */
export interface ResolvedDeadline {
	earliestOf: { days?: number | undefined; months?: number | undefined; from: 'payment' | 'delivery' }[];
	varies: boolean;
	problems?: readonly string[] | undefined;
	action: Bilingual;
	source: Source;
}

export type ResolvedStep = Omit<HelpStep, 'deadline'> & { deadline?: ResolvedDeadline | undefined };

/**
 * The plan counts from the two dates a reader gives: payment and delivery. A platform rule counted
 * from the purchase counts from the payment (the same day for an order paid at checkout).
 */
const FROM = { purchase: 'payment', payment: 'payment', delivery: 'delivery' } as const;

/** A step with its platform's rules read in. `platforms`: the platform files by id. */
export function resolveStep(id: string, step: HelpStep, platforms: Readonly<Record<string, Platform>>): ResolvedStep {
	const platform = step.platform === undefined ? undefined : platforms[step.platform];
	if (step.platform !== undefined && !platform) throw new Error(`help step ${id}: no content/platforms/${step.platform}.yaml`);
	const body = platform ? fill(id, step.body, platform) : step.body;
	const d = step.deadline;
	if (!d || !('rules' in d)) return { ...step, body, deadline: d };
	const rules = d.rules.map((ruleId) => {
		const rule = platform!.deadlines.find((r) => r.id === ruleId);
		if (!rule) throw new Error(`help step ${id}: content/platforms/${step.platform}.yaml has no rule "${ruleId}"`);
		const from = rule.from && Object.hasOwn(FROM, rule.from) ? FROM[rule.from as keyof typeof FROM] : undefined;
		if (rule.unconfirmed || !rule.source || rule.days === undefined || !from) {
			throw new Error(`help step ${id}: rule "${ruleId}" needs days, a source, confirmation and a start the reader gives (purchase, payment or delivery)`);
		}
		return { days: rule.days, from, source: rule.source };
	});
	return {
		...step,
		body,
		deadline: {
			earliestOf: rules.map(({ days, from }) => ({ days, from })),
			varies: d.varies,
			...(d.problems ? { problems: d.problems } : {}),
			action: d.action,
			source: rules[0]!.source,
		},
	};
}

/** `{{route}}` → the platform's dispute route; `{{rule.<id>}}` → that rule's text (each in the body's language). */
function fill(id: string, body: Bilingual, platform: Platform): Bilingual {
	const one = (text: string, lang: keyof Bilingual) =>
		text.replaceAll('{{route}}', platform.disputeRoute[lang]).replace(/\{\{rule\.([a-z0-9-]+)\}\}/g, (_, ruleId: string) => {
			const rule = platform.deadlines.find((r) => r.id === ruleId);
			if (!rule) throw new Error(`help step ${id}: its platform file has no rule "${ruleId}"`);
			return rule.text[lang];
		});
	return { en: one(body.en, 'en'), 'zh-CN': one(body['zh-CN'], 'zh-CN') };
}
