import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	journalChanges,
	loadProgress,
	MAX_RECORD_LENGTH,
	openStorage,
	parseProgress,
	reconcileProgress,
	RECENT_CHANGE_MS,
	saveChanges,
	storageKey,
	type ItemChange,
	type ProgressStorage,
} from '../../src/checklist/storage.ts';

const items = ['screenshot-listing', 'save-receipt', 'record-unboxing'];
const KEY = storageKey('evidence');
const T = Date.parse('2026-11-22T10:00:00Z');

/** An in-memory Web Storage, optionally refusing reads or writes like a blocked or full one. */
function memoryStorage(options: { failGet?: boolean; failSet?: boolean } = {}) {
	const data = new Map<string, string>();
	const storage: ProgressStorage & { data: Map<string, string> } = {
		data,
		getItem: (key) => {
			if (options.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
			return data.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (options.failSet) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => void data.delete(key),
	};
	return storage;
}

const tick = (id: string, checked = true) => [{ id, checked }];
const stored = (storage: { data: Map<string, string> }) => JSON.parse(storage.data.get(KEY)!);

describe('saving and loading progress', () => {
	test('a tick is saved with its time, under the checklist id (shared by both languages)', () => {
		const storage = memoryStorage();
		expect(saveChanges(storage, 'evidence', tick('save-receipt'), items, T)).toEqual({
			status: 'saved',
			applied: [{ id: 'save-receipt', checked: true, at: T }],
		});
		expect(storage.data.get(KEY)).toBe(
			`{"v":1,"checked":["save-receipt"],"updated":"2026-11-22T10:00:00.000Z","changed":{"save-receipt":${T}}}`,
		);
		saveChanges(storage, 'evidence', tick('screenshot-listing'), items, T + 1000);
		expect(loadProgress(storage, 'evidence', items)).toEqual({ checked: new Set(['screenshot-listing', 'save-receipt']), status: 'ok' });
	});

	test('nothing saved yet is simply empty', () => {
		expect(loadProgress(memoryStorage(), 'evidence', items)).toEqual({ checked: new Set(), status: 'empty' });
	});

	test('a tick changes only its own item: ticks another tab or language saved meanwhile are kept', () => {
		const storage = memoryStorage();
		// Saved by the Chinese page after this page was drawn.
		storage.setItem(KEY, `{"v":1,"checked":["save-receipt","record-unboxing"],"updated":"2026-11-22T09:59:00Z","changed":{"save-receipt":${T - 60_000},"record-unboxing":${T - 60_000}}}`);
		saveChanges(storage, 'evidence', tick('screenshot-listing'), items, T);
		expect(stored(storage).checked).toEqual(['screenshot-listing', 'save-receipt', 'record-unboxing']);
		saveChanges(storage, 'evidence', tick('save-receipt', false), items, T + 1);
		expect(stored(storage).checked).toEqual(['screenshot-listing', 'record-unboxing']);
	});

	test('an untick keeps its time: unticking everything leaves a record with no ticks', () => {
		const storage = memoryStorage();
		saveChanges(storage, 'evidence', tick('save-receipt'), items, T);
		saveChanges(storage, 'evidence', tick('save-receipt', false), items, T + 5);
		expect(stored(storage)).toEqual({ v: 1, checked: [], updated: '2026-11-22T10:00:00.005Z', changed: { 'save-receipt': T + 5 } });
		expect(loadProgress(storage, 'evidence', items)).toEqual({ checked: new Set(), status: 'ok' });
	});

	test('a change counts as the latest even when the clock says otherwise', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, `{"v":1,"checked":["save-receipt"],"changed":{"save-receipt":${T + 60_000}}}`);
		expect(saveChanges(storage, 'evidence', tick('save-receipt', false), items, T).applied).toEqual([
			{ id: 'save-receipt', checked: false, at: T + 60_001 },
		]);
	});

	test('two checklists keep separate records', () => {
		const storage = memoryStorage();
		saveChanges(storage, 'evidence', tick('save-receipt'), items);
		saveChanges(storage, 'escalation', tick('write-to-seller'), ['write-to-seller']);
		expect(loadProgress(storage, 'evidence', items).checked).toEqual(new Set(['save-receipt']));
		expect(loadProgress(storage, 'escalation', ['write-to-seller']).checked).toEqual(new Set(['write-to-seller']));
	});

	test('a record with a key of its own (the get-help plan’s steps): kept under that key, apart from the checklists', () => {
		const storage = memoryStorage();
		const plan = { key: 'kb-plan-steps' };
		// Two plans share steps: ticking one plan's steps keeps the other plan's ticks.
		saveChanges(storage, plan, tick('contact-seller'), ['contact-seller', 'paypal-not-received'], T);
		saveChanges(storage, plan, tick('report-shop'), ['report-shop', 'police'], T + 1);
		saveChanges(storage, 'evidence', tick('save-receipt'), items, T);
		expect([...storage.data.keys()].sort()).toEqual(['kb-checklist:evidence', 'kb-plan-steps']);
		expect(JSON.parse(storage.data.get('kb-plan-steps')!).checked).toEqual(['report-shop', 'contact-seller']);
		expect(loadProgress(storage, plan, ['contact-seller', 'paypal-not-received'])).toEqual({ checked: new Set(['contact-seller']), status: 'ok' });
		// Unticking one plan's steps leaves the other's.
		saveChanges(storage, plan, [{ id: 'report-shop', checked: false }, { id: 'police', checked: false }], ['report-shop', 'police'], T + 2);
		expect(loadProgress(storage, plan, ['contact-seller', 'report-shop']).checked).toEqual(new Set(['contact-seller']));
		// Garbage under the key: nothing ticked, no error; the next tick replaces it.
		storage.setItem('kb-plan-steps', '{"v":1,"checked":"not a list"}');
		expect(loadProgress(storage, plan, ['contact-seller'])).toEqual({ checked: new Set(), status: 'ignored', reason: 'bad-items' });
		expect(saveChanges(storage, plan, tick('contact-seller'), ['contact-seller'], T + 3).status).toBe('saved');
		expect(loadProgress(storage, plan, ['contact-seller']).checked).toEqual(new Set(['contact-seller']));
	});

	test('reset unticks this checklist’s items only; ids it does not know are kept', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, '{"v":1,"checked":["save-receipt","an-item-added-later"],"updated":"2026-11-22T09:00:00Z"}');
		saveChanges(storage, 'evidence', items.map((id) => ({ id, checked: false })), items, T);
		expect(stored(storage).checked).toEqual(['an-item-added-later']);
		expect(loadProgress(storage, 'evidence', items)).toEqual({ checked: new Set(), status: 'ok' });
	});
});

describe('when the checklist changes (saved data meets new content)', () => {
	test('an item removed from the checklist is not shown; a new item starts unticked', () => {
		const saved = '{"v":1,"checked":["screenshot-listing","old-removed-item"],"updated":"2026-01-01T00:00:00Z"}';
		const newItems = ['screenshot-listing', 'save-receipt', 'brand-new-item'];
		expect(parseProgress(saved, newItems)).toEqual({ checked: new Set(['screenshot-listing']), status: 'ok' });
	});

	test('the next save writes current items in checklist order, then the ids this page does not know', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, '{"v":1,"checked":["record-unboxing","gone"],"updated":"2026-11-20T00:00:00Z"}');
		saveChanges(storage, 'evidence', tick('screenshot-listing'), items, T);
		const record = stored(storage);
		expect(record.checked).toEqual(['screenshot-listing', 'record-unboxing', 'gone']);
		// An older page's record has no times: every item counts as changed when it was written.
		const written = Date.parse('2026-11-20T00:00:00Z');
		expect(record.changed).toEqual({ 'screenshot-listing': T, 'save-receipt': written, 'record-unboxing': written, gone: written });
	});

	test('ids this page does not know are dropped first when the record would be too long', () => {
		const storage = memoryStorage();
		const many = Array.from({ length: 900 }, (_, i) => `an-old-item-that-was-removed-${i}`);
		storage.setItem(KEY, JSON.stringify({ v: 1, checked: many.slice(0, 400), updated: '2026-11-20T00:00:00Z' }));
		expect(storage.data.get(KEY)!.length).toBeLessThan(MAX_RECORD_LENGTH);
		expect(saveChanges(storage, 'evidence', tick('save-receipt'), items, T).status).toBe('saved');
		expect(storage.data.get(KEY)!.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH);
		expect(stored(storage).checked).toEqual(['save-receipt']);
	});

	test('older pages read the new record: they ignore the times', () => {
		const storage = memoryStorage();
		saveChanges(storage, 'evidence', tick('record-unboxing'), items, T);
		// What a page of the previous version does with it: only v and checked matter.
		const { v, checked } = stored(storage);
		expect({ v, checked }).toEqual({ v: 1, checked: ['record-unboxing'] });
	});
});

describe('a record saved by a newer version of the site', () => {
	const newer = '{"v":2,"items":{"save-receipt":{"done":"2027-01-01"}}}';

	test('is not shown, and says why', () => {
		expect(parseProgress(newer, items)).toEqual({ checked: new Set(), status: 'ignored', reason: 'newer-version' });
	});

	test('is never overwritten: neither a tick, a reset nor another tab’s merge writes over it', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, newer);
		expect(saveChanges(storage, 'evidence', tick('save-receipt'), items, T)).toEqual({ status: 'newer-version', applied: [] });
		expect(saveChanges(storage, 'evidence', items.map((id) => ({ id, checked: false })), items, T).status).toBe('newer-version');
		const journal = [{ id: 'save-receipt', checked: true, at: T }];
		expect(reconcileProgress(storage, 'evidence', journal, items, T + 1).status).toBe('newer-version');
		expect(storage.data.get(KEY)).toBe(newer);
	});
});

describe('bad stored data is ignored without errors', () => {
	test.each([
		['not JSON', '{"v":1,"checked":[', 'not-json'],
		['another app’s data', '{"theme":"dark"}', 'not-ours'],
		['a bare array', '["screenshot-listing"]', 'not-ours'],
		['a number', '42', 'not-ours'],
		['markup', '"><img src=x>', 'not-json'],
		['version 0', '{"v":0,"checked":[]}', 'not-ours'],
		['a string version', '{"v":"1","checked":["save-receipt"]}', 'not-ours'],
		['a newer version', '{"v":2,"done":{"save-receipt":"2026-11-22"}}', 'newer-version'],
		['items that are not ids', '{"v":1,"checked":[{"id":"save-receipt"}]}', 'bad-items'],
		['items missing', '{"v":1}', 'bad-items'],
		['an oversized record', `{"v":1,"checked":["${'x'.repeat(MAX_RECORD_LENGTH)}"]}`, 'too-long'],
	])('%s', (_case, raw, reason) => {
		expect(parseProgress(raw, items)).toEqual({ checked: new Set(), status: 'ignored', reason });
	});

	test('the next tick replaces an unreadable record', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, '{"v":1,"checked":[');
		saveChanges(storage, 'evidence', tick('save-receipt'), items, T);
		expect(stored(storage).checked).toEqual(['save-receipt']);
	});

	test('times that are not times are dropped; the ticks still count', () => {
		const raw = '{"v":1,"checked":["save-receipt"],"changed":{"save-receipt":"soon","record-unboxing":-1,"screenshot-listing":1e300}}';
		expect(parseProgress(raw, items)).toEqual({ checked: new Set(['save-receipt']), status: 'ok' });
		const storage = memoryStorage();
		storage.setItem(KEY, raw);
		saveChanges(storage, 'evidence', tick('record-unboxing'), items, T);
		expect(stored(storage).changed).toEqual({ 'record-unboxing': T });
	});

	test('prototype keys in stored ids and times do nothing', () => {
		const raw = '{"v":1,"checked":["__proto__","constructor","save-receipt"],"changed":{"__proto__":5,"toString":6}}';
		expect(parseProgress(raw, items).checked).toEqual(new Set(['save-receipt']));
		const storage = memoryStorage();
		storage.setItem(KEY, raw);
		saveChanges(storage, 'evidence', tick('record-unboxing'), items, T);
		const record = stored(storage);
		expect(record.checked).toEqual(['save-receipt', 'record-unboxing', '__proto__', 'constructor']);
		expect(Object.getPrototypeOf(record.changed)).toBe(Object.prototype);
		expect(Object.keys(record.changed)).toContain('__proto__');
	});
});

describe('storage that cannot be used', () => {
	test('localStorage that throws on access (blocked, sandboxed) is reported unavailable', () => {
		const storage = openStorage(() => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		expect(storage).toBeNull();
		expect(loadProgress(storage, 'evidence', items).status).toBe('unavailable');
		expect(saveChanges(storage, 'evidence', tick('save-receipt'), items).status).toBe('unavailable');
	});

	test('the in-memory stand-in for blocked storage counts as unavailable (ticks would be lost)', () => {
		const standIn = Object.assign(memoryStorage(), { kbMemoryFallback: true });
		expect(openStorage(() => standIn)).toBeNull();
	});

	test('reads that throw are reported unavailable', () => {
		expect(loadProgress(memoryStorage({ failGet: true }), 'evidence', items).status).toBe('unavailable');
		expect(saveChanges(memoryStorage({ failGet: true }), 'evidence', tick('save-receipt'), items).status).toBe('unavailable');
	});

	test('a full storage (quota) makes the save report failure instead of throwing', () => {
		expect(saveChanges(memoryStorage({ failSet: true }), 'evidence', tick('save-receipt'), items)).toEqual({ status: 'failed', applied: [] });
	});
});

describe('two tabs writing at the same moment', () => {
	test('the tab whose tick the other overwrote puts it back; the other tab then has nothing to do', () => {
		// Each tab sees localStorage through its own cache; both read before either write arrived.
		const a = memoryStorage();
		const b = memoryStorage();
		const journalA = new Map<string, ItemChange>();
		const journalB = new Map<string, ItemChange>();
		journalChanges(journalA, saveChanges(a, 'evidence', tick('screenshot-listing'), items, T).applied, T);
		journalChanges(journalB, saveChanges(b, 'evidence', tick('save-receipt'), items, T + 1).applied, T + 1);
		// B's write reaches the store last: A's cache receives it (and a storage event).
		a.setItem(KEY, b.getItem(KEY)!);
		const merged = reconcileProgress(a, 'evidence', journalA.values(), items, T + 10);
		expect(merged).toEqual({ status: 'saved', applied: [{ id: 'screenshot-listing', checked: true, at: T }] });
		expect(stored(a).checked).toEqual(['screenshot-listing', 'save-receipt']);
		// A's merged record reaches B: B's own tick is in it, so B writes nothing.
		b.setItem(KEY, a.getItem(KEY)!);
		expect(reconcileProgress(b, 'evidence', journalB.values(), items, T + 20).status).toBe('unchanged');
	});

	test('the later change of the same item wins, whichever write arrives last', () => {
		for (const order of ['a-last', 'b-last']) {
			const a = memoryStorage();
			const b = memoryStorage();
			a.setItem(KEY, `{"v":1,"checked":["save-receipt"],"changed":{"save-receipt":${T}}}`);
			b.setItem(KEY, a.getItem(KEY)!);
			// A unticks it; a moment later B, not yet knowing, ticks another box and unticks…
			const journalA = new Map<string, ItemChange>();
			const journalB = new Map<string, ItemChange>();
			journalChanges(journalA, saveChanges(a, 'evidence', tick('save-receipt', false), items, T + 100).applied, T + 100);
			journalChanges(journalB, saveChanges(b, 'evidence', tick('record-unboxing'), items, T + 200).applied, T + 200);
			const [first, firstJournal, last] = order === 'a-last' ? [b, journalB, a] : [a, journalA, b];
			first.setItem(KEY, last.getItem(KEY)!);
			reconcileProgress(first, 'evidence', firstJournal.values(), items, T + 300);
			last.setItem(KEY, first.getItem(KEY)!);
			reconcileProgress(last, 'evidence', (last === a ? journalA : journalB).values(), items, T + 400);
			expect(stored(a).checked).toEqual(['record-unboxing']);
			expect(stored(b).checked).toEqual(['record-unboxing']);
		}
	});

	test('a reset in another tab is not undone by an older tick in this tab’s journal', () => {
		const storage = memoryStorage();
		const journal = new Map<string, ItemChange>();
		journalChanges(journal, saveChanges(storage, 'evidence', tick('save-receipt'), items, T).applied, T);
		// Another tab resets two seconds later; its record arrives here.
		const other = memoryStorage();
		other.setItem(KEY, storage.getItem(KEY)!);
		saveChanges(other, 'evidence', items.map((id) => ({ id, checked: false })), items, T + 2000);
		storage.setItem(KEY, other.getItem(KEY)!);
		expect(reconcileProgress(storage, 'evidence', journal.values(), items, T + 2100).status).toBe('unchanged');
		expect(stored(storage).checked).toEqual([]);
	});

	test('only recent changes are put back: a record cleared long after a tick stays cleared', () => {
		const storage = memoryStorage();
		const journal = new Map<string, ItemChange>();
		journalChanges(journal, saveChanges(storage, 'evidence', tick('save-receipt'), items, T).applied, T);
		storage.removeItem(KEY);
		expect(reconcileProgress(storage, 'evidence', journal.values(), items, T + RECENT_CHANGE_MS + 1).status).toBe('unchanged');
		expect(storage.getItem(KEY)).toBeNull();
		journalChanges(journal, [], T + RECENT_CHANGE_MS + 1);
		expect(journal.size).toBe(0);
	});

	/**
	 * A model of Chrome's localStorage across renderer processes: each tab has a cache; a write
	 * changes the cache at once and is committed to the store later, in order; the store then tells
	 * the writer (acknowledgement) and the other tab (change), in order. A tab with a write not yet
	 * acknowledged ignores changes from elsewhere (Chrome's CachedStorageArea); otherwise it takes
	 * the new value and handles a storage event. Any interleaving must end with all three agreeing,
	 * and every item as its latest change left it.
	 */
	test('any interleaving of ticks, commits and events converges on the latest change of each item', () => {
		type Message = { kind: 'ack' } | { kind: 'change'; value: string | null };
		type Step = { kind: 'click'; tab: 0 | 1; item: number } | { kind: 'commit' } | { kind: 'deliver'; tab: 0 | 1 };
		const step = fc.oneof(
			fc.record({ kind: fc.constant('click' as const), tab: fc.constantFrom(0 as const, 1 as const), item: fc.nat({ max: items.length - 1 }) }),
			fc.record({ kind: fc.constant('commit' as const) }),
			fc.record({ kind: fc.constant('deliver' as const), tab: fc.constantFrom(0 as const, 1 as const) }),
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
				let now = T;
				let store: string | null = null;
				const commits: { tab: 0 | 1; value: string | null }[] = [];
				const tabs = [0, 1].map((index) => {
					const cache = memoryStorage();
					const inbox: Message[] = [];
					const tab = { index: index as 0 | 1, cache, inbox, pending: 0, journal: new Map<string, ItemChange>() };
					// Writes go to the cache and are queued for the store.
					const write = cache.setItem;
					cache.setItem = (key, value) => {
						write(key, value);
						tab.pending++;
						commits.push({ tab: tab.index, value });
					};
					return tab;
				});
				const latest = new Map<string, ItemChange>();
				const run = (s: Step) => {
					now += 1;
					if (s.kind === 'click') {
						const tab = tabs[s.tab]!;
						const id = items[s.item]!;
						const checked = !loadProgress(tab.cache, 'evidence', items).checked.has(id);
						const result = saveChanges(tab.cache, 'evidence', [{ id, checked }], items, now);
						journalChanges(tab.journal, result.applied, now);
						for (const change of result.applied) latest.set(change.id, change);
					} else if (s.kind === 'commit') {
						const commit = commits.shift();
						if (!commit) return;
						store = commit.value;
						tabs[commit.tab]!.inbox.push({ kind: 'ack' });
						tabs[1 - commit.tab]!.inbox.push({ kind: 'change', value: commit.value });
					} else {
						const tab = tabs[s.tab]!;
						const message = tab.inbox.shift();
						if (!message) return;
						if (message.kind === 'ack') tab.pending--;
						else if (tab.pending === 0) {
							if (message.value === null) tab.cache.data.delete(KEY);
							else tab.cache.data.set(KEY, message.value);
							const result = reconcileProgress(tab.cache, 'evidence', tab.journal.values(), items, now);
							journalChanges(tab.journal, result.applied, now);
						}
					}
				};
				for (const s of steps) run(s);
				// Then everything in flight arrives.
				while (commits.length > 0 || tabs.some((tab) => tab.inbox.length > 0)) {
					run({ kind: 'commit' });
					run({ kind: 'deliver', tab: 0 });
					run({ kind: 'deliver', tab: 1 });
				}
				const want = new Set([...latest.values()].filter((change) => change.checked).map((change) => change.id));
				expect(parseProgress(store, items).checked).toEqual(want);
				for (const tab of tabs) expect(loadProgress(tab.cache, 'evidence', items).checked).toEqual(want);
			}),
			{ numRuns: 500 },
		);
	});
});
