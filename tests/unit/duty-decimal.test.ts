import { expect, test } from 'vitest';
import { decimal } from '../../src/duty/decimal.ts';

test('partners get plain decimals: CNY 74.62, EUR 0.05, JPY 1200, and no locale grouping', () => {
	expect(decimal(7462, 2)).toBe('74.62');
	expect(decimal(5, 2)).toBe('0.05');
	expect(decimal(0, 2)).toBe('0.00');
	expect(decimal(1200, 0)).toBe('1200');
	expect(decimal(123456789, 2)).toBe('1234567.89');
	expect(decimal(-250, 2)).toBe('-2.50');
});
