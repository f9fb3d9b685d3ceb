import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { builtOrigin, serveDist } from '../../scripts/serve.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromiumPath: string;
	}
}

/**
 * Serves the built site for the whole browser run at the address it was built for (SITE_URL), as
 * its host would: the partners' loader knows the site's origin from the build. `npm test` builds
 * for http://127.0.0.1:4399.
 */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does this).');
	}
	const chromiumPath: string = ensureChromium();
	const origin = await builtOrigin('dist');
	if (origin.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(origin.hostname)) {
		throw new Error(`dist/ was built for ${origin.origin}; the browser tests serve it on this machine, so build it for a local address: SITE_URL=http://127.0.0.1:4399 npm run build`);
	}
	const port = Number(origin.port || 80);
	const server: { url: string; close: () => Promise<void> } = await serveDist('dist', { port }).catch((error: Error) => {
		throw new Error(`cannot serve dist/ at ${origin.origin}, the address it was built for (${error.message}); stop what listens on port ${port}, or build for another port`);
	});
	project.provide('baseURL', origin.origin);
	project.provide('chromiumPath', chromiumPath);
	return () => server.close();
}
