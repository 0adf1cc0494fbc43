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

test('csv events: each evidence sentence is cited by its document and span, as every other table cites its facts', async () => {
  const { store } = await fixtureStore();
  try {
    const rows = csvObjects(await exportString(store, { format: 'csv' }));
    assert.ok(rows.length > 0);
    const docs = new Map((jsonLines(await exportString(store, { format: 'jsonl' })) as Array<{ id: string; text: string }>).map((d) => [d.id, d.text]));
    for (const row of rows) {
      const spans = row.evidence_spans.split(' | ');
      const evidence = row.evidence.split(' | ');
      assert.equal(spans.length, evidence.length, `one span per evidence sentence: ${row.event_id}`);
      spans.forEach((s, i) => {
        const m = /^([^:]+):(\d+)-(\d+)$/.exec(s);
        assert.ok(m, `DOC:START-END, not ${s}`);
        const text = docs.get(m[1]);
        assert.ok(text !== undefined, `the span's document is exported: ${m[1]}`);
        assert.equal(`[${m[1]}] ${text.slice(Number(m[2]), Number(m[3]))}`, evidence[i], 'the span is the evidence sentence');
      });
    }
  } finally {
    await store.close();
  }
});
