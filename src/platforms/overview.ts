/**
 * The "By platform" overview's rows, from the platform files (content/platforms/*.yaml): pure, so
 * the unit tests check what each cell says without a build. The component
 * (src/components/PlatformTable.astro) only renders what this returns.
 */
import { inLanguage } from '../schemas/bilingual.ts';
import type { Source } from '../schemas/common.ts';
import { overviewKinds, type Platform, type PlatformDeadline } from '../schemas/platform.ts';
import { format } from '../text/format.ts';

/** The overview's words (content/platform-text.yaml) in the page's language, by key. */
export type Words = (key: string) => string;

export interface CellItem {
	label: string;
	/** "90 days from the day you bought"; undefined when the rule has no number. */
	figure: string | undefined;
	/** The rule in words, shown where there is no figure and the rule is confirmed. */
	text: string | undefined;
	unconfirmed: boolean;
	/** 1-based number of its source in the row's source list. */
	ref: number | undefined;
}

export interface OverviewRow {
	id: string;
	name: string;
	guide: string;
	cells: Record<(typeof overviewKinds)[number], CellItem[]>;
	route: string;
	payments: string[];
	help: Source;
	rulesChecked: string;
	/** Every source the row's cells cite, numbered in order of first use. */
	sources: Source[];
}

/** The words a deadline's number takes: "90 days from the day you bought" / "自下单之日起90天". */
export function figure(deadline: Pick<PlatformDeadline, 'days' | 'from'>, words: Words): string | undefined {
	if (deadline.days === undefined) return undefined;
	const days = format(words('days'), { days: deadline.days });
	return deadline.from ? format(words(`from.${deadline.from}`), { days }) : days;
}

export function overviewRows(platforms: readonly { id: string; data: Platform }[], lang: string, locale: string, words: Words): OverviewRow[] {
	return platforms
		// Only platforms with a guide of their own are listed (the others feed the get-help plan only).
		.filter((p) => p.data.guide !== undefined)
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
		.map(({ id, data }) => {
			const sources: Source[] = [];
			const refFor = (source: Source | undefined) => {
				if (!source) return undefined;
				const at = sources.findIndex((s) => s.url === source.url && s.title === source.title);
				if (at >= 0) return at + 1;
				sources.push(source);
				return sources.length;
			};
			const cells = Object.fromEntries(
				overviewKinds.map((kind) => [
					kind,
					data.deadlines
						.filter((d) => d.kind === kind)
						.map((d): CellItem => {
							const fig = figure(d, words);
							return {
								label: inLanguage(d.label, lang),
								figure: fig,
								text: fig === undefined && !d.unconfirmed ? inLanguage(d.text, lang) : undefined,
								unconfirmed: d.unconfirmed,
								ref: refFor(d.source),
							};
						}),
				]),
			) as OverviewRow['cells'];
			return {
				id,
				name: inLanguage(data.name, lang),
				guide: `/${locale}${data.guide}`,
				cells,
				route: inLanguage(data.disputeRoute, lang),
				payments: (data.payments ?? []).map((p) => words(`payment.${p}`)),
				help: data.help,
				rulesChecked: data.rulesChecked,
				sources,
			};
		});
}
