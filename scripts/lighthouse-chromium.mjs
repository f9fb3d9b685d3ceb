// Chromium for Lighthouse, which drives it through a DevTools port. Chromium picks a free port
// itself (--remote-debugging-port=0) and writes it to DevToolsActivePort in its profile folder, so
// runs side by side on a shared machine (other worktrees, other projects) never collide on a port.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

/** Launches Chromium with a DevTools port; `timeout` bounds the launch and the wait for the port. */
export async function launchForLighthouse(executablePath, { timeout = 60_000 } = {}) {
	const profile = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		timeout,
		args: ['--no-sandbox', '--disable-gpu', '--remote-debugging-port=0'],
	});
	const close = async () => {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	};
	const deadline = Date.now() + timeout;
	for (;;) {
		const written = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
		const port = Number(written.split('\n')[0]);
		if (port > 0) return { port, close };
		if (Date.now() > deadline) {
			await close();
			throw new Error(`Chromium did not report its DevTools port within ${timeout / 1000} s`);
		}
		await sleep(100);
	}
}
