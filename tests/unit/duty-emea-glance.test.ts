import { expect, test } from 'vitest';
import { glanceRows } from '../../src/duty/glance.ts';
import { loadRules } from './duty-helpers.ts';

// Issue 21 ("emea"): the at-a-glance rows of the new destinations come from their data alone.
const pick = (t: { en: string }) => t.en;
const rows = (file: string, date = '2026-12-07') => glanceRows(loadRules(file).parsed.data!, date, pick);

test('Norway: VOEC items under NOK 3,000 at 25%; outside VOEC, VAT from the first krone (NOK 350 until 2023)', () => {
	const [voec, unregistered] = rows('no.yaml');
	expect(voec).toMatchObject({ key: 'glance.vat-checkout-item', params: { limit: [3000, 'NOK'], rate: 25 } });
	expect(unregistered).toMatchObject({ key: 'glance.vat-first-unit', params: { rate: 25 }, since: '2024-01-01' });
	expect(rows('no.yaml', '2023-06-01')[1]).toMatchObject({ key: 'glance.vat-exempt-below', params: { limit: [350, 'NOK'] } });
});

test('Switzerland, the Gulf, Türkiye and Israel', () => {
	expect(rows('ch.yaml')).toMatchObject([
		{ key: 'glance.vat-waived', params: { limit: [5, 'CHF'], rate: 8.1 } },
		{ key: 'glance.vat-checkout-all', params: { rate: 8.1 } },
	]);
	expect(rows('sa.yaml')[0]).toMatchObject({ key: 'glance.vat-duty-free-below', params: { limit: [1000, 'SAR'], rate: 15 } });
	expect(rows('ae.yaml')[0]).toMatchObject({ key: 'glance.vat-duty-free-up-to', params: { limit: [1000, 'AED'], rate: 5 } });
	expect(rows('ae.yaml', '2023-02-01')[0]!.params['limit']).toEqual([300, 'AED']);
	expect(rows('tr.yaml', '2025-06-01')[0]).toMatchObject({ key: 'glance.vat-flat', params: { limit: [30, 'EUR'], rate: '30–60', vat: 20 } });
	expect(rows('tr.yaml')[0]).toMatchObject({ key: 'glance.vat-first-unit', params: { rate: 20 }, since: '2026-02-06' });
	expect(rows('il.yaml')[0]).toMatchObject({ key: 'glance.vat-exempt-duty-exempt', params: { limit: [130, 'USD'], duty: [500, 'USD'], rate: 18 } });
});
