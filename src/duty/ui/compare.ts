/** Where a destination has more than one channel: what each would cost, and which is cheapest. */
import { compareChannels } from '../engine.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import { format } from '../../text/format.ts';
import { h, type Money } from './format.ts';
import type { CalcInput, CalcView } from './view.ts';

export function renderCompare(root: HTMLElement, ctx: CalcView, input: CalcInput, destination: DutyDestination, money: Money) {
	const box = root.querySelector('[data-compare]')!;
	if (destination.channels.length < 2) return box.replaceChildren();
	const t = (key: string) => ctx.text(destination, key);
	const { results, cheapest } = compareChannels(input, destination);
	const name = (id: string) => ctx.lang(destination.channels.find((c) => c.id === id)!.name);
	const rows = results.map((r) =>
		h(
			'tr',
			{ class: cheapest.includes(r.channel) ? 'cheapest' : undefined },
			h('th', { scope: 'row' }, name(r.channel)),
			h('td', { class: 'num' }, r.outcome.ok ? money(r.outcome.result.total) : t('ui.unavailable')),
			h('td', { class: 'num' }, r.outcome.ok && r.outcome.result.carrierTotal ? money(r.outcome.result.carrierTotal) : '—'),
		),
	);
	const verdict = cheapest.length === 0 ? t('ui.same-cost') : format(t('ui.cheapest'), { channel: cheapest.map(name).join(' / ') });
	box.replaceChildren(
		h(
			'div',
			{ class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('ui.compare') },
			h(
				'table',
				{ class: 'compare' },
				h('caption', {}, t('ui.compare')),
				h(
					'thead',
					{},
					h(
						'tr',
						{},
						h('th', { scope: 'col' }, t('ui.channel')),
						h('th', { scope: 'col', class: 'num' }, t('ui.total')),
						h('th', { scope: 'col', class: 'num' }, t('ui.carrier')),
					),
				),
				h('tbody', {}, ...rows),
			),
		),
		h('p', { class: 'verdict' }, verdict),
	);
}
