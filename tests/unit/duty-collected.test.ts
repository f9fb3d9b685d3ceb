import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkoutFor, checkoutOffers, checkoutOn, collectedSplit, noCheckoutReason } from '../../src/duty/collected.ts';
import { regimes } from '../../src/duty/regimes/index.ts';
import { parseQuery, requestContext, toQuery } from '../../src/duty/request.ts';
import type { DutyInput } from '../../src/duty/types.ts';
import type { DutyDestination } from '../../src/schemas/duty.ts';
import { loadRules, major, minor, runner } from './duty-helpers.ts';

// "The shop charged tax at checkout" (issue 21, collected=1): where the rules let a shop charge the
// tax with the price, the result says what was paid then and what is still due at the door.
const rules = (file: string) => loadRules(file).parsed.data! as DutyDestination;
const all = readdirSync('content/duty').map(rules);
const byCode = (code: string) => all.find((d) => d.destination === code)!;
const offers = (code: string) => checkoutOffers(byCode(code), regimes);
const clothes = (value: number): Pick<DutyInput, 'items'> => ({ items: [{ category: 'clothing', value: minor(value) }] });
/** A purchase's split, as the box shows it: [paid at checkout, still due on delivery] in major units. */
const split = (code: string, defaults: Partial<DutyInput>, value: number) => {
	const parts = collectedSplit(runner(byCode(code), defaults)(clothes(value)));
	return parts && [major(parts.paidTotal), major(parts.dueTotal)];
};

describe('the box is offered where the rules let the shop charge the tax at checkout', () => {
	test('every destination and channel that offers it, from the data', () => {
		const offered = Object.fromEntries(all.flatMap((d) => Object.keys(checkoutOffers(d, regimes)).map((channel) => [`${d.destination}/${channel}`, true])));
		expect(Object.keys(offered).sort()).toEqual(
			['AU/parcel', 'BR/conforme', 'CH/registered', 'CN/cbec', 'CL/registered', 'EU/parcel', 'GB/parcel', 'ID/platform', 'MX/platform', 'MY/registered', 'NO/voec', 'NZ/parcel', 'NZ/post', 'SG/parcel', 'TH/platform'].sort(),
		);
	});

	test('not offered for the United States, Japan, Korea or Canada, nor for China’s personal parcels (行邮)', () => {
		for (const code of ['US', 'JP', 'KR', 'CA']) expect(offers(code)).toEqual({});
		expect(checkoutOn(offers('CN'), 'postal', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(offers('CN'), 'cbec', '2026-12-07')).toEqual({ from: '2026-01-01' });
	});

	test('not for the channels whose seller charges nothing at checkout: Brazil’s other sellers, Norway’s shops outside VOEC, Singapore by sea, Mexico by courier', () => {
		expect(checkoutOn(offers('BR'), 'other', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(offers('NO'), 'unregistered', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(offers('SG'), 'sea', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(offers('MX'), 'courier', '2026-12-07')).toBeUndefined();
	});

	test('by date: Chile’s registered platforms charge VAT at checkout from 2025-10-25, not the day before', () => {
		expect(checkoutOn(offers('CL'), 'registered', '2025-10-24')).toBeUndefined();
		expect(checkoutOn(offers('CL'), 'registered', '2025-10-25')).toEqual({ from: '2025-10-25', limit: [500, 'USD'] });
	});

	test('a channel the link made up is never offered, nor one named like an object property', () => {
		expect(checkoutOn(offers('GB'), 'nope', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(offers('GB'), '__proto__', '2026-12-07')).toBeUndefined();
		expect(checkoutOn(undefined, 'parcel', '2026-12-07')).toBeUndefined();
	});
});

describe('paid at checkout and still due on delivery', () => {
	test('£100 of clothes to the UK with VAT charged at checkout: £20 paid at checkout, £0 due on delivery', () => {
		expect(split('GB', { channel: 'parcel', date: '2026-12-07' }, 100)).toEqual([20, 0]);
	});

	test('€100 to Germany via IOSS in March 2026: €19 VAT paid at checkout, nothing at the door', () => {
		const r = runner(byCode('EU'), { channel: 'parcel', region: 'DE', date: '2026-03-01' })(clothes(100));
		const parts = collectedSplit(r)!;
		expect(parts.paid.map((l) => [l.key, major(l.amount)])).toEqual([['vat-at-checkout', 19]]);
		expect(parts.due).toEqual([]);
		expect(parts.dueTotal).toBe(0);
	});

	test('€100 to Germany after 2026-07-01: the €3 duty, €19 VAT and €0.57 VAT on the duty, €22.57 in all, paid at checkout', () => {
		expect(split('EU', { channel: 'parcel', region: 'DE', date: '2026-12-07' }, 100)).toEqual([22.57, 0]);
	});

	test('A$200 to Australia: GST 10%, A$20, paid at checkout, nothing on delivery', () => {
		const parts = collectedSplit(runner(byCode('AU'), { channel: 'parcel', date: '2026-12-07' })(clothes(200)))!;
		expect(parts.paid.map((l) => [l.key, l.rate, major(l.amount)])).toEqual([['gst-at-checkout', 10, 20]]);
		expect(parts.dueTotal).toBe(0);
	});

	test('NZ$200 to New Zealand since 2026-04-01: NZ$30 GST paid at checkout, NZ$2.54 levy and its GST still due', () => {
		const parts = collectedSplit(runner(byCode('NZ'), { channel: 'parcel', date: '2026-12-07' })(clothes(200)))!;
		expect(major(parts.paidTotal)).toBe(30);
		expect(parts.due.map((l) => l.key)).toEqual(['charge.lvg-levy', 'gst.on-levy']);
		expect(major(parts.dueTotal)).toBe(2.54);
	});

	test('R$100 from a Remessa Conforme company in São Paulo: R$20 import tax and R$24.58 ICMS, R$44.58, paid at checkout', () => {
		expect(split('BR', { channel: 'conforme', region: 'SP', date: '2026-12-07', fx: { USD: 5.52 } }, 100)).toEqual([44.58, 0]);
	});

	test('CNY 300 of cosmetics with CNY 20 shipping on a cross-border platform (天猫国际): CNY 29.12 paid with the order, nothing on delivery', () => {
		const r = runner(byCode('CN'), { channel: 'cbec', date: '2026-12-07' })({ items: [{ category: 'cosmetics', value: minor(300) }], shipping: minor(20) });
		const parts = collectedSplit(r)!;
		expect(major(parts.paidTotal)).toBe(29.12);
		expect(parts.dueTotal).toBe(0);
	});

	test('an order that takes the year past China’s CNY 26,000 cannot come by the channel: nothing is marked as paid at checkout', () => {
		const r = runner(byCode('CN'), { channel: 'cbec', date: '2026-12-07' })({ items: [{ category: 'clothing', value: minor(3000) }], spent: minor(25000) });
		expect(r.notAllowed).toBeDefined();
		expect(collectedSplit(r)).toBeUndefined();
	});

	test('NOK 1,000 of clothes from a VOEC shop: NOK 250 VAT paid at checkout', () => {
		expect(split('NO', { channel: 'voec', date: '2026-12-07' }, 1000)).toEqual([250, 0]);
	});

	test('S$100 from a GST-registered seller: S$9 GST at checkout; RM100 from an LVG seller in Malaysia: RM10 sales tax', () => {
		expect(split('SG', { channel: 'parcel', date: '2026-12-07' }, 100)).toEqual([9, 0]);
		expect(split('MY', { channel: 'registered', date: '2026-12-07' }, 100)).toEqual([10, 0]);
	});
});

describe('over the checkout limit the box changes nothing, and says why', () => {
	test('£200 to the UK: nothing is charged at checkout, duty and VAT are due at import, and the reason names £135', () => {
		const r = runner(byCode('GB'), { channel: 'parcel', date: '2026-12-07' })(clothes(200));
		expect(collectedSplit(r)).toBeUndefined();
		expect(r.onDelivery).toBe(r.total);
		expect(noCheckoutReason(checkoutOn(offers('GB'), 'parcel', '2026-12-07')!)).toEqual({ key: 'collected.none-up-to', limit: [135, 'GBP'] });
	});

	test('A$1,500 to Australia: no split, and the reason names A$1,000', () => {
		expect(split('AU', { channel: 'parcel', date: '2026-12-07' }, 1500)).toBeUndefined();
		expect(noCheckoutReason(checkoutOn(offers('AU'), 'parcel', '2026-12-07')!).limit).toEqual([1000, 'AUD']);
	});

	test('NOK 4,000 from a VOEC shop: an item of NOK 3,000 or more is never under VOEC (“below”), so it is taxed at the border', () => {
		expect(split('NO', { channel: 'voec', date: '2026-12-07' }, 4000)).toBeUndefined();
		expect(noCheckoutReason(checkoutOn(offers('NO'), 'voec', '2026-12-07')!)).toEqual({ key: 'collected.none-below', limit: [3000, 'NOK'] });
	});
});

describe('collected in the link', () => {
	const ctx = requestContext(all, ['USD', 'GBP', 'EUR', 'CNY'], ['CN']);
	test('?dest=GB&collected=1 ticks the box, and the link written back keeps it', () => {
		const { request, notices } = parseQuery(new URLSearchParams('dest=GB&collected=1'), ctx);
		expect(request.collected).toBe(true);
		expect(notices.rejected).toEqual([]);
		expect(toQuery(request, ctx).get('collected')).toBe('1');
	});

	test('collected=0 leaves it unticked and out of the link; any other value is dropped and the reader told, without a crash', () => {
		expect(parseQuery(new URLSearchParams('dest=GB&collected=0'), ctx).request.collected).toBe(false);
		expect(toQuery(parseQuery(new URLSearchParams('dest=GB&collected=0'), ctx).request, ctx).has('collected')).toBe(false);
		for (const bad of ['yes', '2', '<b>', '1'.repeat(50)]) {
			const { request, notices } = parseQuery(new URLSearchParams({ dest: 'GB', collected: bad }), ctx);
			expect(request.collected).toBe(false);
			expect(notices.rejected).toContain('collected');
		}
	});
});

describe('in the browser, once a destination’s rules and regimes are loaded', () => {
	test('checkoutFor gives the same answer as the list, for each channel on each side of a rule change', () => {
		for (const d of all) {
			const list = checkoutOffers(d, regimes);
			for (const channel of d.channels) {
				for (const date of ['2019-01-01', '2025-10-24', '2025-10-25', '2026-06-30', '2026-07-01', '2026-12-07']) {
					expect(checkoutFor(d, channel.id, date, regimes), `${d.destination}/${channel.id} ${date}`).toEqual(checkoutOn(list, channel.id, date));
				}
			}
		}
		expect(checkoutFor(byCode('GB'), 'parcel', '2026-12-07', regimes)).toEqual({ from: '2021-01-01', limit: [135, 'GBP'] });
		expect(checkoutFor(byCode('US'), 'courier', '2026-12-07', regimes)).toBeUndefined();
	});
});
