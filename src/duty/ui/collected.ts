/**
 * The "shop charged tax at checkout" box and what it shows (src/duty/collected.ts): the box only
 * where the page's data says a shop may charge the tax at checkout for this destination, channel
 * and date; ticked, the result says what was paid at checkout and what is still due on delivery,
 * or why the box changes nothing for this purchase.
 */
import { collectedSplit, noCheckoutReason, type CheckoutVersion } from '../collected.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { BreakdownLine, DutyResult } from '../types.ts';
import { format } from '../../text/format.ts';
import { moneyParams } from './breakdown.ts';
import { h, moneyFormatter, type Money } from './format.ts';
import type { CalcView } from './view.ts';

/** Shows the box where it applies: hidden, not disabled, elsewhere and while the destination's rules load. */
export function showCollected(root: HTMLElement, version: CheckoutVersion | undefined) {
	root.querySelector<HTMLElement>('[data-field="collected"]')!.hidden = !version;
}

/** With the box ticked where it applies: paid at checkout, still due on delivery, the total cost. */
export function renderCollected(root: HTMLElement, ctx: CalcView, result: DutyResult, destination: DutyDestination, money: Money, landed: number, version: CheckoutVersion | undefined, ticked: boolean) {
	const box = root.querySelector<HTMLElement>('[data-collected]')!;
	box.hidden = !(ticked && version);
	if (box.hidden) return box.replaceChildren();
	const t = (key: string) => ctx.text(destination, key);
	const split = collectedSplit(result);
	if (!split) {
		const reason = noCheckoutReason(version!);
		const limit = reason.limit ? moneyFormatter(ctx.data.lang, reason.limit[1], 0)(reason.limit[0], true) : '';
		return box.replaceChildren(h('p', {}, format(t(reason.key), { limit })));
	}
	const label = (line: BreakdownLine) => {
		const fee = line.key.startsWith('carrier.') ? destination.carrierFees.find((f) => `carrier.${f.key}` === line.key) : undefined;
		return fee ? ctx.lang(fee.name) : format(t(line.key), moneyParams(result.regimeParams, money, result.minorUnits));
	};
	const list = (lines: BreakdownLine[]) => (lines.length > 0 ? [h('ul', {}, ...lines.map((line) => h('li', {}, `${label(line)}${ctx.data.lang === 'zh-CN' ? '：' : ': '}${money(line.amount)}`)))] : []);
	box.replaceChildren(
		h(
			'dl',
			{ class: 'extra' },
			h('dt', {}, t('ui.paid-at-checkout')),
			h('dd', { 'data-paid': '' }, money(split.paidTotal), ...list(split.paid.filter((line) => line.amount > 0))),
			h('dt', {}, t('ui.due-on-delivery')),
			h('dd', { 'data-due': '' }, money(split.dueTotal), ...(split.due.length > 0 ? list(split.due) : [h('p', {}, t('ui.nothing-due'))])),
			h('dt', {}, t('ui.landed')),
			h('dd', {}, money(landed)),
		),
	);
}
