/**
 * The calculator's "What did you buy?" field (issue 22): the reader types an item in their own
 * words; the kinds of goods it may be are proposed under it as buttons, each with a one-line
 * reason, and the question that decides between them where one does. The best kind, when the
 * words were recognised, sets the category menu, which stays the source of truth: a button sets it
 * to another kind, and the reader can always choose from the menu itself.
 *
 * This module, with the matcher (src/duty/items/match.ts), and the index (/duty-data/items.json)
 * are loaded on the first focus of or typing in the field (calculator.ts), or at once when a link
 * fills it (`item=`). A link that also names a `category` keeps it: the field then only shows the
 * proposals, until the reader types.
 */
import { categoryOfItemKind, isItemKind } from '../item-kinds.ts';
import { format } from '../../text/format.ts';
import { createMatcher, type ItemIndex, type ItemMatcher, type MatchResult, type Proposal } from '../items/match.ts';
import { h } from './format.ts';

/** The field's words in the page's language (content/duty-text/items.yaml). */
export interface ItemFieldText {
	ui: Record<'loading' | 'load-failed' | 'none' | 'too-long' | 'proposals' | 'perhaps' | 'chosen', string>;
	reason: Record<'exact' | 'fuzzy' | 'partial' | 'brand' | 'modifier' | 'alternative' | 'hs', string>;
	kinds: Record<string, string>;
	/** Category labels of the menu. */
	categories: Record<string, string>;
}

const DEBOUNCE_MS = 120;

export function startItemField(root: HTMLElement, options: { indexUrl: string; lang: string; linkChoosesCategory: boolean; typing: boolean }) {
	const input = root.querySelector<HTMLInputElement>('#duty-item');
	const out = root.querySelector<HTMLElement>('[data-item-out]');
	const words = root.querySelector<HTMLScriptElement>('script[data-item-text]');
	const select = root.querySelector<HTMLSelectElement>('#duty-category');
	if (!input || !out || !words || !select) return;
	const text = JSON.parse(words.textContent ?? '{}') as ItemFieldText;
	const box = input.closest<HTMLElement>('[data-item]')!;
	let matcher: Promise<ItemMatcher> | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The text whose proposals are shown. */
	let shown: string | undefined;

	const load = () =>
		(matcher ??= fetch(options.indexUrl)
			.then((response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				return response.json() as Promise<ItemIndex>;
			})
			.then((index) => createMatcher(index)));

	const kindName = (kind: string) => text.kinds[kind] ?? kind;
	const capital = (s: string) => (options.lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);

	function reasonOf(p: Proposal): string {
		const params = { term: p.reason.term, typed: p.reason.typed, kind: kindName(p.kind), word: p.reason.word ?? '' };
		const line = format(text.reason[p.reason.how], params);
		return p.reason.hs && p.reason.how !== 'brand' ? line + format(text.reason.hs, { hs: p.reason.hs }) : line;
	}

	/** Sets the menu to a kind's category and tells the form (which recalculates and writes the link). */
	function choose(kind: string, announce: boolean) {
		if (!isItemKind(kind)) return;
		const category = categoryOfItemKind(kind);
		for (const button of out!.querySelectorAll<HTMLButtonElement>('button[data-kind]')) button.setAttribute('aria-pressed', String(button.dataset['kind'] === kind));
		if (announce) status(format(text.ui.chosen, { kind: text.categories[category] ?? category }));
		if (select!.value === category) return;
		select!.value = category;
		select!.dispatchEvent(new Event('change', { bubbles: true }));
	}

	function status(message: string) {
		const line = out!.querySelector<HTMLElement>('.item-status');
		if (line) line.textContent = message;
	}

	function render(typed: string, result: MatchResult, apply: boolean) {
		const best = result.proposals[0];
		const chosenKind = apply && result.sure && best ? best.kind : undefined;
		const current = select!.value;
		const items = result.proposals.map((p) => {
			const category = categoryOfItemKind(p.kind as Parameters<typeof categoryOfItemKind>[0]);
			const pressed = chosenKind ? p.kind === chosenKind : false;
			const label = [capital(kindName(p.kind))];
			const button = h('button', { type: 'button', 'data-kind': p.kind, 'aria-pressed': String(pressed || (!chosenKind && current === category && p === best && result.sure)) }, ...label);
			button.addEventListener('click', () => choose(p.kind, true));
			return h('li', {}, button, h('span', { class: 'reason' }, reasonOf(p)));
		});
		const children: (Node | string)[] = [];
		if (result.proposals.length === 0) {
			children.push(h('p', { class: 'item-none' }, typed.length > 80 ? text.ui['too-long'] : text.ui.none));
		} else {
			children.push(h('p', { class: 'item-title' }, format(text.ui.proposals, { typed })));
			if (!result.sure) children.push(h('p', { class: 'item-perhaps' }, text.ui.perhaps));
			children.push(h('ul', { class: 'item-list' }, ...items));
			if (result.question) children.push(h('p', { class: 'item-question' }, options.lang === 'zh-CN' ? result.question['zh-CN'] : result.question.en));
		}
		children.push(h('p', { class: 'item-status', role: 'status' }));
		out!.replaceChildren(...children);
		out!.hidden = false;
		if (chosenKind) choose(chosenKind, false);
	}

	/** Matches the field's text; `apply`: the best kind, if recognised, sets the menu. */
	function update(apply: boolean) {
		const typed = input!.value.trim();
		box.removeAttribute('data-item-ready');
		if (typed === '') {
			shown = undefined;
			out!.replaceChildren();
			out!.hidden = true;
			box.setAttribute('data-item-ready', '');
			return;
		}
		if (!matcher) {
			out!.hidden = false;
			out!.replaceChildren(h('p', { class: 'item-status', role: 'status' }, text.ui.loading));
		}
		load().then(
			(m) => {
				if (input!.value.trim() !== typed) return;
				shown = typed;
				render(typed, m.match(typed), apply);
				box.setAttribute('data-item-ready', '');
			},
			() => {
				// Next time the field is used, try again.
				matcher = undefined;
				out!.hidden = false;
				out!.replaceChildren(h('p', { class: 'item-status', role: 'status' }, text.ui['load-failed']));
				box.setAttribute('data-item-ready', '');
			},
		);
	}

	load().catch(() => (matcher = undefined));
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (input.value.trim() !== shown) update(true);
		}, DEBOUNCE_MS);
	});
	// The reader is typing, or a link (or what was typed before the script started) fills the
	// field: its proposals at once, and the best kind chosen unless the link chose the category.
	if (input.value.trim() !== '') update(options.typing || !options.linkChoosesCategory);
	else box.setAttribute('data-item-ready', '');
}
