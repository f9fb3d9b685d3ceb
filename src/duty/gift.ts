/**
 * What each channel of a destination does with a gift from one private person to another, on a
 * date: its allowance (and whether tax above it is on the whole value or only the excess), that
 * there is none, or that the calculator has no gift rule there and taxes a gift like a purchase.
 * The form's gift hint and the rules page say it plainly from this. Pure; browser code uses it.
 *
 * A rules version carries its relief as `gift` (the kit's `giftRelief`); an allowance of 0 means
 * the destination has none. A regime that does not read the `gift` input has no gift rule.
 */
import type { AnyDestination } from '../schemas/duty.ts';
import type { GiftRelief } from '../schemas/duty-kit.ts';
import { rulesInForce } from './engine.ts';
import { regimeOf, regimes, type Registry } from './regimes/index.ts';

export interface GiftHint {
	channel: string;
	/** A text key in content/duty-text/common.yaml; `{{channel}}` is the channel's name. */
	key: 'gift.allowance' | 'gift.allowance-excess' | 'gift.none' | 'gift.treated-as-purchase';
	/** The allowance, [amount, currency], when there is one. */
	params: { allowance?: [number, string] };
}

/** The gift relief of a rules version, if it has one (the kit's shape). */
export function giftReliefOf(rules: object): GiftRelief | undefined {
	const gift = (rules as { gift?: unknown }).gift;
	return gift && typeof gift === 'object' && 'allowance' in gift ? (gift as GiftRelief) : undefined;
}

/** One hint per channel with rules on `date`. */
export function giftHints(destination: AnyDestination, date: string, registry: Registry = regimes): GiftHint[] {
	return destination.channels.flatMap((channel): GiftHint[] => {
		const rules = rulesInForce(channel, date);
		if (!rules) return [];
		const relief = regimeOf(registry, channel.kind).inputs.includes('gift') ? giftReliefOf(rules) : undefined;
		if (!relief) return [{ channel: channel.id, key: 'gift.treated-as-purchase', params: {} }];
		if (relief.allowance.value === 0) return [{ channel: channel.id, key: 'gift.none', params: {} }];
		const allowance: [number, string] = [relief.allowance.value, relief.allowance.currency ?? destination.currency];
		return [{ channel: channel.id, key: relief.above === 'excess' ? 'gift.allowance-excess' : 'gift.allowance', params: { allowance } }];
	});
}
