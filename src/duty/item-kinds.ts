/**
 * The kinds of goods the "what did you buy?" classifier can propose (issue 22). No dependencies, so
 * the browser code can import it without the schema library.
 *
 * Every kind is a calculator category (./categories.ts). Six of them are narrower kinds that some
 * destinations tax differently from a broader one (`newItemKinds`); a destination that gives one of
 * them no rate of its own taxes it as its parent (`itemKindFallback`, ./categories.ts
 * `parentCategory`), and the calculator says so.
 */
import { categories, parentCategory, type Category, type ChildCategory } from './categories.ts';

/** The narrower kinds added for the classifier (issue 22); each is a calculator category. */
export const newItemKinds = Object.keys(parentCategory) as ChildCategory[];
export type NewItemKind = ChildCategory;

export const itemKinds = categories;
export type ItemKind = Category;

/** The broader kind each new kind is taxed as where a destination gives it no rate of its own. */
export const itemKindFallback: Readonly<Record<NewItemKind, Category>> = parentCategory;

/** The calculator category to use for an item kind: the kind itself (every kind is a category). */
export function categoryOfItemKind(kind: ItemKind): Category {
	return kind;
}

export function isItemKind(value: string): value is ItemKind {
	return (itemKinds as readonly string[]).includes(value);
}
