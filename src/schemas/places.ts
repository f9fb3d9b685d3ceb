import { z } from 'astro/zod';
import { bilingualText } from './bilingual.ts';

/**
 * One entry of content/places.yaml: a place's name in both languages and, for a place that is not
 * one country (`eu`), how the get-help question words it as an answer.
 */
export const placeName = bilingualText.extend({ answer: bilingualText.optional() }).strict();
export type PlaceName = z.infer<typeof placeName>;
