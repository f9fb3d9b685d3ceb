import { expect, test } from 'vitest';
import { bodyKinds, regions } from '../../src/schemas/complaint-body.ts';
import { uiStrings } from '../../src/schemas/ui-strings.ts';
import { places } from '../../src/complaints/routing.ts';

// Adding a region or kind to the data schema without a label in both languages would show a raw key.
test('every region that is not a place, and every kind of help, has a label in the UI strings', () => {
	const keys = Object.keys(uiStrings.shape);
	// Places are named in content/places.yaml (tests/unit/complaint-bodies.test.ts); the one region that is not a place here.
	for (const region of regions.filter((r) => !(places as readonly string[]).includes(r))) expect(keys).toContain(`region.${region}`);
	for (const kind of bodyKinds) expect(keys).toContain(`kind.${kind}`);
});
