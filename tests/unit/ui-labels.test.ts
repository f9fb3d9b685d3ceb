import { expect, test } from 'vitest';
import { bodyKinds, regions } from '../../src/schemas/complaint-body.ts';
import { uiStrings } from '../../src/schemas/ui-strings.ts';

// Adding a region or kind to the data schema without a label in both languages would show a raw key.
test('every region and kind of help has a label in the UI strings', () => {
	const keys = Object.keys(uiStrings.shape);
	for (const region of regions) expect(keys).toContain(`region.${region}`);
	for (const kind of bodyKinds) expect(keys).toContain(`kind.${kind}`);
});
