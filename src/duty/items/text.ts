/** Build time: the words of the "What did you buy?" field, content/duty-text/items.yaml (schema-checked). */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { itemText, type ItemText } from '../../schemas/item-text.ts';

export function readItemText(root = '.'): ItemText {
	return itemText.parse(load(readFileSync(`${root}/content/duty-text/items.yaml`, 'utf8')));
}
