import { describe, expect, test } from 'vitest';
import { EARLIEST_DAY, dateBoundsText, dateInBounds, latestDay } from '../../src/dates.ts';

describe('the dates a reader may give: 2000-01-01 to five years after today', () => {
	const today = '2026-12-07';

	test('1999-12-31 is refused, 2000-01-01 is accepted', () => {
		expect(EARLIEST_DAY).toBe('2000-01-01');
		expect(dateInBounds('1999-12-31', today)).toBe(false);
		expect(dateInBounds('2000-01-01', today)).toBe(true);
	});

	test('today + 5 years (2031-12-07) is accepted, one day more (2031-12-08) is refused', () => {
		expect(latestDay(today)).toBe('2031-12-07');
		expect(dateInBounds('2031-12-07', today)).toBe(true);
		expect(dateInBounds('2031-12-08', today)).toBe(false);
	});

	test('five years after 29 February is 28 February (no 29th that year); across a year end', () => {
		expect(latestDay('2028-02-29')).toBe('2033-02-28');
		expect(dateInBounds('2033-03-01', '2028-02-29')).toBe(false);
		expect(latestDay('2026-12-31')).toBe('2031-12-31');
	});

	test('text that is not a calendar date is never in bounds', () => {
		for (const text of ['2026-02-30', '9999-99-99', '', '20260101', '+02026-01-01', '2026-1-1']) expect(dateInBounds(text, today), text).toBe(false);
	});

	test('the bounds as the message by the field shows them, in each language', () => {
		expect(dateBoundsText(today, 'en')).toEqual({ min: 'January 1, 2000', max: 'December 7, 2031' });
		expect(dateBoundsText(today, 'zh-CN')).toEqual({ min: '2000年1月1日', max: '2031年12月7日' });
	});
});
