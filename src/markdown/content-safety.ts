import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { htmlToHast } from 'satteri';
import { activeContentError, elementProblem } from '../security/active-content.ts';

type HtmlNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HtmlNode[] };

/** The first active element or attribute in a piece of HTML, parsed as a browser would. */
export function htmlProblem(html: string): string | undefined {
	const walk = (node: HtmlNode): string | undefined => {
		const own = node.type === 'element' && node.tagName ? elementProblem(node.tagName, node.properties ?? {}) : undefined;
		if (own) return own;
		for (const child of node.children ?? []) {
			const found = walk(child);
			if (found) return found;
		}
		// <template> content is a separate fragment in hast.
		const content = (node as { content?: HtmlNode }).content;
		return content ? walk(content) : undefined;
	};
	return walk(htmlToHast(html, { fragment: true }) as unknown as HtmlNode);
}

/**
 * A Sätteri hast plugin that fails the build when a guide (Markdown or MDX) contains a script, a
 * frame, an event-handler attribute or a javascript: link, naming the file. It checks elements
 * written in Markdown (links, images), JSX elements in MDX and raw HTML.
 */
/**
 * Every problem found in this process, for the build to fail on: Astro's content loader catches an
 * error thrown while rendering an entry, logs it and builds the page without its body, so a throw
 * alone would not stop the build. src/integrations/content-safety.ts reads this list after the build. Kept
 * on globalThis because the config and the integration may load this module separately.
 */
export function activeContentFound(): string[] {
	const store = globalThis as { __kbActiveContent?: string[] };
	return (store.__kbActiveContent ??= []);
}

export function contentSafety() {
	const where = (url: URL | undefined) => (url ? relative(process.cwd(), fileURLToPath(url)) : 'a content file');
	const refuse = (url: URL | undefined, problem: string): never => {
		const error = activeContentError(where(url), problem);
		if (!activeContentFound().includes(error.message)) activeContentFound().push(error.message);
		throw error;
	};
	const jsxProblem = (
		name: string | null,
		attributes: readonly { type: string; name?: string; value?: unknown }[],
	): string | undefined => {
		const properties: Record<string, unknown> = {};
		for (const attribute of attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
			const value = attribute.value;
			// An expression value ({"javascript:…"}) is checked as the text of the expression.
			properties[attribute.name] =
				typeof value === 'object' && value !== null && 'value' in value ? String((value as { value: unknown }).value).replace(/^[\s'"`]+/, '') : value;
		}
		if (!name) return undefined;
		// Starlight's components print some string props as HTML (LinkCard's title and description,
		// Card's title): markup in any of them is judged as HTML.
		for (const value of Object.values(properties)) {
			const problem = typeof value === 'string' && value.includes('<') ? htmlProblem(value) : undefined;
			if (problem) return `${problem} in a property of <${name}>`;
		}
		return elementProblem(name, properties);
	};
	return {
		name: 'content-safety',
		element: [
			{
				filter: [],
				visit(node, ctx) {
					const problem = elementProblem(node.tagName, node.properties ?? {});
					if (problem) refuse(ctx.fileURL, problem);
				},
			},
		],
		mdxJsxFlowElement: [
			{
				filter: [],
				visit(node, ctx) {
					const problem = jsxProblem(node.name, node.attributes);
					if (problem) refuse(ctx.fileURL, problem);
				},
			},
		],
		mdxJsxTextElement: [
			{
				filter: [],
				visit(node, ctx) {
					const problem = jsxProblem(node.name, node.attributes);
					if (problem) refuse(ctx.fileURL, problem);
				},
			},
		],
		// Raw HTML in Markdown stays a string in the tree (so Expressive Code and the rest see the
		// page as written); it is parsed here the way a browser would parse it, entities decoded and
		// attribute names normalised, so `jav&#x61;script:` or `<IMG/ONERROR=…>` are seen for what
		// they are.
		raw(node, ctx) {
			const problem = htmlProblem(node.value);
			if (problem) refuse(ctx.fileURL, problem);
		},
	} satisfies HastPluginDefinition;
}
