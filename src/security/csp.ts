/**
 * The Content-Security-Policy the whole site runs under. Scripts run only from this origin or as
 * one of the inline scripts the site itself ships: the `<script is:inline>` blocks written in the
 * source of the project's components (src/) and of Starlight's, each allowed by its SHA-256
 * hash. The allowed hashes are computed from those source files, never from the built pages, so
 * an inline script that reached a page any other way (content, a dependency) is not allowed: the
 * build fails and names the page. Every other script is bundled into a file under /_astro/
 * (astro.config.mjs keeps Vite from inlining them). Pagefind needs 'wasm-unsafe-eval' for its
 * WebAssembly. Styles allow 'unsafe-inline' because Starlight and Astro write style attributes
 * and <style> blocks that change with every build; they cannot run code. Nothing may load from
 * another origin.
 *
 * public/_headers holds the other headers and `{{INLINE_SCRIPT_HASHES}}` where the hashes go;
 * after the build, src/integrations/csp.ts writes dist/_headers with them.
 */
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

type HtmlNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HtmlNode[]; value?: string; content?: HtmlNode };

/**
 * The inline scripts (not data blocks, not external files) in some built HTML, found as a browser
 * finds them: the page is parsed, so `<script>` written inside a <title>, an attribute or a comment
 * is not a script, and one that breaks out of a <title> is.
 */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	const walk = (node: HtmlNode) => {
		if (node.type === 'element' && node.tagName === 'script' && node.properties?.['src'] === undefined) {
			const type = String(node.properties?.['type'] ?? '').trim().toLowerCase();
			// Data blocks (JSON) are not run, so CSP does not apply to them.
			if (!type || type === 'module' || type === 'text/javascript' || type === 'application/javascript') {
				scripts.push((node.children ?? []).map((child) => child.value ?? '').join(''));
			}
		}
		for (const child of node.children ?? []) walk(child);
		if (node.content) walk(node.content);
	};
	walk(htmlToHast(html) as unknown as HtmlNode);
	return scripts;
}

/** The SHA-256 hashes (CSP source expressions) of the inline scripts in some HTML. */
export function inlineScriptHashes(html: string): string[] {
	return inlineScripts(html).map(hash);
}

/** The bodies of the `<script is:inline>` blocks in an .astro source file. */
export function sourceInlineScripts(astroSource: string): string[] {
	return [...astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/** The hashes the policy allows: those of the inline scripts in the given .astro sources. */
export function allowedInlineHashes(astroSources: readonly string[]): Set<string> {
	return new Set(astroSources.flatMap(sourceInlineScripts).map(hash));
}

/** A built page holding an inline script that no source component ships. */
export interface UnknownInlineScript {
	file: string;
	/** The first characters of the script, to find it. */
	start: string;
}

/** Every inline script in the built pages whose hash is not allowed. */
export function unknownInlineScripts(pages: readonly { file: string; html: string }[], allowed: ReadonlySet<string>): UnknownInlineScript[] {
	return pages.flatMap(({ file, html }) =>
		inlineScripts(html)
			.filter((code) => !allowed.has(hash(code)))
			.map((code) => ({ file, start: code.trim().slice(0, 60) })),
	);
}

export function formatUnknownInlineScripts(found: readonly UnknownInlineScript[]): string {
	return (
		`${found.length} inline script(s) that the site does not ship would run under the Content-Security-Policy. ` +
		'Scripts belong in components (a bundled <script>, or <script is:inline> in an .astro file), never in content:\n  ' +
		found.map(({ file, start }) => `${file}: <script>${start}…`).join('\n  ')
	);
}

export const PLACEHOLDER = '{{INLINE_SCRIPT_HASHES}}';

/** The _headers file with the hashes of the inline scripts the built pages use, in place of the placeholder. */
export function fillHeaders(template: string, pages: readonly string[]): string {
	const hashes = [...new Set(pages.flatMap(inlineScriptHashes))].sort();
	if (!template.includes(PLACEHOLDER)) throw new Error(`public/_headers has no ${PLACEHOLDER} in its Content-Security-Policy`);
	return template.replaceAll(PLACEHOLDER, hashes.join(' '));
}
