// A place's entity page and the map's record of that place say the same: the page shows the place
// the map links to the entity (not one found by the entity's name), and lists the events the map
// lists there, also one whose place is set out elsewhere in its article (a dateline above it).
// Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, PlaceItem } from '../../src/server/api-types.js';
import type { Analysis } from '../../src/types.js';
import { fixtureAnalysis, PLACES } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

/** A dateline names the town; the strike two paragraphs down is placed there from it, with no place word of its own. */
function datelineStory(): Analysis {
  const a = fixtureAnalysis({
    title: 'Dockers stop work over unpaid wages',
    source: 'dockers-stop-work',
    published: '2031-05-04',
    paragraphs: [
      'Dockers stop work over unpaid wages',
      'ANKARA, May 4. Harbour staff say their wages are two months late.',
      'On Saturday the dockers walked out for the whole night shift.',
    ],
    mentions: [['ANKARA', 'LOC']],
    places: [['ANKARA', 'Ankara']],
    times: [],
    figures: [],
    quotes: [],
    events: [{ type: 'strike', trigger: 'walked out', targets: ['the dockers'] }],
  });
  const dateline = a.places[0];
  a.events[0].place = { start: dateline.start, end: dateline.end, text: dateline.text, place: dateline.place, inferred: true };
  return a;
}

/** A town known to the article by an older name: its entity is named so, the gazetteer's record is not. */
function oldNameStory(): Analysis {
  const a = fixtureAnalysis({
    title: 'Ferry timetable changes for the winter',
    source: 'ferry-winter-timetable',
    published: '2031-11-02',
    paragraphs: ['Ferry timetable changes for the winter', 'Boats from Stamboul will leave an hour later from December.'],
    mentions: [['Stamboul', 'LOC']],
    places: [['Stamboul', 'Istanbul']],
    times: [],
    figures: [],
    quotes: [],
    events: [],
  });
  assert.equal(a.places[0].place.name, PLACES.Istanbul.name);
  return a;
}

test("an entity page shows the place the map links to it, and the events the map lists there", async () => {
  const served = await serveAnalyses([datelineStory(), oldNameStory()]);
  try {
    const places = (await served.get<Page<PlaceItem>>('/api/places')).items;
    const ankara = places.find((p) => p.name === 'Ankara')!;
    assert.ok(ankara.entity, 'the map links Ankara to an entity');
    assert.deepEqual(ankara.events.map((e) => e.type), ['strike']);
    const ankaraPage = await served.get<EntityView>(`/api/entities/${encodeURIComponent(ankara.entity!)}`);
    assert.deepEqual(ankaraPage.events.map((e) => e.key), ankara.events.map((e) => e.key), 'the entity page lists the strike the map shows in Ankara');
    assert.equal(ankaraPage.place?.key, ankara.key);

    const istanbul = places.find((p) => p.name === 'Istanbul')!;
    const stamboul = await served.get<EntityView>(`/api/entities/${encodeURIComponent(istanbul.entity!)}`);
    assert.equal(stamboul.name, 'Stamboul');
    assert.equal(stamboul.place?.key, istanbul.key, 'the page of Stamboul shows the record the map links to it');
  } finally {
    await served.close();
  }
});
