/**
 * One line per destination and channel for the "at a glance" table under the calculator: the
 * limit that decides the treatment and the main tax, from the rules in force on a date. Server
 * side; each regime says which figures (src/duty/regimes/<kind>.ts `glance`), and the words are
 * templates in content/duty-text/common.yaml (`glance.<key>`), so no number is written twice.
 */
import type { AnyDestination } from '../schemas/duty.ts';
import { rulesInForce } from './engine.ts';
import { regimeOf, regimes, type Registry } from './regimes/index.ts';
import type { GlanceLine } from './regimes/regime.ts';
import { format } from '../text/format.ts';
import { categories, isChildCategory, type Category } from './categories.ts';
import { namesKind } from './parent-rates.ts';

export interface GlanceRow {
	destination: string;
	channel: string;
	/** Text key and its parameters; money parameters are [amount, currency]. */
	key: string;
	params: GlanceLine['params'];
	since: string;
	/** The narrower kinds of goods (perfume, children's clothing…) these rules give a rate of their own. */
	ownKinds: Category[];
}

export function glanceRows(destination: AnyDestination, date: string, pick: (text: { en: string; 'zh-CN': string }) => string, registry: Registry = regimes): GlanceRow[] {
	return destination.channels.flatMap((channel) => {
		const rules = rulesInForce(channel, date);
		if (!rules) return [];
		const { key, params } = regimeOf(registry, channel.kind).glance(rules, { date, currency: destination.currency });
		const ownKinds = categories.filter((kind) => isChildCategory(kind) && namesKind(rules, kind));
		return [{ destination: pick(destination.name), channel: pick(channel.name), key: `glance.${key}`, params, since: rules.from, ownKinds }];
	});
}

/** A glance line's words, its money figures ([amount, currency]) written as money in `lang`. */
export function glanceText(template: string, params: GlanceLine['params'], lang: string): string {
	const money = ([amount, currency]: [number, string]) =>
		new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount).replace(/\u00a0/g, ' ');
	return format(template, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? money(value as [number, string]) : value])));
}
