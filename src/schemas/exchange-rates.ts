import { z } from 'astro/zod';
import { calendarDay, currencyCode, source } from './common.ts';

/**
 * content/exchange-rates/<date>.yaml: a dated snapshot of exchange rates, in units of each
 * currency per one unit of `base`. The calculator uses the newest snapshot by default and the
 * reader may type their own rate.
 */
export const exchangeRates = z
	.object({
		/** YYYY-MM-DD. */
		date: calendarDay,
		base: currencyCode,
		/** True when the rates are approximations rather than copied from the source on `date`. */
		estimate: z.boolean(),
		source,
		rates: z.record(currencyCode, z.number().positive({ error: 'must be a positive number' })),
	})
	.refine((s) => s.rates[s.base] === 1, { error: 'the base currency must have the rate 1', path: ['rates'] });
export type ExchangeRates = z.infer<typeof exchangeRates>;

export { crossRate } from '../duty/fx.ts';
