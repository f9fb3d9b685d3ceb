import type { Category } from './categories.ts';

export interface DutyItem {
	category: Category;
	/** Price of this kind of goods, in the destination currency's minor units. */
	value: number;
}

export interface DutyInput {
	channel: string;
	items: DutyItem[];
	/** Shipping and insurance paid, minor units. */
	shipping?: number;
	insurance?: number;
	/** Import date, YYYY-MM-DD: the rules in force that day apply. */
	date: string;
	/** China CBEC: cross-border purchases already made this calendar year, minor units. */
	spent?: number;
	/** The parcel holds one indivisible item. */
	single?: boolean;
	/** Duty (tariff) rate override, in percent, for when the preset is unknown or wrong. */
	dutyRate?: number;
	/** A gift from one private person to another (each destination's gift relief: `gift` in its rules). */
	gift?: boolean;
	/** ISO 3166-1 code of the country the goods come from (Canada's thresholds, US China-specific duties). */
	origin?: string;
	/** A region of the destination whose rules differ: an EU member state, a Canadian province. */
	region?: string;
	/** Distinct kinds of goods (tariff subheadings) in the parcel; defaults to the distinct categories in `items`. */
	lines?: number;
	/**
	 * Units of the destination currency per unit of another currency (thresholds set in USD, e.g.
	 * Korea's). The reader's own rate, when they give one, replaces the snapshot's for their currency.
	 */
	fx?: Readonly<Record<string, number>>;
	/**
	 * The amounts as the reader entered them, before conversion, in minor units of `currency`. A
	 * limit set in a foreign currency (Korea's US$150) is compared in that currency when the amounts
	 * are in it, so rounding the conversion can never move a purchase across the limit.
	 */
	entered?: { currency: string; minorUnits: number; goods: number; shipping: number; insurance: number };
}

/** One step of the calculation, shown to the reader. */
export interface BreakdownLine {
	/** UI string key describing the step, e.g. "cn.cbec.vat". */
	key: string;
	category?: Category;
	/** What the rate applies to, minor units. */
	base: number;
	/** Percent, e.g. 13. */
	rate: number;
	/** Share of the full tax that is payable, in percent (China CBEC: 70). */
	share?: number;
	/** What is payable for this step, minor units. */
	amount: number;
	/** Source ids in the rules file. */
	sources: string[];
	estimate: boolean;
	/** Charged by the seller or marketplace at checkout rather than on delivery. */
	atCheckout?: boolean;
	/**
	 * A fixed amount, not a rate of the base (the EU's €3 per kind of goods, a processing fee, a
	 * national parcel fee): `rate` is then 0 and means nothing; the view shows no rate.
	 */
	flat?: boolean;
	/** Its amount is not known yet (a charge agreed but not set): `amount` is 0 and the view says so. */
	unquantified?: boolean;
}

export interface DutyWarning {
	key: string;
	params?: Record<string, string | number>;
}

export interface DutyResult {
	destination: string;
	currency: string;
	minorUnits: number;
	channel: string;
	/** Which treatment applied, e.g. "within-limits", "full-tax", "waived". */
	regime: string;
	regimeParams: Record<string, string | number>;
	/** Duties, taxes and government charges payable, including tax charged at checkout; minor units. */
	total: number;
	/** The part of `total` collected on delivery (not at checkout). */
	onDelivery: number;
	lines: BreakdownLine[];
	/** Carrier fees for clearing the parcel (not part of `total`), and their sum. */
	carrier: BreakdownLine[];
	carrierTotal: number;
	warnings: DutyWarning[];
	/** True when any figure used is marked as an estimate. */
	estimate: boolean;
	/**
	 * The channel cannot take this purchase (China: a personal parcel over CNY 2,000; an order over
	 * the cross-border limit): `reason` is a text key (with its params) saying why. The amounts are
	 * what it would cost if it could, for the record; a comparison never calls it the cheapest.
	 */
	notAllowed?: DutyWarning;
	/** Some amount is left out for want of a rate (a warning in MISSING_RATE_WARNINGS says which). */
	missingRate: boolean;
	rules: { from: string; until?: string; reviewed: string };
	sources: string[];
}

/** What a regime module returns; the engine adds the destination, dates and sources. */
export interface RegimeResult {
	regime: string;
	/** Numbers the sentence describing the regime quotes (limits in major units, rates in percent). */
	params?: Record<string, string | number>;
	total: number;
	lines: BreakdownLine[];
	warnings: DutyWarning[];
	/** The channel cannot take this purchase, and why (a text key): see DutyResult.notAllowed. */
	notAllowed?: DutyWarning;
}

/**
 * The shared warnings a regime gives when it leaves an amount out because a rate is unknown: a
 * result with one of them is incomplete, and a comparison of channels never calls it cheapest.
 */
export const MISSING_RATE_WARNINGS: readonly string[] = ['tariff-not-included', 'excise-not-included'];

/** A regime that cannot compute this input (e.g. an unknown region) says why instead. */
export interface RegimeError {
	error: { key: string; params?: Record<string, string> };
}

/** Within this share below a limit, the reader is told they are close to it. */
export const NEAR_LIMIT = 0.9;
