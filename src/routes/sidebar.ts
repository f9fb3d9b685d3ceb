/**
 * Keeps each page's sidebar short to read and bounded in size as the site grows.
 *
 * Short to read: every group is collapsed (`collapsed: true` in astro.config.mjs) except the one
 * holding the current page, which Starlight opens; the reader sees the group names and their own
 * group's pages.
 *
 * Bounded: Starlight puts every page's link into every page, so n pages cost n² of HTML. While
 * the whole sidebar is small (at most MAX_LINKS links) it is left as it is: every guide one click
 * away. Beyond that, each page shows:
 * - top-level links as they are;
 * - its own group, open, trimmed to the WINDOW links around the current page, plus a link to the
 *   landing page, which lists every guide;
 * - every other group collapsed, holding its first PREVIEW links and the link to the landing page.
 * A page then carries at most about WINDOW + groups × (PREVIEW + 1) + a few links, whatever the
 * site's size.
 */

export interface Link {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge?: unknown;
	attrs: Record<string, unknown>;
}
export interface Group {
	type: 'group';
	label: string;
	entries: Entry[];
	collapsed: boolean;
	badge?: unknown;
}
export type Entry = Link | Group;

export const MAX_LINKS = 60;
export const WINDOW = 12;
export const PREVIEW = 4;

const links = (entries: readonly Entry[]): Link[] => entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
export const countLinks = (entries: readonly Entry[]) => links(entries).length;

/** `more`: the label (for a count of guides) and address of the link to the full list (the landing page). */
export function boundSidebar(entries: Entry[], more: { label: (count: number) => string; href: string }): Entry[] {
	if (countLinks(entries) <= MAX_LINKS) return entries;
	return entries.map((entry) => {
		if (entry.type === 'link') return entry;
		const all = links(entry.entries);
		const rest = (shown: Link[]): Link[] =>
			all.length > shown.length ? [{ type: 'link', label: more.label(all.length), href: more.href, isCurrent: false, attrs: {} }] : [];
		const current = all.findIndex((l) => l.isCurrent);
		if (current === -1) {
			// Another section: collapsed, its first pages and the link to all of them.
			const shown = all.slice(0, PREVIEW);
			return { ...entry, collapsed: true, entries: [...shown, ...rest(shown)] };
		}
		const start = Math.max(0, Math.min(current - Math.floor(WINDOW / 2), all.length - WINDOW));
		const shown = all.slice(start, start + WINDOW);
		return { ...entry, collapsed: false, entries: [...shown, ...rest(shown)] };
	});
}
