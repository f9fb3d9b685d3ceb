import { expect, test } from 'vitest';
import { findChromium } from '../../scripts/chromium.mjs';

const only = (...present: string[]) => (path: string) => present.includes(path);

test('the first installed candidate is used', () => {
	expect(findChromium({ env: {}, candidates: ['/a', '/b', '/c'], exists: only('/b', '/c') })).toBe('/b');
});

test('CHROMIUM_PATH wins, and a wrong one is a clear error rather than a silent fallback', () => {
	expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, candidates: ['/a'], exists: only('/a', '/opt/chrome') })).toBe(
		'/opt/chrome',
	);
	expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, candidates: ['/a'], exists: only('/a') })).toThrow(
		'CHROMIUM_PATH is set to /nope, but no executable is there.',
	);
});

test('nothing installed gives null, so the caller can install or explain', () => {
	expect(findChromium({ env: {}, candidates: ['/a'], exists: only() })).toBeNull();
});
