/** The plan's letters: each in the reader's language and, where it helps, the recipient's; copy, download, print. */
import type { Answers } from '../answers.ts';
import { letterParams, letterVersions, type LetterLang } from '../letters.ts';
import { h } from '../../dom.ts';
import { format } from '../../text/format.ts';
import type { HelpContext } from './view.ts';

export function lettersView({ data, t }: HelpContext, ids: string[], answers: Answers, today: string, print: (text: string, lang: string) => void): HTMLElement {
	const readerLang: LetterLang = data.lang === 'zh-CN' ? 'zh-CN' : 'en';
	const word = (lang: LetterLang) => (key: string) => (lang === readerLang ? t(key) : Object.hasOwn(data.other, key) ? data.other[key]! : key);
	const section = h('section', { class: 'letters-section', 'aria-labelledby': 'help-letters' }, h('h3', { id: 'help-letters' }, t('plan.letters')), h('p', { class: 'hint' }, t('plan.letters-hint')));
	const status = h('p', { class: 'hint', role: 'status' });
	const list = h('div', { class: 'letters' });
	ids.forEach((id, n) => {
		const letter = Object.hasOwn(data.letters, id) ? data.letters[id] : undefined;
		if (!letter) return;
		// Folded: on a phone the letters' fields are most of a plan's height; the reader opens the one a step needs (printing opens all).
		const box = h('details', { class: 'letter' }, h('summary', {}, letter.title));
		const texts = h('div', { class: 'letter-texts' });
		letterVersions(letter.to, answers, readerLang).forEach((version, v) => {
			const id = `help-letter-${n}-${v}`;
			const label = version.copy ? `${letter.title} — ${t(`plan.letter-${version.copy}`)}` : letter.title;
			const area = h('textarea', { id, lang: version.lang, spellcheck: 'false' }) as HTMLTextAreaElement;
			area.value = format(letter.body[version.lang], letterParams(answers, version.lang, word(version.lang), today));
			// A printed plan shows the text as typed, in full (a field prints as a box cut at its height).
			const printed = h('div', { class: 'letter-print', lang: version.lang, 'aria-hidden': 'true' }, area.value);
			area.addEventListener('input', () => {
				printed.textContent = area.value;
			});
			const copy = h('button', { type: 'button' }, t('plan.copy'));
			copy.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(area.value);
					status.textContent = t('plan.copied');
				} catch {
					area.select();
					status.textContent = t('plan.copy-failed');
				}
			});
			const download = h('button', { type: 'button' }, t('plan.download'));
			download.addEventListener('click', () => {
				const link = h('a', { href: URL.createObjectURL(new Blob([area.value], { type: 'text/plain;charset=utf-8' })), download: `${id.replace('help-', '')}.txt` }) as HTMLAnchorElement;
				link.click();
				setTimeout(() => URL.revokeObjectURL(link.href), 1000);
			});
			const printButton = h('button', { type: 'button' }, t('plan.print'));
			printButton.addEventListener('click', () => print(area.value, version.lang));
			texts.append(h('div', {}, h('label', { for: id, ...(version.copy ? { class: 'copy' } : {}) }, label), area, printed, h('div', { class: 'letter-actions' }, copy, download, printButton)));
		});
		box.append(texts);
		list.append(box);
	});
	section.append(list, status);
	return section;
}
