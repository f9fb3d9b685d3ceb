import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromiumPath: string;
	}
}

/** Serves the built site on a free local port for the whole browser run. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does this).');
	}
	const chromiumPath: string = ensureChromium();
	const server: { url: string; close: () => Promise<void> } = await serveDist('dist');
	project.provide('baseURL', server.url);
	project.provide('chromiumPath', chromiumPath);
	return () => server.close();
}
