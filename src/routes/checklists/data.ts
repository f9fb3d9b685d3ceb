import { getCollection, getEntry } from 'astro:content';
import { inLanguage } from '../../schemas/bilingual.ts';
import { locales, localeKeys, type LocaleKey } from '../../schemas/locales.ts';

/** Every checklist with the guide it belongs to, for one locale. */
export async function checklistsFor(locale: LocaleKey) {
	const lang = locales[locale].lang;
	const lists = await getCollection('checklists');
	return Promise.all(
		lists.map(async ({ id, data }) => {
			const guideId = `${locale}${data.guide.replace(/\/$/, '')}`;
			const guide = await getEntry('docs', guideId);
			if (!guide) throw new Error(`content/checklists/${id}.yaml: guide "${data.guide}" does not exist in ${locale}.`);
			return {
				id,
				title: inLanguage(data.title, lang),
				intro: inLanguage(data.intro, lang),
				keywords: lang === 'en' ? data.keywords.en : data.keywords['zh-CN'],
				count: data.items.length,
				guide: { href: `/${locale}${data.guide}`, title: guide.data.title, data: guide.data },
			};
		}),
	);
}

export const localeParams = () => localeKeys.map((locale) => ({ params: { locale } }));
