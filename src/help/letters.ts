/**
 * Which versions of a letter the plan offers, and the words filled into them. Pure (no DOM): the
 * browser view (src/help/ui/letters.ts) renders what these return; tests/unit/help-letters.test.ts
 * checks them.
 */
import type { Answers } from './answers.ts';

export type LetterLang = 'en' | 'zh-CN';

/** Sellers and platforms that get the Chinese copy of a letter beside the reader's. */
export const CHINESE_PLATFORMS: readonly string[] = ['taobao-tmall', 'jd', 'wechat-shop', 'pinduoduo'];

export interface LetterVersion {
	lang: LetterLang;
	/** What the copy is, beside the reader's own: `undefined` for the reader's version. */
	copy?: 'chinese' | 'english';
}

/**
 * The reader's letter in the reader's language and, beside it, a copy in the recipient's: Chinese
 * for a seller in mainland China or on a Chinese platform (for an English reader); English for a
 * seller, bank or body outside mainland China (for a Chinese reader).
 */
export function letterVersions(to: string, answers: Answers, readerLang: LetterLang): LetterVersion[] {
	const chineseSeller = answers.seller === 'cn' || (answers.platform !== undefined && CHINESE_PLATFORMS.includes(answers.platform));
	const chineseRecipient = to === 'seller' ? chineseSeller : answers.buyer === 'cn';
	const versions: LetterVersion[] = [{ lang: readerLang }];
	if (readerLang === 'en' && to === 'seller' && chineseSeller) versions.push({ lang: 'zh-CN', copy: 'chinese' });
	if (readerLang === 'zh-CN' && !chineseRecipient) versions.push({ lang: 'en', copy: 'english' });
	return versions;
}

/** A date as the letter's language writes it ("7 December 2026", "2026年12月7日"); "[…]" when unknown. */
export function letterDay(day: string | undefined, lang: LetterLang): string {
	return day ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '[…]';
}

/**
 * The placeholders of a letter in `lang`: the reader's answers in that language's words
 * (`word(key)` gives them), the dates written its way, "[…]" for what the reader did not say.
 */
export function letterParams(answers: Answers, lang: LetterLang, word: (key: string) => string, today: string): Record<string, string> {
	return {
		problem: answers.problem ? word(`phrase.${answers.problem}`) : '[…]',
		platform: answers.platform ? word(`platform.${answers.platform}`) : '[…]',
		payment: answers.payment ? word(`payment.${answers.payment}`) : '[…]',
		paid: letterDay(answers.paid, lang),
		expected: letterDay(answers.expected, lang),
		today: letterDay(today, lang),
	};
}
