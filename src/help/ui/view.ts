/** What the get-help views share: the page's data (from GetHelp.astro), its words and navigation. */
import { SCREENS, type Answers } from '../answers.ts';
import type { BodyRule, StepRule } from '../plan.ts';

export interface Step extends StepRule {
	title: string;
	body: string;
	guide: string;
	guideTitle: string;
	police: boolean;
	deadline?: StepRule['deadline'] & { action: string; source: { title: string; url: string } };
}

export interface HelpData {
	lang: string;
	locale: string;
	text: Record<string, string>;
	steps: Step[];
	letters: Record<string, { title: string; to: string; body: { en: string; 'zh-CN': string } }>;
	bodies: (BodyRule & { name: string; handles: string; url: string })[];
	/** The places the "where" question offers, in groups (src/complaints/place-groups.ts), ready-ordered. */
	places: { group: string; places: string[] }[];
	/** The "your rights" page of each region (src/help/plan.ts RIGHTS_PAGES), with its link and title in this language. */
	rights: Record<string, { href: string; title: string }>;
	/** Words of the other language (answers' names), for a letter's copy in the recipient's language. */
	other: Record<string, string>;
	/** What to say about the link's settings (content/url-notices.yaml). */
	notices: Record<string, string>;
}

/** All the screens of questions (src/help/answers.ts; a problem skips some: screensFor). */
export { SCREENS };
export type Screen = (typeof SCREENS)[number] | 'plan';

/** What a view needs from the element. */
export interface HelpContext {
	data: HelpData;
	/** The page language's words (content/help/text.yaml); the key itself when missing. */
	t(key: string): string;
	/** Moves to a screen with these answers (the URL keeps them, so Back works). */
	go(screen: Screen | 'general', answers: Answers, from?: Screen): void;
	/** Opens one question from the plan; once it is answered the plan comes back (src/help/ui.ts). */
	change(screen: Screen, answers: Answers): void;
}

/** A date as the page's language writes it. */
export const longDate = (lang: string, day: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
