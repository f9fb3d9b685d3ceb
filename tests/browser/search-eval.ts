import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';

/**
 * The search evaluation (tests/search-eval/{en,zh-cn}.yaml) run through the site's real search
 * dialog: a query is typed into the box as a reader types it, and the result links the dialog
 * shows are read in order. Shared by `npm run search:eval` (scripts/search-eval.mjs) and the
 * browser test that holds the floor (tests/browser/search-quality.test.ts).
 *
 * It reads the dialog by the classes Pagefind's own UI uses (.pagefind-ui__message,
 * .pagefind-ui__result…), which the site's search UI keeps, so the same code measures the site
 * before and after a change to its search.
 */

export type EvalLanguage = 'en' | 'zh-cn';

export interface EvalEntry {
	q: string;
	/** Page paths without the language prefix; `reference/glossary#chargeback` matches the glossary page. */
	accept: string[];
	kind: string;
	holdout: boolean;
}

export interface EvalOutcome extends EvalEntry {
	/** Result pages as the dialog listed them, without the language prefix ("platforms/temu"). */
	got: string[];
	/** 1-based rank of the first accepted page among those shown, or 0. */
	rank: number;
	/** The dialog's message line. */
	message: string;
	/** Results came from the other language's pages (the dialog's cross-language fallback). */
	otherLanguage: boolean;
}

export interface EvalScore {
	queries: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	zeroResults: number;
	otherLanguage: number;
}

export function loadEvalSet(language: EvalLanguage, dir = 'tests/search-eval'): EvalEntry[] {
	const data = load(readFileSync(`${dir}/${language}.yaml`, 'utf8'));
	if (!Array.isArray(data)) throw new Error(`${dir}/${language}.yaml: expected a list of queries`);
	return data as EvalEntry[];
}

/** "/zh-cn/reference/glossary/#chargeback" → "reference/glossary"; "/en/" → "index". */
export function pagePath(href: string): string {
	const path = new URL(href, 'http://x').pathname.replace(/^\/(en|zh-cn)(\/|$)/, '').replace(/\/$/, '');
	return path || 'index';
}

const acceptedPage = (accept: string) => accept.replace(/#.*$/, '').replace(/\/$/, '');

/**
 * The duty rules page became an index with one page per destination (tools/duty-rules/cn): the
 * same content, split. A label written for the single page accepts each destination's page.
 */
const splitFrom = (path: string) => path.replace(/^(tools\/duty-rules)\/[a-z]{2}$/, '$1');

/** Rank (1-based) of the first result page any accept entry names, or 0. */
export function rankOf(got: string[], accept: string[]): number {
	const wanted = new Set(accept.map(acceptedPage));
	const index = got.findIndex((path) => wanted.has(path) || wanted.has(splitFrom(path)));
	return index + 1;
}

export function score(outcomes: EvalOutcome[]): EvalScore {
	const n = outcomes.length;
	const share = (count: number) => (n ? count / n : 0);
	return {
		queries: n,
		hitAt1: share(outcomes.filter((o) => o.rank === 1).length),
		hitAt3: share(outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length),
		mrr: share(outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0)),
		zeroResults: outcomes.filter((o) => o.got.length === 0).length,
		otherLanguage: outcomes.filter((o) => o.otherLanguage).length,
	};
}

const DIALOG_INPUT = '#starlight__search input[type="text"], #starlight__search input[type="search"]';

/** Opens the search dialog on the current page (once). */
export async function openSearchDialog(page: Page, timeout: number): Promise<void> {
	const dialog = page.locator('site-search dialog');
	if (!(await dialog.isVisible())) await page.locator('site-search button[data-open-modal]:not([disabled])').click({ timeout });
	await page.locator(DIALOG_INPUT).first().waitFor({ timeout });
}

/**
 * Types `query` into the open dialog and returns what it shows once the answer to this query is
 * complete: the message names the query, no "Searching…" message, no result still loading.
 * The box is emptied first, so an answer to the previous query is never read as this one's.
 */
export async function searchInDialog(
	page: Page,
	query: string,
	timeout: number,
): Promise<{ got: string[]; message: string; otherLanguage: boolean }> {
	const input = page.locator(DIALOG_INPUT).first();
	await input.fill('');
	await page.waitForFunction(
		() => !document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.trim(),
		undefined,
		{ timeout },
	);
	await input.fill(query);
	// What the box holds after the site's normalisation (full-width letters and the like folded).
	const term = (await input.inputValue()).trim();
	await page.waitForFunction(
		(term) => {
			const root = document.querySelector('#starlight__search');
			const message = root?.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
			if (!term || !message.includes(term)) return false;
			let searching = 'Searching for [SEARCH_TERM]';
			try {
				const translations = JSON.parse(document.querySelector('site-search')?.getAttribute('data-translations') ?? '{}');
				if (translations.searching) searching = translations.searching;
			} catch {}
			if (message === searching.replace('[SEARCH_TERM]', term)) return false;
			if (root?.querySelector('[aria-busy="true"], .pagefind-ui__loading')) return false;
			return true;
		},
		term,
		{ timeout },
	);
	return page.evaluate(() => {
		const root = document.querySelector('#starlight__search')!;
		const links = [...root.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title a')];
		return {
			got: links.map((a) => a.href),
			message: root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '',
			otherLanguage: links.length > 0 && links.every((a) => a.closest('[data-other-language]')),
		};
	}).then((r) => ({ ...r, got: r.got.map(pagePath) }));
}

/**
 * Runs entries through the dialog on `page` (opened at a page in `language`), one after the other.
 * `onOutcome` sees each result as it comes (for progress output).
 */
export async function runEval(
	page: Page,
	language: EvalLanguage,
	entries: EvalEntry[],
	{ timeout = 30_000, onOutcome }: { timeout?: number; onOutcome?: (o: EvalOutcome, i: number) => void } = {},
): Promise<EvalOutcome[]> {
	await page.goto(`/${language}/`);
	await openSearchDialog(page, timeout);
	const outcomes: EvalOutcome[] = [];
	for (const [i, entry] of entries.entries()) {
		const shown = await searchInDialog(page, entry.q, timeout);
		const outcome = { ...entry, ...shown, rank: rankOf(shown.got, entry.accept) };
		outcomes.push(outcome);
		onOutcome?.(outcome, i);
	}
	return outcomes;
}
