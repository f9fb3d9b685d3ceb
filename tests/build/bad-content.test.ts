import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

function buildWithFixture(fixture: string): { status: number | null; output: string } {
	// Inside the project, so Node finds the real node_modules by walking up (a symlink confuses Vite).
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(root, '.tmp', `build-${fixture}-`));
	tempDirs.push(dir);
	for (const entry of COPY) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	cpSync(join(import.meta.dirname, 'fixtures', fixture), dir, { recursive: true });
	const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
	// Strip ANSI colours so messages can be matched as a reader sees them.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output };
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
