import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Each case copies the real site to a temporary folder, adds one fixture (tests/build/fixtures/<case>/)
 * and runs the real `npm run build` there. Bad content must fail the build, naming file and field.
 */
const root = resolve(import.meta.dirname, '../..');
const COPY = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'content', 'src', 'public'];
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildWithFixture(
	fixture: string,
	env: Record<string, string> = {},
): { status: number | null; output: string; page: (path: string) => string } {
	// Inside the project, so Node finds the real node_modules by walking up (a symlink confuses Vite).
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(root, '.tmp', `build-${fixture}-`));
	tempDirs.push(dir);
	for (const entry of COPY) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	cpSync(join(import.meta.dirname, 'fixtures', fixture), dir, { recursive: true });
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
	});
	// Strip ANSI colours so messages can be matched as a reader sees them.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
	return { status: result.status, output, page };
}

describe.concurrent('npm run build and bad content', () => {
	test('control: the same site with a valid fixture guide builds', () => {
		const { status, output } = buildWithFixture('valid');
		expect(output).toContain('Complete!');
		expect(status).toBe(0);
	});

	test('a guide without a title fails, naming the file and `title`', () => {
		const { status, output } = buildWithFixture('missing-title');
		expect(status).not.toBe(0);
		expect(output).toContain('docs → en/shoppers/fixture data does not match collection schema');
		// Astro prints a missing required field as "title**: **title: Required".
		expect(output).toMatch(/^\s*title\W+title: Required$/m);
		expect(output).toContain('content/docs/en/shoppers/fixture.md');
	});

	test('a lastReviewed that is not a date fails, naming the file, the field and the format', () => {
		const { status, output } = buildWithFixture('bad-date');
		expect(status).not.toBe(0);
		expect(output).toContain('docs → en/shoppers/fixture data does not match collection schema');
		expect(output).toMatch(/^\s*lastReviewed: must be a date written as YYYY-MM-DD, for example 2026-11-22/m);
		expect(output).toContain('content/docs/en/shoppers/fixture.md');
	});

	test('a source URL that is not https fails, naming the file and the source', () => {
		const { status, output } = buildWithFixture('http-source');
		expect(status).not.toBe(0);
		expect(output).toMatch(/^\s*sources\.0\.url: must be a full https:\/\/ URL/m);
		expect(output).toContain('content/docs/en/shoppers/fixture.md');
	});

	test('an unknown audience fails, naming the file and the allowed values', () => {
		const { status, output } = buildWithFixture('unknown-audience');
		expect(status).not.toBe(0);
		expect(output).toMatch(/^\s*audience: must be one of: shopper, seller, everyone/m);
		expect(output).toContain('content/docs/en/shoppers/fixture.md');
	});

	test('a checklist with two items of the same id fails, naming the file and the second item', () => {
		const { status, output } = buildWithFixture('bad-checklist');
		expect(status).not.toBe(0);
		expect(output).toContain('checklists → bad-checklist data does not match collection schema');
		expect(output).toMatch(/^\s*items\.1\.id: "save-receipt" is already the id of item 1; every item needs its own id/m);
		expect(output).toContain('content/checklists/bad-checklist.yaml');
	});

	test('a checklist item without its Chinese text fails, naming the file and the field', () => {
		const { status, output } = buildWithFixture('untranslated-checklist');
		expect(status).not.toBe(0);
		expect(output).toMatch(/^\s*items\.1\.text\.zh-CN: the Chinese text is missing/m);
		expect(output).toContain('content/checklists/untranslated-checklist.yaml');
	});

	test('an import-tax rate over 100% fails, naming the rules file and the figure', () => {
		const { status, output } = buildWithFixture('bad-duty-rate');
		expect(status).not.toBe(0);
		expect(output).toContain('duty → cn data does not match collection schema');
		expect(output).toMatch(/^\s*channels\.0\.rules\.0\.categories\.supplements\.vat: a percentage cannot exceed 100/m);
		expect(output).toContain('content/duty/cn.yaml');
	});

	test('a guide naming a checklist that does not exist fails, saying which file to add', () => {
		const { status, output } = buildWithFixture('unknown-checklist');
		expect(status).not.toBe(0);
		expect(output).toContain('Checklist "no-such-checklist" does not exist: add content/checklists/no-such-checklist.yaml or fix the id.');
	});

	test('an English guide without its Chinese version fails, naming both files', () => {
		const { status, output } = buildWithFixture('only-english');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/en/shoppers/only-english.md has no Chinese (zh-cn) version: add content/docs/zh-cn/shoppers/only-english.md (or .mdx)',
		);
	});

	test('a Chinese guide without its English version fails, naming both files', () => {
		const { status, output } = buildWithFixture('only-chinese');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/zh-cn/shoppers/only-chinese.md has no English version: add content/docs/en/shoppers/only-chinese.md (or .mdx)',
		);
	});
});

describe.concurrent('what the build writes into pages', () => {
	test('when the English page was reviewed more recently, the Chinese page says so and links to it', () => {
		const { status, output, page } = buildWithFixture('review-dates');
		expect(status, output).toBe(0);
		const zh = page('zh-cn/shoppers/fixture');
		expect(zh).toContain('本页英文版的审核日期更近（2026年11月20日），内容可能比中文版新。');
		const link = zh.match(/<a ([^>]*)>\s*阅读英文版\s*<\/a>/)?.[1] ?? '';
		expect(link).toContain('href="/en/shoppers/fixture/"');
		expect(link).toContain('hreflang="en"');
		// The newer page carries no notice.
		expect(page('en/shoppers/fixture')).not.toContain('reviewed more recently');
	});

	test('with REPORT_ERROR_URL set, "Report an error" opens a report naming the page', () => {
		const { status, output, page } = buildWithFixture('valid', {
			REPORT_ERROR_URL: 'https://tracker.example/issues/new?labels=content',
			SITE_URL: 'https://guide.example',
		});
		expect(status, output).toBe(0);
		const href = page('en/shoppers/keep-evidence').match(/<a href="([^"]+)"[^>]*>Report an error on this page<\/a>/)?.[1];
		const url = new URL(href!.replaceAll('&amp;', '&'));
		expect(url.origin + url.pathname).toBe('https://tracker.example/issues/new');
		expect(url.searchParams.get('labels')).toBe('content');
		expect(url.searchParams.get('title')).toBe('Error on “Keep evidence”');
		expect(url.searchParams.get('body')).toContain('Page: https://guide.example/en/shoppers/keep-evidence/');
	});

	test('without REPORT_ERROR_URL it leads to the About page section, in the page language', () => {
		const { status, output, page } = buildWithFixture('valid');
		expect(status, output).toBe(0);
		expect(page('zh-cn/shoppers/keep-evidence')).toMatch(/<a href="\/zh-cn\/reference\/about\/#report-an-error"[^>]*>报告本页错误<\/a>/);
	});

	test('a REPORT_ERROR_URL that is not https fails the build, naming the variable', () => {
		const { status, output } = buildWithFixture('valid', { REPORT_ERROR_URL: 'http://tracker.example/new' });
		expect(status).not.toBe(0);
		expect(output).toContain('REPORT_ERROR_URL');
	});
});
