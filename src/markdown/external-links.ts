import type { HastPluginDefinition } from 'satteri';

/**
 * A Sätteri hast plugin: every link in Markdown content that leaves the site gets
 * rel="noopener noreferrer" (the site's convention: no opener access, no Referer sent).
 */
export const isExternalHref = (href: unknown): href is string =>
	typeof href === 'string' && /^(https?:)?\/\//i.test(href.trim());

export function externalLinks() {
	return {
		name: 'external-links',
		element: [
			{
				filter: ['a'],
				visit(node, ctx) {
					if (isExternalHref(node.properties?.['href'])) ctx.setProperty(node, 'rel', 'noopener noreferrer');
				},
			},
		],
	} satisfies HastPluginDefinition;
}
