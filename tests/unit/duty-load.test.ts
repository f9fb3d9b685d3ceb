import { expect, test } from 'vitest';
import * as core from '../../src/duty/engine-core.ts';
import { calculate } from '../../src/duty/engine.ts';
import { regimes } from '../../src/duty/regimes/index.ts';
import { loadedRegimes, loadRegimes, regimesLoaded } from '../../src/duty/regimes/load.ts';
import type { AnyDestination } from '../../src/schemas/duty.ts';
import { loadRules } from './duty-helpers.ts';

// The browser's registry (one dynamic import per kind) holds exactly the server's regimes.
test('every regime kind loads on its own, once, as the very object the registry lists', async () => {
	expect(regimesLoaded(['cn-cbec'])).toBe(false);
	const [cbec] = await loadRegimes(['cn-cbec', 'cn-cbec']);
	expect(cbec).toBe(regimes.find((r) => r.kind === 'cn-cbec'));
	expect(loadedRegimes.map((r) => r.kind)).toEqual(['cn-cbec']);
	expect(regimesLoaded(['cn-cbec'])).toBe(true);
	const all = await loadRegimes(regimes.map((r) => r.kind));
	expect(all).toEqual([...regimes]);
	expect(loadedRegimes).toHaveLength(regimes.length);
	await expect(loadRegimes(['no-such-kind'])).rejects.toThrow(/No regime "no-such-kind"/);
});

test('the core engine with only a destination’s own regimes gives what the full registry gives', async () => {
	const input = { channel: 'cbec', date: '2026-12-07', items: [{ category: 'cosmetics' as const, value: 30_000 }], shipping: 2_000 };
	const china = loadRules('cn.yaml').parsed.data as AnyDestination;
	const own = await loadRegimes(china.channels.map((c) => c.kind));
	expect(core.calculate(input, china, own)).toEqual(calculate(input, china));
	expect(() => core.calculate(input, china, [])).toThrow(/No regime "cn-cbec"/);
});
