/**
 * The category vocabulary shared by every destination (no dependencies, so the browser code can
 * import it without the schema library). Listed in the order the calculator's menu offers them:
 * each narrower kind right after the kind it belongs to.
 */
export const categories = [
	'clothing',
	'clothing-children',
	'shoes',
	'bags',
	'electronics',
	'phones-computers',
	'cosmetics',
	'cosmetics-premium',
	'perfume',
	'watches',
	'jewellery',
	'toys',
	'books',
	'food',
	'infant-formula',
	'supplements',
	'medicine',
	'sports',
	'alcohol',
	'tobacco',
	'other',
] as const;
export type Category = (typeof categories)[number];

/**
 * Narrower kinds of goods (issue 22) that some destinations tax differently from a broader kind,
 * their parent. Where a destination's rules do not name the narrower kind, it is taxed as its
 * parent and the calculator and the rules page say so (src/duty/parent-rates.ts). Why each parent:
 * - children's clothing → clothing: China's 进境物品归类表 has no children's heading (20%, as
 *   adults'); the UK zero-rates young children's clothes, which is why the kind exists;
 * - perfume → cosmetics: HS 33.03 beside cosmetics 33.04; the 归类表 lists 香水 under 化妆品;
 * - phones and computers → electronics: several destinations admit ITA products duty-free;
 * - medicine → supplements: the 归类表 files 01030000 药品 beside food (13%), the band of
 *   supplements, where "other" would be 20%;
 * - infant formula → food: 归类表 01010700 奶粉 (13%), HS 19.01;
 * - tobacco → alcohol: excise goods everywhere, excluded from low-value reliefs; China's 50% band.
 */
export const parentCategory = {
	'clothing-children': 'clothing',
	perfume: 'cosmetics',
	'phones-computers': 'electronics',
	medicine: 'supplements',
	'infant-formula': 'food',
	tobacco: 'alcohol',
} as const satisfies Partial<Record<Category, Category>>;
export type ChildCategory = keyof typeof parentCategory;

export const isChildCategory = (category: string): category is ChildCategory => Object.hasOwn(parentCategory, category);
