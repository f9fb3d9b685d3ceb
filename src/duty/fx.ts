/** Exchange rates from the dated snapshot (content/exchange-rates/), with no dependencies: the browser uses them too. */

/** Units of `to` per one unit of `from`, from a snapshot; undefined when either is missing. */
export function crossRate(snapshot: { rates: Readonly<Record<string, number>> }, from: string, to: string): number | undefined {
	const a = snapshot.rates[from];
	const b = snapshot.rates[to];
	return a && b ? b / a : undefined;
}
