import type { AstroIntegration } from 'astro';
import { activeContentFound } from '../markdown/content-safety.ts';

/**
 * Fails the build when a guide holds a script, a frame, an event handler or a javascript: link.
 * The Markdown plugin (src/markdown/content-safety.ts) records them: Astro's content loader only
 * logs an error thrown while rendering and builds the page without its body, so the build would
 * otherwise pass.
 */
export default function contentSafetyCheck(): AstroIntegration {
	return {
		name: 'content-safety',
		hooks: {
			'astro:build:done': () => {
				const active = activeContentFound();
				if (active.length > 0) throw new Error(`${active.length} guide(s) contain active content:\n  ${active.join('\n  ')}`);
			},
		},
	};
}
