/**
 * The one formatter for words with placeholders. Every template — content/ (duty text, get-help,
 * link notices, letters) and the UI strings in content/i18n/ — marks a parameter as `{{name}}`, the
 * syntax of Starlight's own UI strings (i18next): "Over {{limit}}" with { limit: "GBP 135.00" } →
 * "Over GBP 135.00". Unknown names stay visible, so a missing parameter shows instead of
 * vanishing; only the object's own names count ("{{constructor}}" is not filled from
 * Object.prototype). Pure, no dependencies: pages and browser code share it.
 */
export function format(template: string, params: Readonly<Record<string, string | number | undefined>>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
		const value = Object.hasOwn(params, name) ? params[name] : undefined;
		return value === undefined ? whole : String(value);
	});
}
