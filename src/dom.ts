/** Browser helpers shared by the site's interactive components (calculator, get-help). Words: src/text/format.ts. */

/**
 * An element with attributes and children. Text is always set as text, never parsed as HTML; an
 * attribute whose value is undefined is left out ('' sets an empty one, as for `checked`).
 */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: (Node | string)[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
	element.append(...children);
	return element;
}
