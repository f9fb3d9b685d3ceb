/** Where a destination has more than one channel: what each would cost, and which is cheapest. */
import { compareChannels } from '../engine-core.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import { format } from '../../text/format.ts';
import { h, type Money } from './format.ts';
import type { CalcInput, CalcView } from './view.ts';
import { moneyParams } from './breakdown.ts';

export function renderCompare(root: HTMLElement, ctx: CalcView, input: CalcInput, destination: DutyDestination, money: Money) {
	const box = root.querySelector('[data-compare]')!;
	if (destination.channels.length < 2) return box.replaceChildren();
	const t = (key: string) => ctx.text(destination, key);
	const { results, comparable, cheapest } = compareChannels(input, destination, ctx.registry);
	const name = (id: string) => ctx.lang(destination.channels.find((c) => c.id === id)!.name);
	// Why a channel is left out of the comparison: it may not take this purchase, or a rate is missing.
	const why = (r: (typeof results)[number]) => {
		if (!r.reason) return '';
		const digits = r.outcome.ok ? r.outcome.result.minorUnits : 2;
		return format(t(r.reason.key), moneyParams(r.reason.params ?? {}, money, digits));
	};
	const rows = results.map((r) =>
		h(
			'tr',
			{ class: cheapest.includes(r.channel) ? 'cheapest' : undefined, 'data-channel': r.channel, 'data-allowed': r.allowed ? 'true' : 'false' },
			h('th', { scope: 'row' }, name(r.channel), ...(r.reason ? [h('span', { class: 'why' }, why(r))] : [])),
			h(
				'td',
				{ class: 'num' },
				!r.outcome.ok ? t('ui.unavailable') : r.allowed ? money(r.outcome.result.total) : t('compare.not-allowed'),
			),
			h('td', { class: 'num' }, r.outcome.ok && r.allowed && r.outcome.result.carrierTotal ? money(r.outcome.result.carrierTotal) : '—'),
		),
	);
	// Cheapest only among channels that may take the purchase with every rate known.
	const verdict =
		comparable.length === 0
			? t('compare.none')
			: comparable.length === 1
				? format(t('compare.only'), { channel: name(comparable[0]!) })
				: cheapest.length === 0
					? t('ui.same-cost')
					: format(t('ui.cheapest'), { channel: cheapest.map(name).join(' / ') });
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
