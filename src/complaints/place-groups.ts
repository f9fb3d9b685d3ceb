/**
 * Places in the groups a reader looks for them in: China (mainland, Hong Kong, Macao, Taiwan, in that
 * order), the EU with Iceland and Norway (by name in the page's language, "another EU or EEA
 * country" last), and the rest of the world (by name). Used at build time by the get-help questions and
 * the directory's filters, so the browser gets the lists ready-made.
 */
import { chinaPlaces, placeGroup, type PlaceGroup } from './routing.ts';

export interface PlaceGroupList {
	group: PlaceGroup;
	places: string[];
}

const GROUPS: readonly PlaceGroup[] = ['china', 'eu', 'world'];

/**
 * `places` grouped and ordered; `name(place)` is its name in `lang` (a BCP 47 tag: zh-CN sorts by
 * pinyin). Places that are answers rather than countries (`eu`) close their group.
 */
export function groupPlaces(places: readonly string[], name: (place: string) => string, lang: string): PlaceGroupList[] {
	const collator = new Intl.Collator(lang);
	const rank = (place: string) => (place === 'eu' ? 2 : (chinaPlaces as readonly string[]).indexOf(place) >= 0 ? 0 : 1);
	return GROUPS.map((group) => ({
		group,
		places: places
			.filter((place) => placeGroup(place) === group)
			.sort((a, b) =>
				group === 'china'
					? chinaPlaces.indexOf(a as (typeof chinaPlaces)[number]) - chinaPlaces.indexOf(b as (typeof chinaPlaces)[number])
					: rank(a) - rank(b) || collator.compare(name(a), name(b)),
			),
	})).filter((g) => g.places.length > 0);
}
