/**
 * Chinese search: align the words Pagefind indexes with the words the browser searches for.
 *
 * Pagefind segments Chinese at index time with ICU4X and, in the browser, segments the query
 * with Intl.Segmenter. The two mostly agree, but not always: "银行卡和信用卡账单" is indexed as
 * …和信|用卡… while a reader's query "信用卡" stays one word, so the page cannot be found.
 * Pagefind splits its text on whitespace before segmenting, and ICU4X never joins across a
 * zero-width space (U+200B), so marking the browser's word boundaries with U+200B in the copy
 * of the HTML that Pagefind reads makes both sides use the same words. The served HTML is never
 * changed, and U+200B is invisible in result excerpts.
 */
export const WORD_BOUNDARY = '\u200B';

const HAN = /\p{Script=Han}/u;
const endsWithHan = (s: string) => HAN.test(s.slice(-1));
const startsWithHan = (s: string) => HAN.test(s.slice(0, 1));

/** Inserts U+200B between adjacent Chinese words, as `Intl.Segmenter` segments them. */
export function markChineseWordBoundaries(text: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string {
	if (!HAN.test(text)) return text;
	let out = '';
	let previous = '';
	for (const { segment } of segmenter.segment(text)) {
		if (previous && endsWithHan(previous) && startsWithHan(segment)) out += WORD_BOUNDARY;
		out += segment;
		previous = segment;
	}
	return out;
}

/**
 * The same for a whole HTML document: only text nodes outside <script>, <style> and comments
 * are touched; tags and attributes are copied as they are.
 */
export function markChineseWordBoundariesInHtml(html: string): string {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return html.replace(
		/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/gi,
		(_match, markup: string | undefined, text: string | undefined) =>
			markup ?? markChineseWordBoundaries(text ?? '', segmenter),
	);
}

/**
 * Pagefind skips <label> elements, which hold every checklist item's text. In the copy it reads,
 * labels become spans, so the items are searchable; the served page keeps its real labels.
 */
export function unlabelForIndex(html: string): string {
	return html.replace(/<label\b/gi, '<span data-was-label').replace(/<\/label>/gi, '</span>');
}

/** Whether a built page is a Chinese one (<html lang="zh…">). */
export const isChinesePage = (html: string) => /<html[^>]*\blang="zh/i.test(html);

/** The copy of a built page that Pagefind indexes. */
export function indexCopy(html: string): string {
	const unlabelled = unlabelForIndex(html);
	return isChinesePage(unlabelled) ? markChineseWordBoundariesInHtml(unlabelled) : unlabelled;
}
