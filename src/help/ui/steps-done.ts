/**
 * The plan's steps ticked off as done. Kept in localStorage by the checklists' own module
 * (src/checklist/storage.ts: merges between tabs, ignores what it cannot read, never overwrites a
 * newer version's record), in one record for every plan and both languages: step ids are the same
 * in English and Chinese (content/help/steps/), so a step ticked on one plan is ticked wherever it
 * comes again. Where the browser keeps nothing (blocked, private mode, full), the boxes still work
 * until the reader leaves, and the page says so.
 */
import { progressText } from '../../checklist/export.ts';
import { journalChanges, loadProgress, openStorage, reconcileProgress, saveChanges, type ItemChange, type ProgressStorage } from '../../checklist/storage.ts';
import { h } from '../../dom.ts';

/** The record: { v: 1, checked: [step id, …], updated, changed } (src/checklist/storage.ts). */
export const STEPS_RECORD = { key: 'kb-plan-steps' } as const;

/** This tab's recent ticks, re-applied when another tab's write loses them. */
const journal = new Map<string, ItemChange>();
/** The plan on the page, for the listeners below (one set for the page, however often the plan is drawn). */
let current: { storage: ProgressStorage | null; ids: string[]; restore: () => void; shown: () => boolean } | undefined;
let listening = false;

/**
 * Adds a "Done" box to each step in `list` (its name: "Done" and the step's title) and returns the
 * line to put above the list: "n of m steps done", a button that unticks this plan's steps, and
 * what the page has to say about saving. `changed` hears the steps ticked each time the boxes are
 * shown again (at once, on a tick, and when another tab or a return to the page changes them).
 */
export function stepsDone(t: (key: string) => string, list: HTMLElement, changed: (done: ReadonlySet<string>) => void): HTMLElement {
	const storage = openStorage(() => window.localStorage);
	const boxes = [...list.querySelectorAll<HTMLElement>('[data-step]')].map((item) => {
		const id = item.dataset['step']!;
		const title = item.querySelector('h3')!;
		title.id = `help-step-title-${id}`;
		const word = h('span', { id: `help-step-done-${id}` }, t('plan.step-done'));
		const box = h('input', { type: 'checkbox', 'data-done': id, 'aria-labelledby': `${word.id} ${title.id}` }) as HTMLInputElement;
		title.after(h('label', { class: 'step-done' }, box, word));
		return box;
	});
	const ids = boxes.map((box) => box.dataset['done']!);
	const count = h('p', { class: 'count' });
	const clear = h('button', { type: 'button' }, t('plan.steps-clear'));
	const notice = h('p', { class: 'notice', role: 'status' });
	const bar = h('div', { class: 'steps-done' }, count, clear, notice);

	const say = (key: string) => {
		const text = key && t(key);
		if (notice.textContent !== text) notice.textContent = text;
	};
	const show = () => {
		const ticked = boxes.filter((box) => box.checked);
		const text = progressText(t('plan.steps-done'), ticked.length, boxes.length);
		if (count.textContent !== text) count.textContent = text;
		changed(new Set(ticked.map((box) => box.dataset['done']!)));
	};
	/** Shows what storage holds; where it holds nothing usable, what was ticked on this page. */
	const restore = () => {
		const loaded = loadProgress(storage, STEPS_RECORD, ids);
		const newer = loaded.reason === 'newer-version';
		if (loaded.status !== 'unavailable' && !newer) for (const box of boxes) box.checked = loaded.checked.has(box.dataset['done']!);
		if (newer) say('plan.steps-newer');
		show();
		return loaded;
	};
	/** Saves the steps changed (only those), then shows what storage holds. */
	const save = (changes: { id: string; checked: boolean }[]) => {
		const result = saveChanges(storage, STEPS_RECORD, changes, ids);
		if (result.status === 'saved') journalChanges(journal, result.applied);
		if (result.status === 'saved' || result.status === 'unchanged') {
			say('');
			restore();
		} else {
			say(result.status === 'newer-version' ? 'plan.steps-newer' : result.status === 'unavailable' ? 'plan.steps-unavailable' : 'plan.steps-failed');
			show();
		}
		return result.status;
	};

	list.addEventListener('change', (event) => {
		const box = event.target;
		if (box instanceof HTMLInputElement && box.dataset['done']) save([{ id: box.dataset['done'], checked: box.checked }]);
	});
	clear.addEventListener('click', () => {
		// This plan's steps only; steps of other plans stay as they are.
		for (const box of boxes) box.checked = false;
		const status = save(ids.map((id) => ({ id, checked: false })));
		if (status === 'saved' || status === 'unchanged') say('plan.steps-cleared');
	});
	if (restore().status === 'unavailable') say('plan.steps-unavailable');
	// Announce the count politely from now on, not when the plan is drawn.
	count.setAttribute('aria-live', 'polite');
	current = { storage, ids, restore, shown: () => bar.isConnected };
	listen();
	return bar;
}

/** Another tab wrote the record, Back/Forward showed the page again, or its tab came back: show the record. */
function listen() {
	if (listening) return;
	listening = true;
	const again = () => {
		if (current?.shown()) current.restore();
	};
	window.addEventListener('storage', (event) => {
		if (!current?.shown() || (event.key !== null && event.key !== STEPS_RECORD.key)) return;
		// Put back this tab's recent ticks that the other tab's write lost, then show the result.
		const result = reconcileProgress(current.storage, STEPS_RECORD, journal.values(), current.ids);
		if (result.status === 'saved') journalChanges(journal, result.applied);
		current.restore();
	});
	window.addEventListener('pageshow', again);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') again();
	});
}
