/** A checklist as text to paste elsewhere: plain ("[x] …") or Markdown task list ("- [x] …"). */
import { format } from '../text/format.ts';
export interface ExportItem {
	text: string;
	help?: string | undefined;
	checked: boolean;
}

export function checklistAsText(
	title: string,
	items: readonly ExportItem[],
	format: 'text' | 'markdown',
	progress: string,
): string {
	const lines =
		format === 'markdown'
			? [`## ${title}`, '', `_${progress}_`, '', ...items.map((i) => `- [${i.checked ? 'x' : ' '}] ${i.text}${i.help ? ` — ${i.help}` : ''}`)]
			: [title, progress, '', ...items.map((i) => `[${i.checked ? 'x' : ' '}] ${i.text}${i.help ? ` (${i.help})` : ''}`)];
	return `${lines.join('\n')}\n`;
}

/** "3 of 8 done" / "已完成 3/8" from the page language's template. */
export const progressText = (template: string, done: number, total: number) =>
	format(template, { done, total });
