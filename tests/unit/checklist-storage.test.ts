import { describe, expect, test } from 'vitest';
import {
	loadProgress,
	MAX_RECORD_LENGTH,
	openStorage,
	parseProgress,
	saveProgress,
	storageKey,
	type ProgressStorage,
} from '../../src/checklist/storage.ts';

const items = ['screenshot-listing', 'save-receipt', 'record-unboxing'];

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

describe('saving and loading progress', () => {
	test('ticks survive a save and a load, stored under the checklist id (shared by both languages)', () => {
		const storage = memoryStorage();
		expect(saveProgress(storage, 'evidence', new Set(['save-receipt', 'screenshot-listing']), items, new Date('2026-11-22T10:00:00Z'))).toBe(true);
		expect(storage.data.get('kb-checklist:evidence')).toBe(
			'{"v":1,"checked":["screenshot-listing","save-receipt"],"updated":"2026-11-22T10:00:00.000Z"}',
		);
		expect(loadProgress(storage, 'evidence', items)).toEqual({ checked: new Set(['screenshot-listing', 'save-receipt']), status: 'ok' });
	});

	test('nothing saved yet is simply empty', () => {
		expect(loadProgress(memoryStorage(), 'evidence', items)).toEqual({ checked: new Set(), status: 'empty' });
	});

	test('unticking everything removes the record', () => {
		const storage = memoryStorage();
		saveProgress(storage, 'evidence', new Set(['save-receipt']), items);
		saveProgress(storage, 'evidence', new Set(), items);
		expect(storage.data.has(storageKey('evidence'))).toBe(false);
	});

	test('two checklists keep separate records', () => {
		const storage = memoryStorage();
		saveProgress(storage, 'evidence', new Set(['save-receipt']), items);
		saveProgress(storage, 'escalation', new Set(['write-to-seller']), ['write-to-seller']);
		expect(loadProgress(storage, 'evidence', items).checked).toEqual(new Set(['save-receipt']));
		expect(loadProgress(storage, 'escalation', ['write-to-seller']).checked).toEqual(new Set(['write-to-seller']));
	});
});

describe('when the checklist changes (saved data meets new content)', () => {
	test('an item removed from the checklist is dropped; a new item starts unticked', () => {
		const saved = '{"v":1,"checked":["screenshot-listing","old-removed-item"],"updated":"2026-01-01T00:00:00Z"}';
		const newItems = ['screenshot-listing', 'save-receipt', 'brand-new-item'];
		expect(parseProgress(saved, newItems)).toEqual({ checked: new Set(['screenshot-listing']), status: 'ok' });
	});

	test('the next save writes only current items, in checklist order', () => {
		const storage = memoryStorage();
		storage.setItem(storageKey('evidence'), '{"v":1,"checked":["record-unboxing","gone"],"updated":"x"}');
		const { checked } = loadProgress(storage, 'evidence', items);
		checked.add('screenshot-listing');
		saveProgress(storage, 'evidence', checked, items, new Date('2026-11-22T00:00:00Z'));
		expect(JSON.parse(storage.data.get(storageKey('evidence'))!).checked).toEqual(['screenshot-listing', 'record-unboxing']);
	});
});

describe('bad stored data is ignored without errors', () => {
	test.each([
		['not JSON', '{"v":1,"checked":[', 'not-json'],
		['another app’s data', '{"theme":"dark"}', 'not-ours'],
		['a bare array', '["screenshot-listing"]', 'not-ours'],
		['a number', '42', 'not-ours'],
		['version 0', '{"v":0,"checked":[]}', 'not-ours'],
		['a string version', '{"v":"1","checked":["save-receipt"]}', 'not-ours'],
		['a newer version', '{"v":2,"done":{"save-receipt":"2026-11-22"}}', 'newer-version'],
		['items that are not ids', '{"v":1,"checked":[{"id":"save-receipt"}]}', 'bad-items'],
		['items missing', '{"v":1}', 'bad-items'],
		['an oversized record', `{"v":1,"checked":["${'x'.repeat(MAX_RECORD_LENGTH)}"]}`, 'too-long'],
	])('%s', (_case, raw, reason) => {
		expect(parseProgress(raw, items)).toEqual({ checked: new Set(), status: 'ignored', reason });
	});

	test('prototype keys in stored ids do nothing', () => {
		expect(parseProgress('{"v":1,"checked":["__proto__","constructor","save-receipt"]}', items).checked).toEqual(
			new Set(['save-receipt']),
		);
	});
});

describe('storage that cannot be used', () => {
	test('localStorage that throws on access (blocked, sandboxed) is reported unavailable', () => {
		const storage = openStorage(() => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		expect(storage).toBeNull();
		expect(loadProgress(storage, 'evidence', items).status).toBe('unavailable');
		expect(saveProgress(storage, 'evidence', new Set(['save-receipt']), items)).toBe(false);
	});

	test('the in-memory stand-in for blocked storage counts as unavailable (ticks would be lost)', () => {
		const standIn = Object.assign(memoryStorage(), { kbMemoryFallback: true });
		expect(openStorage(() => standIn)).toBeNull();
	});

	test('reads that throw are reported unavailable', () => {
		expect(loadProgress(memoryStorage({ failGet: true }), 'evidence', items).status).toBe('unavailable');
	});

	test('a full storage (quota) makes the save report failure instead of throwing', () => {
		expect(saveProgress(memoryStorage({ failSet: true }), 'evidence', new Set(['save-receipt']), items)).toBe(false);
	});
});
