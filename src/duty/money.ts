/**
 * Money in integer minor units (fen, cents) and rates as exact fractions: no floating point in
 * amounts. A percentage such as 13 or 9.1 becomes the fraction 130000/1000000.
 */
export interface Fraction {
	num: bigint;
	den: bigint;
}

const PERCENT_SCALE = 10_000n; // four decimal places of a percentage

export const percent = (value: number): Fraction => ({
	num: BigInt(Math.round(value * Number(PERCENT_SCALE))),
	den: 100n * PERCENT_SCALE,
});
export const one: Fraction = { num: 1n, den: 1n };
export const times = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.num, den: a.den * b.den });
export const plus = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
export const minus = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });
export const over = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den, den: a.den * b.num });

/** amount × fraction, rounded half up to a whole minor unit (amounts are never negative). */
export function applyRounded(amountMinor: number, fraction: Fraction): number {
	const num = BigInt(amountMinor) * fraction.num;
	return Number((2n * num + fraction.den) / (2n * fraction.den));
}

/** Major units (5000) to minor units (500000) for a currency with `digits` minor digits. */
export const toMinor = (major: number, digits: number) => Math.round(major * 10 ** digits);

/**
 * Splits `total` across `weights` in proportion, in whole minor units, so that the parts add up
 * exactly to the total (largest remainder first; ties go to the earlier part).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
	const exact = weights.map((w) => (BigInt(total) * BigInt(w)) );
	const parts = exact.map((e) => Number(e / BigInt(sum)));
	let rest = total - parts.reduce((a, b) => a + b, 0);
	const order = exact
		.map((e, i) => ({ i, remainder: Number(e % BigInt(sum)) }))
		.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
	for (const { i } of order) {
		if (rest <= 0) break;
		parts[i]! += 1;
		rest -= 1;
	}
	return parts;
}
