/**
 * Brazil, goods by post or courier under the simplified regime (Regime de Tributação Simplificada,
 * RTS), up to US$3,000 a parcel. Two taxes, one on top of the other:
 *
 * - Federal import tax (Imposto de Importação) on the customs value: the goods with the transport
 *   and insurance to Brazil, which also decide the value band (Portaria MF 1.086/2024 §4). The
 *   bands are data: from a company in the Remessa Conforme programme, 20% up to US$50 and 60% less
 *   a US$20 deduction above it; from any other seller, 60% on the whole value. The bands and the
 *   deduction are in US dollars and compared in dollars: when the reader's amounts are in dollars,
 *   those exactly (`input.entered`); otherwise reais against dollars at `input.fx.USD`.
 * - The state's ICMS, charged "por dentro": the tax is part of its own base, so it is the rate of
 *   the price including itself. ICMS = (customs value + import tax) × r / (1 − r), and the line
 *   shows the tax-inclusive base. The state is the buyer's (`input.region`); its rate is data with
 *   its own dates (ten states went from 17% to 20% on 2025-04-01).
 *
 * A Remessa Conforme company collects both at checkout (`atCheckout`), so nothing is due on
 * delivery; from any other seller they are collected before delivery. Books are immune from both
 * (the Constitution, art. 150 VI d): a kind of goods marked `immune` is left out of the taxed
 * value. Above US$3,000, or for goods the simplified regime does not take (alcohol and tobacco),
 * the parcel needs a formal import declaration: the amounts are shown for the record, not allowed.
 */
import type { Figure, SchemaKit } from '../../schemas/duty-kit.ts';
import type { Category } from '../categories.ts';
import { allocate, applyRounded, minus, one, over, percent, toMinor } from '../money.ts';
import { type BreakdownLine, type DutyInput, type DutyWarning, type RegimeError, type RegimeResult } from '../types.ts';
import { defineRegime, numberRange, SERVER_ONLY, type Regime, type RulesOf } from './regime.ts';

const rules = (k: SchemaKit) =>
	k.z
		.object({
			...k.dated,
			/** The simplified regime's limit per parcel, in US dollars (goods, transport and insurance). */
			limitUSD: k.money('USD'),
			/**
			 * Import tax bands by customs value, in US dollars, lowest first: the first whose `upToUSD`
			 * (inclusive) holds the value applies; the last has none. `deductUSD` comes off the tax.
			 */
			bands: k.z.array(k.z.object({ upToUSD: k.money('USD').optional(), rate: k.percent, deductUSD: k.money('USD').optional() })).min(1),
			/** The seller collects the import tax and ICMS at checkout (a Remessa Conforme company). */
			atCheckout: k.ruling,
			/** ICMS by state (the destination's `regions` codes), each a dated history of rates. */
			icms: k.z.record(k.country, k.history(k.percent)),
			categories: k.categoryRecord(
				k.z.object({
					/** Immune from the import tax and ICMS (books, newspapers and periodicals). */
					immune: k.ruling.optional(),
					/** The simplified regime does not take these goods (alcohol, tobacco). */
					notInRegime: k.ruling.optional(),
				}),
			),
			/** Gifts between private persons: an allowance of 0 says they are taxed like purchases. */
			gift: k.giftRelief,
		})
		.refine((r) => r.bands.every((band, i) => (i === r.bands.length - 1) === (band.upToUSD === undefined)), {
			error: 'every band but the last needs upToUSD, and the last has none',
			path: ['bands'],
		});
export type BrRemessaRules = RulesOf<typeof rules>;

const sourcesOf = (figure: { source?: string | undefined }) => (figure.source ? [figure.source] : []);

/** A state's ICMS rate on `date`: the last entry of its history that has begun. */
export const icmsOn = (history: readonly { from?: string | undefined; rate: Figure }[], date: string): Figure | undefined =>
	history.findLast((entry) => !entry.from || entry.from <= date)?.rate;

function calculate(input: DutyInput, rules: BrRemessaRules, digits: number): RegimeResult | RegimeError {
	const region = input.region ?? '';
	const history = rules.icms[region];
	if (!history) return { error: { key: 'unknown-region', params: { region } } };
	const icms = icmsOn(history, input.date);
	if (!icms) return { error: { key: 'no-rules-on-date', params: { date: input.date } } };
	const fx = input.fx?.USD;
	if (fx === undefined || !Number.isFinite(fx) || fx <= 0) return { error: { key: 'br.no-usd-rate' } };

	const warnings: DutyWarning[] = [];
	const goods = input.items.reduce((sum, item) => sum + item.value, 0);
	const extras = (input.shipping ?? 0) + (input.insurance ?? 0);
	const customsValue = goods + extras;
	// In dollars as entered when the reader's amounts are in dollars; otherwise reais at the rate.
	const dollars = input.entered?.currency === 'USD' ? input.entered : undefined;
	const enteredCents = dollars ? dollars.goods + dollars.shipping + dollars.insurance : undefined;
	const reais = (usd: number) => toMinor(usd * fx, digits);
	/** amount compared with `usd` × tenths/10: positive when over. */
	const against = (usd: number, tenths: number) =>
		dollars && enteredCents !== undefined ? enteredCents * 10 - toMinor(usd, dollars.minorUnits) * tenths : customsValue * 10 - reais(usd) * tenths;
	if (!dollars) warnings.push({ key: 'br.usd-rate', params: { rate: Math.round(fx * 100) / 100 } });

	const preset = (category: Category) => rules.categories[category];
	const band = rules.bands.find((b) => !b.upToUSD || against(b.upToUSD.value, 10) <= 0)!;
	const bandIndex = rules.bands.indexOf(band);

	let notAllowed: DutyWarning | undefined;
	if (against(rules.limitUSD.value, 10) > 0) notAllowed = { key: 'br.over-limit', params: { usd: rules.limitUSD.value } };
	else if (input.items.some((item) => preset(item.category)?.notInRegime?.value)) notAllowed = { key: 'br.not-in-regime' };
	if (input.gift) warnings.push({ key: rules.gift.allowance.value === 0 ? 'br.gift' : 'gst.gift-relief', params: { allowance: rules.gift.allowance.value } });

	// The customs value of each kind of goods (transport and insurance shared by value); immune kinds left out.
	const shares = allocate(extras, input.items.map((item) => item.value));
	const taxed = input.items.map((item, i) => ({ ...item, value: item.value + shares[i]! })).filter((item) => !preset(item.category)?.immune?.value);
	const immune = input.items.filter((item) => preset(item.category)?.immune?.value);
	if (immune.length > 0) warnings.push({ key: 'br.immune', params: { category: immune[0]!.category } });
	const atCheckout = rules.atCheckout.value;
	warnings.push({ key: atCheckout ? 'br.checkout' : 'br.on-delivery' });
	const base = taxed.reduce((sum, item) => sum + item.value, 0);
	if (base === 0) {
		return { regime: 'br-immune', total: 0, lines: [], warnings, ...(notAllowed ? { notAllowed } : {}) };
	}

	// The band's own upper limit, if the value is close to it; above the first band, the whole value is taxed.
	const upTo = band.upToUSD;
	if (upTo && against(upTo.value, 9) >= 0) warnings.push({ key: 'br.near-band', params: { usd: upTo.value, rate: rules.bands[bandIndex + 1]!.rate.value } });
	if (bandIndex > 0) warnings.push({ key: 'br.upper-band', params: { usd: rules.bands[bandIndex - 1]!.upToUSD!.value } });

	// Import tax: the band's rate of the taxed value, less the deduction (never below nothing).
	const deduction = band.deductUSD ? reais(band.deductUSD.value) : 0;
	const importTax = Math.max(0, applyRounded(base, percent(band.rate.value)) - deduction);
	const lines: BreakdownLine[] = [
		{
			key: deduction > 0 ? 'br.import-tax-deduction' : 'br.import-tax',
			base,
			rate: band.rate.value,
			amount: importTax,
			sources: [...new Set([...sourcesOf(band.rate), ...(band.deductUSD ? sourcesOf(band.deductUSD) : [])])],
			estimate: band.rate.estimate || (band.deductUSD?.estimate ?? false),
			...(atCheckout ? { atCheckout: true } : {}),
		},
	];
	// ICMS "por dentro": r of the price including itself.
	const r = percent(icms.value);
	const icmsAmount = applyRounded(base + importTax, over(r, minus(one, r)));
	lines.push({
		key: 'br.icms',
		base: base + importTax + icmsAmount,
		rate: icms.value,
		amount: icmsAmount,
		sources: sourcesOf(icms),
		estimate: icms.estimate,
		...(atCheckout ? { atCheckout: true } : {}),
	});
	if (icms.estimate) warnings.push({ key: 'br.icms-unconfirmed', params: { rate: icms.value } });
	const regime = rules.bands.length === 1 ? 'br-flat' : bandIndex === 0 ? 'br-low-band' : 'br-high-band';
	const params = { usd: rules.bands[0]!.upToUSD?.value ?? rules.limitUSD.value, rate: band.rate.value, icms: icms.value };
	return { regime, params, total: importTax + icmsAmount, lines, warnings, ...(notAllowed ? { notAllowed } : {}) };
}

/** The "at a glance" line: the bands (or the one rate) and the range of state ICMS rates. */
const glance: Regime<'br-remessa', BrRemessaRules>['glance'] = (r, { date }) => {
	const rates = Object.values(r.icms).flatMap((history) => icmsOn(history, date)?.value ?? []);
	const icms = numberRange(rates);
	const [first, second] = r.bands;
	if (first?.upToUSD && second) {
		return { key: 'br-bands', params: { limit: [first.upToUSD.value, 'USD'], low: first.rate.value, high: second.rate.value, deduct: [second.deductUSD?.value ?? 0, 'USD'], icms } };
	}
	return { key: 'br-flat', params: { rate: first!.rate.value, max: [r.limitUSD.value, 'USD'], icms } };
};

export const brRemessa = defineRegime({
	kind: 'br-remessa',
	calculate,
	inputs: ['gift', 'region', 'fx'],
	checkout: (r: BrRemessaRules) => (r.atCheckout.value ? {} : undefined),
	// Read by the schema, the glance table and the rules page on the server; left out of the
	// browser bundle, where Vite replaces import.meta.env.SSR with false.
	...(import.meta.env?.SSR !== false
		? { rules, glance, fields: ['limitUSD', 'bands', 'upToUSD', 'rate', 'deductUSD', 'atCheckout', 'icms', 'from', 'categories', 'immune', 'notInRegime', 'gift', 'allowance', 'counts', 'above', 'excluded', 'flatDuty', 'upTo'] }
		: SERVER_ONLY),
});
