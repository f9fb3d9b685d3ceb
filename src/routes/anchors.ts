/**
 * Every link to a #anchor on another page of the site must land on an element with that id.
 * starlight-links-validator checks Markdown headings, but not ids that components render (the
 * glossary's terms), so this check reads the built HTML itself.
 */
export interface BuiltPage {
	/** The page's URL path, e.g. /en/reference/glossary/ */
	path: string;
	html: string;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
const internalHashLinks = (html: string) =>
	[...html.matchAll(/\shref="(\/[^"#?]*)#([^"]+)"/g)].map((m) => ({ path: m[1]!, hash: decodeURIComponent(m[2]!) }));

/** Links from one page to another page's missing anchor, as "from → to#hash" lines. */
export function findBrokenAnchorLinks(pages: readonly BuiltPage[]): string[] {
	const idsByPath = new Map(pages.map((page) => [page.path, ids(page.html)]));
	const broken: string[] = [];
	for (const page of pages) {
		for (const { path, hash } of internalHashLinks(page.html)) {
			const target = idsByPath.get(path);
			if (!target) continue; // a missing page is starlight-links-validator's to report
			if (!target.has(hash)) broken.push(`${page.path} → ${path}#${hash}`);
		}
	}
	return [...new Set(broken)].sort();
}
