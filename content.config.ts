import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checklist } from './src/schemas/checklist.ts';
import { complaintBody } from './src/schemas/complaint-body.ts';
import { dutyDestination } from './src/schemas/duty.ts';
import { bilingualText } from './src/schemas/bilingual.ts';
import { exchangeRates } from './src/schemas/exchange-rates.ts';
import { glossaryTerm } from './src/schemas/glossary.ts';
import { helpLetter, helpStep } from './src/schemas/help.ts';
import { itemsFile } from './src/schemas/items.ts';
import { rightsRegion, rightsText } from './src/schemas/rights.ts';
import { guideFrontmatter } from './src/schemas/guide.ts';
import { placeName } from './src/schemas/places.ts';
import { platform } from './src/schemas/platform.ts';
import { uiStrings } from './src/schemas/ui-strings.ts';

/** content/<folder>/*.yaml, one entry per file (the file name is the id). */
const yamlFiles = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.{yaml,yml}' });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	complaintBodies: defineCollection({
		loader: yamlFiles('complaint-bodies'),
		schema: complaintBody,
	}),
	checklists: defineCollection({
		loader: yamlFiles('checklists'),
		schema: checklist,
	}),
	/** Import-tax rules, one destination per file (src/duty/ computes with them). */
	duty: defineCollection({
		loader: yamlFiles('duty'),
		schema: dutyDestination,
	}),
	/** Words for the duty calculator's steps and warnings shared by every destination. */
	dutyText: defineCollection({
		loader: file('./content/duty-text/common.yaml'),
		schema: bilingualText,
	}),
	/** Dated exchange-rate snapshots; the calculator uses the newest. */
	exchangeRates: defineCollection({
		loader: yamlFiles('exchange-rates'),
		schema: exchangeRates,
	}),
	/** The get-help router: steps a plan can contain (with deadlines and sources) and letters. */
	helpSteps: defineCollection({
		loader: yamlFiles('help/steps'),
		schema: helpStep,
	}),
	helpLetters: defineCollection({
		loader: yamlFiles('help/letters'),
		schema: helpLetter,
	}),
	helpText: defineCollection({
		loader: file('./content/help/text.yaml'),
		schema: bilingualText,
	}),
	/** Names of the places buyers and sellers are in (src/complaints/routing.ts), for get-help and the directory. */
	places: defineCollection({
		loader: file('./content/places.yaml'),
		schema: placeName,
	}),
	/** What a page says about settings in its address it did not use (src/url/query.ts). */
	urlNotices: defineCollection({
		loader: file('./content/url-notices.yaml'),
		schema: bilingualText,
	}),
	/** Shopping platforms' rules and deadlines (the "By platform" overview and the guides' plan links). */
	platforms: defineCollection({
		loader: yamlFiles('platforms'),
		schema: platform,
	}),
	platformText: defineCollection({
		loader: file('./content/platform-text.yaml'),
		schema: bilingualText,
	}),
	/** What shoppers call what they bought, per language, with its kind of goods (the duty calculator's item field; open data). */
	items: defineCollection({
		loader: yamlFiles('items'),
		schema: itemsFile,
	}),
	glossary: defineCollection({
		loader: yamlFiles('glossary'),
		schema: glossaryTerm,
	}),
	/** A buyer's rights by country or region, one region per file (the comparison table and the region pages). */
	rights: defineCollection({
		loader: yamlFiles('rights'),
		schema: rightsRegion,
	}),
	/** Words of the rights table and facts. */
	rightsText: defineCollection({
		loader: file('./content/rights-text.yaml'),
		schema: rightsText,
	}),
};
