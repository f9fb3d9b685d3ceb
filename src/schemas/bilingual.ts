import { z } from 'astro/zod';

/** Text every reader must get in both languages: a missing language fails the build by name. */
export const bilingualText = z.object(
	{
		en: z.string({ error: 'the English text is missing' }).trim().min(1, { error: 'the English text is empty' }),
		'zh-CN': z.string({ error: 'the Chinese text is missing' }).trim().min(1, { error: 'the Chinese text is empty' }),
	},
	{ error: 'must give the text in both languages: { en: …, zh-CN: … }' },
);
export type BilingualText = z.infer<typeof bilingualText>;

/** The text of a bilingual field for a page language ('en' or 'zh-CN'). */
export const inLanguage = (text: BilingualText, lang: string): string =>
	lang.toLowerCase().startsWith('zh') ? text['zh-CN'] : text.en;

const isChinese = (lang: string) => lang.toLowerCase().startsWith('zh');

/** The punctuation that follows a label: "Label: " in English, "标签：" in Chinese. */
export const labelSeparator = (lang: string): string => (isChinese(lang) ? '：' : ': ');

/** Joins a short list the way each language writes it: "a, b, c" / "甲、乙、丙". */
export const listSeparator = (lang: string): string => (isChinese(lang) ? '、' : ', ');
