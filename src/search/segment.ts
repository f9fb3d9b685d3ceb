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
	return isChinesePage(unlabelled) ? markChineseWordBoundariesInHtml(addTitleWords(unlabelled)) : unlabelled;
}

/**
 * Words for a Pagefind metadata field. Pagefind splits metadata on whitespace only and never
 * segments it, so "没到账" would be one word that the query 没|到|账 cannot match: Chinese is
 * written with spaces between the words the browser's segmenter finds.
 */
export function metaWords(text: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string {
	if (!HAN.test(text)) return text.replace(/\s+/g, ' ').trim();
	const words: string[] = [];
	for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
	return words.join(' ');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const decodeText = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');

/** The text of a page's <h1>, without tags. */
export function pageTitle(html: string): string {
	const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
	return decodeText(h1.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * A Chinese page's title, segmented, as the metadata field `title_words`: Pagefind's automatic
 * `title` holds the heading unsegmented (保存证据 is one word there), so only its first word got
 * the title's boost. The field is weighted like the title (astro.config.mjs, metaWeights).
 */
export function addTitleWords(html: string): string {
	const title = pageTitle(html);
	if (!title || !HAN.test(title)) return html;
	const field = `<span data-pagefind-meta="title_words:${escapeAttribute(metaWords(title))}"></span>`;
	return html.replace(/(<[^>]*\bdata-pagefind-body\b[^>]*>)/i, `$1${field}`);
}

/**
 * The Latin-script words of a page's indexed text and its keywords, with how often each occurs:
 * what a misspelt query word is compared with (src/search/query.ts, corrections).
 */
/**
 * The word list the dialog fetches (words.<lang>.json), most frequent first: the dialog reads a
 * word's rank as how common it is. Chinese words seen once are left out: a correction must be a
 * word the site uses at least twice.
 */
export function wordList(counts: Map<string, number>): string[] {
	return [...counts]
		.filter(([word, count]) => count > 1 || !/\p{Script=Han}/u.test(word))
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([word]) => word);
}

export function countWords(html: string, counts: Map<string, number> = new Map()): Map<string, number> {
	const body = /<[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
	const keywords = [...html.matchAll(/data-pagefind-meta="(?:keywords|platforms)"[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
	const text = decodeText(
		body
			.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
			.replace(/<[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/(p|div|aside|span)>/gi, ' ')
			.replace(/<[^>]*>/g, ' '),
	);
	const add = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
	const lower = `${text} ${keywords}`.toLowerCase();
	for (const match of lower.matchAll(/[a-z]{4,}/g)) add(match[0]);
	// Words with punctuation inside, as Pagefind also indexes them: "jd.com" → jdcom, "e-commerce" → ecommerce.
	for (const match of lower.matchAll(/[a-z]+(?:[.\-'’][a-z]+)+/g)) {
		const joined = match[0].replace(/[.\-'’]/g, '');
		if (joined.length >= 4) add(joined);
	}
	if (isChinesePage(html)) for (const unit of chineseUnits(`${text} ${keywords}`)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
	return counts;
}

/**
 * The Chinese words of a text as the search dialog reads a query (src/search/query.ts): the
 * segmenter's words of two characters or more, and runs of single characters it left apart
 * (速|卖|通 → 速卖通), two to four characters long.
 */
export function chineseUnits(text: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string[] {
	const units: string[] = [];
	let singles = '';
	const flush = () => {
		if ([...singles].length >= 2 && [...singles].length <= 4) units.push(singles);
		singles = '';
	};
	for (const { segment } of segmenter.segment(text)) {
		// Spaces do not end a run: keywords are stored with a space between words (metaWords).
		if (/^\s+$/.test(segment)) continue;
		if (!/^\p{Script=Han}+$/u.test(segment)) flush();
		else if ([...segment].length === 1) singles += segment;
		else {
			flush();
			units.push(segment);
		}
	}
	flush();
	return units;
}
