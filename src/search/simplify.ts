/**
 * Traditional → simplified Chinese for search queries, with OpenCC's dictionaries (opencc-js):
 * phrases first (TSPhrases, so 乾隆 stays 乾隆 while 乾淨 becomes 干净), then characters
 * (TSCharacters), after the Hong Kong and Taiwan variant forms (HKVariantsRev, TWVariantsRev).
 * The dialog imports this module only for a query with traditional characters
 * (src/search/traditional.ts): about 25 KB gzip that most readers never load.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { keepSimplified } from './traditional.ts';

const convert = ConverterFactory([HKVariantsRev, TWVariantsRev], [TSPhrases, TSCharacters]);

export const toSimplified = (text: string): string => keepSimplified(text, convert(text));
