import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	amountsIn,
	analyzeQuery,
	chineseCorrections,
	baseForm,
	cleanQuery,
	coreText,
	corrections,
	editDistance,
	isKnownWord,
	queryRules,
	rankPages,
	splitChineseWord,
	tokenize,
} from '../../src/search/query.ts';
import { noMatchPages, readSearchVocabulary } from '../../src/search/vocabulary.ts';

// The real content/search/vocabulary.yaml: these are the queries readers type.
const vocabulary = readSearchVocabulary();
const rules = queryRules(vocabulary);
const concepts = (q: string) => analyzeQuery(cleanQuery(q), rules).concepts.map((c) => c.text);
const forms = (q: string) => analyzeQuery(cleanQuery(q), rules).concepts.map((c) => c.forms.map((f) => `${f.kind}:${f.query}`));

describe('reading a query', () => {
	test('words as Pagefind indexes them: lower case, no punctuation, Chinese split by the segmenter', () => {
		expect(tokenize('E-commerce LAW, $800!')).toEqual(['ecommerce', 'law', '800']);
		expect(tokenize('JD.com退款')).toEqual(['jdcom', '退款']);
		expect(tokenize('hasn’t')).toEqual(['hasnt']);
	});

	test('full-width letters, invisible characters and runs of spaces are cleaned before anything else', () => {
		expect(cleanQuery('  ｒｅｆｕｎｄ\u200B  ｓｃａｍ ')).toBe('refund scam');
	});

	test('English question and filler words are dropped: "how do I get my money back" is about the money back', () => {
		expect(concepts('how do I get my money back from a scam website')).toEqual(['money back', 'scam', 'website']);
		expect(analyzeQuery('how do I get my money back', rules).dropped).toEqual(['how', 'do', 'i', 'get', 'my']);
	});

	test('Chinese particles and question phrases are dropped: 代购靠谱吗 is about 代购 and 靠谱', () => {
		expect(concepts('代购靠谱吗')).toEqual(['代购', '靠谱']);
		expect(concepts('被骗了怎么办')).not.toContain('办');
		expect(concepts('DDP是什么意思')).toEqual(['ddp']);
		expect(concepts('IOSS是什么')).toEqual(['ioss']);
	});

	test('a query of nothing but stop words is searched as typed', () => {
		expect(concepts('help')).toEqual(['help']);
		expect(concepts('what is this')).toEqual(['what', 'is', 'this']);
	});

	test("the site's words are searched beside the reader's: package → parcel, 快递 → 包裹, money back → refund", () => {
		expect(forms('package stuck')).toEqual([
			['typed:package', 'synonym:parcel'],
			['typed:stuck', 'synonym:delayed', 'synonym:held'],
		]);
		expect(forms('快递一直不动')).toEqual([
			['typed:快递', 'synonym:包裹', 'synonym:物流'],
			['typed:一直不动', 'synonym:延误'],
		]);
		expect(forms('money back')).toEqual([['typed:money back', 'synonym:refund']]);
	});

	test('a synonym may be a phrase with a stop word in it: 和图片不一样 is 货不对板, 退款不到账 is 没到账', () => {
		expect(forms('东西和图片完全不一样')).toContainEqual(['typed:不一样', 'synonym:不符', 'synonym:货不对板']);
		expect(forms('退款一直不到账')).toContainEqual(['typed:不到账', 'synonym:没到账']);
		// A stop word alone still says nothing.
		expect(concepts('不')).toEqual(['不']);
		expect(concepts('我的快递')).toEqual(['快递']);
	});

	test('single characters the segmenter left apart are one word, but not across a space or a dropped phrase', () => {
		expect(concepts('扣货')).toEqual(['扣货']);
		expect(concepts('假获怎么退')).toEqual(['假获', '退']);
	});
});

describe('the phrase a page could have', () => {
	test('question and filler words at either end go, those in the middle stay', () => {
		expect(coreText("seller won't refund me", rules)).toBe("seller won't refund");
		expect(coreText('how do I report an item not received', rules)).toBe('report an item not received');
		expect(coreText('商家拒绝退款怎么办', rules)).toBe('商家拒绝退款');
		expect(coreText('代购靠谱吗？', rules)).toBe('代购靠谱');
		expect(coreText('what is this', rules)).toBe('');
	});
});

describe('merging the searches of every word', () => {
	test('a page with every word comes first, a page with most of them next', () => {
		const ranked = rankPages([
			[[{ id: 'general', score: 2 }, { id: 'scam', score: 1 }]],
			[[{ id: 'scam', score: 1 }]],
			[[{ id: 'scam', score: 1 }, { id: 'other', score: 5 }]],
		]);
		expect(ranked.map((p) => [p.id, p.coverage])).toEqual([
			['scam', 1],
			['other', 1 / 3],
			['general', 1 / 3],
		]);
	});

	test("a page's score for a word is its best form's, and the form is remembered for its excerpt", () => {
		const [page] = rankPages([[[{ id: 'p', score: 1 }], [{ id: 'p', score: 3 }]]]);
		expect(page).toMatchObject({ id: 'p', score: 3, best: { concept: 0, form: 1 } });
	});

	test('words nothing matches do not lower anyone: coverage counts the words something matched', () => {
		expect(rankPages([[[{ id: 'p', score: 1 }]], [[]]])[0]!.coverage).toBe(1);
	});
});

describe('spelling', () => {
	const words = new Map([
		['chargeback', 41],
		['pinduoduo', 41],
		['escalation', 32],
		['counterfeit', 30],
		['refund', 199],
		['refunds', 12],
		['calculator', 20],
		['charges', 15],
		['tariff', 25],
		['paypal', 60],
	]);

	test('edit distance counts a swap of neighbours as one edit', () => {
		expect(editDistance('pinduodou', 'pinduoduo', 2)).toBe(1);
		expect(editDistance('chargback', 'chargeback', 2)).toBe(1);
		expect(editDistance('refund', 'scam', 2)).toBe(3);
	});

	test.each([
		['chargback', 'chargeback'],
		['pinduodou', 'pinduoduo'],
		['escelation', 'escalation'],
		['counterfit', 'counterfeit'],
		['calulator', 'calculator'],
		['refound', 'refund'],
		['tarrif', 'tariff'],
		['paypall', 'paypal'],
	])('"%s" is not a word of the site and is most likely "%s"', (typed, meant) => {
		expect(isKnownWord(typed, words)).toBe(false);
		expect(corrections(typed, words)[0]).toBe(meant);
	});

	test('the start of a word, an inflection of one, numbers and short words are known', () => {
		for (const word of ['refu', 'refunding', 'refunded', 'charge', 'charged', '12315', 'vat', 'refund']) expect(isKnownWord(word, words)).toBe(true);
	});

	test('a word with an ending the site does not use is searched as the site\'s word: "scamed" is scam, not Scameter', () => {
		const site = new Map([...words, ['scameter', 3], ['scam', 90], ['scams', 40]]);
		expect(baseForm('scamed', site)).toBe('scam');
		expect(baseForm('refunding', site)).toBe('refund');
		expect(baseForm('charged', site)).toBe('charges');
		// The site's own words and the starts of them are searched as typed.
		for (const word of ['scams', 'refunds', 'refu', 'chargeback']) expect(baseForm(word, site)).toBe(null);
	});

	test("a Chinese word the site lacks is split into the site's words inside it", () => {
		const site = new Set(['清关', '退货', '维权', '升级', '微信', '卖货']);
		const isWord = (w: string) => site.has(w);
		expect(splitChineseWord('顺丰清关', isWord)).toEqual(['顺丰', '清关']);
		expect(splitChineseWord('西音退货', isWord)).toEqual(['西音', '退货']);
		expect(splitChineseWord('维权升纪', isWord)).toEqual(['维权', '升纪']);
		// Single characters left over go: 上 and 被 say nothing alone.
		expect(splitChineseWord('微信上卖货被', isWord)).toEqual(['微信', '卖货']);
		// Nothing known inside: the word stays as it is.
		expect(splitChineseWord('莆田鞋', isWord)).toEqual(['莆田鞋']);
	});

	test('a Chinese word with one mistyped character finds the word the site uses', () => {
		const chinese = new Map([
			['速卖通', 12],
			['证据', 80],
			['假货', 20],
			['依据', 3],
			['单据', 1],
		]);
		expect(isKnownWord('速卖同', chinese)).toBe(false);
		expect(chineseCorrections('速卖同', chinese)).toEqual(['速卖通']);
		// The most frequent first; a word seen once is never offered.
		expect(chineseCorrections('正据', chinese)).toEqual(['证据', '依据']);
		expect(isKnownWord('证据', chinese)).toBe(true);
		expect(isKnownWord('退', chinese)).toBe(true);
	});
});

describe('the vocabulary file', () => {
	test('names every platform a guide can be tagged with, in both languages where they differ', () => {
		expect(vocabulary.platforms.taobao).toEqual(expect.arrayContaining(['Taobao', '淘宝']));
		expect(vocabulary.platforms.pinduoduo).toEqual(expect.arrayContaining(['PDD', '拼多多']));
	});

	test('no stop word is also a word a synonym is looked up by', () => {
		const stop = new Set([...vocabulary.stopWords.en, ...vocabulary.stopWords['zh-CN']]);
		const keys = Object.keys({ ...vocabulary.synonyms.en, ...vocabulary.synonyms['zh-CN'] });
		expect(keys.filter((k) => stop.has(k))).toEqual([]);
	});

	test('every best bet names a page that exists in both languages (a bare "help" must not lead to a 404)', () => {
		const bets = { ...vocabulary.bestBets?.en, ...vocabulary.bestBets?.['zh-CN'] };
		expect(Object.keys(bets).length).toBeGreaterThan(5);
		const exists = (lang: string, page: string) => ['.md', '.mdx', '/index.mdx', '/index.md'].some((ext) => existsSync(`content/docs/${lang}/${page}${ext}`));
		const missing = Object.entries(bets).filter(([, page]) => !exists('en', page) || !exists('zh-cn', page));
		expect(missing).toEqual([]);
	});

	test('when nothing matches, the dialog offers get-help first and where to complain, with their titles in each language', () => {
		const pages = noMatchPages(vocabulary);
		expect(pages.en[0]).toEqual({ href: '/en/get-help/', title: 'What should I do now?' });
		expect(pages['zh-cn'][0]).toEqual({ href: '/zh-cn/get-help/', title: '现在该怎么办？' });
		expect(pages.en.map((p) => p.href)).toContain('/en/reference/where-to-complain/');
		expect(() => noMatchPages({ ...vocabulary, noMatch: { en: ['get-help', 'no/such-page'], 'zh-CN': ['get-help', 'get-help'] } })).toThrow(
			'noMatch names "no/such-page", which has no page in content/docs/en/',
		);
	});
});

describe('sums of money in a query', () => {
	test.each([
		['scammed out of $2,000 what do I do', ['2000']],
		['paid 500 yuan to a daigou', ['500']],
		['寄到美国800美元以下还免税吗', ['800']],
		['被骗了3万块还能追回吗', ['3']],
		['£135 VAT on imports', ['135']],
		['eu import vat on €22 item', ['22']],
	])('%s: %j', (query, figures) => {
		expect([...amountsIn(query)]).toEqual(figures);
	});

	test.each(['what is 12315', '96110打来电话是真的吗', 'section 75 claim', '90 day return temu', '9610直购进口'])('%s has none: a number without a currency is a code, a law or a period', (query) => {
		expect(amountsIn(query).size).toBe(0);
	});
});
