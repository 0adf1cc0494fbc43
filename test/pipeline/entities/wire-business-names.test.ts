// Names business and wire news write in shapes the tagger splits or mistypes: a company's home town
// before its state, a possessive inside a company's name, a family's name, a place renamed by a
// building noun, a company's unit, a company with a bracketed country before its designator.
import test from 'node:test';
import assert from 'node:assert/strict';
import { townsBeforeRegion } from '../../../src/pipeline/entities/town-in-region.js';
import { joinPossessiveNames } from '../../../src/pipeline/entities/possessive-names.js';
import { typeFamilyNames } from '../../../src/pipeline/entities/family-names.js';
import { typeCompanyUnits } from '../../../src/pipeline/entities/company-units.js';
import { typeCompanyNames } from '../../../src/pipeline/entities/company-names.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { tag } from '../../fixtures/tagged-names.js';


test('a town before ", State" or ", Country" that the gazetteer places there is a place', () => {
  const text = 'The Peoria, Ill., lender and a Dar es Salaam, Tanzania, exporter agreed terms.';
  const out = townsBeforeRegion(text, tag(text, [['Peoria', 'ORG'], ['Ill.', 'LOC'], ['Dar es Salaam', 'PER'], ['Tanzania', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['LOC', 'LOC', 'LOC', 'LOC']);
});

test('a name the gazetteer does not place in that state, a titled name and a company stay as they are', () => {
  const text = 'Peoria, Tex., said Mr. Hollis, Ohio, and Brantwood Inc., Ohio, both rose.';
  const input = tag(text, [['Peoria', 'ORG'], ['Tex.', 'LOC'], ['Hollis', 'PER'], ['Ohio', 'LOC'], ['Brantwood Inc.', 'ORG'], ['Ohio', 'LOC']]);
  input[2] = { ...input[2], title: 'Mr.' };
  assert.deepEqual(townsBeforeRegion(text, input).map((m) => m.type), ['ORG', 'LOC', 'PER', 'LOC', 'ORG', 'LOC']);
});

test('a possessive inside a company name is one name, and the short form later too', () => {
  const text = "Carver's Mill Co. cut its dividend. Carver's Mill shares fell.";
  const out = joinPossessiveNames(text, tag(text, [['Carver', 'PER'], ['Mill Co.', 'ORG'], ['Carver', 'PER'], ['Mill', 'ORG']]));
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ["Carver's Mill Co./ORG", "Carver's Mill/ORG"]);
});

test("a country's company and a unit the article names alone keep their owner apart", () => {
  const a = "Norway's Fjellvik Group Ltd. said profit rose.";
  assert.equal(joinPossessiveNames(a, tag(a, [['Norway', 'LOC'], ['Fjellvik Group Ltd.', 'ORG']])).length, 2);
  const b = "Orland's Blue Harbor Pictures Inc. made the film. Blue Harbor Pictures said so.";
  assert.equal(joinPossessiveNames(b, tag(b, [['Orland', 'ORG'], ['Blue Harbor Pictures Inc.', 'ORG'], ['Blue Harbor Pictures', 'ORG']])).length, 3);
});

test('one word before "family" is a surname; a people, a faith and "family of" are not', () => {
  const text = 'the Varga family, a Mexican family, a Muslim family and the Zentek family of chips';
  const out = typeFamilyNames(text, tag(text, [['Varga', 'MISC'], ['Mexican', 'MISC'], ['Muslim', 'MISC'], ['Zentek', 'ORG']]));
  assert.deepEqual(out.map((m) => m.type), ['PER', 'MISC', 'MISC', 'ORG']);
});

test("a name between a company's possessive and \"unit\" is that company's unit; a region stays a place", () => {
  const text = "Halvard Corp.'s Ostrow Farms canning unit and Halvard Corp.'s Europe division";
  const { mentions, settled } = typeCompanyUnits(text, tag(text, [['Halvard Corp.', 'ORG'], ['Ostrow Farms', 'LOC'], ['Halvard Corp.', 'ORG'], ['Europe', 'LOC']]));
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'ORG', 'ORG', 'LOC']);
  assert.equal(settled.size, 1);
});

test('a name before a bracketed country and a designator is a company', () => {
  const text = 'a partner at Whitlow & Crane (Canada) Ltd., said Anna Crane (Toronto).';
  const { mentions } = typeCompanyNames(tag(text, [['Whitlow & Crane', 'PER'], ['Anna Crane', 'PER']]), text);
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'PER']);
});

test('in an article, a name renamed as a temple or a town is a place', () => {
  const a = analyseText('Ruins reopen\n\nVisitors walked to Preah Kolvang, the ancient stone temple that overlooks the river, on Monday.');
  const m = a.mentions.find((x) => x.text === 'Preah Kolvang');
  assert.ok(m, a.mentions.map((x) => `${x.text}/${x.type}`).join(', '));
  assert.equal(m.type, 'LOC');
});

test('a name between "its" and "unit" is the company\'s unit; a country there stays a place', () => {
  const text = 'The group agreed the sale of its Ostrow Farms unit, and later of its Europe division.';
  const { mentions, settled } = typeCompanyUnits(text, tag(text, [['Ostrow Farms', 'LOC'], ['Europe', 'LOC']]));
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'LOC']);
  assert.equal(settled.size, 1);
});

test('a people\'s adjective between "its" and "units" stays as typed', () => {
  const text = 'The bank sold its Hungarian units to a rival.';
  const { mentions, settled } = typeCompanyUnits(text, tag(text, [['Hungarian', 'MISC']]));
  assert.deepEqual(mentions.map((m) => m.type), ['MISC']);
  assert.equal(settled.size, 0);
});
