/** Which language a source's title is in (no dependencies: pages and browser code share it). */

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** Mostly Chinese: a Han character carries about a word, so it counts double against Latin letters. */
const isMostlyChinese = (text: string) => 2 * count(text, /\p{Script=Han}/gu) >= Math.max(1, count(text, /\p{Script=Latin}/gu));

/**
 * The `lang` attribute a source's link needs on a page in `pageLang`, or undefined when it is
 * the page's own language. Without an explicit `lang`, a title that is mostly Chinese is Chinese
 * and any other is English, so screen readers switch voice for an English title on a Chinese page.
 */
export function sourceLang({ title, lang }: { title: string; lang?: 'en' | 'zh-CN' | undefined }, pageLang: string) {
	const language = lang ?? (isMostlyChinese(title) ? 'zh-CN' : 'en');
	return language.toLowerCase() === pageLang.toLowerCase() ? undefined : language;
}
