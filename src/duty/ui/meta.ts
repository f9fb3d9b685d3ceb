/** Under the result: the rules' dates, the conversion used, the sources and the changes ahead. */
import type { prepare, CalcRequest } from '../request.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { DutyResult } from '../types.ts';
import { sourceLang } from '../../source-lang.ts';
import { format } from '../../text/format.ts';
import { h, localToday } from './format.ts';
import { formatRate, type CalcView } from './view.ts';

export function renderMeta(root: HTMLElement, ctx: CalcView, result: DutyResult, destination: DutyDestination, request: CalcRequest, conversion: ReturnType<typeof prepare>['conversion'], region: string | undefined) {
	const t = (key: string) => ctx.text(destination, key);
	const meta: string[] = [
		format(t('ui.rules-dates'), {
			from: result.rules.from,
			until: result.rules.until ? format(t('ui.rules-until'), { until: result.rules.until }) : '',
			reviewed: result.rules.reviewed,
		}),
	];
	if (conversion && conversion.from !== 'same-currency') {
		const origin =
			conversion.from === 'reader'
				? t('ui.rate-reader')
				: format(t('ui.rate-snapshot'), {
						date: ctx.data.snapshot.date,
					});
		meta.push(
			format(t('ui.converted'), {
				rate: formatRate(conversion.rate, ctx.data.lang),
				from: request.currency,
				to: result.currency,
				origin,
			}),
		);
	}
	const regionCurrency = destination.regions.find((r) => r.code === region)?.currency;
	if (regionCurrency) meta.push(format(t('ui.eu-currency'), { currency: regionCurrency }));
	root.querySelector('[data-meta]')!.textContent = meta.join(' ');
	const share = root.querySelector<HTMLAnchorElement>('[data-share]');
	if (share) share.href = `?${ctx.query}`;

	const used = new Set(result.sources);
	const sources = destination.sources.filter((s) => used.has(s.id));
	root.querySelector('[data-sources]')!.replaceChildren(
		...(sources.length
			? [
					h('h3', {}, t('ui.sources')),
					h(
						'ol',
						{ class: 'sources' },
						...sources.map((s) =>
							h(
								'li',
								{ id: `duty-source-${s.id}` },
								`${s.id}: `,
								h(
									'a',
									{
										href: s.url,
										...(ctx.embed ? { target: '_blank' } : {}),
										rel: 'noopener noreferrer',
										lang: sourceLang(s, ctx.data.lang),
									},
									s.title,
								),
							),
						),
					),
				]
			: []),
	);
	const date = request.date || localToday();
	const ahead = destination.changesAhead.filter((c) => c.date > date);
	root.querySelector('[data-changes]')!.replaceChildren(
		...(ahead.length
			? [
					h('h3', {}, t('ui.changes-ahead')),
					h('ul', {}, ...ahead.map((c) => h('li', {}, h('strong', {}, `${c.approximate ? '~' : ''}${c.date}`), ' ', ctx.lang(c.text)))),
				]
			: []),
	);
}
