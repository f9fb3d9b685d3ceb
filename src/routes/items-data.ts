/**
 * /duty-data/items.json: the index of the calculator's "What did you buy?" matcher
 * (src/duty/items/build-index.ts, read by src/duty/items/match.ts), both languages in one file,
 * with the Chinese terms' traditional forms. Fetched on the first focus or typing in the field.
 */
import type { APIRoute } from 'astro';
import { itemIndexFromContent } from '../duty/items/build-index.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(itemIndexFromContent()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
