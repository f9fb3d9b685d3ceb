/**
 * Keeps each page's sidebar bounded as the site grows. Starlight puts every page's link into
 * every page, so n pages cost n² of HTML. While the whole sidebar is small (at most MAX_LINKS
 * links) it is left as it is: every guide one click away. Beyond that, each page shows:
 * - top-level links as they are;
 * - its own group, trimmed to the WINDOW links around the current page, plus a link to the
 *   landing page, which lists every guide;
 * - every other group as one link to its first page.
 * A page then carries at most about WINDOW + groups + a few links, whatever the site's size.
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

const links = (entries: readonly Entry[]): Link[] => entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
export const countLinks = (entries: readonly Entry[]) => links(entries).length;

/** `more`: the label (for a count of guides) and address of the link to the full list (the landing page). */
export function boundSidebar(entries: Entry[], more: { label: (count: number) => string; href: string }): Entry[] {
	if (countLinks(entries) <= MAX_LINKS) return entries;
	return entries.map((entry) => {
		if (entry.type === 'link') return entry;
		const all = links(entry.entries);
		const current = all.findIndex((l) => l.isCurrent);
		if (current === -1) {
			// Another section: one link to its first page.
			const first = all[0];
			return first ? { ...first, label: entry.label, isCurrent: false } : entry;
		}
		const start = Math.max(0, Math.min(current - Math.floor(WINDOW / 2), all.length - WINDOW));
		const shown = all.slice(start, start + WINDOW);
		const rest: Link[] = all.length > shown.length ? [{ type: 'link', label: more.label(all.length), href: more.href, isCurrent: false, attrs: {} }] : [];
		return { ...entry, collapsed: false, entries: [...shown, ...rest] };
	});
}
