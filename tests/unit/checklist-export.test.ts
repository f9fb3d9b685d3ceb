import { expect, test } from 'vitest';
import { checklistAsText, progressText } from '../../src/checklist/export.ts';

const items = [
	{ text: 'Screenshot the listing', checked: true },
	{ text: 'Save the payment receipt', help: 'Card statement line or PayPal transaction ID.', checked: false },
];

test('progress reads naturally in each language', () => {
	expect(progressText('{{done}} of {{total}} done', 3, 8)).toBe('3 of 8 done');
	expect(progressText('已完成 {{done}}/{{total}}', 3, 8)).toBe('已完成 3/8');
});

test('copy as plain text', () => {
	expect(checklistAsText('Keep evidence', items, 'text', '1 of 2 done')).toBe(
		'Keep evidence\n1 of 2 done\n\n[x] Screenshot the listing\n[ ] Save the payment receipt (Card statement line or PayPal transaction ID.)\n',
	);
});

test('copy as a Markdown task list', () => {
	expect(checklistAsText('保留证据', [{ text: '截图商品页', checked: true }], 'markdown', '已完成 1/1')).toBe(
		'## 保留证据\n\n_已完成 1/1_\n\n- [x] 截图商品页\n',
	);
});
