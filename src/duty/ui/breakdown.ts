/** The result: the total, the regime, warnings, the breakdown table, landed cost and where the money goes. */
import { decimal } from '../decimal.ts';
import type { LandedCost } from '../landed.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { BreakdownLine, DutyResult } from '../types.ts';
import { format } from '../../text/format.ts';
import { h, type Money } from './format.ts';
import { formatRate, type CalcView } from './view.ts';

export function renderResult(root: HTMLElement, ctx: CalcView, result: DutyResult, destination: DutyDestination, money: Money, { landed, parts }: LandedCost) {
	const t = (key: string) => ctx.text(destination, key);
	const params = (p: Record<string, string | number> = {}) => moneyParams(p, money, result.minorUnits);
	const output = root.querySelector('output')!;
	output.value = money(result.total);
	output.dataset['amount'] = decimal(result.total, result.minorUnits);
	output.dataset['currency'] = result.currency;
	root.querySelector('[data-regime]')!.textContent = format(t(`regime.${result.regime}`), params(result.regimeParams));
	// Volatile rules (the US) are said first and set apart; the other warnings follow the regime.
	const volatile = result.warnings.filter((w) => w.key === 'volatile');
	root.querySelector('[data-volatile]')!.replaceChildren(...volatile.map((w) => h('p', { class: 'volatile' }, format(t(w.key), params(w.params)))));
	root.querySelector('[data-warnings]')!.replaceChildren(...result.warnings.filter((w) => w.key !== 'volatile').map((w) => h('li', {}, format(t(w.key), params(w.params)))));

	const row = (line: BreakdownLine) => {
		const flat = line.flat === true || (line.rate === 0 && (line.key.startsWith('charge.') || line.key.startsWith('carrier.')));
		const marks: Node[] = [];
		if (line.estimate) marks.push(h('span', { class: 'mark' }, t('ui.estimate-mark')));
		if (line.atCheckout) marks.push(h('span', { class: 'mark' }, t('ui.checkout-mark')));
		if (!line.estimate && line.sources.length === 0 && line.key === 'duty') marks.push(h('span', { class: 'mark' }, t('ui.your-rate')));
		const fee = line.key.startsWith('carrier.') ? destination.carrierFees.find((f) => `carrier.${f.key}` === line.key) : undefined;
		const label = fee ? ctx.lang(fee.name) : format(t(line.key), params(result.regimeParams));
		const step = [label, line.category ? (ctx.data.lang === 'zh-CN' ? `（${t(`category.${line.category}`)}）` : ` (${t(`category.${line.category}`)})`) : ''].join('');
		const rate = flat ? '—' : `${formatRate(line.rate, ctx.data.lang)}%${line.share !== undefined ? ` ${format(t('ui.share'), { share: line.share })}` : ''}`;
		return h(
			'tr',
			{},
			h('td', {}, step, ...marks),
			h('td', { class: 'num' }, flat && line.base === 0 ? '—' : money(line.base)),
			h('td', { class: 'num' }, rate),
			h('td', { class: 'num' }, money(line.amount)),
			h('td', {}, ...line.sources.flatMap((id, i) => [i > 0 ? ' ' : '', h('a', { href: `#duty-source-${id}` }, id)])),
		);
	};
	const head = h('tr', {}, ...['ui.step', 'ui.base', 'ui.rate-col', 'ui.amount', 'ui.source'].map((k, i) => h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : undefined }, t(k))));
	const table = h('table', {}, h('caption', {}, t('ui.breakdown')), h('thead', {}, head), h('tbody', {}, ...[...result.lines, ...result.carrier].map(row)));
	root.querySelector('[data-breakdown]')!.replaceChildren(...(result.lines.length + result.carrier.length > 0 ? [table] : []));

	const extra: Node[] = [];
	if (result.onDelivery !== result.total) extra.push(h('dt', {}, t('ui.on-delivery')), h('dd', {}, money(result.onDelivery)));
	if (result.carrierTotal > 0) extra.push(h('dt', {}, t('ui.carrier')), h('dd', {}, money(result.carrierTotal)));
	extra.push(
		h('dt', {}, t('ui.landed')),
		h(
			'dd',
			{},
			h(
				'output',
				{
					name: 'landed',
					'data-amount': decimal(landed, result.minorUnits),
					'data-currency': result.currency,
				},
				money(landed),
			),
		),
	);
	root.querySelector('[data-extra]')!.replaceChildren(...extra);

	// Where the money goes: goods and shipping, duties and taxes, carrier fees.
	const label = { goods: 'ui.goods', taxes: 'ui.taxes', fees: 'ui.carrier' } as const;
	root.querySelector('[data-visual]')!.replaceChildren(
		h('figcaption', {}, t('ui.where-money')),
		h(
			'div',
			{ class: 'bar', 'aria-hidden': 'true' },
			...parts.map((p) => h('span', { class: p.part, style: `width:${p.share}%` })),
		),
		h('ul', {}, ...parts.map((p) => h('li', {}, h('span', { class: `swatch ${p.part}`, 'aria-hidden': 'true' }), `${t(label[p.part])}: ${money(p.amount)} (${Math.round(p.share)}%)`))),
	);
}

/** Money parameters (limits given in major units) formatted in the result's currency. */
const MONEY_PARAMS = new Set(['limit', 'annual', 'waiver', 'allowance', 'exemption', 'threshold', 'amount', 'fee']);
function moneyParams(params: Record<string, string | number>, money: Money, digits: number) {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, MONEY_PARAMS.has(k) && typeof v === 'number' ? money(Math.round(v * 10 ** digits), true) : v]));
}
