// An event has one title wherever it is listed: the timeline and the event page build it
// (event-view/merged-events.ts), and `chronicle events --merged`, the events export and the FtM Events give the same
// words ("Protest by Nurses"), where they had only the type and the evidence sentence. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergedEvents } from '../../src/event-view/linked-events.js';
import { runCli } from '../helpers.js';
import { csvObjects, exportString, jsonLines } from './helpers.js';
import { strikeAndSitIn } from './event-corpus.js';

test('the merged listing and the events export title each event as the web pages do', async () => {
  const { store, db } = await strikeAndSitIn('chronicle-event-titles-');
  let byType: Map<string, string>;
  try {
    // what the timeline and the event page call them
    byType = new Map((await mergedEvents(store)).map(({ event }) => [event.type, event.title]));
    assert.deepEqual([...byType.keys()].sort(), ['protest', 'strike']);
    for (const title of byType.values()) assert.ok(title.length > 0);

    const rows = csvObjects(await exportString(store, { format: 'csv', type: 'events' }));
    assert.deepEqual(rows.map((r) => [r.event_type, r.title]).sort(), [...byType].sort(), 'the CSV\'s title column');
    const records = jsonLines(await exportString(store, { format: 'jsonl', type: 'events' })) as Array<{ type: string; title: string }>;
    assert.deepEqual(records.map((r) => [r.type, r.title]).sort(), [...byType].sort(), 'the JSON Lines record\'s title');
    // FollowTheMoney: the title and the date, Aleph's name of the Event
    const ftmEvents = jsonLines(await exportString(store, { format: 'ftm' })).filter((e) => e.schema === 'Event') as Array<{ properties: { name: string[] } }>;
    assert.deepEqual(ftmEvents.map((e) => e.properties.name[0]).sort(), [`${byType.get('protest')}, 2019-05-03`, `${byType.get('strike')}, 2019-04-01`].sort());
  } finally {
    await store.close();
  }

  const json = runCli(['events', '--merged', '--json', '--db', db]);
  assert.equal(json.status, 0, json.stderr);
  const events = JSON.parse(json.stdout) as Array<{ type: string; title: string }>;
  assert.deepEqual(events.map((e) => [e.type, e.title]).sort(), [...byType].sort(), '--json');

  const table = runCli(['events', '--merged', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout.split('\n')[0], /^type +title +date /);
  const protest = table.stdout.split('\n').find((r) => r.startsWith('protest'));
  assert.ok(protest?.includes(byType.get('protest')!), table.stdout);
});
