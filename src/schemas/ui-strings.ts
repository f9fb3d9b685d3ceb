import { z } from 'astro/zod';

/**
 * The site's own UI strings, added to Starlight's i18n collection (content/i18n/<lang>.json).
 * Every key is required, so a language file that lacks one fails the build by name.
 */
const text = z.string().trim().min(1);

export const uiStrings = z.object({
	'site.footer': text,
	'guide.sources': text,
	'guide.disclaimer': text,
	/** Heading of a guide's review log (frontmatter `reviewLog`), under its sources. */
	'guide.reviewLog': text,
	'chooser.title': text,
	'chooser.intro': text,
	'chooser.enter': text,
	'chooser.suggested': text,
	'notFound.title': text,
	'notFound.text': text,
	'notFound.home': text,
	// The 404 page's search box and links (src/components/StandalonePage.astro).
	'notFound.search': text,
	'notFound.searchButton': text,
	'notFound.getHelp': text,
	'notFound.platforms': text,
	// The 'Where to complain' directory (src/components/ComplaintBodies.astro).
	'bodies.warning': text,
	'bodies.filters': text,
	'bodies.region': text,
	'bodies.kind': text,
	'bodies.search': text,
	'bodies.all': text,
	'bodies.none': text,
	'bodies.col.name': text,
	'bodies.col.region': text,
	'bodies.col.handles': text,
	'bodies.col.who': text,
	'bodies.col.languages': text,
	'bodies.col.verified': text,
	'bodies.col.helps': text,
	'bodies.col.reaches': text,
	'bodies.buyer': text,
	'bodies.seller': text,
	'bodies.any': text,
	'bodies.abroad': text.includes('{{places}}'),
	'bodies.count': text.includes('{{shown}}').includes('{{total}}'),
	// The groups places are shown in (their names: content/places.yaml), and the region and kind labels
	// that are not places, one per value of src/schemas/complaint-body.ts.
	'places.group.china': text,
	'places.group.eu': text,
	'places.group.world': text,
	'region.intl': text,
	'kind.consumer-complaints': text,
	'kind.fraud-reporting': text,
	'kind.mediation': text,
	'kind.advice': text,
	'kind.regulator': text,
	// Under every guide: the report link, and the notice when the other language is newer.
	'report.link': text,
	'report.title': text.includes('{{title}}'),
	'report.body': text.includes('{{url}}'),
	'review.otherNewer': text.includes('{{date}}'),
	'review.readOther': text,
	// Checklists (src/components/Checklist.astro and the checklist pages).
	'checklist.progress': text.includes('{{done}}').includes('{{total}}'),
	'checklist.copyText': text,
	'checklist.copyMarkdown': text,
	'checklist.print': text,
	'checklist.reset': text,
	'checklist.resetConfirm': text.includes('{{total}}').includes('{{title}}'),
	'checklist.copied': text,
	'checklist.copyFailed': text,
	'checklist.resetDone': text,
	'checklist.unavailable': text,
	'checklist.saveFailed': text,
	// A record saved by a newer version of the site, which this page leaves alone.
	'checklist.newerVersion': text,
	'checklist.savedHere': text,
	'checklist.actions': text,
	'checklist.more': text,
	'checklist.openPage': text,
	'checklist.readGuide': text,
	'checklist.items': text.includes('{{count}}'),
	'checklists.title': text,
	'checklists.description': text,
	'checklists.intro': text,
	// The glossary (src/components/Glossary.astro).
	'glossary.related': text,
	'glossary.source': text,
	'glossary.alsoCalled': text,
	// "What's new" (src/components/WhatsNew.astro) and its Atom feed (src/routes/changes.xml.ts).
	'changes.rules': text.includes('{{destination}}').includes('{{channel}}'),
	'changes.ahead': text.includes('{{destination}}'),
	'changes.guide': text.includes('{{title}}'),
	'changes.guideText': text,
	'changes.feedTitle': text,
	'changes.feed': text,
	'changes.upcoming': text,
	'changes.past': text,
	'changes.about': text,
	'changes.reviewed': text.includes('{{count}}'),
	'changes.sameRule': text,
	'changes.none': text,
	// The escalation ladder diagram (src/components/EscalationLadder.astro).
	'escalation.caption': text,
	'escalation.rung1.title': text,
	'escalation.rung1.text': text,
	'escalation.rung2.title': text,
	'escalation.rung2.text': text,
	'escalation.rung3.title': text,
	'escalation.rung3.text': text,
	'escalation.rung4.title': text,
	'escalation.rung4.text': text,
	'escalation.rung5.title': text,
	'escalation.rung5.text': text,
	// The sidebar's link to a section's full list (src/routes/route-data.ts fills in {{count}}).
	'sidebar.allGuides': text.includes('{{count}}'),
	// The calculator's embed page (src/routes/embed/) and the loader's iframe titles (src/routes/embed.js.ts).
	'embed.title': text,
	'embed.description': text,
	'embed.fullLink': text,
	// The snippet builder on "Embed the calculator" (src/components/EmbedBuilder.astro).
	'embedBuilder.lang': text,
	'embedBuilder.dest': text,
	'embedBuilder.category': text,
	'embedBuilder.currency': text,
	'embedBuilder.currencyDest': text,
	'embedBuilder.collected': text,
	'embedBuilder.theme': text,
	'embedBuilder.light': text,
	'embedBuilder.dark': text,
	'embedBuilder.auto': text,
	'embedBuilder.preview': text,
	'embedBuilder.previewTitle': text,
	'embedBuilder.loader': text,
	'embedBuilder.iframe': text,
	'embedBuilder.copy': text,
	'embedBuilder.copied': text,
	'embedBuilder.failed': text,
	// Pagefind's search UI: Starlight passes every `pagefind.*` key to it. Pagefind's own
	// automatic translation did not reach the Starlight dialog (its results line stayed English
	// on Chinese pages), so the strings it shows are ours, in both languages.
	'pagefind.clear_search': text,
	'pagefind.load_more': text,
	'pagefind.search_label': text,
	'pagefind.filters_label': text,
	'pagefind.zero_results': text.includes('[SEARCH_TERM]'),
	'pagefind.many_results': text.includes('[COUNT]').includes('[SEARCH_TERM]'),
	'pagefind.one_result': text.includes('[COUNT]').includes('[SEARCH_TERM]'),
	'pagefind.alt_search': text.includes('[SEARCH_TERM]').includes('[DIFFERENT_TERM]'),
	'pagefind.search_suggestion': text.includes('[SEARCH_TERM]'),
	'pagefind.searching': text.includes('[SEARCH_TERM]'),
	// The site's search layer (src/search/ui.ts): results for part of the query, a query in
	// traditional characters searched in simplified ones, and results from the other language.
	'pagefind.relaxed': text,
	'pagefind.converted': text.includes('[DIFFERENT_TERM]'),
	'pagefind.other_language': text.includes('[COUNT]'),
	// Nothing matched in either language: the line above the pages any problem can start from.
	'pagefind.no_match': text,
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
