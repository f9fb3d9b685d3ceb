/** /data/duty-rules-v1.json: every destination's rules as the calculator applies them, as open data (src/data/open-data.ts). */
import type { APIRoute } from 'astro';
import { dutyRulesOpenData, readOpenDataText } from '../../data/open-data.ts';
import { dutyDestinations } from '../../duty/page-data.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(dutyRulesOpenData(await dutyDestinations(), readOpenDataText(), new Date().toISOString().slice(0, 10)), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
