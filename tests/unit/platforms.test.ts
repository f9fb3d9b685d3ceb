import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { readAnswers } from '../../src/help/answers.ts';
import { bilingualText, inLanguage } from '../../src/schemas/bilingual.ts';
import { deadlineKinds, deadlineStarts, overviewKinds, platform, platformPayments, type Platform } from '../../src/schemas/platform.ts';
import { figure, overviewRows } from '../../src/platforms/overview.ts';
import { guidePathOf, planHref, platformsOfGuide } from '../../src/platforms/links.ts';
import { MAX_QUERY, queryFromHash } from '../../src/search/from-link.ts';
import { format } from '../../src/text/format.ts';

const files = readdirSync('content/platforms').filter((f) => f.endsWith('.yaml'));
const raw = (file: string) => load(readFileSync(`content/platforms/${file}`, 'utf8'));
const platforms: { id: string; data: Platform }[] = files.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: platform.parse(raw(f)) }));
const texts = Object.entries(load(readFileSync('content/platform-text.yaml', 'utf8')) as Record<string, unknown>).map(([key, value]) => ({
	key,
	value: bilingualText.parse(value),
}));
const words = (lang: string) => (key: string) => {
	const entry = texts.find((t) => t.key === key);
	if (!entry) throw new Error(`no text for ${key}`);
	return inLanguage(entry.value, lang);
};

describe('content/platforms', () => {
	test.each(files)('%s is valid', (file) => {
		const result = platform.safeParse(raw(file));
		expect(result.success ? '' : z.prettifyError(result.error!)).toBe('');
	});

	test('every platform the landing pages route to has its file, and each file with a guide has it in both languages', () => {
		const guided = platforms.filter((p) => p.data.guide !== undefined);
		expect(guided.map((p) => p.id).sort()).toEqual(['aliexpress', 'douyin', 'jd', 'pinduoduo', 'shein', 'taobao-tmall', 'temu', 'tiktok-shop']);
		for (const { id, data } of guided) {
			for (const locale of ['en', 'zh-cn']) expect(existsSync(`content/docs/${locale}${data.guide!.replace(/\/$/, '')}.md`), `${id}: ${locale}${data.guide}`).toBe(true);
		}
	});

	test('platforms without a guide feed the plan only: the overview leaves them out', () => {
		expect(platforms.filter((p) => p.data.guide === undefined).map((p) => p.id).sort()).toEqual(['tmall-global', 'wechat-daigou', 'xianyu']);
		expect(overviewRows(platforms, 'en', 'en', words('en')).map((r) => r.id)).not.toContain('xianyu');
	});

	test('a rule marked confirmed names its source; one without, the schema refuses', () => {
		const temu = raw('temu.yaml') as { deadlines: Record<string, unknown>[] };
		const { source: _dropped, ...withoutSource } = temu.deadlines[0]!;
		const result = platform.safeParse({ ...temu, deadlines: [withoutSource] });
		expect(result.success).toBe(false);
		expect(z.prettifyError(result.error!)).toMatch(/a confirmed rule needs its source/);
		expect(z.prettifyError(result.error!)).toMatch(/deadlines\[0\]\.source/);
	});

	test('an unknown key or kind is refused by name', () => {
		const temu = raw('temu.yaml') as { deadlines: Record<string, unknown>[] };
		expect(z.prettifyError(platform.safeParse({ ...temu, extra: 1 }).error!)).toMatch(/extra/);
		expect(z.prettifyError(platform.safeParse({ ...temu, deadlines: [{ ...temu.deadlines[0], kind: 'refund-window' }] }).error!)).toMatch(
			/must be one of: return, dispute/,
		);
	});

	test('every word the overview and the plan link use is in content/platform-text.yaml, in both languages', () => {
		const keys = new Set(texts.map((t) => t.key));
		const needed = [
			...overviewKinds.map((k) => `col.${k}`),
			...deadlineStarts.map((s) => `from.${s}`),
			...platformPayments.map((p) => `payment.${p}`),
			'col.platform', 'col.route', 'col.payments', 'col.help', 'col.checked', 'none', 'unconfirmed', 'days', 'source',
			'deadlines.caption', 'routes.caption', 'payments.none', 'sources.of', 'plan.heading', 'plan.text', 'plan.link', 'plan.preset', 'plan.compare',
		];
		expect(needed.filter((k) => !keys.has(k))).toEqual([]);
		expect(deadlineKinds).toEqual(expect.arrayContaining([...overviewKinds]));
	});
});

describe('the "By platform" overview', () => {
	const en = overviewRows(platforms, 'en', 'en', words('en'));
	const zh = overviewRows(platforms, 'zh-CN', 'zh-cn', words('zh-CN'));

	test('lists every platform in its order, linking to its guide in the page language', () => {
		expect(en.map((r) => r.name)).toEqual(['Temu', 'AliExpress', 'Shein', 'TikTok Shop', 'Taobao and Tmall', 'JD.com', 'Pinduoduo', 'Douyin Mall']);
		expect(zh.map((r) => r.name)).toEqual(['Temu', '速卖通（AliExpress）', 'Shein（希音）', 'TikTok Shop', '淘宝和天猫', '京东', '拼多多', '抖音商城']);
		expect(zh.find((r) => r.id === 'douyin')!.guide).toBe('/zh-cn/platforms/tiktok-shop/');
	});

	test("Temu's return window: 90 days from the day you bought, numbered by its source (Temu's return policy)", () => {
		const temu = en.find((r) => r.id === 'temu')!;
		expect(temu.cells.return).toEqual([{ label: 'Return most items', figure: '90 days from the day you bought', text: undefined, unconfirmed: false, ref: 1 }]);
		expect(temu.sources[0]!.url).toBe('https://www.temu.com/return-and-refund-policy.html');
		expect(zh.find((r) => r.id === 'temu')!.cells.return[0]!.figure).toBe('自下单之日起90天');
		// Temu has no confirm-receipt step: the cell says nothing was found rather than inventing one.
		expect(temu.cells['confirm-receipt']).toEqual([]);
	});

	test('rules without a number: a confirmed one shows its text, an unconfirmed one is marked', () => {
		const temu = en.find((r) => r.id === 'temu')!;
		expect(temu.cells['refund-without-return'][0]).toMatchObject({ figure: undefined, unconfirmed: false, text: expect.stringMatching(/^For an item that arrived damaged/) });
		const pdd = en.find((r) => r.id === 'pinduoduo')!;
		expect(pdd.cells['refund-without-return'][0]).toMatchObject({ label: 'Refund only (仅退款)', figure: undefined, text: undefined, unconfirmed: true });
	});

	test('the same source cited twice gets one number', () => {
		const shein = en.find((r) => r.id === 'shein')!;
		const urls = shein.sources.map((s) => s.url);
		expect(new Set(urls).size).toBe(urls.length);
		const uk = shein.cells.return.filter((i) => /UK/.test(i.label)).map((i) => i.ref);
		expect(uk).toEqual([uk[0], uk[0]]);
	});

	test('a number of days with and without a start date', () => {
		expect(figure({ days: 7, from: 'delivery' }, words('en'))).toBe('7 days from delivery');
		expect(figure({ days: 7, from: undefined }, words('zh-CN'))).toBe('7天');
		expect(figure({ days: undefined, from: 'delivery' }, words('en'))).toBeUndefined();
	});
});

describe('from a platform guide to the plan builder', () => {
	test('a platform the builder knows is chosen already, and the builder starts at its first question', () => {
		expect(planHref('en', ['temu'])).toBe('/en/get-help/?platform=temu&q=problem');
		expect(planHref('zh-cn', ['taobao-tmall'])).toBe('/zh-cn/get-help/?platform=taobao-tmall&q=problem');
		const { answers, screen, notices } = readAnswers(new URL(planHref('en', ['aliexpress']), 'https://x').searchParams, '2026-12-07');
		expect(answers).toEqual({ platform: 'aliexpress' });
		expect(screen).toBe('problem');
		expect(notices).toEqual(readAnswers(new URLSearchParams(), '2026-12-07').notices);
	});

	test('Shein is chosen already; a guide for two platforms (TikTok Shop and Douyin) leaves the platform for the reader to pick', () => {
		expect(planHref('en', ['shein'])).toBe('/en/get-help/?platform=shein&q=problem');
		expect(planHref('zh-cn', ['tiktok-shop', 'douyin'])).toBe('/zh-cn/get-help/?q=problem');
		expect(planHref('en', ['not-a-platform'])).toBe('/en/get-help/?q=problem');
	});

	test('each guide finds its platforms by path; the TikTok Shop guide has two', () => {
		expect(guidePathOf('en/platforms/temu')).toBe('/platforms/temu/');
		expect(guidePathOf('zh-cn/platforms/index')).toBe('/platforms/');
		expect(guidePathOf('en')).toBe('/');
		expect(platformsOfGuide(platforms, '/platforms/tiktok-shop/').map((p) => p.id).sort()).toEqual(['douyin', 'tiktok-shop']);
		expect(platformsOfGuide(platforms, '/platforms/')).toEqual([]);
	});

	test('every platform file with a guide but Douyin has its own guide page', () => {
		const guided = platforms.filter((p) => p.data.guide !== undefined);
		expect(new Set(guided.map((p) => p.data.guide)).size).toBe(guided.length - 1);
	});
});

describe('the 404 page hands its search to the landing page (#search=…)', () => {
	test.each([
		['#search=%E9%80%80%E6%AC%BE', '退款'],
		['#search=temu+refund', 'temu refund'],
		['#search=%20%20parcel%0A', 'parcel'],
		['#search=', ''],
	])('%s → "%s"', (hash, query) => {
		expect(queryFromHash(hash)).toBe(query);
	});

	test.each(['', '#searching', '#search', '#top', '#search=%E0%A4%A'])('%s carries no query', (hash) => {
		expect(queryFromHash(hash)).toBeUndefined();
	});

	test(`a query longer than ${MAX_QUERY} characters is cut, by characters not UTF-16 units`, () => {
		const long = queryFromHash(`#search=${encodeURIComponent('退'.repeat(300))}`)!;
		expect([...long].length).toBe(MAX_QUERY);
		expect(queryFromHash(`#search=${encodeURIComponent('😀'.repeat(150))}`)).toBe('😀'.repeat(MAX_QUERY));
	});

	test('the text template has the words it fills in', () => {
		expect(format(words('en')('plan.link'), { platform: 'Temu' })).toBe('Get a plan for your Temu problem');
	});
});

describe("each platform guide cites the platform's own words (issue 17)", () => {
	/** The `url:` lines of a guide's frontmatter. */
	const sourceUrls = (locale: string, id: string) => {
		const text = readFileSync(`content/docs/${locale}/platforms/${id}.md`, 'utf8');
		const frontmatter = text.split(/^---$/m)[1]!;
		return [...frontmatter.matchAll(/^\s+url: (\S+)$/gm)].map((m) => m[1]!);
	};

	test.each([
		['aliexpress', /^https:\/\/(www|sale|sell)\.aliexpress\.com\//],
		['taobao-tmall', /^https:\/\/rulechannel\.taobao\.com\//],
		['pinduoduo', /^https:\/\/stories\.pinduoduo-global\.com\//],
	])('the %s guide lists a page of the platform itself among its sources, in both languages', (id, own) => {
		for (const locale of ['en', 'zh-cn']) expect(sourceUrls(locale, id).filter((u) => own.test(u)).length, `${locale}/${id}`).toBeGreaterThan(0);
	});

	test("AliExpress, EU buyers: 14 days from delivery to cancel, numbered by AliExpress's own page; the 2019 free-return figure is no longer shown as today's window", () => {
		const ali = overviewRows(platforms, 'en', 'en', words('en')).find((r) => r.id === 'aliexpress')!;
		const eu = ali.cells.return.find((c) => /EU/.test(c.label))!;
		expect(eu).toMatchObject({ figure: '14 days from delivery', unconfirmed: false });
		expect(ali.sources[eu.ref! - 1]!.url).toBe('https://sale.aliexpress.com/__mobile/QnoLFBVfqY.htm');
		expect(ali.cells.return.find((c) => /Free return/.test(c.label))!.figure).toBeUndefined();
		expect(ali.help.url).toBe('https://www.aliexpress.com/buyerprotection/');
	});

	test("Taobao: a no-reason return's postage and the refund without return come from Taobao's dispute rules", () => {
		const taobao = overviewRows(platforms, 'en', 'en', words('en')).find((r) => r.id === 'taobao-tmall')!;
		const refundOnly = taobao.cells['refund-without-return'][0]!;
		expect(refundOnly).toMatchObject({ unconfirmed: false, text: expect.stringMatching(/^Where the seller is at fault/) });
		expect(taobao.sources[refundOnly.ref! - 1]!.title).toMatch(/Article 21/);
		expect(taobao.cells['confirm-receipt'][0]).toMatchObject({ unconfirmed: true });
	});
});
