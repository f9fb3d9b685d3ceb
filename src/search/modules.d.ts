// Modules the search dialog imports that have no types of their own.

/** content/search/vocabulary.yaml, validated (src/search/integration.ts serves it to the browser bundle). */
declare module 'virtual:kb/search-vocabulary' {
	const vocabulary: import('../schemas/search-vocabulary.ts').SearchVocabulary;
	export default vocabulary;
	/** The vocabulary's noMatch pages with their titles, per language. */
	export const noMatchPages: Record<'en' | 'zh-cn', import('./vocabulary.ts').PageLink[]>;
}

/** One of OpenCC's dictionaries: "from to|from to|…". */
declare module 'opencc-js/dict/*' {
	const dictionary: string;
	export default dictionary;
}
