import { describe, expect, test } from 'vitest';
import { atomFeed, collectChanges } from '../../src/changes/changes.ts';

const words = { rules: '{{destination}}: new import rules for {{channel}}', ahead: '{{destination}}: a change ahead', guide: 'Reviewed: {{title}}', guideText: 'Checked.', sameRule: 'Figures changed.', and: ', ' };
const input = {
	versions: [
		{ destination: 'EU', destinationName: 'European Union', channel: 'parcel', channelName: 'Parcels', from: '2021-07-01', summary: 'Up to EUR 150: no duty.', reviewed: '2026-11-22' },
		{ destination: 'EU', destinationName: 'European Union', channel: 'parcel', channelName: 'Parcels', from: '2026-07-01', summary: 'Up to EUR 150 of goods: EUR 3 duty per kind of goods.', reviewed: '2026-11-22' },
		{ destination: 'US', destinationName: 'United States', channel: 'post', channelName: 'Post', from: '2025-08-29', summary: 'No duty-free limit.', reviewed: '2026-11-22' },
		{ destination: 'US', destinationName: 'United States', channel: 'courier', channelName: 'Courier', from: '2025-08-29', summary: 'No duty-free limit.', reviewed: '2026-11-22' },
		{ destination: 'US', destinationName: 'United States', channel: 'post', channelName: 'Post', from: '2026-10-01', summary: 'No duty-free limit.', reviewed: '2026-11-22' },
		{ destination: 'EU', destinationName: 'European Union', channel: 'parcel', channelName: 'Parcels', from: '2028-07-01', summary: 'Duty at the normal rates.', reviewed: '2026-11-22' },
	],
	scheduled: [
		{ destination: 'EU', destinationName: 'European Union', date: '2026-11-01', approximate: true, text: 'A handling fee was to start.', reviewed: '2026-11-22' },
		{ destination: 'JP', destinationName: 'Japan', date: '2027-04-01', approximate: true, text: 'The 60% rule ends.', reviewed: '2026-11-22' },
		{ destination: 'EU', destinationName: 'European Union', date: '2028-07-01', approximate: false, text: 'The flat EUR 3 duty ends.', reviewed: '2026-11-22' },
	],
	guides: [{ path: '/en/shoppers/keep-evidence/', title: 'Keep evidence', lastReviewed: '2026-11-22' }],
};
const options = { today: '2026-12-07', since: '2025-01-01', rulesHref: (code: string) => `/en/tools/duty-rules/#${code.toLowerCase()}` };

describe("What's new", () => {
	const changes = collectChanges(input, words, options);
	test('the rules of 2021 are not news; the EU €3 duty of 2026-07-01 and the US de minimis end of 2025-08-29 are, newest first', () => {
		const past = changes.filter((c) => c.date <= '2026-12-07');
		expect(past.map((c) => `${c.date} ${c.title}`)).toEqual([
			'2026-11-22 Reviewed: Keep evidence',
			'2026-10-01 United States: new import rules for Post',
			'2026-07-01 European Union: new import rules for Parcels',
			// Two channels, same day, same rule: one entry.
			'2025-08-29 United States: new import rules for Post, Courier',
		]);
		// A version that reads like the one before changed figures, not the rule, and says so.
		expect(past[1]!.text).toBe('Figures changed. No duty-free limit.');
		expect(past[2]!.text).toBe('Up to EUR 150 of goods: EUR 3 duty per kind of goods.');
		expect(past[2]!.href).toBe('/en/tools/duty-rules/#eu');
	});
	test('a scheduled change whose date has passed is not "coming up"; future versions and scheduled changes are', () => {
		const ahead = changes.filter((c) => c.kind === 'ahead');
		expect(ahead.map((c) => c.date)).toEqual(['2028-07-01', '2027-04-01']);
		expect(ahead.find((c) => c.date === '2027-04-01')).toMatchObject({ approximate: true, title: 'Japan: a change ahead' });
	});
	test('a scheduled change on the day a new rules version starts is told once, with both its words and the rules', () => {
		const eu2028 = changes.filter((c) => c.date === '2028-07-01');
		expect(eu2028).toHaveLength(1);
		expect(eu2028[0]!.text).toBe('The flat EUR 3 duty ends. Duty at the normal rates.');
	});
	test('ids are stable, so feed readers do not show an entry twice', () => {
		expect(collectChanges(input, words, options).map((c) => c.id)).toEqual(changes.map((c) => c.id));
		expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
	});
	test('the Atom feed is updated on the newest past change, links absolute, and escapes text', () => {
		const xml = atomFeed(
			collectChanges({ ...input, guides: [{ path: '/en/a/', title: 'Fees <&> "tariffs"', lastReviewed: '2026-12-01' }] }, words, options),
			{ title: "What's new", site: 'https://example.org/', self: '/changes.xml', page: '/en/reference/whats-new/', lang: 'en', today: '2026-12-07' },
		);
		expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>\n  <entry>');
		expect(xml).toContain('<link href="https://example.org/en/tools/duty-rules/#eu"/>');
		// A change ahead is dated by when it was recorded, never in the future.
		expect(xml).not.toMatch(/<updated>20(2[7-9]|3)/);
		expect(xml).toContain('Reviewed: Fees &lt;&amp;&gt; &quot;tariffs&quot;');
		expect(xml).not.toContain('<&>');
		// Three rule changes since 2025, one future version, one scheduled change still ahead, one review.
		expect(xml.match(/<entry>/g)).toHaveLength(6);
	});
});
