/**
 * The changes for one language, read from the content collections (server only): rules versions
 * and scheduled changes from content/duty/, review dates from the guides. See changes.ts.
 */
import { getCollection } from 'astro:content';
import { dutyDestinations, dutyText } from '../duty/page-data.ts';
import { glanceRows, glanceText } from '../duty/glance.ts';
import { inLanguage } from '../schemas/bilingual.ts';
import { isoDay } from '../dates.ts';
import { collectChanges, type Change, type ChangeWords } from './changes.ts';
import { rulesHref } from '../duty/rules-links.ts';

/** Rules versions that started before this are the long-standing rules, not news. */
export const CHANGES_SINCE = '2025-01-01';

export async function siteChanges(lang: 'en' | 'zh-CN', t: App.Locals['t'], today = isoDay(new Date())): Promise<Change[]> {
	const locale = lang === 'zh-CN' ? 'zh-cn' : 'en';
	const pick = (text: { en: string; 'zh-CN': string }) => inLanguage(text, lang);
	const [destinations, words, docs] = await Promise.all([dutyDestinations(), dutyText(lang), getCollection('docs')]);
	const versions = destinations.flatMap((d) =>
		d.channels.flatMap((channel) =>
			channel.rules.map((rules) => {
				// The version's own "at a glance" line: what the rules say from that day.
				const row = glanceRows(d, rules.from, pick).find((r) => r.channel === pick(channel.name));
				return {
					destination: d.destination,
					destinationName: pick(d.name),
					channel: channel.id,
					channelName: pick(channel.name),
					from: rules.from,
					summary: row ? glanceText(words(row.key), row.params, lang) : '',
					reviewed: d.reviewed,
				};
			}),
		),
	);
	const scheduled = destinations.flatMap((d) =>
		d.changesAhead.map((c) => ({ destination: d.destination, destinationName: pick(d.name), date: c.date, approximate: c.approximate, text: pick(c.text), reviewed: d.reviewed })),
	);
	const guides = docs
		.filter((entry) => entry.id === locale || entry.id.startsWith(`${locale}/`))
		.flatMap((entry) => (entry.data.lastReviewed ? [{ path: `/${entry.id}/`, title: entry.data.title, lastReviewed: isoDay(entry.data.lastReviewed) }] : []));
	// The templates themselves ({{name}} left in), filled by format() in changes.ts.
	const all = t.all() as Record<string, string>;
	const changeWords: ChangeWords = { rules: all['changes.rules']!, ahead: all['changes.ahead']!, guide: all['changes.guide']!, guideText: all['changes.guideText']!, sameRule: all['changes.sameRule']!, and: lang === 'zh-CN' ? '、' : ', ' };
	return collectChanges({ versions, scheduled, guides }, changeWords, {
		today,
		since: CHANGES_SINCE,
		rulesHref: (code) => rulesHref(locale, code),
	});
}
