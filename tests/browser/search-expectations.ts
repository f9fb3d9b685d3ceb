/**
 * Search rank expectations: a distinctive query for every guide, in each language, and the page it
 * must find within the given rank. Checked for every query from Node against the built index with
 * the dialog's own query layer (tests/browser/search.test.ts), and for a sample typed into
 * the real dialog (tests/browser/search.test.ts).
 */

/** [query, the page it must find, the rank it must reach (1 = first result)]. */
export type Expectation = [query: string, page: string, rank: number];

// English: a distinctive term for every guide.
export const english: Expectation[] = [
	['help', 'get-help/', 1], // a best bet (content/search/vocabulary.yaml bestBets): the triage page, not the pages that say "help" most
	['wechat', 'sellers/selling-on-wechat/', 1], // a bare platform name: the page named after it
	['temu', 'platforms/temu/', 1],
	['customs-held parcel', 'shoppers/customs-holds/', 1], // a compound the site writes apart: its words together
	['evidence', 'shoppers/keep-evidence/', 2], // after the evidence checklist
	['unboxing video', 'shoppers/keep-evidence/', 1],
	['return policy', 'shoppers/before-you-buy/', 1],
	['insurance', 'shoppers/before-you-buy/', 1],
	['missing parcel', 'shoppers/after-sales-problems/', 2], // after Shein's guide, whose title says "missing parcels"
	['counterfeit', 'shoppers/counterfeits/', 1], // the counterfeits guide (issue 17); the glossary's entry comes second
	['counterfeit', 'shoppers/after-sales-problems/', 3],
	['arbitration', 'shoppers/escalation/', 1],
	['small claims', 'shoppers/escalation/', 1],
	['chargeback', 'shoppers/dispute-refused/', 1], // a bare "chargeback" is a shopper's first: shoppers' guides name it in their headings, so the sellers' chargeback guide (issue 20), whose title names it, yields (it comes third, after the glossary's entry)
	['chargeback', 'sellers/chargebacks-refund-only/', 3],
	['scamed', 'shoppers/if-you-were-scammed/', 3], // an inflection the site does not use is searched as its word (scam), not by Pagefind's prefix (Scameter)
	['what is escrow', 'reference/glossary/', 1], // a definition question: the glossary's entry first
	['Section 75', 'shoppers/dispute-refused/', 1],
	['pre-arbitration', 'shoppers/dispute-refused/', 1],
	['recovery scam', 'scams/recovery-and-deposit-scams/', 1], // its own page (issue 18), then the glossary's entry and the general guide
	['recovery scam', 'shoppers/if-you-were-scammed/', 3],
	['phishing', 'shoppers/if-you-were-scammed/', 3],
	['7726', 'scams/fake-delivery-messages/', 1], // fake delivery and customs-fee messages (issue 18)
	['Fakeshop-Finder', 'scams/fake-shops/', 1], // fake shops and the official checkers (issue 18)
	['de minimis', 'tools/duty-rules/', 1], // the rules index (issue 21: a threshold per destination)
	['de minimis', 'shoppers/import-taxes/', 4], // after the rules index, the glossary's entry and the US rules page
	['postal articles', 'shoppers/import-taxes/', 1],
	['Mini Program', 'sellers/selling-on-wechat/', 1],
	['WeChat Pay', 'sellers/selling-on-wechat/', 2], // a payer's query too: the escalation guide (disputing a WeChat Pay payment) first
	['JD.com', 'platforms/jd/', 1], // the JD.com guide for buyers (issue 17), then the sellers'
	['JD.com', 'sellers/jd-seller-protection/', 2],
	['multi-factor authentication', 'sellers/jd-transaction-security/', 1],
	['PIPL', 'sellers/jd-transaction-security/', 3], // selling on WeChat also covers PIPL; the glossary's entry between
	['trademark', 'sellers/protect-your-brand/', 1],
	['customs recordal', 'sellers/counterfeit-enforcement/', 1], // customs recordal in action (issue 20)
	['customs recordal', 'sellers/protect-your-brand/', 2],
	['consumer centre', 'reference/where-to-complain/', 1],
	['glossary', 'reference/glossary/', 1],
	['privacy', 'reference/about/', 1],
	// Issue 18's pages: product safety, warranty, scam types, rights by country.
	['Safety Gate', 'shoppers/product-safety/', 1],
	['product recall', 'shoppers/product-safety/', 1],
	['warranty', 'shoppers/warranty/', 1],
	['task scam', 'scams/task-scams/', 1],
	['pig butchering', 'scams/romance-investment-scams/', 1], // romance and investment scams' own page; the glossary's entry comes second
	['dating app crypto', 'scams/romance-investment-scams/', 1],
	['fake customer service', 'scams/fake-customer-service/', 1],
	['Scameter', 'scams/fake-shops/', 1],
	['cooling-off period', 'rights/', 1],
	['Consumer Guarantees Act', 'rights/nz/', 1],
	// The sellers' guides (issue 20), for sellers' own words; a shopper's query finds the shoppers' pages first.
	['sell on tmall global', 'sellers/cross-border-platforms/', 3], // after Tmall's shopper guide and the onboarding checklist
	['positive list cross-border e-commerce', 'sellers/product-compliance/', 2],
	['buyer filed a chargeback against my store', 'sellers/chargebacks-refund-only/', 3],
	['store penalised funds frozen', 'sellers/penalties-appeals/', 1],
	['notarised test purchase', 'sellers/counterfeit-enforcement/', 1],
	['how do I get paid selling on wechat', 'sellers/getting-paid/', 2],
	['bonded warehouse return to seller', 'sellers/bonded-returns/', 1],
];

// Chinese: two-character words, longer words, numbers, mixed Chinese and Latin, and a phrase
// pasted from a page, covering every guide.
export const chinese: Expectation[] = [
	['帮助', 'get-help/', 1], // a best bet: the triage page
	['微信', 'sellers/selling-on-wechat/', 1],
	['证据', 'shoppers/keep-evidence/', 2], // after the evidence checklist
	['截图', 'shoppers/keep-evidence/', 1],
	['时间线', 'shoppers/keep-evidence/', 1],
	['序列号', 'shoppers/keep-evidence/', 3], // also in the seller pages on account security
	['开箱视频', 'shoppers/keep-evidence/', 1],
	['聊天记录', 'shoppers/keep-evidence/', 2],
	['运费险', 'shoppers/before-you-buy/', 2], // after TikTok Shop's guide, which explains its 运费险
	['退一赔三', 'shoppers/haitao/', 1], // the 海淘 guide says when 退一赔三 applies to imports (issue 18)
	['退款', 'shoppers/after-sales-problems/', 3], // after returns across borders and the fake refund-call scam (冒充客服退款)
	['丢件', 'shoppers/after-sales-problems/', 2], // after Shein's guide, whose title says 丢件
	['货不对板', 'shoppers/after-sales-problems/', 2],
	['平台介入', 'shoppers/after-sales-problems/', 3], // after escalation, whose rungs include it, and the glossary's own entry for the term
	['仲裁', 'shoppers/escalation/', 1],
	['诉讼时效', 'shoppers/escalation/', 1],
	['互联网法院', 'shoppers/escalation/', 1],
	['小额诉讼', 'shoppers/escalation/', 1],
	['消费者权益', 'rights/', 1], // your rights by country (issue 18)
	['拒付', 'shoppers/dispute-refused/', 1], // chargebacks and what to do when they are refused (issue 18)
	['冒充客服', 'scams/fake-customer-service/', 1], // its own page (issue 18), then the general guide
	['冒充客服', 'shoppers/if-you-were-scammed/', 2],
	['紧急止付', 'shoppers/if-you-were-scammed/', 1],
	['追回损失', 'scams/recovery-and-deposit-scams/', 1], // 追回损失 is what recovery scams promise (issue 18)
	['追回损失', 'shoppers/if-you-were-scammed/', 2],
	['96110', 'shoppers/if-you-were-scammed/', 3],
	['PayPal 退款', 'shoppers/dispute-refused/', 1], // PayPal's windows and appeal (issue 18)
	['PayPal 退款', 'shoppers/escalation/', 4], // PayPal disputes; after that guide, AliExpress's (paid with PayPal) and counterfeits (PayPal claims for fakes)
	['拒付被驳回', 'shoppers/dispute-refused/', 1],
	['12378', 'shoppers/dispute-refused/', 1],
	['12381', 'scams/fake-delivery-messages/', 1], // the warning-text number, explained with fake delivery messages (issue 18)
	['快递理赔', 'scams/fake-delivery-messages/', 1],
	['山寨官网', 'scams/fake-shops/', 1],
	// Indexed as …和信|用卡… by Pagefind alone: found only since the index uses the browser's boundaries.
	['银行卡和信用卡账单', 'shoppers/if-you-were-scammed/', 3], // after the refused-disputes guide (bank cards, credit cards, 账单 throughout) and escalation
	['行邮税', 'shoppers/import-taxes/', 1],
	// The tools: the calculator, its rules (weighted down so the guides come first for concepts) and the embed page.
	['税费计算器', 'tools/duty-calculator/', 1],
	['最惠国税率', 'tools/duty-rules/us/', 2], // the US page (most-favoured-nation duty on goods from China), after Indonesia's, which names MFN rates too
	['嵌入', 'tools/embed/', 1],
	['现在该怎么办', 'get-help/', 1],
	['年度限额', 'shoppers/import-taxes/', 1],
	['跨境电商综合税', 'shoppers/import-taxes/', 3],
	['小程序', 'sellers/selling-on-wechat/', 1],
	['微信小店', 'sellers/selling-on-wechat/', 1],
	['营业执照', 'sellers/selling-on-wechat/', 2],
	['京东国际', 'shoppers/haitao/', 1], // 京东国际 is a cross-border import platform: the 海淘 guide first (issue 18)
	['京东国际', 'platforms/jd/', 3],
	['规则平台', 'sellers/jd-seller-protection/', 2], // after the duty rules (规则 in their title) since issue 18's scam guides added more pages that say 平台
	['多因素认证', 'reference/glossary/', 2], // the term; the sellers' security guide counts half for a query without a seller's word. Known weakness: 认证 (certification) puts product safety (CCC 认证) first
	['二次验证', 'sellers/jd-transaction-security/', 3], // after the account-security checklist
	['商标抢注', 'sellers/protect-your-brand/', 1],
	['版权登记', 'sellers/protect-your-brand/', 1],
	['海关备案', 'sellers/counterfeit-enforcement/', 1], // 海关备案 is a seller's word (sellerWords); the enforcement guide has customs recordal in action
	['海关备案', 'sellers/protect-your-brand/', 2],
	['消费者委员会', 'reference/where-to-complain/', 3], // after the rights pages of the regions whose body is called so (Hong Kong's, Australia's 消费者委员会 mention)
	['术语表', 'reference/glossary/', 1],
	['隐私', 'reference/about/', 1],
	// Issue 18's pages: product safety, warranty, scam types, 海淘.
	['缺陷产品召回', 'shoppers/product-safety/', 1],
	['3C认证', 'shoppers/product-safety/', 1],
	['联保', 'shoppers/warranty/', 1],
	['刷单返利', 'scams/task-scams/', 1],
	['杀猪盘', 'scams/romance-investment-scams/', 1], // its own page, then the glossary's entry
	['网恋 投资', 'scams/romance-investment-scams/', 1],
	['保证金', 'scams/recovery-and-deposit-scams/', 1],
	['海淘', 'shoppers/haitao/', 1], // its title begins with 海淘; product safety's names 海淘 further on (海淘前后要查什么), a near tie by score
	['完税价格是什么意思', 'reference/glossary/', 1], // a definition question: the glossary's entry first
	// 卖家指南（issue 20）
	['天猫国际入驻', 'sellers/cross-border-platforms/', 2], // after the onboarding checklist
	['跨境电商正面清单', 'sellers/product-compliance/', 2],
	['买家恶意仅退款', 'sellers/chargebacks-refund-only/', 1],
	['店铺被扣分怎么申诉', 'sellers/penalties-appeals/', 1],
	['公证购买', 'sellers/counterfeit-enforcement/', 2],
	['境外商家收款', 'sellers/getting-paid/', 1],
	['商家保税退货', 'sellers/bonded-returns/', 2],
];

/**
 * Each query whose page is missing from its allowed top ranks, with what came instead. `results`
 * holds result pages as "shoppers/keep-evidence" or "shoppers/keep-evidence/".
 */
export function misses(results: Record<string, { paths: string[] }>, expectations: Expectation[]): string[] {
	const slash = (path: string) => path.replace(/\/?$/, '/');
	return expectations
		.filter(([query, page, rank]) => !results[query]!.paths.slice(0, rank).map(slash).includes(page))
		.map(([query, page, rank]) => `${query}: wanted ${page} in top ${rank}, got ${results[query]!.paths.slice(0, 3).join(', ')}`);
}
