/**
 * Every internal link must land on a built page, and a link to a #anchor on an element with
 * that id. starlight-links-validator checks links written in Markdown, but not links and ids
 * that components render (glossary terms, checklist pages), so this check reads the built HTML.
 */
export interface BuiltPage {
	/** The page's URL path, e.g. /en/reference/glossary/ */
	path: string;
	html: string;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
const internalLinks = (html: string) =>
	[...html.matchAll(/\shref="(\/(?!\/)[^"#?]*)(?:\?[^"#]*)?(?:#([^"]*))?"/g)].map((m) => ({
		path: m[1]!,
		hash: m[2] ? decodeURIComponent(m[2]) : '',
	}));
/** Files (favicon, sitemap, scripts) are not pages. */
const isFile = (path: string) => /\.[a-z0-9]+$/i.test(path);

/** Broken internal links, as "from → to" lines: missing pages and missing anchors. */
export function findBrokenLinks(pages: readonly BuiltPage[]): string[] {
	const idsByPath = new Map(pages.map((page) => [page.path, ids(page.html)]));
	const broken: string[] = [];
	for (const page of pages) {
		for (const { path, hash } of internalLinks(page.html)) {
			if (isFile(path)) continue;
			const target = idsByPath.get(path);
			if (!target) broken.push(`${page.path} → ${path} (no such page)`);
			else if (hash && !target.has(hash) && hash !== '_top') broken.push(`${page.path} → ${path}#${hash}`);
		}
	}
	return [...new Set(broken)].sort();
}
