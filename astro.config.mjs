// @ts-check
import { defineConfig, envField } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
// Post-build checks and the site's own routes (src/integrations/).
import contentSafetyCheck from './src/integrations/content-safety.ts';
import cspHashes from './src/integrations/csp.ts';
import internalLinks from './src/integrations/links.ts';
import languageParity from './src/integrations/parity.ts';
import siteRoutes from './src/integrations/routes.ts';
import requireSiteUrl, { LOCAL_SITE, siteUrl } from './src/integrations/site-url.ts';
import chineseSearchIndex from './src/search/integration.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { contentSafety } from './src/markdown/content-safety.ts';
import { locales } from './src/schemas/locales.ts';

/**
 * The public URL, for canonical links, the sitemap and the embed snippets: SITE_URL, which a build
 * requires (src/integrations/site-url.ts); the dev server runs without it, on its local address.
 */
const site = siteUrl(process.env.SITE_URL) ?? LOCAL_SITE;

export default defineConfig({
	site,
	// Starlight reads content/docs and content/i18n from `${srcDir}/content`: with srcDir '.'
	// the top-level content/ folder is that folder, and every Starlight feature keeps working.
	srcDir: '.',
	env: {
		schema: {
			// Where "Report an error" leads: an issue tracker's "new issue" URL (https). When unset,
			// the link leads to the About page's section on reporting errors.
			REPORT_ERROR_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true, startsWith: 'https://' }),
		},
	},
	trailingSlash: 'always',
	// Bundled scripts always go to files under /_astro/ (Vite would inline those under 4 KB), so the
	// only inline scripts are the <script is:inline> blocks written in components, which the
	// Content-Security-Policy allows by hash (src/security/csp.ts). Other assets keep Vite's rule.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	// Astro 7's default ('jsx') drops the whitespace between inline elements, so Starlight's search
	// button reads "SearchCtrlK" to assistive technology. `true` collapses whitespace but keeps it.
	compressHTML: true,
	// Astro's default Markdown processor; the build refuses scripts, frames, event handlers and
	// javascript: links in guides, and links that leave the site get rel="noopener noreferrer".
	markdown: { processor: satteri({ hastPlugins: [contentSafety(), externalLinks()] }) },
	integrations: [
		requireSiteUrl(process.env.SITE_URL),
		contentSafetyCheck(),
		languageParity(),
		siteRoutes(),
		internalLinks(),
		cspHashes(),
		starlight({
			title: Object.fromEntries(Object.values(locales).map(({ lang, siteTitle }) => [lang, siteTitle])),
			description: 'Practical, sourced help for cross-border shoppers and sellers, in English and Chinese.',
			defaultLocale: 'en',
			locales: Object.fromEntries(
				Object.values(locales).map(({ key, lang, label }) => [key, { label, lang }]),
			),
			lastUpdated: true,
			credits: false,
			// src/routes/404.astro is bilingual; Starlight's would be English only.
			disable404Route: true,
			routeMiddleware: './src/routes/route-data.ts',
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				Footer: './src/components/Footer.astro',
				Search: './src/components/Search.astro',
				ThemeProvider: './src/components/ThemeProvider.astro',
				// The title may wrap on phones; the phone menu starts with the language picker.
				SiteTitle: './src/components/SiteTitle.astro',
				Sidebar: './src/components/Sidebar.astro',
				Head: './src/components/Head.astro',
			},
			customCss: ['./src/styles/print.css'],
			// Search (src/search/): Starlight's ranking defaults, plus weights for the metadata the
			// site adds to each page: its keywords and platform names (src/components/MarkdownContent.astro)
			// and a Chinese page's title as words (src/search/segment.ts), weighted like the title.
			pagefind: {
				ranking: {
					pageLength: 0.1,
					termFrequency: 0.1,
					termSaturation: 2,
					termSimilarity: 9,
					diacriticSimilarity: 0.8,
					metaWeights: { title: 5, title_words: 5, keywords: 3, platforms: 3 },
				},
			},
			// Groups are collapsed except the one holding the current page, which Starlight opens
			// (src/routes/sidebar.ts keeps the whole sidebar bounded as the site grows).
			sidebar: [
				{ label: 'What should I do now?', translations: { 'zh-CN': '现在该怎么办？' }, link: '/get-help/' },
				{
					label: 'For shoppers',
					translations: { 'zh-CN': '买家指南' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'shoppers' } }],
				},
				{
					label: 'Your rights by country',
					translations: { 'zh-CN': '各地消费者权益' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'rights' } }],
				},
				{
					label: 'Scams',
					translations: { 'zh-CN': '防骗' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'scams' } }],
				},
				{
					label: 'By platform',
					translations: { 'zh-CN': '按平台' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'platforms' } }],
				},
				{
					label: 'For sellers',
					translations: { 'zh-CN': '卖家指南' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'sellers' } }],
				},
				{
					label: 'Tools',
					translations: { 'zh-CN': '工具' },
					collapsed: true,
					items: [{ autogenerate: { directory: 'tools' } }],
				},
				{
					label: 'Reference',
					translations: { 'zh-CN': '参考' },
					collapsed: true,
					items: [
						// Custom pages (src/routes/checklists/); Starlight adds the locale prefix.
						{ label: 'Checklists', translations: { 'zh-CN': '检查清单' }, link: '/checklists/' },
						{ autogenerate: { directory: 'reference' } },
					],
				},
			],
			plugins: [
				starlightLinksValidator({
					// Glossary terms, the directory's rows and the duty rules' destinations are anchors
					// components render, which the validator cannot see; src/integrations/links.ts checks
					// every #anchor link in the built HTML. Checklist pages and each destination's duty
					// rules (/en/tools/duty-rules/cn/) are custom routes, which it cannot see either.
					exclude: ({ link }) =>
						/^\/(en|zh-cn)\/reference\/glossary\/#[a-z0-9-]+$/.test(link) ||
						/^\/(en|zh-cn)\/reference\/where-to-complain\/#[a-z0-9-]+$/.test(link) ||
						/^\/(en|zh-cn)\/tools\/duty-rules\/(#[a-z]{2}|[a-z]{2}\/)$/.test(link) ||
						/^\/(en|zh-cn)\/checklists\//.test(link) ||
						// The open-data files (src/routes/open-data/).
						/^\/data\/[a-z-]+-v\d+\.json$/.test(link),
				}),
			],
		}),
		// After starlight(): rebuilds Pagefind's index once Starlight has written its own.
		chineseSearchIndex(),
	],
});
