import { expect, test } from 'vitest';
import { giftHints } from '../../src/duty/gift.ts';
import { rulesHtml } from '../../src/duty/rules-table.ts';
import { loadRules } from './duty-helpers.ts';

// The form's gift hint and the rules page say what each channel does with a gift, plainly, from
// the rules in force: an allowance (whole value or only the excess taxed above it), none, or no
// gift rule in this calculator.
const rules = (file: string) => loadRules(file).parsed.data!;

test('gift allowances by destination and channel on 2026-12-07: EU €45 (EU35), UK £39 (GB9), US $100 (US25) by both channels, Canada CAD 60 by mail with tax only on the excess (CA14), none by courier', () => {
	const date = '2026-12-07';
	expect(giftHints(rules('eu.yaml'), date)).toEqual([{ channel: 'parcel', key: 'gift.allowance', params: { allowance: [45, 'EUR'] } }]);
	expect(giftHints(rules('gb.yaml'), date)).toEqual([{ channel: 'parcel', key: 'gift.allowance', params: { allowance: [39, 'GBP'] } }]);
	expect(giftHints(rules('us.yaml'), date)).toEqual([
		{ channel: 'courier', key: 'gift.allowance', params: { allowance: [100, 'USD'] } },
		{ channel: 'postal', key: 'gift.allowance', params: { allowance: [100, 'USD'] } },
	]);
	expect(giftHints(rules('ca.yaml'), date)).toEqual([
		{ channel: 'post', key: 'gift.allowance-excess', params: { allowance: [60, 'CAD'] } },
		{ channel: 'courier', key: 'gift.treated-as-purchase', params: {} },
	]);
	// A regime that does not read gifts (China's) has no gift rule: a gift is taxed like a purchase.
	expect(giftHints(rules('cn.yaml'), date).map((h) => h.key)).toEqual(['gift.treated-as-purchase', 'gift.treated-as-purchase']);
});

test('the rules page says so for a channel without a gift rule (Canada by courier), and shows the allowance where there is one', () => {
	const text = rulesHtml(rules('ca.yaml'), { lang: 'en', t: (key) => key, pick: (t) => t.en }).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	expect(text).toContain('Courier field.gift: gift.treated-as-purchase');
	expect(text).toMatch(/field\.allowance CAD 60 CA14/);
	expect(text).toMatch(/field\.above value\.excess/);
});
