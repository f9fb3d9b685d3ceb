/**
 * One line per destination and channel for the "at a glance" table under the calculator: the
 * limit that decides the treatment and the main tax, from the rules in force on a date. Server
 * side; the words are templates in content/duty-text/common.yaml (`glance.<kind>`), filled in
 * with figures from the data, so no number is written twice.
 */
import type { DutyChannel, DutyDestination } from '../schemas/duty.ts';
import { isoDay } from '../dates.ts';
import { provinceTaxesOn } from './canada.ts';
import { rulesInForce } from './engine.ts';
import { vatRateOn } from './eu.ts';

export interface GlanceRow {
	destination: string;
	channel: string;
	/** Text key and its parameters; money parameters are [amount, currency]. */
	key: string;
	params: Record<string, string | number | [number, string]>;
	since: string;
}

const range = (values: number[]) => {
	const min = Math.min(...values);
	const max = Math.max(...values);
	return min === max ? `${min}` : `${min}–${max}`;
};

export function glanceRows(destination: DutyDestination, date: string, pick: (text: { en: string; 'zh-CN': string }) => string): GlanceRow[] {
	const cur = destination.currency;
	return destination.channels.flatMap((channel: DutyChannel) => {
		const rules = rulesInForce(channel, date);
		if (!rules) return [];
		const row = (key: string, params: GlanceRow['params']): GlanceRow[] => [
			{ destination: pick(destination.name), channel: pick(channel.name), key: `glance.${key}`, params, since: isoDay(rules.from) },
		];
		switch (channel.kind) {
			case 'cn-cbec': {
				const r = rules as Extract<DutyChannel, { kind: 'cn-cbec' }>['rules'][number];
				return row('cn-cbec', { order: [r.orderLimit.value, cur], annual: [r.annualLimit.value, cur], share: r.taxShareWithinLimits.value, vat: r.categories.other?.vat.value ?? 13 });
			}
			case 'cn-postal': {
				const r = rules as Extract<DutyChannel, { kind: 'cn-postal' }>['rules'][number];
				const rates = [...new Set(Object.values(r.categories).map((f) => f!.value))].sort((a, b) => a - b);
				return row('cn-postal', { parcel: [r.parcelLimit.value, cur], waiver: [r.waiver.value, cur], rates: rates.join('/') });
			}
			case 'gb-low-value': {
				const r = rules as Extract<DutyChannel, { kind: 'gb-low-value' }>['rules'][number];
				return row('checkout-vat', { limit: [r.threshold.value, cur], rate: r.vat.value });
			}
			case 'gst-threshold': {
				const r = rules as Extract<DutyChannel, { kind: 'gst-threshold' }>['rules'][number];
				return row('checkout-gst', { limit: [r.threshold.value, cur], rate: r.gst.value });
			}
			case 'jp-personal': {
				const r = rules as Extract<DutyChannel, { kind: 'jp-personal' }>['rules'][number];
				return row('jp-personal', { exemption: [r.exemption.value, cur], share: r.taxableShare.value, ct: r.consumptionTax.value });
			}
			case 'us-entry': {
				const r = rules as Extract<DutyChannel, { kind: 'us-entry' }>['rules'][number];
				return row(r.duties === 'in-lieu' ? 'us-in-lieu' : 'us-full', { gift: [r.giftAllowance.value, cur] });
			}
			case 'eu-parcel': {
				const r = rules as Extract<DutyChannel, { kind: 'eu-parcel' }>['rules'][number];
				const rates = Object.values(r.vat).map((history) => vatRateOn(history, date)!.value);
				const duty = r.lowValueDuty.kind === 'flat' ? 'eu-flat' : r.lowValueDuty.kind === 'relief' ? 'eu-relief' : 'eu-tariff';
				return row(duty, { limit: [r.lowValue.value, cur], vat: range(rates), ...(r.lowValueDuty.kind === 'flat' ? { flat: [r.lowValueDuty.perSubheading.value, cur] } : {}) });
			}
			case 'ca-low-value': {
				const r = rules as Extract<DutyChannel, { kind: 'ca-low-value' }>['rules'][number];
				const general = r.lowValue.find((v) => !v.origins)!;
				const taxes = Object.values(r.provinces).map((list) => provinceTaxesOn(list, date).reduce((sum, t) => sum + t.rate.value, 0));
				return row('ca', { limit: [general.taxFree.value, cur], tax: range(taxes.map((v) => Math.round(v * 1000) / 1000)) });
			}
			case 'kr-personal': {
				const r = rules as Extract<DutyChannel, { kind: 'kr-personal' }>['rules'][number];
				const us = r.listClearance[0]?.thresholdUSD.value;
				return row('kr', { limit: [r.thresholdUSD.value, 'USD'], us: us ? [us, 'USD'] : '', vat: r.vat.value });
			}
		}
	});
}
