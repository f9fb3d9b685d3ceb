/** Browser helpers shared by the site's interactive components (calculator, get-help). */

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

/**
 * "Over {limit}" with { limit: "GBP 135.00" } → "Over GBP 135.00"; unknown names stay visible.
 * Only the object's own names count: "{constructor}" is not filled from Object.prototype. Pure.
 */
export function fill(template: string, params: Readonly<Record<string, string | number | undefined>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = Object.hasOwn(params, name) ? params[name] : undefined;
		return value === undefined ? whole : String(value);
	});
}
