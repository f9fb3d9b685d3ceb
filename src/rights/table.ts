/**
 * The "Your rights by country" comparison in words: one row per region, each cell the text a reader
 * sees, built from the region data (content/rights/*.yaml) and the words (content/rights-text.yaml).
 * Pure, no Astro: src/components/RightsTable.astro renders it, the unit tests read it.
 */
import { inLanguage, type BilingualText } from '../schemas/bilingual.ts';
import { rightsRegions, type RightsRegion, type RightsRegionData } from '../schemas/rights.ts';
import { format } from '../text/format.ts';

/** Every key of content/rights-text.yaml the table and the facts use (a unit test checks the file has them). */
export const rightsTextKeys = [
	'table.caption',
	'table.note',
	'col.region',
	'col.withdrawal',
	'col.postage',
	'col.guarantee',
	'col.payment',
	'withdrawal.delivery',
	'withdrawal.none',
	'months',
	'years',
	'who.buyer',
	'who.seller',
	'who.depends',
	'unconfirmed',
	'source',
	'fact.withdrawal',
	'fact.returnPostage',
	'fact.guarantee',
	'fact.sellerInChina',
	'fact.paymentDispute',
	'fact.smallClaims',
	'bodies.directory',
	'bodies.directoryHome',
] as const;
export type RightsTextKey = (typeof rightsTextKeys)[number];

/** Looks a word up in the page's language; a missing key is a build error naming the file. */
export function rightsWords(entries: readonly { id: string; data: BilingualText }[], lang: string): (key: RightsTextKey) => string {
	const words = new Map(entries.map((e) => [e.id, inLanguage(e.data, lang)]));
	return (key) => {
		const value = words.get(key);
		if (value === undefined) throw new Error(`content/rights-text.yaml has no "${key}"`);
		return value;
	};
}

/** One cell: its main text, an optional qualifier shown under it, and whether a fact in it is unconfirmed. */
export interface RightsCell {
	text: string;
	note?: string | undefined;
	unconfirmed: boolean;
}

export interface RightsRow {
	id: RightsRegion;
	name: string;
	withdrawal: RightsCell;
	postage: RightsCell;
	guarantee: RightsCell;
	payment: RightsCell;
}

/** A period in months in words: whole years as years ("2 years", "2年"), otherwise months ("6 months"). */
export function periodWords(months: number, t: (key: RightsTextKey) => string): string {
	return months % 12 === 0 ? format(t('years'), { years: months / 12 }) : format(t('months'), { months });
}

/** The table's rows in the order of `rightsRegions`; a region without data is an error naming its file. */
export function rightsRows(
	regions: ReadonlyMap<string, RightsRegionData>,
	t: (key: RightsTextKey) => string,
	lang: string,
): RightsRow[] {
	return rightsRegions.map((id) => {
		const r = regions.get(id);
		if (!r) throw new Error(`content/rights/${id}.yaml is missing: the rights table lists every region of src/schemas/rights.ts`);
		const { withdrawal: w, returnPostage: p, guarantee: g, paymentDispute: d } = r;
		const note = (text: BilingualText | undefined) => (text ? inLanguage(text, lang) : undefined);
		return {
			id,
			name: inLanguage(r.name, lang),
			withdrawal: {
				text: w.days === null ? t('withdrawal.none') : format(t(`withdrawal.${w.from!}`), { days: w.days }),
				note: note(w.note),
				unconfirmed: w.unconfirmed === true,
			},
			postage: { text: t(`who.${p.who}`), unconfirmed: p.unconfirmed === true },
			guarantee:
				g.months === null
					? { text: inLanguage(g.short!, lang), unconfirmed: g.unconfirmed === true }
					: { text: periodWords(g.months, t), note: note(g.short), unconfirmed: g.unconfirmed === true },
			payment: { text: inLanguage(d.short, lang), unconfirmed: d.unconfirmed === true },
		};
	});
}
