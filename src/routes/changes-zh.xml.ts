/** The "What's new" list as an Atom feed: /zh-cn/changes.xml in Chinese (src/changes/). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../changes/feed.ts';

export const GET: APIRoute = (context) => feedResponse(context, 'zh-CN');
