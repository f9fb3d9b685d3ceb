import { describe, expect, test } from 'vitest';
import { boundSidebar, countLinks, MAX_LINKS, PREVIEW, WINDOW, type Entry } from '../../src/routes/sidebar.ts';

const link = (label: string, isCurrent = false): Entry => ({ type: 'link', label, href: `/en/${label}/`, isCurrent, attrs: {} });
/** A sidebar with a top link and three sections of n guides each; `current` marks one guide. */
const sidebar = (n: number, current = 'shoppers-0'): Entry[] => [
	link('get-help'),
	...['shoppers', 'sellers', 'reference'].map((section) => ({
		type: 'group' as const,
		label: section,
		collapsed: true,
		entries: Array.from({ length: n }, (_, i) => link(`${section}-${i}`, `${section}-${i}` === current)),
	})),
];
const more = { label: (count: number) => `All ${count} guides in this section`, href: '/en/' };

describe('a sidebar that does not grow with the site', () => {
	test(`up to ${MAX_LINKS} links the sidebar is left whole: every guide one click away`, () => {
		const small = sidebar(19);
		expect(countLinks(small)).toBe(58);
		expect(boundSidebar(small, more)).toEqual(small);
	});

	test.each([20, 200, 2000])(`with %i guides per section, a page carries at most WINDOW + 2 × (PREVIEW + 1) + 2 links`, (n) => {
		const bounded = boundSidebar(sidebar(n, 'shoppers-7'), more);
		expect(countLinks(bounded)).toBeLessThanOrEqual(WINDOW + 2 * (PREVIEW + 1) + 2);
		// Its own section is open and shows the current page and its neighbours, then the link to all of them.
		const own = bounded[1] as Extract<Entry, { type: 'group' }>;
		expect(own.collapsed).toBe(false);
		expect(own.entries.some((e) => e.type === 'link' && e.isCurrent && e.label === 'shoppers-7')).toBe(true);
		expect((own.entries.at(-1) as { label: string }).label).toBe(`All ${n} guides in this section`);
		// Other sections stay collapsed groups: their first pages, then the link to all of them.
		const other = bounded[2] as Extract<Entry, { type: 'group' }>;
		expect(other).toMatchObject({ type: 'group', label: 'sellers', collapsed: true });
		expect(other.entries.map((e) => e.label)).toEqual([...Array.from({ length: PREVIEW }, (_, i) => `sellers-${i}`), `All ${n} guides in this section`]);
	});

	test('the window stays full at the ends of a section: the last page shows the 12 before it', () => {
		const bounded = boundSidebar(sidebar(100, 'shoppers-99'), more);
		const own = bounded[1] as Extract<Entry, { type: 'group' }>;
		expect(own.entries.slice(0, WINDOW).map((e) => e.label)).toEqual(Array.from({ length: WINDOW }, (_, i) => `shoppers-${88 + i}`));
	});
});
