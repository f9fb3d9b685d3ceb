/**
 * What a regime kind is: one object per kind in src/duty/regimes/<kind>.ts, listed in ./index.ts.
 * The duty schema, the engine, the "at a glance" table, the rules page and the calculator's
 * browser code loop over the registry; none of them knows a kind by name.
 *
 * Types only from zod (`import type`): the browser bundle imports the regimes for their formulas
 * and must not carry the schema library. The schema is built from the kit the schema module
 * passes in (src/schemas/duty-kit.ts).
 */
import type { z } from 'astro/zod';
import type { SchemaKit } from '../../schemas/duty-kit.ts';
import type { DutyInput, RegimeError, RegimeResult } from '../types.ts';

/**
 * Inputs beyond the price and kind of goods that a regime reads. The form shows `gift`, `spent`
 * and `single` only for destinations with a channel whose regime asks for them.
 */
export type RegimeInput = 'gift' | 'spent' | 'single' | 'region' | 'lines' | 'origin' | 'duty' | 'fx';
export const OPTIONAL_INPUTS = ['gift', 'spent', 'single'] as const satisfies readonly RegimeInput[];

/** What the engine tells a regime besides the input and the rules. */
export interface RegimeContext {
	/** The currency of the amounts (input and result): the destination's or the region's own. */
	currency: string;
	/** The destination's currency, in which its rules' money is set unless a figure says otherwise. */
	rulesCurrency: string;
}

/** Every rules version is dated: `from` and optional `until` (inclusive), YYYY-MM-DD. */
export interface DatedRules {
	from: string;
	until?: string | undefined;
}

/** One line of the "at a glance" table: a text key (`glance.<key>`) and its figures; money is [amount, currency]. */
export interface GlanceLine {
	key: string;
	params: Record<string, string | number | [number, string]>;
}

export interface Regime<K extends string = string, R extends DatedRules = DatedRules> {
	kind: K;
	/** The schema of one rules version, from the shared kit. */
	rules(kit: SchemaKit): z.ZodType<R>;
	/**
	 * The tax on one purchase under one rules version (amounts in minor units with `digits`, in
	 * `context.currency`: the destination's, or a region's own, e.g. Sweden's SEK in the EU file).
	 */
	calculate(input: DutyInput, rules: R, digits: number, context: RegimeContext): RegimeResult | RegimeError;
	/** The deciding limit and main tax, for the "at a glance" table. */
	glance(rules: R, context: { date: string; currency: string }): GlanceLine;
	/**
	 * Every field name the rules page may meet in a rules version (nested ones too), each labelled
	 * `field.<name>` in content/duty-text/common.yaml. Units are not here: each figure carries its
	 * own. A field not listed stops the build, naming it.
	 */
	fields: readonly string[];
	/** The inputs the regime reads. */
	inputs: readonly RegimeInput[];
	/**
	 * Whether a seller or platform may charge the tax at checkout under this rules version, and up
	 * to what limit (src/duty/collected.ts: the calculator's "the shop charged tax at checkout" box).
	 * Read from the rules' own fields; left out, or undefined: never at checkout. In the browser too:
	 * the calculator asks it once a destination's rules and regimes are loaded.
	 */
	checkout?(rules: R): CheckoutOffer | undefined;
}

/** A rules version's checkout collection: a limit (major units; `currency` when not the rules') or none. */
export interface CheckoutOffer {
	limit?: { value: number; currency?: string | undefined; below?: boolean };
}

/** A registry: the regimes a schema, engine or page knows. */
export type Registry = readonly Regime[];

/**
 * What a regime file spreads in place of its server parts (`rules`, `glance`, `fields`) in the
 * browser build: `...(import.meta.env?.SSR !== false ? { rules, glance, fields } : SERVER_ONLY)`.
 * Vite replaces import.meta.env.SSR with false in the browser bundle, so the schema, the glance
 * and the field list are dropped from it (the calculator's script stays small, and never needs
 * them); on the server, in tests and in plain Node they are there. Typed as present: only the
 * browser lacks them, and browser code reads only `kind`, `calculate` and `inputs`.
 */
export const SERVER_ONLY = {} as never;

/** Ties a regime's formulas to its schema's type (`R` inferred from `rules`). */
export const defineRegime = <K extends string, R extends DatedRules>(regime: Regime<K, R>): Regime<K, R> => regime;

/** The regime for a kind; a kind not in the registry is a mistake in the code, named. */
export function regimeOf(registry: Registry, kind: string): Regime {
	const regime = registry.find((r) => r.kind === kind);
	if (!regime) throw new Error(`No regime "${kind}": add src/duty/regimes/${kind}.ts and list it in src/duty/regimes/index.ts`);
	return regime;
}

/** The rules type a regime's schema produces. */
export type RulesOf<S extends (kit: SchemaKit) => z.ZodType> = z.output<ReturnType<S>>;

/** "5–15", or "20" when every value is the same (a glance's range of rates). */
export function numberRange(values: readonly number[]): string {
	const min = Math.min(...values);
	const max = Math.max(...values);
	return min === max ? `${min}` : `${min}–${max}`;
}
