import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

// Three projects, run in this order by `npm test` (see package.json):
// - unit:    pure modules (schemas, parity, storage…), no build needed;
// - build:   runs `astro build` on temporary copies of the site with bad content fixtures;
// - browser: drives the system Chromium (playwright-core) against the built dist/ (and, for the search
//            rank expectations and evaluation floors, the dialog's query layer on its index from Node).
export default defineConfig({
	test: {
		// The longest browser files start first, also on a fresh clone without timings (tests/sequencer.ts).
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Pure modules and no shared state: the files share one module graph per worker instead of
					// re-importing Zod, the schemas and the engine for each file (measured on the shared 2-core
					// machine: 17–39 s isolated, 9–11 s not). After changing a unit test, run the project twice
					// and with --sequence.shuffle (also with --maxWorkers=1) to check that no file leaks state.
					isolate: false,
					// Every unit test does a bounded amount of work (exhaustive loops are split into one test per
					// region or period; fast-check runs a fixed number of cases), well under a second on an idle
					// machine; the timeout only has to survive a busy one.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// Each test runs (or waits for) one real `astro build` as a child process. Two at a time on a
					// two-core machine, whatever else it is doing; a test's timeout starts when it gets its turn.
					maxConcurrency: 2,
					fileParallelism: false,
					testTimeout: 300_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					// Every wait inside a test is explicit (tests/browser/browser.ts: WAIT_MS, 30 s); a test may
					// make several, so it gets more. Longer tests (search, Lighthouse) say their own timeout.
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// Each file launches its own Chromium. Three files at a time on two cores: a file's tests
					// run one after the other and wait between steps (a page's network going quiet, a timer,
					// a poll), so two files left a core idle much of the time (measured 2026-12-08: 1.4 of 2
					// cores busy on average with two).
					maxWorkers: 3,
					// Tests a file marks concurrent (pages.test.ts: one page each) run three at a time, so
					// one page's waits for the network overlap another's checks.
					maxConcurrency: 3,
				},
			},
		],
	},
});
