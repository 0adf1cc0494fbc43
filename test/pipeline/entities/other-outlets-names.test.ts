// Names as other outlets write them (wire and newspaper copy): span edges the tagger overruns, a
// full name read as a place, a company's short name opening a sentence, mountains and parks, an
// address the tagger cut short, a relative owned by a name, and a country's body named short.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { trimSpanEdges } from '../../../src/pipeline/entities/span-edges.js';
import { applyPostRules } from '../../../src/pipeline/entities/postrules.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { dropCommonWordsAtSentenceStart } from '../../../src/pipeline/entities/sentence-start.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { typeStreetAddresses } from '../../../src/pipeline/entities/street-addresses.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at, mentionsApart } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test("a closing quote of two apostrophes and a trailing weekday are cut from a name's span; a holiday keeps its weekday", () => {
  const text = "He blamed ``the Velland Assembly'' for it, spoke in the Lantern Court Tuesday and fasted on Ash Wednesday.";
  const ms = [at(text, "Velland Assembly''", 'MISC'), at(text, 'Lantern Court Tuesday', 'LOC'), at(text, 'Ash Wednesday', 'MISC')];
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  assert.deepEqual(shown(trimSpanEdges(ms, syntax)), ['MISC:Velland Assembly', 'LOC:Lantern Court', 'MISC:Ash Wednesday']);
  const cut = trimSpanEdges(ms, syntax)[0];
  assert.equal(text.slice(cut.start, cut.end), cut.text);
});

test('a body name does not run on over "on" and an abbreviated month', () => {
  const text = 'The Harbour Council on Sept. 4 voted to close the Harbour Council on Fisheries.';
  const out = applyPostRules(text, [at(text, 'Harbour Council', 'ORG'), at(text, 'Harbour Council', 'ORG', 30)]);
  assert.deepEqual(shown(out), ['ORG:Harbour Council', 'ORG:Harbour Council on Fisheries']);
});

test('a two-word name ending in a word the article types as a person is that person', () => {
  const ms = mentionsApart(['Tomas Arvelo', 'LOC'], ['Arvelo', 'PER'], ['Arvelo', 'PER'], ['Penrose Hill', 'LOC'], ['Hill', 'ORG']);
  assert.deepEqual(shown(harmoniseTypes(ms)), ['PER:Tomas Arvelo', 'PER:Arvelo', 'PER:Arvelo', 'LOC:Penrose Hill', 'ORG:Hill']);
});

test('a nationality or country before a body the article names makes that body an organisation', () => {
  const ms = mentionsApart(['U.S. Senate', 'MISC'], ['Senate', 'ORG'], ['Dutch Masters', 'MISC']);
  assert.deepEqual(shown(harmoniseTypes(ms)), ['ORG:U.S. Senate', 'ORG:Senate', 'MISC:Dutch Masters']);
});

test("a company's short name opening a sentence stays a name when the article gives it with a designator", () => {
  const casing = new Map([['pioneers', 2], ['harvest', 2]]);
  const text = "Pioneers Corp.'s profit fell. Pioneers said costs rose. Harvest yields fell.";
  const ms = [at(text, 'Pioneers Corp.', 'ORG'), at(text, 'Pioneers', 'ORG', 20), at(text, 'Harvest', 'ORG')];
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text, ms, segment(text), casing)), ['ORG:Pioneers Corp.', 'ORG:Pioneers']);
});

test('"Mt." or "Mount" before a name and "National Park" after it make places', () => {
  const text = 'Climbers left Mt. Orrin for Mount Bellweather and the Tarsk National Park.';
  const out = repairByHeadNoun(text, [at(text, 'Mt. Orrin', 'PER'), at(text, 'Mount Bellweather', 'PER'), at(text, 'Tarsk National Park', 'ORG')]);
  assert.deepEqual(shown(out), ['LOC:Mt. Orrin', 'LOC:Mount Bellweather', 'LOC:Tarsk National Park']);
});

test('a name after a house number takes the street word the tagger left out', () => {
  const text = 'The consulate is at 412 Marrow Drive; (555) 0100.';
  const r = typeStreetAddresses(text, [at(text, 'Marrow', 'MISC')]);
  assert.deepEqual(shown(r.mentions), ['LOC:Marrow Drive']);
});

test('a first name renaming "<Name>\'s mother" is a person; a lone first name as owner gives no family name', () => {
  const a = analyseText("Custody fight\n\nThe court heard from Pablo's mother Ximena, who lives in Lisbon.");
  const mother = a.mentions.find((m) => m.text === 'Ximena');
  assert.ok(mother, shown(a.mentions).join(', '));
  assert.equal(mother.type, 'PER');
  assert.equal(mother.canonical, 'Ximena');
});

test("a body named short after its country's full name is that body; an unrelated qualifier is not", () => {
  const ms = mentionsApart(['U.N. Trade Council', 'ORG'], ['Trade Council', 'ORG'], ['British Coal Office', 'ORG'], ['Coal Office', 'ORG'], ['Harbour Pork Board', 'ORG'], ['Pork Board', 'ORG']);
  const r = resolveDocumentEntities(ms, createAliasTable([]));
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[3].entityId, r[2].entityId);
  assert.notEqual(r[5].entityId, r[4].entityId);
});

test('a broadcaster followed by "News" is its news division, one name; a lower-case "news" is not', () => {
  const text = 'Reporting by Dana Reyes, KXTV News. KXTV news said more.';
  const out = applyPostRules(text, [at(text, 'KXTV', 'ORG'), at(text, 'KXTV', 'ORG', 30)]);
  assert.deepEqual(shown(out), ['ORG:KXTV News', 'ORG:KXTV']);
});

test("a lone first name the tagger called MISC is the person the article names in full; a faith word is not", () => {
  const ms = mentionsApart(['Nilo Carvajal', 'PER'], ['Nilo', 'MISC'], ['Christian Dorne', 'PER'], ['Christian', 'MISC'], ['Peruvian', 'MISC']);
  assert.deepEqual(shown(harmoniseTypes(ms)), ['PER:Nilo Carvajal', 'PER:Nilo', 'PER:Christian Dorne', 'MISC:Christian', 'MISC:Peruvian']);
});

test("\"<First name>'s mother X\" takes the family name of the full name the article gives", () => {
  const a = analyseText("Custody fight\n\nPablo Ferreira, six, was rescued at sea. Lawyers spoke for Pablo's mother Ximena, who died.");
  const mother = a.mentions.find((m) => m.text === 'Ximena');
  assert.ok(mother, shown(a.mentions).join(', '));
  assert.equal(mother.canonical, 'Ximena Ferreira');
});

test("an apostrophe that begins a name stays in it", () => {
  const text = "Police say 'Ndrangheta clans and ``Cosa Nostra'' work together.";
  assert.deepEqual(shown(trimSpanEdges([at(text, "'Ndrangheta", 'ORG'), at(text, "``Cosa Nostra''", 'ORG')])), ["ORG:'Ndrangheta", 'ORG:Cosa Nostra']);
});
