/**
 * The kinds of goods the "what did you buy?" classifier can propose (issue 22). No dependencies, so
 * the browser code can import it without the schema library.
 *
 * The calculator's categories (./categories.ts) are the kinds destinations give rates to. The
 * classifier distinguishes six more kinds, because some destinations tax them differently; until a
 * destination's rules give one of them its own rate, the calculator uses the category named in
 * `itemKindFallback`. Every category is also an item kind (it falls back to itself).
 */
import { categories, type Category } from './categories.ts';

/** The kinds that are not (yet) calculator categories. */
export const newItemKinds = [
	'clothing-children',
	'perfume',
	'phones-computers',
	'medicine',
	'infant-formula',
	'tobacco',
] as const;
export type NewItemKind = (typeof newItemKinds)[number];

export const itemKinds = [...categories, ...newItemKinds] as const;
export type ItemKind = Category | NewItemKind;

/**
 * The calculator category each new kind uses until destinations give it a rate, and why.
 * Chinese references are to China's 进境物品归类表 (the classification table of inbound personal
 * articles) and the 进境物品进口税税率表 of 税委会〔2019〕17号 (rates 13% / 20% / 50%).
 */
export const itemKindFallback: Readonly<Record<NewItemKind, Category>> = {
	/**
	 * 归类表 04 纺织品及其制成品 → 衣着 has no children's sub-heading: children's clothes are taxed
	 * like adults' (20%). Elsewhere children's clothing sometimes has its own rate (e.g. the UK's
	 * zero VAT on young children's clothes), which is why the kind exists at all.
	 */
	'clothing-children': 'clothing',
	/**
	 * Perfume is HS 33.03, in the same chapter as cosmetics (33.04); the 归类表 lists 香水 under
	 * 09 化妆品. Whether it is "premium" (China's ≥ CNY 10 per ml high-end cosmetics, 50%) depends on
	 * price per ml, which the calculator asks for cosmetics already; most department-store perfume
	 * is above that line, so the UI should ask.
	 */
	perfume: 'cosmetics',
	/**
	 * Computers are 归类表 19 计算机及其外围设备 (13%), phones are HS 85.17; both are "electronics" in
	 * the calculator today. The kind exists because several destinations (ITA products) admit them
	 * duty-free while other electronics pay duty.
	 */
	'phones-computers': 'electronics',
	/**
	 * The 归类表 files medicines with food: heading 01000000 is 食品、饮料、药品 and 01030000 药品 is
	 * taxed at 13% (anticancer and rare-disease drugs 3%). That is the same heading and band as
	 * supplements (保健品, 01010000 食品), while "other" would be the 20% band — so supplements is
	 * the nearest rate. Outside China, medicines (HS 30) are often duty-free under the WTO
	 * pharmaceutical agreement while supplements (HS 21.06) are not: destinations should give
	 * medicine its own rate, and the UI should mention that prescription drugs are restricted.
	 */
	medicine: 'supplements',
	/** 归类表 01010700 奶粉 (milk powder), 13%: food. HS 19.01. */
	'infant-formula': 'food',
	/**
	 * 归类表 03 烟 is in the 50% band with 02 酒 (alcohol); in every destination both are excise goods
	 * excluded from low-value reliefs. "Other" would under-state the tax (20% in China), so alcohol
	 * is the nearest rate until tobacco has its own; the UI should still say excise applies.
	 */
	tobacco: 'alcohol',
};

/** The calculator category to use for an item kind. */
export function categoryOfItemKind(kind: ItemKind): Category {
	return (categories as readonly string[]).includes(kind) ? (kind as Category) : itemKindFallback[kind as NewItemKind];
}

export function isItemKind(value: string): value is ItemKind {
	return (itemKinds as readonly string[]).includes(value);
}
