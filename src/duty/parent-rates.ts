/**
 * Narrower kinds of goods taxed as their parent (./categories.ts `parentCategory`) where a
 * destination's rules do not name them. Pure, no dependencies beyond the vocabulary, so the
 * browser's engine uses it too.
 *
 * A rules version "names" a kind when the kind appears anywhere in it: as a key of a record by
 * kind of goods (a rate, a duty preset) or in a list of kinds (gifts' `excluded`). Where it names
 * the kind in one field but not another, the other fields still give it the parent's value, so a
 * file that gives children's clothing its own VAT keeps clothing's duty for it.
 */
import { isChildCategory, parentCategory, type Category, type ChildCategory } from './categories.ts';

const childKinds = Object.keys(parentCategory) as ChildCategory[];

/** Whether a rules version names `kind` anywhere (a key or a list entry). */
export function namesKind(rules: unknown, kind: Category): boolean {
	if (Array.isArray(rules)) return rules.some((v) => v === kind || namesKind(v, kind));
	if (!rules || typeof rules !== 'object') return false;
	return Object.hasOwn(rules, kind) || Object.values(rules).some((v) => namesKind(v, kind));
}

/** The narrower kinds of `items` that a rules version does not name: each is taxed as its parent. */
export function taxedAsParent(rules: unknown, kinds: readonly Category[]): ChildCategory[] {
	return [...new Set(kinds)].filter((k): k is ChildCategory => isChildCategory(k) && !namesKind(rules, k));
}

/** Each rules version filled in by withParentRates, by the version it was made from. */
const filled = new WeakMap<object, object>();

/**
 * The rules with every narrower kind given its parent's value wherever the rules set one for the
 * parent and none for the kind (the same object, so a rate shared by both stays one figure), and
 * added to every list of kinds that holds its parent (only lists of kinds hold a kind's name). Shared
 * objects stay shared; the rules given are not changed. Small code on purpose: it is in the
 * calculator's script.
 */
export function withParentRates<R extends object>(rules: R): R {
	// Rules are read-only data: each version is filled in once, not on every calculation.
	const done = filled.get(rules);
	if (done) return done as R;
	const copies = new Map<object, unknown>();
	const copy = (value: unknown): unknown => {
		if (!value || typeof value !== 'object') return value;
		if (copies.has(value)) return copies.get(value);
		if (Array.isArray(value)) {
			const out: unknown[] = [];
			copies.set(value, out);
			for (const v of value) out.push(copy(v));
			for (const kind of childKinds) if (out.includes(parentCategory[kind]) && !out.includes(kind)) out.push(kind);
			return out;
		}
		const out: Record<string, unknown> = {};
		copies.set(value, out);
		for (const [k, v] of Object.entries(value)) out[k] = copy(v);
		for (const kind of childKinds) if (Object.hasOwn(out, parentCategory[kind]) && !Object.hasOwn(out, kind)) out[kind] = out[parentCategory[kind]];
		return out;
	};
	const out = copy(rules) as R;
	filled.set(rules, out);
	return out;
}
