import { expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { loadRules } from './duty-helpers.ts';

const pick = (t: { en: string }) => t.en;
const rows = (file: string, date: string) => glanceRows(loadRules(file).parsed.data!, date, pick);

test('China at a glance: CNY 5,000 per order, 26,000 a year, 70% of VAT 13%; post up to CNY 2,000 with the CNY 50 waiver', () => {
	const [cbec, postal] = rows('cn.yaml', '2026-11-22');
	// Since 2026-01-01 the VAT rates come from the VAT Law (issue 14: a rules version of its own).
	expect(cbec).toMatchObject({ key: 'glance.cn-cbec', params: { order: [5000, 'CNY'], annual: [26000, 'CNY'], share: 70, vat: 13 }, since: '2026-01-01' });
	expect(postal).toMatchObject({ key: 'glance.cn-postal', params: { parcel: [2000, 'CNY'], waiver: [50, 'CNY'], rates: '13/20/50' }, since: '2024-12-01' });
	// Before 2024-12-01 the parcel limit was CNY 1,000.
	expect(rows('cn.yaml', '2024-11-30')[1]!.params['parcel']).toEqual([1000, 'CNY']);
});

test('the EU row follows the dates: duty relief to 2026-06-30, EUR 3 per kind from 2026-07-01, VAT 17–27% by country', () => {
	expect(rows('eu.yaml', '2026-06-30')[0]).toMatchObject({ key: 'glance.eu-relief', params: { limit: [150, 'EUR'], vat: '17–27' } });
	expect(rows('eu.yaml', '2026-07-01')[0]).toMatchObject({ key: 'glance.eu-flat', params: { flat: [3, 'EUR'] } });
	expect(rows('eu.yaml', '2028-07-01')[0]!.key).toBe('glance.eu-tariff');
});

test('UK and Australia: tax at checkout up to GBP 135 and AUD 1,000; Korea in US dollars, 200 from the US', () => {
	expect(rows('gb.yaml', '2026-11-22')[0]).toMatchObject({ key: 'glance.checkout-vat', params: { limit: [135, 'GBP'], rate: 20 } });
	expect(rows('au.yaml', '2026-11-22')[0]).toMatchObject({ key: 'glance.checkout-gst', params: { limit: [1000, 'AUD'], rate: 10 } });
	expect(rows('kr.yaml', '2026-11-22')[0]).toMatchObject({ params: { limit: [150, 'USD'], us: [200, 'USD'], vat: 10 } });
});

test('Canada: CAD 20, and sales tax 5–15% by province (Nova Scotia’s 15% to 14% on 2025-04-01 keeps the range)', () => {
	expect(rows('ca.yaml', '2026-11-22')[0]).toMatchObject({ key: 'glance.ca', params: { limit: [20, 'CAD'], tax: '5–15' } });
});

test('Singapore at a glance: the registered seller’s S$400 at checkout, the S$400 relief otherwise, none by sea', () => {
	const [parcel, unregistered, sea] = rows('sg.yaml', '2026-11-22');
	expect(parcel).toMatchObject({ key: 'glance.checkout-gst', params: { limit: [400, 'SGD'], rate: 9 } });
	expect(unregistered).toMatchObject({ key: 'glance.sg-relief', params: { limit: [400, 'SGD'], rate: 9 } });
	expect(sea).toMatchObject({ key: 'glance.sg-import-gst', params: { rate: 9 } });
});

test('Brazil at a glance (issue 21): 20% up to US$50, 60% less US$20 above, ICMS 17–20% by state; other sellers 60%', () => {
	const [conforme, other] = rows('br.yaml', '2026-12-07');
	expect(conforme).toMatchObject({ key: 'glance.br-bands', params: { limit: [50, 'USD'], low: 20, high: 60, deduct: [20, 'USD'], icms: '17–20' }, since: '2024-08-01' });
	expect(other).toMatchObject({ key: 'glance.br-flat', params: { rate: 60, max: [3000, 'USD'], icms: '17–20' } });
	// Before 2025-04-01 every state charged 17%.
	expect(rows('br.yaml', '2025-03-31')[0]!.params['icms']).toBe('17');
});

test('Mexico at a glance (issue 21): 33.5% global rate from most origins since 2025-08-15, 19% before', () => {
	const [platform, courier] = rows('mx.yaml', '2026-12-07');
	expect(platform).toMatchObject({ key: 'glance.bands-origin', params: { rate: '33.5' }, since: '2025-08-15' });
	expect(courier).toMatchObject({ key: 'glance.bands-origin', params: { rate: '33.5' } });
	expect(rows('mx.yaml', '2025-08-14')[0]!.params['rate']).toBe('19');
});

test('Chile at a glance (issue 21): 19% VAT up to US$500 since 2025-10-25, 6% duty + 19% above; exempt to US$41 before', () => {
	expect(rows('cl.yaml', '2026-12-07')[0]).toMatchObject({ key: 'glance.bands-split', params: { limit: [500, 'USD'], rate: '19', above: '6 + 19' }, since: '2025-10-25' });
	expect(rows('cl.yaml', '2025-10-24')[0]).toMatchObject({ key: 'glance.bands-exempt', params: { limit: [41, 'USD'], rate: '6 + 19' } });
});

test('Colombia at a glance (issue 21): VAT 19% up to US$200, 10% duty + 19% VAT above; the US differs', () => {
	expect(rows('co.yaml', '2026-12-07')[0]).toMatchObject({ key: 'glance.bands-split-origin', params: { limit: [200, 'USD'], rate: '19', above: '10 + 19' } });
});
