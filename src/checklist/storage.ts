/**
 * Checklist progress in the browser's localStorage: one record per checklist id, shared by the
 * English and Chinese pages of that checklist. Pure functions over a storage object, so the
 * custom element and the unit tests use the same code.
 *
 * Record format, version 1:  { "v": 1, "checked": ["item-id", …], "updated": "2026-11-22T…Z" }
 * - item ids no longer in the checklist are dropped; new items start unticked;
 * - anything unreadable (not JSON, wrong shape, another app's data, a newer version, over
 *   MAX_RECORD_LENGTH characters) is ignored, never thrown, and replaced on the next save;
 * - a storage that cannot be read or written (blocked, private mode, full) makes load and save
 *   report "unavailable" so the page can say so, quietly, and keep working in memory.
 */
export const PROGRESS_VERSION = 1;
export const MAX_RECORD_LENGTH = 16_384;
export const storageKey = (checklistId: string) => `kb-checklist:${checklistId}`;

/** The part of the Web Storage API this module needs. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type LoadStatus =
	| 'empty' // nothing saved yet
	| 'ok'
	| 'ignored' // something unreadable was there; treated as empty
	| 'unavailable'; // the storage cannot be used at all

export type IgnoredReason = 'not-json' | 'too-long' | 'not-ours' | 'newer-version' | 'bad-items';

export interface LoadedProgress {
	checked: Set<string>;
	status: LoadStatus;
	/** Why a record was ignored, for debugging and tests. */
	reason?: IgnoredReason;
}

/** Reads a stored record against the checklist's current items. Never throws. */
export function parseProgress(raw: string | null, itemIds: readonly string[]): LoadedProgress {
	if (raw === null || raw === '') return { checked: new Set(), status: 'empty' };
	const ignored = (reason: IgnoredReason): LoadedProgress => ({ checked: new Set(), status: 'ignored', reason });
	if (raw.length > MAX_RECORD_LENGTH) return ignored('too-long');
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return ignored('not-json');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return ignored('not-ours');
	const version = (data as { v?: unknown }).v;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return ignored('not-ours');
	if (version > PROGRESS_VERSION) return ignored('newer-version');
	const checked = (data as { checked?: unknown }).checked;
	if (!Array.isArray(checked) || !checked.every((id) => typeof id === 'string')) return ignored('bad-items');
	const current = new Set(itemIds);
	return { checked: new Set(checked.filter((id: string) => current.has(id))), status: 'ok' };
}

/** The record to store: only current items, in checklist order. */
export function serializeProgress(checked: ReadonlySet<string>, itemIds: readonly string[], now = new Date()): string {
	return JSON.stringify({ v: PROGRESS_VERSION, checked: itemIds.filter((id) => checked.has(id)), updated: now.toISOString() });
}

/**
 * The browser's localStorage, or null where it cannot keep anything: touching it throws (blocked
 * cookies, sandbox), or it is the in-memory stand-in that src/components/ThemeProvider.astro puts
 * in its place for such browsers (marked kbMemoryFallback).
 */
export function openStorage(get: () => ProgressStorage | null | undefined): ProgressStorage | null {
	try {
		const storage = get();
		if (!storage || (storage as { kbMemoryFallback?: boolean }).kbMemoryFallback) return null;
		return storage;
	} catch {
		return null;
	}
}

export function loadProgress(storage: ProgressStorage | null, checklistId: string, itemIds: readonly string[]): LoadedProgress {
	if (!storage) return { checked: new Set(), status: 'unavailable' };
	let raw: string | null;
	try {
		raw = storage.getItem(storageKey(checklistId));
	} catch {
		return { checked: new Set(), status: 'unavailable' };
	}
	return parseProgress(raw, itemIds);
}

/** Saves progress; nothing ticked removes the record. Returns false when the storage refused. */
export function saveProgress(
	storage: ProgressStorage | null,
	checklistId: string,
	checked: ReadonlySet<string>,
	itemIds: readonly string[],
	now = new Date(),
): boolean {
	if (!storage) return false;
	try {
		if (itemIds.some((id) => checked.has(id))) storage.setItem(storageKey(checklistId), serializeProgress(checked, itemIds, now));
		else storage.removeItem(storageKey(checklistId));
		return true;
	} catch {
		return false;
	}
}
