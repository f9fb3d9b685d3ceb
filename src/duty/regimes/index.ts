/**
 * The regime registry: every kind of duty rules the site knows, one file each. The duty schema,
 * the engine, the "at a glance" table, the rules page and the calculator loop over this list.
 * Adding a kind: its file in this folder, a line here, its rules in content/duty/<dest>.yaml and
 * its words in content/duty-text/common.yaml (README: "Adding a destination or regime").
 */
import type { BilingualText } from '../../schemas/bilingual.ts';
import { caLowValue } from './ca-low-value.ts';
import { cnCbec } from './cn-cbec.ts';
import { cnPostal } from './cn-postal.ts';
import { euParcel } from './eu-parcel.ts';
import { gbLowValue } from './gb-low-value.ts';
import { gstThreshold } from './gst-threshold.ts';
import { sgGst } from './sg-gst.ts';
import { jpPersonal } from './jp-personal.ts';
import { krPersonal } from './kr-personal.ts';
import type { Regime } from './regime.ts';
import { usEntry } from './us-entry.ts';
import { vatBorder } from './vat-border.ts';
import { brRemessa } from './br-remessa.ts';
import { usdBands } from './usd-bands.ts';

export const regimes = [cnCbec, cnPostal, gbLowValue, gstThreshold, sgGst, jpPersonal, euParcel, caLowValue, krPersonal, usEntry, vatBorder, brRemessa, usdBands] as const;

/** One channel of a destination, typed by its regime: `rules` are that regime's versions. */
type ChannelOf<G> = G extends Regime<infer K, infer R> ? { id: string; kind: K; name: BilingualText; rules: R[] } : never;
export type DutyChannel = ChannelOf<(typeof regimes)[number]>;
export type RegimeKind = DutyChannel['kind'];

export { regimeOf, OPTIONAL_INPUTS, type Registry, type Regime, type RegimeContext, type RegimeInput, type DatedRules } from './regime.ts';
