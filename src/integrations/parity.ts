import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findMissingTranslations, formatMissingTranslations } from '../schemas/parity.ts';

/** Fails the build (and dev server start) when a guide exists in one language only. */
export default function languageParity(): AstroIntegration {
	return {
		name: 'language-parity',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const root = fileURLToPath(config.root);
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' });
				const relativeDocsDir = docsDir.slice(root.length).replace(/\/$/, '') || 'content/docs';
				const missing = findMissingTranslations(files, relativeDocsDir);
				if (missing.length > 0) throw new Error(formatMissingTranslations(missing));
			},
		},
	};
}
