import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { helpLetter, helpStep } from '../../src/schemas/help.ts';

const files = (dir: string) => readdirSync(`content/help/${dir}`).filter((f) => f.endsWith('.yaml'));
const parse = <S extends z.ZodType>(schema: S, dir: string, file: string) => schema.safeParse(load(readFileSync(`content/help/${dir}/${file}`, 'utf8')));

describe('content/help', () => {
	test.each(files('steps'))('steps/%s is valid', (file) => {
		const result = parse(helpStep, 'steps', file);
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});
	test.each(files('letters'))('letters/%s is valid', (file) => {
		const result = parse(helpLetter, 'letters', file);
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});
	test('every letter a step names exists', () => {
		const letters = new Set(files('letters').map((f) => f.replace(/\.yaml$/, '')));
		for (const file of files('steps')) {
			const step = helpStep.parse(load(readFileSync(`content/help/steps/${file}`, 'utf8')));
			if (step.letter) expect(letters, file).toContain(step.letter);
		}
	});
	test('every guide a step links to exists in both languages', () => {
		for (const file of files('steps')) {
			const step = helpStep.parse(load(readFileSync(`content/help/steps/${file}`, 'utf8')));
			const path = step.guide.split('#')[0]!.replace(/^\/|\/$/g, '');
			for (const locale of ['en', 'zh-cn']) {
				const found = ['md', 'mdx'].some((ext) => {
					try {
						readFileSync(`content/docs/${locale}/${path}.${ext}`);
						return true;
					} catch {
						return false;
					}
				});
				expect(found, `${file}: ${locale}/${path}`).toBe(true);
			}
		}
	});
});
