/** /data/items-v1.json: the item terms as open data (src/data/open-data.ts). */
import type { APIRoute } from 'astro';
import { itemsOpenData, readOpenDataText } from '../../data/open-data.ts';
import { readItemFiles, readItemText } from '../../duty/items/build-index.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(itemsOpenData(readItemFiles(), readItemText(), readOpenDataText(), new Date().toISOString().slice(0, 10)), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
