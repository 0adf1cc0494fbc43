// The events CSV and the FtM Events carry each count's bound and every report's differing value,
// so a spreadsheet never shows one report's number as if all reports agreed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvObjects, exportString, fixtureStore, jsonLines } from './helpers.js';
import { validateFtm } from './ftm-validate.js';

test('csv events: numeric counts stay, with their qualifiers, every reported value and the disagreements', async () => {
  const { store } = await fixtureStore();
  try {
    const rows = csvObjects(await exportString(store, { format: 'csv' }));
    // the fixture's detention: one report says 1 detained, the other at least 2
    const detention = rows.find((r) => r.event_type === 'detention')!;
    assert.equal(detention.detained, '1', 'the numeric column is still the lowest reported');
    assert.equal(detention.count_qualifiers, '');
    assert.equal(detention.counts_reported, 'detained: 1 or at least 2');
    assert.equal(detention.conflicts, 'detained: 1 or at least 2');
    const attack = rows.find((r) => r.event_type === 'attack')!;
    assert.equal(attack.count_qualifiers, 'injured: about', 'a bound is said, not dropped');
    assert.equal(attack.counts_reported, 'killed: 3; injured: about 12');
    assert.equal(attack.conflicts, '', 'one report: nothing to disagree on');
  } finally {
    await store.close();
  }
});

test('FtM Events carry their counts in the summary, a property FtM defines', async () => {
  const { store } = await fixtureStore();
  try {
    const entities = jsonLines(await exportString(store, { format: 'ftm' })) as Array<{ id: string; schema: string; properties: Record<string, string[]> }>;
    const events = entities.filter((e) => e.schema === 'Event');
    const detention = events.find((e) => e.properties.name[0].startsWith('Detention'))!;
    assert.deepEqual(detention.properties.summary, ['Counts as reported: detained: 1 or at least 2']);
    assert.deepEqual(validateFtm(entities), [], 'valid against the FtM model');
  } finally {
    await store.close();
  }
});
