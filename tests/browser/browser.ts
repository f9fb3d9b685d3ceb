import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseURL = () => inject('baseURL');

/**
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

export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
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
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
	});
	return { page, problems };
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core (all rules but experimental ones) and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
	// govern (a <script> tag added by the test would be blocked, as it should be).
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document);
		return result.violations;
	});
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
	);
}
