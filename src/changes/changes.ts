/**
 * "What's new": the dated changes to rules and guides, newest first, built from the data itself —
 * each rules version's start date (content/duty/), the changes a destination has scheduled
 * (`changesAhead`), and the day a person last reviewed each guide. Nothing is written twice: the
 * page (src/components/WhatsNew.astro) and the Atom feed (/changes.xml, src/routes/changes.xml.ts)
 * both read this list. Pure: no Astro, no DOM.
 */
import { format } from '../text/format.ts';

export type ChangeKind = 'rules' | 'ahead' | 'guide';

export interface Change {
	/** YYYY-MM-DD. */
	date: string;
	kind: ChangeKind;
	/** The change's title, in the page's language. */
	title: string;
	/** One or two sentences, in the page's language. */
	text: string;
	/** Where to read more: a path on the site or a source's address. */
	href: string;
	/** Date not yet fixed (a scheduled change given as "about"). */
	approximate?: boolean;
	/** Stable id for the feed (same in every build). */
	id: string;
	/** For a review: the guide's own title (the title says "Reviewed: …"). */
	subject?: string;
	/** For a change ahead: the day its data was last checked (the feed's "updated"; a date in the future is not). */
	recorded?: string;
}

export interface RuleVersionInput {
	destination: string;
	destinationName: string;
	channel: string;
	channelName: string;
	from: string;
	/** The rules' summary in words (the "at a glance" line for this version). */
	summary: string;
	/** The day a person last checked the destination's rules. */
	reviewed: string;
}

export interface ScheduledInput {
	destination: string;
	destinationName: string;
	date: string;
	approximate: boolean;
	text: string;
	/** The day a person last checked the destination's rules. */
	reviewed: string;
}

export interface GuideInput {
	/** The page's path, e.g. /en/shoppers/keep-evidence/. */
	path: string;
	title: string;
	lastReviewed: string;
}

export interface ChangeWords {
	/** "{{destination}}: new rules for {{channel}}". */
	rules: string;
	/** "{{destination}}: a change ahead". */
	ahead: string;
	/** "Reviewed: {{title}}". */
	guide: string;
	/** "A person checked this guide's facts against its sources." */
	guideText: string;
	/** Said when a version reads like the one before: "Rates or fees changed; see the rules page." */
	sameRule: string;
	/** Joins channel names: ", " / "、". */
	and: string;
}


/**
 * Every change on or before `until` (rules and reviews) plus every scheduled change after `today`.
 * `since`: rule versions that started before it are left out (the rules in force since 2021 are
 * not news). Sorted newest first; same date: rules, then changes ahead, then guides.
 */
export function collectChanges(
	input: { versions: RuleVersionInput[]; scheduled: ScheduledInput[]; guides: GuideInput[] },
	words: ChangeWords,
	options: { today: string; since: string; rulesHref: (destination: string) => string },
): Change[] {
	const { today, since } = options;
	const changes: Change[] = [];
	// A scheduled change that a rules version already shows (same place, same day) lends it its words.
	const explained = new Set<ScheduledInput>();
	// Channels of one destination whose new rules start the same day and read the same are one entry.
	const groups = new Map<string, RuleVersionInput[]>();
	for (const v of input.versions) {
		if (v.from < since) continue;
		const key = `${v.destination}|${v.from}|${v.summary}`;
		groups.set(key, [...(groups.get(key) ?? []), v]);
	}
	for (const group of groups.values()) {
		const v = group[0]!;
		const ahead = v.from > today;
		const note = ahead ? input.scheduled.find((s) => s.destination === v.destination && s.date === v.from) : undefined;
		if (note) explained.add(note);
		// The one before it on the same channel said the same: the figures changed, not the rule.
		const previous = input.versions.filter((p) => p.destination === v.destination && p.channel === v.channel && p.from < v.from).at(-1);
		const summary = previous?.summary === v.summary ? `${words.sameRule} ${v.summary}` : v.summary;
		changes.push({
			date: v.from,
			kind: ahead ? 'ahead' : 'rules',
			title: format(words.rules, { destination: v.destinationName, channel: group.map((g) => g.channelName).join(words.and) }),
			text: note ? `${note.text} ${summary}` : summary,
			href: options.rulesHref(v.destination),
			id: `rules/${v.destination}/${group.map((g) => g.channel).join('+')}/${v.from}`,
			...(ahead ? { recorded: v.reviewed } : {}),
		});
	}
	for (const s of input.scheduled) {
		if (s.date <= today || explained.has(s)) continue;
		changes.push({
			date: s.date,
			kind: 'ahead',
			title: format(words.ahead, { destination: s.destinationName }),
			text: s.text,
			href: options.rulesHref(s.destination),
			approximate: s.approximate,
			id: `ahead/${s.destination}/${s.date}`,
			recorded: s.reviewed,
		});
	}
	for (const g of input.guides) {
		if (g.lastReviewed > today) continue;
		changes.push({
			date: g.lastReviewed,
			kind: 'guide',
			title: format(words.guide, { title: g.title }),
			subject: g.title,
			text: words.guideText,
			href: g.path,
			id: `guide${g.path}${g.lastReviewed}`,
		});
	}
	const rank: Record<ChangeKind, number> = { rules: 0, ahead: 1, guide: 2 };
	return changes.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.title.localeCompare(b.title));
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * An Atom 1.0 feed of the changes. `site`: the site's origin (entries link there); `self`: the
 * feed's own address. The feed's `updated` is the newest past change (a scheduled change has not
 * happened yet), so it only moves when something did.
 */
export function atomFeed(changes: Change[], meta: { title: string; site: string; self: string; page: string; lang: string; today: string }): string {
	const absolute = (href: string) => (/^https?:/.test(href) ? href : new URL(href, meta.site).href);
	const past = changes.filter((c) => c.date <= meta.today);
	const updated = `${(past[0]?.date ?? meta.today)}T00:00:00Z`;
	const tag = (id: string) => `tag:${new URL(meta.site).host},2026:${id}`;
	const entries = changes.map(
		(c) => `  <entry>
    <id>${escapeXml(tag(c.id))}</id>
    <title>${escapeXml(`${c.date}${c.approximate ? ' (~)' : ''} · ${c.title}`)}</title>
    <link href="${escapeXml(absolute(c.href))}"/>
    <updated>${c.recorded ?? c.date}T00:00:00Z</updated>
    <category term="${c.kind}"/>
    <summary>${escapeXml(c.text)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.lang)}">
  <id>${escapeXml(tag(`changes/${meta.lang}`))}</id>
  <title>${escapeXml(meta.title)}</title>
  <link rel="self" href="${escapeXml(absolute(meta.self))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absolute(meta.page))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
