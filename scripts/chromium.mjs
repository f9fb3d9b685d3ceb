// Finds a Chromium for the browser tests and benchmarks, or installs Debian's `chromium`
// when run as root (CI, fresh machines). Otherwise it says what to install and exits 1.
//
//   node scripts/chromium.mjs          prints the path it found or installed
//   import { findChromium } from './scripts/chromium.mjs'
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const isExecutable = (path) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** The first usable browser: $CHROMIUM_PATH if set (and executable), else the first candidate found. */
export function findChromium({ env = process.env, candidates = CANDIDATES, exists = isExecutable } = {}) {
	if (env.CHROMIUM_PATH) {
		if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
		throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no executable is there.`);
	}
	return candidates.find((path) => exists(path)) ?? null;
}

const HOW_TO_INSTALL = `No Chromium found for the browser tests.
Install one and run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          install Google Chrome or Chromium
or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`;

/** Finds Chromium; as root on a Debian-like system, installs the `chromium` package if none is found. */
export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = isExecutable('/usr/bin/apt-get');
	if (!isRoot || !hasApt) throw new Error(HOW_TO_INSTALL);
	console.log('Chromium not found: installing Debian package "chromium" (apt-get)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
	const installed = findChromium();
	if (!installed) throw new Error(`apt-get finished but no Chromium was found.\n${HOW_TO_INSTALL}`);
	return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		console.log(ensureChromium());
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
