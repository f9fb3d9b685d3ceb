import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type ConsoleMessage, type Disposable, type LaunchOptions, type Locator, type Page, type Request, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished, type TestContext } from 'vitest';

export const baseURL = () => inject('baseURL');

/**
 * How long any wait in the browser tests may take: for a page, an element, a URL or a polled value.
 * The CI machine has two cores and may be busy with other work, so waits are generous; a test still
 * fails when what it waits for never happens. Use it explicitly: expect.poll(fn, wait),
 * page.waitForFunction(fn, arg, wait), locator.waitFor(wait)… (vitest's testTimeout for the browser
 * project is above it, so a wait that runs out reports what it was waiting for).
 */
export const WAIT_MS = 30_000;
export const wait = { timeout: WAIT_MS } as const;

/**
 * Waits until the duty calculator in `root` (a page or a frame) shows the outcome for its current
 * destination: that destination's rules and regime code are loaded and the result (or the
 * message saying why there is none) rendered. <duty-calculator data-ready="<file code>">: US, CN,
 * EU for a member state… The page inlines only its language's default destination: any other is
 * fetched, and every regime's code is loaded when first needed, so call this after opening the
 * calculator and after choosing another destination, before reading a result. `dest`: wait for
 * that destination file in particular.
 */
export async function calculatorReady(root: { locator(selector: string): Locator }, dest?: string): Promise<void> {
	await root.locator(dest ? `duty-calculator[data-ready="${dest}"]` : 'duty-calculator[data-ready]').waitFor({ state: 'attached', ...wait });
}

/**
 * Launches the system Chromium with the flags this sandboxed, offline machine needs. `options`
 * may drop some of Playwright's default flags (e.g. '--disable-back-forward-cache').
 */
export function launchBrowser(options: Pick<LaunchOptions, 'ignoreDefaultArgs'> = {}): Promise<Browser> {
	return chromium.launch({
		...options,
		executablePath: inject('chromiumPath'),
		// Starting Chromium on a busy machine can take a while; the hook's own timeout is 120 s.
		timeout: 2 * WAIT_MS,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** One Chromium per test file: launched before its tests, closed after. Call at the top level. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());
	return () => {
		if (!browser) throw new Error('The browser is not running: call useBrowser() at the top level of the test file.');
		return browser;
	};
}

/**
 * Runs the page's idle callbacks promptly. Starlight loads its search dialog's code and
 * expressive-code makes scrolling code blocks focusable in requestIdleCallback; on a busy machine
 * idle time can be starved for longer than a test, and that work would then happen at any moment
 * (during an axe run, say). Call before page.goto().
 */
export async function promptIdleCallbacks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.requestIdleCallback = (callback) =>
			window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1);
	});
}

/**
 * After a page has loaded (with promptIdleCallbacks): lets what it started while loading finish.
 * First two frames are rendered, so that size observers have reported (expressive-code watches
 * code blocks that way); then a 500 ms page timer fires after every shorter one set before it
 * and what those start (expressive-code waits 250 ms, then makes a code block that scrolls
 * focusable in an idle callback). Not a wait for the machine: frames and timers come in this
 * order however long they take.
 */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500)))),
	);
}

export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
}

type Listener = (arg: never) => void;
const listen = (page: Page, event: string, listener: Listener) => (page.on as (event: string, listener: Listener) => Page).call(page, event, listener);

/** The listeners by which openPage() records a page's problems, by event. */
function problemListeners(page: Page, problems: PageProblems): [event: string, listener: Listener][] {
	return [
		['console', (message: ConsoleMessage) => {
			if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
		}],
		['pageerror', (error: Error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`)],
		['requestfailed', (request: Request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`)],
		['response', (response: Response) => {
			if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
		}],
	];
}

/** Opens a new page that records console errors, uncaught exceptions and failed requests. */
export async function openPage(
	browser: Browser,
	options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
	const context = await browser.newContext({ baseURL: baseURL(), ...options });
	// Playwright's own waits (goto, click, fill, a locator finding its element…), explicit rather than its defaults.
	context.setDefaultTimeout(WAIT_MS);
	context.setDefaultNavigationTimeout(WAIT_MS);
	// The site is served with its Content-Security-Policy (dist/_headers): any violation is an error.
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
		),
	);
	const page = await context.newPage();
	const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
	for (const [event, listener] of problemListeners(page, problems)) listen(page, event, listener);
	return { page, problems };
}

/**
 * Leaves the page for an empty one (about:blank) as a link of the page would, ending whatever the
 * page still had running (its requests are cancelled now, not during the next test). Navigated
 * from the page itself, the empty page belongs to the site's origin and stays in the same renderer
 * process; page.goto('about:blank') leaves the origin, and Chromium then starts a new, cold process
 * for the next page (measured 2026-12-07: 2.3 CPU-seconds a checked page that way, 1.5 this way).
 */
export async function restPage(page: Page): Promise<void> {
	if (page.url() === 'about:blank') return;
	await Promise.all([
		page.waitForURL('about:blank', wait),
		page.evaluate(() => {
			location.href = 'about:blank';
		}),
	]);
}

/**
 * Pages kept open for a file's read-only tests (a test that only loads a page and reads it): a
 * test borrows one, loads its page there and gives it back. A new browser context costs a new
 * renderer process and a cold start: measured 2026-12-07 on the two-core machine, 1.8–2.3 s a
 * page with a new context against 0.5–0.6 s in a page already open. Nothing carries over from one
 * test to the next that a fresh context would not also have: storage is emptied before the page's
 * own scripts run (the test server sends no-store, so nothing is cached either), the colour scheme
 * is set for each test, and the recorded problems start empty. A page whose test failed is closed,
 * not lent again. As many pages as tests run at once (the browser project's maxConcurrency).
 */
export function usePagePool(browser: () => Browser): <T>(
	options: { colorScheme: 'light' | 'dark' },
	use: (opened: { page: Page; problems: PageProblems }) => Promise<T>,
) => Promise<T> {
	const idle: { page: Page; problems: PageProblems }[] = [];
	const open = new Set<Page>();
	afterAll(async () => {
		for (const page of open) await page.context().close().catch(() => {});
	});
	return async (options, use) => {
		let opened = idle.pop();
		if (!opened) {
			opened = await openPage(browser());
			// What a new context has: no storage (Starlight keeps its sidebar's state in sessionStorage).
			await opened.page.addInitScript(() => {
				if (window !== window.top) return;
				try {
					localStorage.clear();
					sessionStorage.clear();
				} catch {
					// A document without storage (an opaque origin) has nothing to clear.
				}
			});
			await promptIdleCallbacks(opened.page);
			open.add(opened.page);
		}
		const { page, problems } = opened;
		await page.emulateMedia({ colorScheme: options.colorScheme });
		problems.consoleErrors.length = 0;
		problems.failedRequests.length = 0;
		let passed = false;
		try {
			const result = await use(opened);
			passed = true;
			return result;
		} finally {
			// Leaving the page ends whatever it still had running before the next test starts.
			const reusable = passed && (await restPage(page).then(() => true, () => false));
			if (reusable) idle.push(opened);
			else {
				open.delete(page);
				await page.context().close().catch(() => {});
			}
		}
	};
}

/** What a test may ask of a page from usePages(): the options of a new context. */
export type PageOptions = Omit<BrowserContextOptions, 'baseURL'>;

/**
 * A page for a test that uses it as a reader uses a new tab: it may tick, type, store, go back,
 * listen for events, add init scripts and routes. Measured 2026-12-07 on the two-core machine: a
 * page in a new browser context costs about 3 CPU-seconds (a new renderer process, cold), one
 * already open about 1; most tests load one or two pages. So a test borrows a page opened for an
 * earlier test of the file (with the same context options), and gets it as a new context would
 * give it:
 * - the page rests on an empty page of the site's origin between tests (restPage), where its
 *   localStorage and sessionStorage are emptied; cookies are cleared;
 * - init scripts, routes and listeners the test added to the page are removed (a leftover
 *   'dialog' listener would answer the next test's dialogs); the recorded problems start empty;
 * - the viewport and the emulated media (colour scheme, reduced motion…) are set from the
 *   options (Playwright's defaults where not given), the mouse is back in the top-left corner;
 * - the default timeouts are WAIT_MS again.
 * A page whose context the test changed (context.addInitScript, a second tab, permissions…), that
 * went to another origin (whose storage it does not clear) or whose test failed is not lent again:
 * its context is closed. A test may still close its page's context itself.
 *
 * `test`: in a concurrent test, its context (the page is returned when that test finishes).
 */
export function usePages(browser: () => Browser): (options?: PageOptions, test?: Pick<TestContext, 'onTestFinished'>) => Promise<{ page: Page; problems: PageProblems }> {
	interface Lent {
		page: Page;
		problems: PageProblems;
		key: string;
	}
	const idle = new Map<string, Lent[]>();
	const open = new Set<Page>();
	afterAll(async () => {
		for (const page of open) await page.context().close().catch(() => {});
	});
	const origin = () => new URL(baseURL()).origin;

	async function giveBack(lent: Lent, state: { dirty: boolean; disposables: Disposable[] }, passed: boolean) {
		const { page } = lent;
		let reusable = passed && !state.dirty && !page.isClosed() && page.context().pages().length === 1;
		if (reusable) {
			reusable = await (async () => {
				for (const disposable of state.disposables) await disposable.dispose();
				await page.unrouteAll({ behavior: 'ignoreErrors' });
				await restPage(page);
				// Only the site's storage is emptied: a page that went elsewhere is not lent again.
				if ((await page.evaluate(() => self.origin)) !== origin()) return false;
				await page.evaluate(() => {
					localStorage.clear();
					sessionStorage.clear();
				});
				await page.context().clearCookies();
				await page.mouse.move(0, 0);
				return true;
			})().catch(() => false);
		}
		if (reusable) {
			const list = idle.get(lent.key) ?? [];
			list.push(lent);
			idle.set(lent.key, list);
		} else {
			open.delete(page);
			await page.context().close().catch(() => {});
		}
	}

	return async (options = {}, test) => {
		const { viewport, colorScheme, reducedMotion, forcedColors, ...contextOptions } = options;
		const key = JSON.stringify(contextOptions);
		let lent = idle.get(key)?.pop();
		if (!lent) {
			const opened = await openPage(browser(), contextOptions);
			lent = { ...opened, key };
			open.add(opened.page);
		}
		const { page, problems } = lent;
		page.setDefaultTimeout(WAIT_MS);
		page.setDefaultNavigationTimeout(WAIT_MS);
		await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
		await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light', reducedMotion: reducedMotion ?? 'no-preference', forcedColors: forcedColors ?? 'none' });
		problems.consoleErrors.length = 0;
		problems.failedRequests.length = 0;

		// What the test does to the page, to undo it, or to know that it cannot be undone.
		const state = { dirty: false, disposables: [] as Disposable[] };
		const context = page.context();
		const restore: (() => void)[] = [];
		const wrap = <T extends object>(target: T, name: keyof T & string, after: (result: unknown, args: unknown[]) => void) => {
			const original = target[name] as (...args: unknown[]) => unknown;
			target[name] = function (this: unknown, ...args: unknown[]) {
				const result = original.apply(this, args);
				after(result, args);
				return result;
			} as T[keyof T & string];
			restore.push(() => {
				target[name] = original as T[keyof T & string];
			});
		};
		const added: [event: string, listener: Listener][] = [];
		for (const name of ['on', 'once', 'addListener', 'prependListener'] as const) wrap(page, name, (_result, [event, listener]) => added.push([String(event), listener as Listener]));
		wrap(page, 'addInitScript', (result) => void (result as Promise<Disposable>).then((disposable) => state.disposables.push(disposable), () => {}));
		for (const name of ['exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders'] as const) wrap(page, name, () => (state.dirty = true));
		for (const name of ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeFunction', 'exposeBinding', 'grantPermissions', 'setOffline', 'setGeolocation', 'setExtraHTTPHeaders', 'setHTTPCredentials', 'addCookies', 'newPage'] as const) wrap(context, name, () => (state.dirty = true));
		const frames = (frame: { url(): string }) => {
			const url = frame.url();
			if (url.startsWith('http') && new URL(url).origin !== origin()) state.dirty = true;
		};
		page.on('framenavigated', frames);

		const finished = test?.onTestFinished ?? onTestFinished;
		finished(async ({ task }) => {
			for (const undo of restore) undo();
			page.off('framenavigated', frames);
			for (const [event, listener] of added) (page.off as (event: string, listener: Listener) => Page).call(page, event, listener);
			await giveBack(lent, state, task.result?.state === 'pass');
		});
		return { page, problems };
	};
}

/** Every page of the built site as a URL path ("/en/shoppers/keep-evidence/"), 404.html excepted. */
export function builtPages(dist = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === 'index.html') pages.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
		}
	};
	walk(dist);
	return pages.sort();
}

/**
 * What a built page is made of, for choosing pages that together use every part of the site: each
 * element name ("table"), each element name with one of its classes ("div.sl-container",
 * "section.astro-ab12cd34": Astro scopes a component's styles by such a class) and the page's
 * language ("html[lang=zh-CN]"), as written in its HTML body.
 */
export function pageParts(html: string): Set<string> {
	const parts = new Set<string>();
	const lang = html.match(/<html[^>]*\blang="([^"]*)"/)?.[1];
	if (lang) parts.add(`html[lang=${lang}]`);
	for (const [, tag, attributes] of html.slice(html.search(/<body[\s>]/)).matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
		const name = tag!.toLowerCase();
		parts.add(name);
		for (const cls of attributes!.match(/\sclass="([^"]*)"/)?.[1]?.split(/\s+/).filter(Boolean) ?? []) parts.add(`${name}.${cls}`);
	}
	return parts;
}

/**
 * A few pages that between them have every part (pageParts) that any of `pages` has: every
 * component, element and class of the site, in both languages, on at least one of them. Greedy set
 * cover, in a fixed order: the page with the most parts not yet covered first (ties: path order).
 */
export function coveringPages(pages: string[], dist = 'dist'): string[] {
	const parts = new Map(pages.map((path) => [path, pageParts(readFileSync(join(dist, path, 'index.html'), 'utf8'))]));
	const left = new Set([...parts.values()].flatMap((p) => [...p]));
	const chosen: string[] = [];
	while (left.size) {
		let best = '';
		let most = 0;
		for (const [path, has] of parts) {
			const count = [...has].filter((part) => left.has(part)).length;
			if (count > most) [best, most] = [path, count];
		}
		chosen.push(best);
		for (const part of parts.get(best)!) left.delete(part);
	}
	return chosen;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * The axe rules that judge how the page looks rather than what it is made of: text contrast, links
 * told apart from text by colour alone, and the size of click targets. What they check comes from
 * the stylesheets, which every page shares, and from which elements and classes a page has (the
 * pages chosen by coveringPages() have every one); they are also most of axe's time on a long page
 * (the EU rules page, 4,500 elements: 3.4 s with them, 1.2 s without, measured 2026-12-07).
 */
export const VISUAL_RULES = ['color-contrast', 'link-in-text-block', 'target-size'] as const;

/**
 * Runs axe-core (all rules but experimental ones) and returns readable violations. `visual: false`
 * leaves out VISUAL_RULES (for a page whose every element and class is checked with them elsewhere).
 */
export async function axeViolations(page: Page, { visual = true }: { visual?: boolean } = {}): Promise<string[]> {
	// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
	// govern (a <script> tag added by the test would be blocked, as it should be).
	await page.evaluate(axeSource);
	const skip: readonly string[] = visual ? [] : VISUAL_RULES;
	const violations = await page.evaluate(async (skip) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) });
		return result.violations;
	}, skip);
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
	);
}
