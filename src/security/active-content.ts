/**
 * What a guide's body may not contain: anything that runs code or loads another document.
 * Guides are Markdown (and MDX) written by editors; the site's Content-Security-Policy only allows
 * the inline scripts the site itself ships (src/security/csp.ts), so a script in content would be
 * blocked in the browser anyway, but the build refuses it first and says where it is.
 *
 * Pure: the Markdown plugin (src/markdown/content-safety.ts) and the tests use it.
 */

/** Elements that run code, load another document or change where the page's links and forms go. */
export const ACTIVE_ELEMENTS: readonly string[] = [
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'form',
	'portal',
];

/** Attributes whose value is a URL that a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlinkhref', 'poster', 'data', 'srcdoc', 'background', 'cite', 'ping']);

/**
 * Whether a URL, as a browser would read it, runs code: `javascript:` and `vbscript:` (with any
 * case, and with the tabs, newlines and control characters browsers skip), or an HTML `data:`
 * document.
 */
export function isScriptUrl(url: string): boolean {
	// Browsers strip ASCII tab and newline anywhere, and leading C0 controls and spaces.
	const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
	return /^(javascript|vbscript):/.test(cleaned) || /^data:(text\/html|application\/xhtml|image\/svg)/.test(cleaned);
}

/** A problem found in one element: what it is, in words an editor understands. */
export function elementProblem(tagName: string, properties: Readonly<Record<string, unknown>>): string | undefined {
	const tag = tagName.toLowerCase();
	if (ACTIVE_ELEMENTS.includes(tag)) return `${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> element`;
	// Components (MDX) keep their capitals in messages: <LinkCard>, not <linkcard>.
	const shown = /^[A-Z]/.test(tagName) ? tagName : tag;
	for (const [name, value] of Object.entries(properties)) {
		const key = name.toLowerCase().replace(/[^a-z]/g, '');
		if (/^on[a-z]+$/.test(key)) return `an event-handler attribute (${name}) on <${shown}>`;
		if (URL_ATTRIBUTES.has(key)) {
			const values = Array.isArray(value) ? value : [value];
			if (values.some((v) => typeof v === 'string' && isScriptUrl(v))) return `a script URL in the ${name} of <${shown}>`;
		}
	}
	return undefined;
}

/** The error an editor sees when a content file holds active content. */
export function activeContentError(file: string, problem: string): Error {
	return new Error(
		`${file}: the page contains ${problem}. Guides may not contain scripts, frames, event handlers or javascript: links; ` +
			'interactive parts are components (src/components/), which the site reviews and allows.',
	);
}
