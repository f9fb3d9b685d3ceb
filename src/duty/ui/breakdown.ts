/** The result: the total, the regime, warnings, the breakdown table, landed cost and where the money goes. */
import { decimal } from '../decimal.ts';
import type { LandedCost } from '../landed.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { BreakdownLine, DutyResult, DutyWarning } from '../types.ts';
import { format } from '../../text/format.ts';
import { h, type Money } from './format.ts';
import { formatRate, type CalcView } from './view.ts';

/**
 * A line charged at the reader's own duty rate (the "your rate" field). The rules files give every
 * figure a source unless it is an estimate, so a line with neither comes from the reader.
 */
const ownRate = (line: BreakdownLine, dutyRate: number | undefined) =>
	dutyRate !== undefined && line.rate === dutyRate && !line.estimate && line.sources.every((id) => id === 'user');
/** A flat amount: something is due, at no rate (no percentage of anything gives more than nothing). */
const isFlat = (line: BreakdownLine) => line.flat === true || (line.rate === 0 && line.amount > 0);
/** A step that comes to nothing: no rate and nothing due (a charge whose amount is not known yet is not nothing). */
const isNil = (line: BreakdownLine) => line.rate === 0 && line.amount === 0 && !line.unquantified;

export function renderResult(root: HTMLElement, ctx: CalcView, result: DutyResult, destination: DutyDestination, money: Money, { landed, parts }: LandedCost, dutyRate: number | undefined) {
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
	// What the reader's own duty rate did comes first: the destination's own words (keys `….override-…`), else ours.
	const lines = [...result.lines, ...result.carrier];
	const own = (line: BreakdownLine) => ownRate(line, dutyRate);
	const warning = (w: DutyWarning) => h('li', {}, format(t(w.key), params(w.params)));
	const isOverride = (w: DutyWarning) => /(^|\.)override-/.test(w.key);
	const others = result.warnings.filter((w) => w.key !== 'volatile' && !isOverride(w));
	const override = result.warnings.filter(isOverride).map(warning);
	if (dutyRate !== undefined && override.length === 0) {
		override.push(h('li', {}, format(t(lines.some(own) ? 'ui.duty-used' : 'ui.duty-unused'), { rate: formatRate(dutyRate, ctx.data.lang) })));
	}
	root.querySelector('[data-warnings]')!.replaceChildren(...override, ...others.map(warning));

	const label = (line: BreakdownLine) => {
		const fee = line.key.startsWith('carrier.') ? destination.carrierFees.find((f) => `carrier.${f.key}` === line.key) : undefined;
		return fee ? ctx.lang(fee.name) : format(t(line.key), params(result.regimeParams));
	};
	const row = (line: BreakdownLine) => {
		const marks: Node[] = [];
		if (line.estimate) marks.push(h('span', { class: 'mark' }, t('ui.estimate-mark')));
		if (line.atCheckout) marks.push(h('span', { class: 'mark' }, t('ui.checkout-mark')));
		if (own(line)) marks.push(h('span', { class: 'mark' }, t('ui.your-rate')));
		const step = [label(line), line.category ? (ctx.data.lang === 'zh-CN' ? `（${t(`category.${line.category}`)}）` : ` (${t(`category.${line.category}`)})`) : ''].join('');
		// A flat amount (a fee, the EU's duty per kind of goods) has no rate: it is charged on nothing.
		const how = isFlat(line)
			? [h('td', { colspan: '2', class: 'flat' }, t('ui.flat'))]
			: [
					h('td', { class: 'num' }, money(line.base)),
					h('td', { class: 'num' }, `${formatRate(line.rate, ctx.data.lang)}%${line.share !== undefined ? ` ${format(t('ui.share'), { share: line.share })}` : ''}`),
				];
		return h(
			'tr',
			{},
			h('td', {}, step, ...marks),
			...how,
			h('td', { class: 'num' }, money(line.amount)),
			h('td', {}, ...line.sources.filter((id) => id !== 'user').flatMap((id, i) => [i > 0 ? ' ' : '', h('a', { href: `#duty-source-${id}` }, id)])),
		);
	};
	// Steps that come to nothing here (a 0% tariff, a surcharge that has ended) are named under the
	// table, not listed in it; the reader's own rate is always listed. When the result says a duty
	// rate is not known (tariff-not-included), its 0% line is no "nothing to pay": the note then
	// leaves out every 0% estimate without a source, as it cannot tell that line from the others.
	const unknownDuty = result.warnings.some((w) => w.key === 'tariff-not-included');
	const shown = lines.filter((line) => !isNil(line) || own(line));
	const nil = [...new Set(lines.filter((line) => !shown.includes(line) && !(unknownDuty && line.estimate && line.sources.length === 0)).map(label))];
	const head = h('tr', {}, ...['ui.step', 'ui.base', 'ui.rate-col', 'ui.amount', 'ui.source'].map((k, i) => h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : undefined }, t(k))));
	const table = h('table', {}, h('caption', {}, t('ui.breakdown')), h('thead', {}, head), h('tbody', {}, ...shown.map(row)));
	const breakdown = root.querySelector<HTMLElement>('[data-breakdown]')!;
	breakdown.replaceChildren(...(shown.length > 0 ? [table] : []));
	breakdown.hidden = shown.length === 0;
	root.querySelector('[data-nil]')!.textContent = nil.length > 0 ? format(t('ui.nil-steps'), { steps: new Intl.ListFormat(ctx.data.lang).format(nil) }) : '';

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
	const partLabel = { goods: 'ui.goods', taxes: 'ui.taxes', fees: 'ui.carrier' } as const;
	root.querySelector('[data-visual]')!.replaceChildren(
		h('figcaption', {}, t('ui.where-money')),
		h(
			'div',
			{ class: 'bar', 'aria-hidden': 'true' },
			...parts.map((p) => h('span', { class: p.part, style: `width:${p.share}%` })),
		),
		h('ul', {}, ...parts.map((p) => h('li', {}, h('span', { class: `swatch ${p.part}`, 'aria-hidden': 'true' }), `${t(partLabel[p.part])}: ${money(p.amount)} (${Math.round(p.share)}%)`))),
	);
}

/** Money parameters (limits given in major units) formatted in the result's currency. */
const MONEY_PARAMS = new Set(['limit', 'annual', 'waiver', 'allowance', 'exemption', 'threshold', 'amount', 'fee']);
export function moneyParams(params: Record<string, string | number>, money: Money, digits: number) {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, MONEY_PARAMS.has(k) && typeof v === 'number' ? money(Math.round(v * 10 ** digits), true) : v]));
}
