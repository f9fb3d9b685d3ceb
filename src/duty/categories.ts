/**
 * The category vocabulary shared by every destination (no dependencies, so the browser code can
 * import it without the schema library).
 */
export const categories = [
	'clothing',
	'shoes',
	'bags',
	'electronics',
	'cosmetics',
	'cosmetics-premium',
	'watches',
	'jewellery',
	'toys',
	'books',
	'food',
	'supplements',
	'sports',
	'alcohol',
	'other',
] as const;
export type Category = (typeof categories)[number];
