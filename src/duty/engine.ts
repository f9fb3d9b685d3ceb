/**
 * The engine with the site's regimes (src/duty/regimes/index.ts) as the default registry: what
 * the server, the tests and the benchmark use. The formulas are in ./engine-core.ts, which imports
 * no regime, so the browser can load each regime only when a destination needs it.
 */
import type { AnyDestination } from '../schemas/duty.ts';
import * as core from './engine-core.ts';
import { regimes, type Registry } from './regimes/index.ts';
import type { DutyInput } from './types.ts';

export { answerCurrency, rulesInForce, type ChannelComparison, type DutyOutcome } from './engine-core.ts';

/** The regimes of the site unless a test gives its own. */
export const calculate = (input: DutyInput, destination: AnyDestination, registry: Registry = regimes) => core.calculate(input, destination, registry);

/** Every channel of a destination for the same purchase, and which costs least (see engine-core.ts). */
export const compareChannels = (input: Omit<DutyInput, 'channel'>, destination: AnyDestination, registry: Registry = regimes) =>
	core.compareChannels(input, destination, registry);
