/** What the calculator's views share: the page's data, its words and the element's state. */
import type { CalculatorData } from '../page-data.ts';
import type { DutyDestination } from '../../schemas/duty.ts';
import type { DutyInput } from '../types.ts';
import type { RequestContext } from '../request.ts';
import type { Registry } from '../regimes/regime.ts';

export interface CalcView {
	data: CalculatorData;
	request: RequestContext;
	/** The regimes loaded so far (src/duty/regimes/load.ts). */
	registry: Registry;
	/** In a partner's iframe: links open in a new tab. */
	embed: boolean;
	/** The query for the current form, as a link would carry it. */
	query: string;
	/** A text in the page's language. */
	lang(text: { en: string; 'zh-CN': string }): string;
	/** A destination's own word for `key`, else the calculator's (content/duty-text), else the key. */
	text(destination: DutyDestination | undefined, key: string): string;
}

export type CalcInput = DutyInput;

export const formatRate = (rate: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(rate);
