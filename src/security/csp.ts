/**
 * The Content-Security-Policy the whole site runs under. Scripts run only from this origin or as
 * one of the inline scripts the build wrote (Starlight's theme and language scripts, the embed's
 * theme script), each allowed by its SHA-256 hash; Pagefind needs 'wasm-unsafe-eval' for its
 * WebAssembly. Styles allow 'unsafe-inline' because Starlight and Astro write style attributes
 * and <style> blocks that change with every build; they cannot run code. Nothing may load from
 * another origin.
 *
 * public/_headers holds the other headers and `{{INLINE_SCRIPT_HASHES}}` where the hashes go;
 * after the build, src/routes/integration.ts writes dist/_headers with this build's hashes.
 */
import { createHash } from 'node:crypto';

/** The SHA-256 hashes (CSP source expressions) of the inline scripts in some HTML. */
export function inlineScriptHashes(html: string): string[] {
	const hashes: string[] = [];
	for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const type = /\btype=["']?([^"'\s>]+)/i.exec(match[1] ?? '')?.[1]?.toLowerCase();
		// Data blocks (JSON) are not run, so CSP does not apply to them.
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		hashes.push(`'sha256-${createHash('sha256').update(match[2] ?? '').digest('base64')}'`);
	}
	return hashes;
}

export const PLACEHOLDER = '{{INLINE_SCRIPT_HASHES}}';

/** The _headers file with the hashes of every page's inline scripts in place of the placeholder. */
export function fillHeaders(template: string, pages: readonly string[]): string {
	const hashes = [...new Set(pages.flatMap(inlineScriptHashes))].sort();
	if (!template.includes(PLACEHOLDER)) throw new Error(`public/_headers has no ${PLACEHOLDER} in its Content-Security-Policy`);
	return template.replaceAll(PLACEHOLDER, hashes.join(' '));
}
