import { describe, expect, test } from 'vitest';
import { answer, answerSite, compoundParts, headingsFirst, namesQuery, titleBegins, platformGuidesForPlatforms, sellerGuideForShopper, SELLER_GUIDE_FACTOR, type PageData, type SearchHit } from '../../src/search/layer.ts';
import { analyzeQuery, queryRules, saysSeller } from '../../src/search/query.ts';
import { readSearchVocabulary } from '../../src/search/vocabulary.ts';

const vocabulary = readSearchVocabulary();
const rules = queryRules(vocabulary);
const platformNames = Object.values(vocabulary.platforms).flat();

/**
 * A fake Pagefind index: each page has a URL, a title, headings and its words. Like Pagefind,
 * a query's words must all be on a page (matched as prefixes), and a word the index lacks falls
 * back to its longest indexed prefix.
 */
interface FakePage {
	url: string;
	title: string;
	headings?: string[];
	words: Record<string, number>;
}
function fakeIndex(pages: FakePage[]) {
	const searched: string[] = [];
	const indexed = new Set(pages.flatMap((p) => Object.keys(p.words)));
	const resolve = (term: string) => {
		if ([...indexed].some((w) => w.startsWith(term))) return term;
		const prefixes = [...indexed].filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length);
		return prefixes[0] ?? null;
	};
	const search = async (term: string): Promise<SearchHit[]> => {
		searched.push(term);
		const terms = term.split(' ').map(resolve).filter((t): t is string => t !== null);
		if (!terms.length) return [];
		return pages
			.map((page, i) => {
				const scores = terms.map((t) => Object.entries(page.words).filter(([w]) => w.startsWith(t)).reduce((s, [, n]) => s + n, 0));
				const data = async (): Promise<PageData> => ({
					url: page.url,
					excerpt: '',
					meta: { title: page.title },
					sub_results: (page.headings ?? []).map((h) => ({ title: h, url: `${page.url}#${h}`, excerpt: '' })),
				});
				return { id: `p${i}`, score: scores.every((s) => s > 0) ? scores.reduce((a, b) => a + b, 0) : 0, data };
			})
			.filter((hit) => hit.score > 0)
			.sort((a, b) => b.score - a.score);
	};
	return { search, searched };
}
const urls = async (pages: { data: () => Promise<PageData> }[]) => Promise.all(pages.map(async (p) => (await p.data()).url));

const site = fakeIndex([
	{ url: '/en/shoppers/if-you-were-scammed/', title: 'If you were scammed', words: { scam: 9, refund: 3, bank: 4, website: 2 } },
	{ url: '/en/shoppers/after-sales-problems/', title: 'After-sales problems', headings: ['Refund refused'], words: { refund: 6, parcel: 5, delay: 3 } },
	{ url: '/en/platforms/temu/', title: 'Temu: returns, refunds', words: { temu: 12, refund: 9, parcel: 2 } },
	{ url: '/en/reference/glossary/', title: 'Glossary', headings: ['Chargeback 拒付（退单）'], words: { chargeback: 2, refund: 1 } },
	{ url: '/en/shoppers/escalation/', title: 'Escalation', words: { chargeback: 4, court: 3, refund: 2 } },
	{ url: '/en/shoppers/customs-holds/', title: 'Customs holds', words: { charges: 3, customs: 8, parcel: 4 } },
]);

describe('a sum of money or a word every purchase has counts little towards a page having the query', () => {
	const scams = fakeIndex([
		{ url: '/en/shoppers/if-you-were-scammed/', title: 'If you were scammed', words: { scammed: 9, online: 1, bank: 4 } },
		{ url: '/en/scams/task-scams/', title: 'Task scams', words: { scammed: 4, 2000: 1, buying: 1, online: 1 } },
	]);

	test('"scammed out of $2000 what do I do" finds the guide on being scammed before a page that happens to say 2,000', async () => {
		const a = await answer('scammed out of $2000 what do I do', { rules, search: scams.search });
		expect(a.query.concepts.find((c) => c.text === '2000')?.light).toBe('amount');
		expect(await urls(a.pages)).toEqual(['/en/shoppers/if-you-were-scammed/', '/en/scams/task-scams/']);
	});

	test('"got scammed buying sneakers online": buying and online are words every shopping page has, and count a quarter each', async () => {
		const a = await answer('got scammed buying sneakers online', { rules, search: scams.search });
		expect(a.query.concepts.map((c) => [c.text, c.light ?? null])).toEqual([
			['scammed', null],
			['buying', 'common'],
			['sneakers', null],
			['online', 'common'],
		]);
		// The guide on being scammed lacks "buying": it has 1.25 of the 1.5 that any page has, not 2 of 3.
		expect(a.pages.find((p) => p.id === 'p0')?.coverage).toBeCloseTo(1.25 / 1.5, 5);
	});

	test('a figure the reader asks about still lifts the page that has it when both have the subject ("$800 de minimis")', async () => {
		const customs = fakeIndex([
			{ url: '/en/tools/duty-rules/us/', title: 'US duty rules', words: { minimis: 3, 800: 4 } },
			{ url: '/en/shoppers/import-taxes/', title: 'Import taxes', words: { minimis: 4 } },
		]);
		const a = await answer('$800 de minimis', { rules, search: customs.search });
		expect((await urls(a.pages))[0]).toBe('/en/tools/duty-rules/us/');
	});
});

describe('answering a query from an index', () => {
	test('a question is answered by the page with its meaningful words, in the forms the site uses', async () => {
		// "money back" is searched as "refund" too; how, do, I, get, my, from and a are dropped.
		const { pages, complete } = await answer('how do I get my money back from a scam website', { rules, search: site.search });
		expect(complete).toBe(true);
		expect((await urls(pages))[0]).toBe('/en/shoppers/if-you-were-scammed/');
	});

	test('words no single page has still find the pages with most of them, and the answer says it is partial', async () => {
		const { pages, complete } = await answer('scam court delay', { rules, search: site.search });
		expect(complete).toBe(false);
		expect((await urls(pages)).sort()).toEqual(['/en/shoppers/after-sales-problems/', '/en/shoppers/escalation/', '/en/shoppers/if-you-were-scammed/']);
	});

	test('each form of each word is searched once, on its own, and the query once as a phrase', async () => {
		const { search, searched } = fakeIndex([{ url: '/a/', title: 'A', words: { parcel: 1 } }]);
		await answer('package package', { rules, search });
		expect(searched.sort()).toEqual(['"package package"', 'package', 'parcel']);
	});

	test('pages that have the query as typed, as a phrase, count twice', async () => {
		const phrases: Record<string, number[]> = { '"item not received"': [1] };
		const pages = [
			{ url: '/en/get-help/', title: 'Get help', words: { item: 5, received: 5 } },
			{ url: '/en/shoppers/after-sales-problems/', title: 'After-sales', words: { item: 3, received: 3 } },
		];
		const index = fakeIndex(pages);
		const search = async (term: string) => {
			const ids = phrases[term];
			if (!ids) return index.search(term);
			return ids.map((i) => ({ id: `p${i}`, score: 1, data: async () => ({ url: pages[i]!.url, excerpt: '', meta: { title: pages[i]!.title } }) }));
		};
		const { pages: found } = await answer('item not received', { rules, search });
		expect((await urls(found))[0]).toBe('/en/shoppers/after-sales-problems/');
	});

	test("a misspelt word the site lacks is searched as the site's word, and the answer says so", async () => {
		const words = async () => new Map([['chargeback', 6], ['charges', 3], ['refund', 20]]);
		const result = await answer('chargback', { rules, search: site.search, vocabulary: words });
		expect(result.corrected).toBe('chargeback');
		// Pagefind's fallback ("charg…" = charges) counts little: the chargeback pages come first.
		expect((await urls(result.pages)).slice(0, 2).sort()).toEqual(['/en/reference/glossary/', '/en/shoppers/escalation/']);
	});

	test('a page whose heading names the query comes first among the best ten (the glossary entry for a term)', async () => {
		const { pages } = await answer('chargeback', { rules, search: site.search });
		expect((await urls(pages))[0]).toBe('/en/reference/glossary/');
	});

	test('a Chinese word glued to a name the segmenter does not know is searched as the words inside it', async () => {
		const index = fakeIndex([
			{ url: '/zh-cn/shoppers/customs-holds/', title: '海关扣货', words: { 清关: 4, 海关: 9 } },
			{ url: '/zh-cn/shoppers/escalation/', title: '维权升级', words: { 维权: 5, 升级: 5 } },
		]);
		const words = async () => new Map([['清关', 4], ['海关', 9], ['维权', 5], ['升级', 5]]);
		const held = await answer('顺丰清关', { rules, search: index.search, vocabulary: words });
		expect(held.query.concepts.map((c) => c.text)).toEqual(['顺丰', '清关']);
		expect((await urls(held.pages))[0]).toBe('/zh-cn/shoppers/customs-holds/');
		// 升纪, left over, is then corrected to the site's 升级.
		const escalate = await answer('维权升纪', { rules, search: index.search, vocabulary: words });
		expect(escalate.query.concepts.map((c) => c.text)).toEqual(['维权', '升纪']);
		expect((await urls(escalate.pages))[0]).toBe('/zh-cn/shoppers/escalation/');
	});

	test('a query whose simplified form finds nothing in either language is searched as typed (販売, a Japanese word quoted on a Chinese page)', async () => {
		const page = (id: string, url: string) => ({ id, score: 1, data: async () => ({ url, excerpt: '', meta: { title: url } }) });
		const here = { search: async (term: string) => (term.includes('販売') ? [page('jp', '/zh-cn/rights/jp/')] : []), segmentChinese: true };
		const there = async () => ({ search: async () => [], segmentChinese: false });
		const site = await answerSite('贩売', { rules, here, there, typed: '販売' });
		expect(site.searched).toBe('販売');
		expect(await urls(site.here.pages)).toEqual(['/zh-cn/rights/jp/']);
		// A conversion that finds something stands.
		const converted = await answerSite('退货', { rules, here: { search: async () => [page('r', '/zh-cn/shoppers/returns/')], segmentChinese: true }, there, typed: '退貨' });
		expect(converted.searched).toBe('退货');
	});

	test('a Chinese word the word list leaves out (seen once) but a page has as it is, is searched whole: 十万元 is not split to 万元', async () => {
		const page = (id: string, url: string, score: number) => ({ id, score, data: async () => ({ url, excerpt: '', meta: { title: url } }) });
		const brand = page('b', '/zh-cn/sellers/protect-your-brand/', 1);
		const rights = page('r', '/zh-cn/rights/jp/', 3);
		// The brand guide has 十万元 (once); the rights page only 万元.
		const search = async (term: string) => (['十万元', '"十万元"'].includes(term) ? [brand] : term === '万元' || term === '"万元"' ? [rights, brand] : []);
		const words = async () => new Map([['万元', 5]]);
		const found = await answer('十万元', { rules, search, vocabulary: words });
		expect(found.query.concepts.map((c) => c.text)).toEqual(['十万元']);
		expect((await urls(found.pages))[0]).toBe('/zh-cn/sellers/protect-your-brand/');
	});

	test('a Chinese word counts fully only where the page has the word, not just its characters (价保 is not 价格 and 保存)', async () => {
		const page = (id: string, url: string, score: number) => ({ id, score, data: async () => ({ url, excerpt: '', meta: { title: url } }) });
		const search = async (term: string) =>
			term === '"价保"' ? [page('jd', '/zh-cn/platforms/jd/', 1)] : term === '价保' ? [page('agents', '/zh-cn/shoppers/shopping-agents/', 5), page('jd', '/zh-cn/platforms/jd/', 3)] : [];
		const { pages } = await answer('价保', { rules, search });
		expect((await urls(pages))[0]).toBe('/zh-cn/platforms/jd/');
	});

	test('on the English pages, which keep a run of Chinese characters as one word, a Chinese part of the query is one word', async () => {
		const { search, searched } = fakeIndex([{ url: '/en/sellers/jd-transaction-security/', title: 'JD', words: { 个人信息保护法: 1, pipl: 4 } }]);
		const { query, pages } = await answer('个人信息保护法 PIPL', { rules, search, segmentChinese: false });
		expect(query.concepts.map((c) => c.text)).toEqual(['个人信息保护法', 'pipl']);
		expect(searched).toContain('个人信息保护法');
		expect(pages[0]?.coverage).toBe(1);
	});

	test("a platform's own guide comes after the general guide unless the query names the platform", async () => {
		expect((await urls((await answer('refund', { rules, platformNames, search: site.search })).pages))[0]).toBe(
			'/en/shoppers/after-sales-problems/',
		);
		expect((await urls((await answer('temu refund', { rules, platformNames, search: site.search })).pages))[0]).toBe('/en/platforms/temu/');
	});

	test('a compound the site writes apart ("customs-held") is searched as its words together', async () => {
		const words = async () => new Map([['customs', 8], ['charges', 3], ['parcel', 9], ['refund', 20]]);
		const result = await answer('customs-charges', { rules, search: site.search, vocabulary: words });
		expect(result.query.concepts[0]!.forms.map((f) => f.query)).toContain('customs charges');
		expect((await urls(result.pages))[0]).toBe('/en/shoppers/customs-holds/');
		expect(compoundParts('my customs-held parcel', 'customsheld')).toEqual(['customs', 'held']);
		expect(compoundParts('refund/return', 'refundreturn')).toEqual(['refund', 'return']);
		expect(compoundParts('e-commerce', 'refund')).toEqual([]);
	});

	test('a best bet (content/search/vocabulary.yaml bestBets) puts its page first, in its language only', async () => {
		const bets = { ...rules, bestBets: { en: new Map([['refund', 'shoppers/escalation']]), 'zh-CN': new Map() } };
		const first = async (q: string, segmentChinese = false) => (await urls((await answer(q, { rules: bets, platformNames, search: site.search, segmentChinese })).pages))[0];
		expect(await first('refund')).toBe('/en/shoppers/escalation/');
		expect(await first('how do I refund?')).toBe('/en/shoppers/escalation/');
		expect(await first('refund', true)).not.toBe('/en/shoppers/escalation/');
		expect(await first('refund parcel')).not.toBe('/en/shoppers/escalation/');
	});

	test('a best bet also counts when the query is its word with only a sum of money, words every purchase has or words the site lacks besides', async () => {
		const scamSite = fakeIndex([
			{ url: '/en/scams/romance-investment-scams/', title: 'Romance and investment scams', words: { scammed: 30, crypto: 9, 2000: 1 } },
			{ url: '/en/shoppers/if-you-were-scammed/', title: 'If you were scammed', words: { scammed: 9, bank: 4 } },
		]);
		const bets = { ...rules, bestBets: { en: new Map([['scammed', 'shoppers/if-you-were-scammed']]), 'zh-CN': new Map() } };
		const first = async (q: string) => (await urls((await answer(q, { rules: bets, search: scamSite.search, segmentChinese: false })).pages))[0];
		expect(await first('scammed out of $2000 what do I do')).toBe('/en/shoppers/if-you-were-scammed/');
		expect(await first('got scammed buying zxqvbn online')).toBe('/en/shoppers/if-you-were-scammed/');
		// A word the site has is part of the query: "scammed crypto" is not the bare need.
		expect(await first('scammed crypto')).toBe('/en/scams/romance-investment-scams/');
	});

	test("a query that names a platform finds the guide named after it in the top three, first for the bare name", async () => {
		const temuSite = fakeIndex([
			{ url: '/en/shoppers/after-sales-problems/', title: 'Refund problems', headings: ['Refund refused', 'Temu'], words: { refund: 30, temu: 9 } },
			{ url: '/en/shoppers/escalation/', title: 'Escalation', headings: ['Temu refund'], words: { refund: 20, temu: 8 } },
			{ url: '/en/shoppers/keep-evidence/', title: 'Keep evidence', headings: ['Temu refund'], words: { refund: 20, temu: 8 } },
			{ url: '/en/shoppers/returns/', title: 'Returns', headings: ['Temu refund'], words: { refund: 20, temu: 8 } },
			{ url: '/en/platforms/temu/', title: 'Temu: returns', words: { temu: 3, refund: 1 } },
		]);
		const got = async (q: string) => urls((await answer(q, { rules, platformNames, platforms: vocabulary.platforms, search: temuSite.search })).pages);
		expect((await got('temu'))[0]).toBe('/en/platforms/temu/');
		expect((await got('temu refund')).slice(0, 3)).toContain('/en/platforms/temu/');
	});
});

describe('re-ranking helpers', () => {
	const data = (url: string, title: string, headings: string[] = []): PageData => ({
		url,
		excerpt: '',
		meta: { title },
		sub_results: headings.map((h) => ({ title: h, url: `${url}#x`, excerpt: '' })),
	});

	test('a heading names the query when it has every word, whatever the spaces and punctuation (中文 too)', () => {
		const query = analyzeQuery('个人信息保护法', rules);
		expect(namesQuery(data('/g/', '术语表', ['个人信息\u200B保护法（PIPL）']), query)).toBe(true);
		expect(namesQuery(data('/g/', '术语表', ['个人信息']), query)).toBe(false);
	});

	test('named pages move up, keeping their order; the rest keep theirs', () => {
		const query = analyzeQuery('return policy', rules);
		const checked = [
			{ page: 'a', data: data('/a/', 'Temu') },
			{ page: 'b', data: data('/b/', 'Before you buy', ['Return policy']) },
			{ page: 'c', data: data('/c/', 'Shipping and return policy') },
		];
		expect(headingsFirst(checked, query).map((c) => c.page)).toEqual(['b', 'c', 'a']);
	});

	test('a page whose title begins with the query (it is about it) comes before pages that name it elsewhere', () => {
		const haitao = analyzeQuery('海淘', rules);
		const checked = [
			{ page: 'safety', data: data('/s/', '产品安全：充电宝、玩具、化妆品海淘前后要查什么') },
			{ page: 'haitao', data: data('/h/', '海淘指南：跨境电商、代购和海外直邮') },
		];
		expect(headingsFirst(checked, haitao).map((c) => c.page)).toEqual(['haitao', 'safety']);
		// A whole word: "Fake shops" does not begin with "fakes".
		expect(titleBegins(data('/f/', 'Fake shops and lookalike websites'), analyzeQuery('fakes', rules))).toBe(false);
		expect(titleBegins(data('/c/', 'Counterfeits and replicas'), analyzeQuery('counterfeits', rules))).toBe(true);
	});

	test("the glossary's entry comes second after the best page, first when the query asks what the term means", () => {
		const glossary = (heading: string) => ({ page: 'glossary', data: { ...data('/g/', 'Glossary', [heading]), meta: { title: 'Glossary', weight: '0.5' } } });
		const checked = [{ page: 'guide', data: data('/a/', 'If you were scammed') }, { page: 'other', data: data('/b/', 'Keep evidence') }, glossary('Phishing 钓鱼')];
		expect(headingsFirst(checked, analyzeQuery('phishing', rules)).map((c) => c.page)).toEqual(['guide', 'glossary', 'other']);
		for (const q of ['what is phishing', 'phishing meaning', '钓鱼是什么意思', '什么是钓鱼']) {
			expect(headingsFirst(checked, analyzeQuery(q, rules)).map((c) => c.page)[0], q).toBe('glossary');
		}
		// A definition question that also says what kind of thing the term is (96110是什么电话): the
		// glossary's entry for the term (the word fewest pages have, found by answer()) answers it.
		const hotline = [{ page: 'guide', data: data('/a/', '假快递短信') }, glossary('96110反诈专线')];
		const query = analyzeQuery('96110是什么电话', rules);
		expect(headingsFirst(hotline, query).map((c) => c.page)).toEqual(['guide', 'glossary']);
		expect(headingsFirst(hotline, query, undefined, { ...query, concepts: query.concepts.filter((c) => c.text === '96110') }).map((c) => c.page)).toEqual(['glossary', 'guide']);
		// A longer question is not a definition: "what is the phishing text asking for my card".
		expect(analyzeQuery('what is the phishing text asking for my card', rules).definition).toBe(false);
	});

	test('platform guides count 0.4 only when the query names no platform', () => {
		const checked = [
			{ page: { score: 10 }, data: data('/en/platforms/temu/', 'Temu') },
			{ page: { score: 5 }, data: data('/en/shoppers/after-sales-problems/', 'After-sales') },
		];
		expect(platformGuidesForPlatforms(checked, analyzeQuery('refund', rules), platformNames).map((c) => c.data.url)).toEqual([
			'/en/shoppers/after-sales-problems/',
			'/en/platforms/temu/',
		]);
		expect(platformGuidesForPlatforms(checked, analyzeQuery('拼多多 退款', rules), platformNames)[0]!.data.url).toBe('/en/platforms/temu/');
	});

	test("the guide named after the platform a query names counts 1.5 times, if it has more of the query than the name", () => {
		const checked = [
			{ page: { score: 2.8, coverage: 1 }, data: data('/en/platforms/tiktok-shop/', 'TikTok Shop and Douyin: returns') },
			{ page: { score: 2.5, coverage: 1 }, data: data('/en/sellers/jd-seller-protection/', 'JD.com seller protection') },
			{ page: { score: 2, coverage: 2 / 3 }, data: data('/en/platforms/jd/', 'JD.com: returns, after-sales and complaints') },
		];
		const platforms = vocabulary.platforms;
		const order = (q: string, list = checked) => platformGuidesForPlatforms(list, analyzeQuery(q, rules), platformNames, platforms).map((c) => c.data.url);
		expect(order('京东 return policy')[0]).toBe('/en/platforms/jd/');
		expect(order('jd return policy')[0]).toBe('/en/platforms/jd/');
		// Only the platform's name: the guide is not lifted above pages about the rest of the query.
		const nameOnly = [checked[0]!, { page: { score: 2, coverage: 1 / 3 }, data: data('/en/platforms/jd/', 'JD.com: returns') }];
		expect(order('who collects VAT, jd or me', nameOnly)[0]).toBe('/en/platforms/tiktok-shop/');
		// A seller's query: the sellers' guide named after the platform, not the shoppers' guide.
		const sellers = [
			{ page: { score: 3, coverage: 1 }, data: data('/en/platforms/jd/', 'JD.com: returns, after-sales and complaints') },
			{ page: { score: 2.5, coverage: 1 }, data: data('/en/sellers/jd-seller-protection/', 'JD.com seller protection') },
		];
		const forSeller = platformGuidesForPlatforms(sellers, analyzeQuery('京东商家规则', rules), platformNames, platforms, () => 1, true);
		expect(forSeller.map((c) => c.data.url)[0]).toBe('/en/sellers/jd-seller-protection/');
		expect(platformGuidesForPlatforms(sellers, analyzeQuery('京东退货规则', rules), platformNames, platforms)[0]!.data.url).toBe('/en/platforms/jd/');
	});
	test("a shopper's query says nothing a seller says; a seller's does (content/search/vocabulary.yaml sellerWords)", () => {
		const seller = (q: string) => saysSeller(q, rules.sellerWords);
		// Buyers: "seller" is not "sell", 商家 and 申诉 are everyone's words, customer service is a buyer's.
		expect(["seller won't refund me", '商家拒绝退款怎么办', 'temu customer service', 'PayPal申诉被驳回', 'sold me a fake', 'temu buyer protection'].filter(seller)).toEqual([]);
		expect(['how do I sell on wechat', 'SELLING on Tmall Global', 'buyer filed a chargeback against my store', '买家恶意仅退款', '天猫国际入驻', '店铺被扣分怎么申诉'].every(seller)).toBe(true);
	});

	test("a sellers' guide counts half for a shopper's query, and a heading naming the query does not move it up", () => {
		const query = analyzeQuery('not as described refund', rules);
		const checked = [
			{ page: { score: 10 }, data: { ...data('/en/sellers/chargebacks-refund-only/', 'Chargebacks and refund only', ['Not as described refund']), meta: { title: 'Chargebacks and refund only', audience: 'seller' } } },
			{ page: { score: 6 }, data: data('/en/shoppers/after-sales-problems/', 'After-sales problems') },
			{ page: { score: 1 }, data: data('/en/shoppers/escalation/', 'Escalation') },
		];
		const lesser = (c: (typeof checked)[number]) => sellerGuideForShopper(c.data, false);
		const byScore = platformGuidesForPlatforms(checked, query, [], {}, (c) => (lesser(c) ? SELLER_GUIDE_FACTOR : 1));
		expect(byScore.map((c) => c.data.url)).toEqual(['/en/shoppers/after-sales-problems/', '/en/sellers/chargebacks-refund-only/', '/en/shoppers/escalation/']);
		expect(headingsFirst(byScore, query, lesser).map((c) => c.data.url)).toEqual([
			'/en/shoppers/after-sales-problems/',
			'/en/sellers/chargebacks-refund-only/',
			'/en/shoppers/escalation/',
		]);
		// A seller's query: the guide whose heading names it comes first.
		expect(headingsFirst(byScore, query, (c) => sellerGuideForShopper(c.data, true))[0]!.data.url).toBe('/en/sellers/chargebacks-refund-only/');
	});
});
