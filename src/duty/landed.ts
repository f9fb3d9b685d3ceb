/**
 * What the reader pays in all, and where the money goes: the price (goods, shipping, insurance),
 * the duties and taxes, and the carriers' fees. Pure; unit-tested; the calculator shows it.
 */
import type { DutyInput, DutyResult } from './types.ts';

export interface LandedCost {
	/** Goods, shipping and insurance, minor units. */
	price: number;
	/** Price + duties and taxes + carrier fees. */
	landed: number;
	/** The non-zero parts, each with its share of the landed cost in percent (not rounded). */
	parts: { part: 'goods' | 'taxes' | 'fees'; amount: number; share: number }[];
}

export function landedCost(input: DutyInput, result: Pick<DutyResult, 'total' | 'carrierTotal'>): LandedCost {
	const price = input.items.reduce((sum, item) => sum + item.value, 0) + (input.shipping ?? 0) + (input.insurance ?? 0);
	const landed = price + result.total + result.carrierTotal;
	const amounts = [
		{ part: 'goods', amount: price },
		{ part: 'taxes', amount: result.total },
		{ part: 'fees', amount: result.carrierTotal },
	] as const;
	const parts = amounts.filter((p) => p.amount > 0).map((p) => ({ ...p, share: (p.amount / (landed || 1)) * 100 }));
	return { price, landed, parts };
}
