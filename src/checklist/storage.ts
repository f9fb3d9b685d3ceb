/**
 * Checklist progress in the browser's localStorage: one record per checklist id, shared by the
 * English and Chinese pages of that checklist and by every tab. Pure functions over a storage
 * object, so the custom element and the unit tests use the same code. The get-help plan keeps its
 * ticked steps the same way, in one record of its own (RecordId, src/help/ui/steps-done.ts).
 *
 * Record format, version 1:
 *   { "v": 1, "checked": ["item-id", …], "updated": "2026-11-22T…Z",
 *     "changed": { "item-id": 1795000000000, … } }
 * - `checked` lists the ticked items; `updated` is when the record was written.
 * - `changed` (added later, backward compatible: version-1 readers ignore it) gives, per item,
 *   when it was last ticked or unticked (milliseconds since 1970). An unticked item keeps its
 *   time, so "unticked at 10:02" beats "ticked at 10:01" when two tabs disagree. A record without
 *   `changed` (written by an older page) counts every item as changed at `updated`.
 * - A change touches only its own items: the page reads the record, changes the items the reader
 *   clicked and writes it back; ids this page does not know (from an older or newer edition of the
 *   checklist) are kept, though not shown. Reset unticks this checklist's items only.
 * - Tabs in other renderer processes see localStorage through a cache that is synced
 *   asynchronously, so two tabs writing at the same moment can each overwrite the other. Each tab
 *   therefore keeps a journal of its recent changes; when another tab's record arrives (the
 *   `storage` event), `reconcileProgress` re-applies the journal's changes that the record lost,
 *   the latest change per item winning, and writes the result. Both tabs end with both changes.
 * - Anything unreadable (not JSON, wrong shape, another app's data, over MAX_RECORD_LENGTH
 *   characters) is ignored, never thrown, and replaced on the next save. A record from a newer
 *   version of the site (v > PROGRESS_VERSION) is ignored for display and never overwritten.
 * - A storage that cannot be read or written (blocked, private mode, full) makes load and save
 *   report it, so the page can say so, quietly, and keep working in memory.
 */
export const PROGRESS_VERSION = 1;
export const MAX_RECORD_LENGTH = 16_384;
/** How long a tab re-applies its own changes that another tab's write lost. */
export const RECENT_CHANGE_MS = 30_000;
export const storageKey = (checklistId: string) => `kb-checklist:${checklistId}`;
/**
 * Which record: a checklist's id (stored under storageKey(id)), or a key of its own for progress
 * that is not a checklist's (the get-help plan's steps: src/help/ui/steps-done.ts).
 */
export type RecordId = string | { key: string };
export const keyOf = (id: RecordId) => (typeof id === 'string' ? storageKey(id) : id.key);

/** The part of the Web Storage API this module needs. */
export interface ProgressStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type LoadStatus =
	| 'empty' // nothing saved yet
	| 'ok'
	| 'ignored' // something unreadable (or a newer version's record) was there; treated as empty
	| 'unavailable'; // the storage cannot be used at all

export type IgnoredReason = 'not-json' | 'too-long' | 'not-ours' | 'newer-version' | 'bad-items';

export interface LoadedProgress {
	checked: Set<string>;
	status: LoadStatus;
	/** Why a record was ignored; 'newer-version' means the page must not save. */
	reason?: IgnoredReason;
}

/** A readable record: every id it holds, known to this page or not. */
export interface ProgressRecord {
	checked: Set<string>;
	/** Item id → when it was last ticked or unticked (ms). */
	changed: Map<string, number>;
	/** When the record was written (ms); 0 when unknown. */
	updated: number;
	/** Whether the record has per-item times (false: written by an older page). */
	timed: boolean;
}

/** One item ticked or unticked by the reader, at a time in ms. */
export interface ItemChange {
	id: string;
	checked: boolean;
	at: number;
}

type ReadRecord =
	| { status: 'empty' }
	| { status: 'ok'; record: ProgressRecord }
	| { status: 'ignored'; reason: IgnoredReason };

const emptyRecord = (): ProgressRecord => ({ checked: new Set(), changed: new Map(), updated: 0, timed: true });

const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Reads a stored record, every id included. Never throws. */
export function readRecord(raw: string | null): ReadRecord {
	if (raw === null || raw === '') return { status: 'empty' };
	const ignored = (reason: IgnoredReason): ReadRecord => ({ status: 'ignored', reason });
	if (raw.length > MAX_RECORD_LENGTH) return ignored('too-long');
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return ignored('not-json');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return ignored('not-ours');
	const { v: version, checked, changed, updated } = data as Record<string, unknown>;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return ignored('not-ours');
	if (version > PROGRESS_VERSION) return ignored('newer-version');
	if (!Array.isArray(checked) || !checked.every((id) => typeof id === 'string')) return ignored('bad-items');
	const updatedTime = typeof updated === 'string' ? Date.parse(updated) : NaN;
	const record: ProgressRecord = {
		checked: new Set(checked as string[]),
		changed: new Map(),
		updated: isTime(updatedTime) ? updatedTime : 0,
		timed: false,
	};
	// Times that are not numbers are dropped one by one; the ticks still count.
	if (typeof changed === 'object' && changed !== null && !Array.isArray(changed)) {
		record.timed = true;
		for (const [id, at] of Object.entries(changed)) if (isTime(at)) record.changed.set(id, at);
	}
	return { status: 'ok', record };
}

/** When an item last changed, as far as the record knows. */
export const changedAt = (record: ProgressRecord, id: string): number =>
	record.changed.get(id) ?? (record.timed ? 0 : record.updated);

/** Reads a stored record against the checklist's current items. Never throws. */
export function parseProgress(raw: string | null, itemIds: readonly string[]): LoadedProgress {
	const read = readRecord(raw);
	if (read.status === 'empty') return { checked: new Set(), status: 'empty' };
	if (read.status === 'ignored') return { checked: new Set(), status: 'ignored', reason: read.reason };
	return { checked: new Set(itemIds.filter((id) => read.record.checked.has(id))), status: 'ok' };
}

/**
 * The record to store: this checklist's items first, in checklist order, then ids it does not
 * know. When that would be too long for readers to accept, the unknown ids go; when it still is,
 * null (nothing is written).
 */
export function serializeRecord(record: ProgressRecord, itemIds: readonly string[], now: number): string | null {
	const known = new Set(itemIds);
	const write = (keepUnknown: boolean) => {
		const keep = (id: string) => known.has(id) || keepUnknown;
		const ids = [...itemIds, ...[...record.checked, ...record.changed.keys()].filter((id) => !known.has(id))];
		const order = [...new Set(ids)].filter(keep);
		const changed: Record<string, number> = {};
		// Object.defineProperty: an id such as "__proto__" is stored as an ordinary key.
		for (const id of order) {
			const at = changedAt(record, id);
			if (at > 0) Object.defineProperty(changed, id, { value: at, enumerable: true, writable: true, configurable: true });
		}
		return JSON.stringify({
			v: PROGRESS_VERSION,
			checked: order.filter((id) => record.checked.has(id)),
			updated: new Date(now).toISOString(),
			changed,
		});
	};
	for (const keepUnknown of [true, false]) {
		const raw = write(keepUnknown);
		if (raw.length <= MAX_RECORD_LENGTH) return raw;
	}
	return null;
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

function readStored(storage: ProgressStorage, checklistId: RecordId): ReadRecord | 'unavailable' {
	try {
		return readRecord(storage.getItem(keyOf(checklistId)));
	} catch {
		return 'unavailable';
	}
}

export function loadProgress(storage: ProgressStorage | null, checklistId: RecordId, itemIds: readonly string[]): LoadedProgress {
	if (!storage) return { checked: new Set(), status: 'unavailable' };
	let raw: string | null;
	try {
		raw = storage.getItem(keyOf(checklistId));
	} catch {
		return { checked: new Set(), status: 'unavailable' };
	}
	return parseProgress(raw, itemIds);
}

export type SaveStatus =
	| 'saved'
	| 'unchanged' // nothing needed writing
	| 'newer-version' // a newer version of the site saved this record: left as it is
	| 'unavailable' // the storage cannot be used at all
	| 'failed'; // the storage refused the write (full) or the record would be too long

export interface SaveResult {
	status: SaveStatus;
	/** The changes as recorded, with their times: what the tab's journal keeps. */
	applied: ItemChange[];
}

/** Reads the record, lets `update` change it, writes it back if it did. */
function updateStored(
	storage: ProgressStorage | null,
	checklistId: RecordId,
	itemIds: readonly string[],
	now: number,
	update: (record: ProgressRecord) => ItemChange[],
): SaveResult {
	if (!storage) return { status: 'unavailable', applied: [] };
	const read = readStored(storage, checklistId);
	if (read === 'unavailable') return { status: 'unavailable', applied: [] };
	if (read.status === 'ignored' && read.reason === 'newer-version') return { status: 'newer-version', applied: [] };
	// Nothing saved, or something unreadable that the next save replaces.
	const record = read.status === 'ok' ? read.record : emptyRecord();
	const applied = update(record);
	if (applied.length === 0) return { status: 'unchanged', applied };
	const raw = serializeRecord(record, itemIds, now);
	if (raw === null) return { status: 'failed', applied: [] };
	try {
		storage.setItem(keyOf(checklistId), raw);
	} catch {
		return { status: 'failed', applied: [] };
	}
	return { status: 'saved', applied };
}

const setItem = (record: ProgressRecord, change: ItemChange) => {
	if (change.checked) record.checked.add(change.id);
	else record.checked.delete(change.id);
	record.changed.set(change.id, change.at);
};

/**
 * Saves the reader's ticks and unticks of `changes` — and nothing else: other items keep what the
 * record holds. Each change is timed `now`, or just after the record's own time for that item when
 * the clock says otherwise, so that it counts as the latest.
 */
export function saveChanges(
	storage: ProgressStorage | null,
	checklistId: RecordId,
	changes: readonly { id: string; checked: boolean }[],
	itemIds: readonly string[],
	now = Date.now(),
): SaveResult {
	return updateStored(storage, checklistId, itemIds, now, (record) =>
		changes.map(({ id, checked }) => {
			const change = { id, checked, at: Math.max(now, changedAt(record, id) + 1) };
			setItem(record, change);
			return change;
		}),
	);
}

/**
 * After another tab wrote the record: re-applies this tab's recent changes (the journal) that the
 * record lost — each only where it is later than the record's own change of that item — and
 * writes the result. Returns 'unchanged' when the record already agrees.
 */
export function reconcileProgress(
	storage: ProgressStorage | null,
	checklistId: RecordId,
	journal: Iterable<ItemChange>,
	itemIds: readonly string[],
	now = Date.now(),
): SaveResult {
	const recent = [...journal].filter((change) => now - change.at <= RECENT_CHANGE_MS);
	return updateStored(storage, checklistId, itemIds, now, (record) =>
		recent.filter((change) => {
			const lost = change.at > changedAt(record, change.id) && record.checked.has(change.id) !== change.checked;
			if (lost) setItem(record, change);
			return lost;
		}),
	);
}

/** A tab's journal: its latest change of each item, as saved. Old entries are dropped. */
export function journalChanges(journal: Map<string, ItemChange>, applied: readonly ItemChange[], now = Date.now()) {
	for (const change of applied) journal.set(change.id, change);
	for (const [id, change] of journal) if (now - change.at > RECENT_CHANGE_MS) journal.delete(id);
}
