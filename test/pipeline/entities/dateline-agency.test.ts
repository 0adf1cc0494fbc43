// A dateline's agency in brackets ("UNITED NATIONS (AP) -") names who sent the story, not the
// place before it: it defines no name, so the agency is one entity in every story it sends.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const mention = (text: string, name: string) => analyseText(text).mentions.find((m) => m.text === name);

test('"(AP)" after a dateline the tagger typed an organisation is the agency, not that organisation', () => {
  const filed = 'UNITED NATIONS (AP) — Delegates of the General Assembly voted on Tuesday to admit two new members, diplomats said.';
  const agency = mention(filed, 'AP');
  const place = mention(filed, 'UNITED NATIONS');
  assert.ok(agency?.entityId && place?.entityId);
  assert.equal(agency.canonical, 'AP');
  assert.notEqual(agency.entityId, place.entityId);
  const other = mention('LONDON (AP) — Rail workers walked out on Monday over pay, their union said.', 'AP');
  assert.equal(other?.entityId, agency.entityId);
});

test('an acronym defined in brackets in the story still stands for the name before it', () => {
  const text = 'Shares of Velmora Insurance Group (VIG) rose on Monday. VIG said profit doubled.';
  const full = mention(text, 'Velmora Insurance Group');
  const short = analyseText(text).mentions.filter((m) => m.text === 'VIG');
  assert.ok(full?.entityId && short.length === 2);
  for (const s of short) assert.equal(s.entityId, full.entityId);
});
