/**
 * Links between the platform guides and the get-help plan builder: pure, shared by the guides'
 * "get a plan" section (src/components/PlatformPlanLink.astro) and the tests.
 */
import { answerValues } from '../help/answers.ts';

/** The get-help answer for a platform file's id, when the builder has one ("temu"); else undefined. */
export function platformAnswer(id: string): (typeof answerValues.platform)[number] | undefined {
	return (answerValues.platform as readonly string[]).includes(id) ? (id as (typeof answerValues.platform)[number]) : undefined;
}

/**
 * The plan builder at its first question, with the platform already chosen where the builder knows
 * it: /en/get-help/?platform=temu&q=problem. With several platforms (one guide for TikTok Shop and
 * Douyin) or one the builder does not list yet, no platform is preset and the reader picks.
 */
export function planHref(locale: string, platformIds: readonly string[]): string {
	const answers = [...new Set(platformIds.map(platformAnswer))];
	const query = new URLSearchParams();
	if (answers.length === 1 && answers[0]) query.set('platform', answers[0]);
	query.set('q', 'problem');
	return `/${locale}/get-help/?${query}`;
}

/** The platforms (file ids) whose guide is the page at `path` (a site path without the locale). */
export function platformsOfGuide<T extends { id: string; data: { guide?: string | undefined } }>(platforms: readonly T[], path: string): T[] {
	return platforms.filter((p) => p.data.guide === path);
}

/** A docs entry's site path without the locale: "en/platforms/temu" → "/platforms/temu/". */
export function guidePathOf(entryId: string): string {
	const rest = entryId.split('/').slice(1).join('/').replace(/(^|\/)index$/, '');
	return rest ? `/${rest}/` : '/';
}

/** The id of the "What should I do now?" heading under a platform guide (and its table-of-contents entry). */
export const PLAN_HEADING_ID = 'what-should-i-do-now';
