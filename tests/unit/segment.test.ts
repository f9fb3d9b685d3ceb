import { expect, test } from 'vitest';
import { indexCopy, markChineseWordBoundaries, markChineseWordBoundariesInHtml, WORD_BOUNDARY } from '../../src/search/segment.ts';

const show = (s: string) => s.replaceAll(WORD_BOUNDARY, '|');

test('Chinese words are separated the way the browser segments a query', () => {
	// Pagefind's index-time segmenter read this as …和信|用卡…, hiding 信用卡 from search.
	expect(show(markChineseWordBoundaries('检查银行卡和信用卡账单'))).toBe('检查|银行|卡|和|信用卡|账单');
});

test('the text itself is unchanged apart from the invisible boundaries', () => {
	const text = '申请 PayPal 退款，保存聊天记录（截图）。Keep evidence.';
	expect(markChineseWordBoundaries(text).replaceAll(WORD_BOUNDARY, '')).toBe(text);
});

test('boundaries go only between two Chinese characters, never around Latin text or punctuation', () => {
	expect(show(markChineseWordBoundaries('申请PayPal退款，保存证据'))).toBe('申请PayPal退款，保存|证据');
	expect(markChineseWordBoundaries('Keep evidence of every order.')).toBe('Keep evidence of every order.');
});

test('in HTML only text nodes change: tags, attributes, scripts and styles are left alone', () => {
	const html =
		'<h1 title="保存证据">保存证据</h1><script>const s = "保存证据";</script><style>/* 保存证据 */</style><!-- 保存证据 --><p>聊天<strong>记录</strong></p>';
	expect(show(markChineseWordBoundariesInHtml(html))).toBe(
		'<h1 title="保存证据">保存|证据</h1><script>const s = "保存证据";</script><style>/* 保存证据 */</style><!-- 保存证据 --><p>聊天<strong>记录</strong></p>',
	);
});

test('the index copy turns labels (which Pagefind skips) into plain text, and marks Chinese words', () => {
	const en = '<html lang="en"><label for="a">Screenshot the listing</label><input id="a"></html>';
	expect(indexCopy(en)).toBe('<html lang="en"><span data-was-label for="a">Screenshot the listing</span><input id="a"></html>');
	const zh = '<html lang="zh-CN"><label for="a">保存证据</label></html>';
	expect(show(indexCopy(zh))).toBe('<html lang="zh-CN"><span data-was-label for="a">保存|证据</span></html>');
});
