import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { htmlToHast } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineScripts } from '../../src/security/csp.ts';

type HtmlNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HtmlNode[] };
/** Elements of a built page that a fixture's text must not have become: frames, handlers, script links. */
function activeElements(html: string): string[] {
	const found: string[] = [];
	const walk = (node: HtmlNode) => {
		if (node.type === 'element') {
			const props = Object.entries(node.properties ?? {});
			if (node.tagName === 'iframe' || props.some(([k, v]) => /^on/i.test(k) || (k === 'href' && /^\s*javascript:/i.test(String(v))))) found.push(`<${node.tagName}>`);
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(htmlToHast(html) as unknown as HtmlNode);
	return found;
}

/**
 * Each case copies the real site to a temporary folder, adds one fixture (tests/build/fixtures/<case>/)
 * and runs the real `npm run build` there. Bad content must fail the build, naming file and field.
 *
 * Builds run as child processes, so the concurrent tests below really build side by side; how many
 * at a time is the build project's `maxConcurrency` (vitest.config.ts), sized for a two-core machine.
 * Tests that need the same build (same fixture, same environment) share one.
 */
const root = resolve(import.meta.dirname, '../..');
const COPY = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'content', 'src', 'public'];
const tempDirs: string[] = [];
const running = new Set<ChildProcess>();
afterAll(async () => {
	// A build still running here belongs to a test that timed out: stop it (npm and everything it started).
	for (const child of running) {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface Build {
	status: number | null;
	output: string;
	page: (path: string) => string;
	/** The built site's folder. */
	dist: string;
}

/** Runs a command without blocking the test process; resolves with its exit status and its output. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
	return new Promise<{ status: number | null; stdout: string; stderr: string }>((done, fail) => {
		// Its own process group, so that afterAll can stop the build npm starts, not only npm.
		const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		running.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', (error) => {
			running.delete(child);
			fail(error);
		});
		child.on('close', (status) => {
			running.delete(child);
			done({ status, stdout, stderr });
		});
	});
}

async function buildWithFixtures(fixtures: string[], env: Record<string, string>): Promise<Build> {
	// Inside the project, so Node finds the real node_modules by walking up (a symlink confuses Vite).
	await mkdir(join(root, '.tmp'), { recursive: true });
	const dir = await mkdtemp(join(root, '.tmp', `build-${fixtures.join('+')}-`));
	tempDirs.push(dir);
	await Promise.all(COPY.map((entry) => cp(join(root, entry), join(dir, entry), { recursive: true })));
	for (const fixture of fixtures) await cp(join(import.meta.dirname, 'fixtures', fixture), dir, { recursive: true });
	const result = await run('npm', ['run', 'build'], {
		cwd: dir,
		// A build needs the site's public address (SITE_URL); a case may set another, or '' for none.
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SITE_URL: SITE, ...env },
	});
	// Strip ANSI colours so messages can be matched as a reader sees them.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
	return { status: result.status, output, page, dist: join(dir, 'dist') };
}

/** The public address the builds are made for, unless a case says otherwise. */
const SITE = 'https://guide.example';

const builds = new Map<string, Promise<Build>>();
/**
 * The site built with a fixture (or several: their files side by side) and these environment
 * variables, built once however many tests ask.
 */
function build(fixture: string | string[], env: Record<string, string> = {}): Promise<Build> {
	const fixtures = [fixture].flat();
	const key = JSON.stringify([fixtures, env]);
	let built = builds.get(key);
	if (!built) builds.set(key, (built = buildWithFixtures(fixtures, env)));
	return built;
}

/**
 * The control build: the valid fixture guide (its English page reviewed more recently than its
 * Chinese one) and the YAML texts with markup in them, which must build. A successful build takes
 * about 30 s on the two-core machine, so the tests that read what a valid build writes share this
 * one instead of making one each (measured 2026-12-07: 4 builds of about 31 s each before).
 */
const CONTROL = ['valid', 'inert-yaml'];

/**
 * Content (or settings) the build must refuse. Each case: its fixture folder, optional environment
 * variables, and what the output must say — a string it contains, or a pattern it matches.
 * To add a case, add a folder under tests/build/fixtures/ and a line here.
 */
const refused: { name: string; fixture: string; env?: Record<string, string>; says: (string | RegExp)[] }[] = [
	{
		name: 'a guide without a title fails, naming the file and `title`',
		fixture: 'missing-title',
		says: [
			'docs → en/shoppers/fixture data does not match collection schema',
			// Astro prints a missing required field as "title**: **title: Required".
			/^\s*title\W+title: Required$/m,
			'content/docs/en/shoppers/fixture.md',
		],
	},
	{
		name: 'a guide without search keywords fails, naming the file and `keywords`',
		fixture: 'missing-keywords',
		says: [
			'docs → en/shoppers/fixture data does not match collection schema',
			/^\s*keywords: is missing: list at least 5 words or phrases readers type to find this page/m,
			'content/docs/en/shoppers/fixture.md',
		],
	},
	{
		name: 'a lastReviewed that is not a date fails, naming the file, the field and the format',
		fixture: 'bad-date',
		says: [
			'docs → en/shoppers/fixture data does not match collection schema',
			/^\s*lastReviewed: must be a date written as YYYY-MM-DD, for example 2026-11-22/m,
			'content/docs/en/shoppers/fixture.md',
		],
	},
	{
		name: 'a source URL that is not https fails, naming the file and the source',
		fixture: 'http-source',
		says: [/^\s*sources\.0\.url: must be a full https:\/\/ URL/m, 'content/docs/en/shoppers/fixture.md'],
	},
	{
		name: 'an unknown audience fails, naming the file and the allowed values',
		fixture: 'unknown-audience',
		says: [/^\s*audience: must be one of: shopper, seller, everyone/m, 'content/docs/en/shoppers/fixture.md'],
	},
	{
		name: 'a checklist with two items of the same id fails, naming the file and the second item',
		fixture: 'bad-checklist',
		says: [
			'checklists → bad-checklist data does not match collection schema',
			/^\s*items\.1\.id: "save-receipt" is already the id of item 1; every item needs its own id/m,
			'content/checklists/bad-checklist.yaml',
		],
	},
	{
		name: 'a glossary term without a source fails, naming the file and `source`',
		fixture: 'unsourced-glossary',
		says: [
			'glossary → zz-unsourced data does not match collection schema',
			/^\s*source: every term needs a source: \{ title, url \} of the authority's or platform's own page/m,
			'content/glossary/zz-unsourced.yaml',
		],
	},
	{
		name: 'a checklist item without its Chinese text fails, naming the file and the field',
		fixture: 'untranslated-checklist',
		says: [/^\s*items\.1\.text\.zh-CN: the Chinese text is missing/m, 'content/checklists/untranslated-checklist.yaml'],
	},
	{
		name: 'an import-tax rate over 100% fails, naming the rules file and the figure',
		fixture: 'bad-duty-rate',
		says: [
			'duty → cn data does not match collection schema',
			/^\s*channels\.0\.rules\.0\.categories\.supplements\.vat: a percentage cannot exceed 100/m,
			'content/duty/cn.yaml',
		],
	},
	{
		name: 'a guide naming a checklist that does not exist fails, saying which file to add',
		fixture: 'unknown-checklist',
		says: ['Checklist "no-such-checklist" does not exist: add content/checklists/no-such-checklist.yaml or fix the id.'],
	},
	{
		name: 'an English guide without its Chinese version fails, naming both files',
		fixture: 'only-english',
		says: ['content/docs/en/shoppers/only-english.md has no Chinese (zh-cn) version: add content/docs/zh-cn/shoppers/only-english.md (or .mdx)'],
	},
	{
		name: 'a Chinese guide without its English version fails, naming both files',
		fixture: 'only-chinese',
		says: ['content/docs/zh-cn/shoppers/only-chinese.md has no English version: add content/docs/en/shoppers/only-chinese.md (or .mdx)'],
	},
	{
		name: 'a <script> in a guide fails, naming the file',
		fixture: 'content-script',
		says: [/content\/docs\/en\/shoppers\/fixture\.md: the page contains a <script> element\./],
	},
	{
		name: 'a javascript: link in Markdown fails, naming the file',
		fixture: 'content-js-link',
		says: [/content\/docs\/zh-cn\/shoppers\/fixture\.md: the page contains a script URL in the href of <a>\./],
	},
	{
		name: 'an inline script that no component ships (frontmatter `head`) fails, naming the built page',
		fixture: 'head-script',
		says: ['inline script(s) that the site does not ship', 'dist/en/shoppers/fixture/index.html: <script>window.smuggled = 1'],
	},
	{
		name: 'a build without SITE_URL fails, naming the variable, rather than write localhost into links, the sitemap and the embed snippets',
		fixture: 'valid',
		env: { SITE_URL: '' },
		says: ['SITE_URL is not set', 'SITE_URL=https://guide.example.org npm run build'],
	},
	{
		name: 'a REPORT_ERROR_URL that is not https fails the build, naming the variable',
		fixture: 'valid',
		env: { REPORT_ERROR_URL: 'http://tracker.example/new' },
		says: ['REPORT_ERROR_URL'],
	},
];

describe.concurrent('npm run build and bad content', () => {
	test('control: the same site with a valid fixture guide and inert YAML texts builds', async () => {
		const { status, output } = await build(CONTROL);
		expect(output).toContain('Complete!');
		expect(status).toBe(0);
	});

	test.for(refused.map((refusal) => [refusal.name, refusal] as const))('%s', async ([, { fixture, env, says }]) => {
		const { status, output } = await build(fixture, env);
		expect(status).not.toBe(0);
		for (const expected of says) {
			if (typeof expected === 'string') expect(output).toContain(expected);
			else expect(output).toMatch(expected);
		}
	});
});

describe.concurrent('what the build writes into pages', () => {
	test('markup in YAML text (glossary, checklists) is printed as text: no element, nothing runs', async () => {
		const { status, output, page } = await build(CONTROL);
		expect(status, output).toBe(0);
		for (const lang of ['en', 'zh-cn']) {
			const glossary = page(`${lang}/reference/glossary`);
			const checklist = page(`${lang}/checklists/zz-inert`);
			// The words are on the page, escaped…
			expect(glossary).toContain(lang === 'en' ? 'Inert fixture &lt;script&gt;window.smuggled = 1&lt;/script&gt;' : '无害测试 &lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;');
			expect(glossary).toContain('&lt;img src=x onerror=&quot;window.smuggled = 2&quot;&gt;');
			expect(checklist).toContain('&lt;b onmouseover=&quot;window.smuggled = 5&quot;&gt;');
			// Starlight writes <title> as HTML: "</title><script>" in a title must stay inside it, as text.
			if (lang === 'en') expect(checklist).toContain('<title>Inert fixture &lt;/title&gt;&lt;script&gt;window.smuggled = 4&lt;/script&gt; | Cross-Border Safety Guide</title>');
			// …and, parsed as a browser parses the page, none of them became an element or an attribute.
			for (const html of [glossary, checklist]) {
				expect(inlineScripts(html).filter((code) => code.includes('smuggled'))).toEqual([]);
				expect(activeElements(html)).toEqual([]);
			}
		}
	});


	test('when the English page was reviewed more recently, the Chinese page says so and links to it', async () => {
		// The valid fixture guide: English reviewed 2026-11-20, Chinese 2026-10-01.
		const { status, output, page } = await build(CONTROL);
		expect(status, output).toBe(0);
		const zh = page('zh-cn/shoppers/fixture');
		expect(zh).toContain('本页英文版的审核日期更近（2026年11月20日），内容可能比中文版新。');
		const link = zh.match(/<a ([^>]*)>\s*阅读英文版\s*<\/a>/)?.[1] ?? '';
		expect(link).toContain('href="/en/shoppers/fixture/"');
		expect(link).toContain('hreflang="en"');
		// The newer page carries no notice.
		expect(page('en/shoppers/fixture')).not.toContain('reviewed more recently');
	});

	test('with REPORT_ERROR_URL set, "Report an error" opens a report naming the page', async () => {
		const { status, output, page } = await build('valid', {
			REPORT_ERROR_URL: 'https://tracker.example/issues/new?labels=content',
		});
		expect(status, output).toBe(0);
		const href = page('en/shoppers/keep-evidence').match(/<a href="([^"]+)"[^>]*>Report an error on this page<\/a>/)?.[1];
		const url = new URL(href!.replaceAll('&amp;', '&'));
		expect(url.origin + url.pathname).toBe('https://tracker.example/issues/new');
		expect(url.searchParams.get('labels')).toBe('content');
		expect(url.searchParams.get('title')).toBe('Error on “Keep evidence”');
		expect(url.searchParams.get('body')).toContain('Page: https://guide.example/en/shoppers/keep-evidence/');
	});

	test('canonical links, the sitemap, the embed loader and the snippet builder name SITE_URL, and nothing names this machine', async () => {
		// The control's build.
		const { status, output, page, dist } = await build(CONTROL);
		expect(status, output).toBe(0);
		expect(page('en/shoppers/keep-evidence')).toContain(`<link rel="canonical" href="${SITE}/en/shoppers/keep-evidence/"`);
		// The embed page's canonical link names the full calculator.
		expect(page('embed/zh-cn/duty-calculator')).toContain(`<link rel="canonical" href="${SITE}/zh-cn/tools/duty-calculator/"`);
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}/zh-cn/tools/duty-calculator/</loc>`);
		expect(readFileSync(join(dist, 'embed.js'), 'utf8')).toContain(`"site":"${SITE}"`);
		expect(page('en/tools/embed')).toContain(`data-site="${SITE}"`);
		const local = readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(html|xml|js|txt|json)$/.test(file) || file === '_headers')
			.filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(join(dist, file), 'utf8')));
		expect(local).toEqual([]);
	});

	test('without REPORT_ERROR_URL it leads to the About page section, in the page language', async () => {
		// The control's build.
		const { status, output, page } = await build(CONTROL);
		expect(status, output).toBe(0);
		expect(page('zh-cn/shoppers/keep-evidence')).toMatch(/<a href="\/zh-cn\/reference\/about\/#report-an-error"[^>]*>报告本页错误<\/a>/);
	});
});
