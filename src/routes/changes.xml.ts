/** The "What's new" list as an Atom feed: /changes.xml in English (src/changes/). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../changes/feed.ts';

export const GET: APIRoute = (context) => feedResponse(context, 'en');
