import type { AstroIntegration } from 'astro';

/** Where the dev server (`npm run dev`) and `npm start` serve the site. */
export const LOCAL_SITE = 'http://localhost:4321';

/**
 * The site's public address (SITE_URL), checked: an absolute http(s) address, or undefined when the
 * variable is unset or empty. Anything else stops Astro, naming the variable.
 */
export function siteUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol)) {
		throw new Error(`SITE_URL must be the site's public address, a full http(s) URL such as https://guide.example.org (it is "${value}").`);
	}
	return url.href;
}

/**
 * A production build names the site's address in canonical links, hreflang, the sitemap, Open
 * Graph tags and the embed snippets and loader. Without SITE_URL they would name this machine
 * (localhost), so `astro build` stops and says what to set; the dev server does not need it.
 * `npm start` and `npm run build:test` set a local address themselves.
 */
export default function requireSiteUrl(value: string | undefined): AstroIntegration {
	return {
		name: 'require-site-url',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build' && !siteUrl(value)) {
					throw new Error(
						'SITE_URL is not set. A build needs the public address the site will be served from, for its canonical links, sitemap and embed snippets: ' +
							'SITE_URL=https://guide.example.org npm run build. To build and look at the site on this machine, run npm start (it uses ' +
							`${LOCAL_SITE}).`,
					);
				}
			},
		},
	};
}
