import { z } from 'astro/zod';
import { calendarDate } from './guide.ts';

/**
 * content/exchange-rates/<date>.yaml: a dated snapshot of exchange rates, in units of each
 * currency per one unit of `base`. The calculator uses the newest snapshot by default and the
 * reader may type their own rate.
 */
export const exchangeRates = z
	.object({
		date: calendarDate,
		base: z.string().regex(/^[A-Z]{3}$/),
		/** True when the rates are approximations rather than copied from the source on `date`. */
		estimate: z.boolean(),
		source: z.object({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) }),
		rates: z.record(z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as CNY' }), z.number().positive({ error: 'must be a positive number' })),
	})
	.refine((s) => s.rates[s.base] === 1, { error: 'the base currency must have the rate 1', path: ['rates'] });
export type ExchangeRates = z.infer<typeof exchangeRates>;

/** Units of `to` per one unit of `from`, from a snapshot; undefined when either is missing. */
export function crossRate(snapshot: Pick<ExchangeRates, 'rates'>, from: string, to: string): number | undefined {
	const a = snapshot.rates[from];
	const b = snapshot.rates[to];
	return a && b ? b / a : undefined;
}
