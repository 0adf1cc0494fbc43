// A product's versions written as its short name with a number glued on ("IE8", "IE11") or apart
// ("Windows 8", "Windows XP") are that product, where the article writes the short name alone; a
// letter with a number ("M23") is no version of anything. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { extendSpacedVersions, splitSpacedVersion, splitVersion } from '../../../src/pipeline/entities/versioned-names.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import type { Mention } from '../../../src/types.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';

test('a version glued to a short name is split off; one letter or a long number is not a version', () => {
  assert.deepEqual(splitVersion('IE11'), { stem: 'IE', version: '11' });
  assert.equal(splitVersion('M23'), null);
  assert.equal(splitVersion('FY2012'), null);
  assert.equal(splitVersion('Windows'), null);
});

test('"IE6" through "IE11" are the browser the article calls "Internet Explorer (IE)"', () => {
  const a = analyseText('Hackers are attacking a hole in the Internet Explorer (IE) browser, the company said. The flaw affects IE6 through IE11, and a patch for IE8 will come first.');
  const browser = a.mentions.find((m) => m.text === 'Internet Explorer');
  assert.ok(browser?.entityId);
  for (const v of ['IE', 'IE6', 'IE11', 'IE8']) {
    const m = a.mentions.find((x) => x.text === v);
    assert.equal(m?.entityId, browser.entityId, `${v}: ${JSON.stringify(m)}`);
    assert.equal(m?.canonical, 'Internet Explorer');
  }
});

test('a versioned word whose short name the article never writes alone is left as it is', () => {
  const a = analyseText('The lab said the XR7 sensor failed its first test on Monday.');
  assert.ok(!a.mentions.some((m) => m.canonical === 'XR'), JSON.stringify(a.mentions));
});

test('a place\'s code has no versions, and a word WordNet knows as a noun is none ("CO2", "DC10")', () => {
  const a = analyseText('Emissions in Denver, CO have risen. CO2 levels in the city hit a record in May.');
  const co = a.mentions.find((m) => m.text === 'CO');
  const co2 = a.mentions.find((m) => m.text === 'CO2');
  assert.ok(!co2 || co2.entityId !== co?.entityId, JSON.stringify(co2));
  const b = analyseText('Police in Washington, DC said the DC10 landed safely at the airport.');
  const dc = b.mentions.find((m) => m.text === 'DC');
  const dc10 = b.mentions.find((m) => m.text === 'DC10');
  assert.ok(!dc10 || (dc10.entityId !== dc?.entityId && dc10.type !== 'LOC'), JSON.stringify(dc10));
});

test('a version written apart: a number, a year, a dotted release or a code WordNet has no word for', () => {
  assert.deepEqual(splitSpacedVersion('Kestrel Office 7'), { stem: 'Kestrel Office', version: '7' });
  assert.deepEqual(splitSpacedVersion('Kestrel Server 2019'), { stem: 'Kestrel Server', version: '2019' });
  assert.deepEqual(splitSpacedVersion('Kestrel 8 . 1'), { stem: 'Kestrel', version: '8.1' });
  assert.deepEqual(splitSpacedVersion('Kestrel XQ'), { stem: 'Kestrel', version: 'XQ' });
  // a model number, a word ("TV") and a name with no number are no versions
  assert.equal(splitSpacedVersion('Orvane 747'), null);
  assert.equal(splitSpacedVersion('Kestrel TV'), null);
  assert.equal(splitSpacedVersion('Kestrel Office'), null);
});

/** Mentions typed as given over the text's own tokens, at each written name's first occurrence from `from`. */
function mentionsAt(text: string, names: Array<[string, Mention['type'], number?]>): Mention[] {
  return names.map(([name, type, from]) => {
    const start = text.indexOf(name, from ?? 0);
    return { start, end: start + name.length, type, text: name };
  });
}

test('a product the tagger ended before its number takes the number, where the article writes the product alone', () => {
  const text = 'Kestrel Office is sold to schools. The update for Kestrel Office 9 , due in May , fixes the flaw.';
  const seg = segment(text);
  const out = extendSpacedVersions(text, mentionsAt(text, [['Kestrel Office', 'MISC'], ['Kestrel Office', 'MISC', 40]]), seg);
  assert.deepEqual(out.map((m) => m.text), ['Kestrel Office', 'Kestrel Office 9']);
});

test('two products with their versions in one sentence take both', () => {
  const text = 'Kestrel and Quillsoft Desk are hit. Kestrel 8 , due in May , and its suite , Quillsoft Desk 10 , are not.';
  const ms = mentionsAt(text, [['Kestrel', 'MISC'], ['Quillsoft Desk', 'ORG'], ['Kestrel', 'MISC', 30], ['Quillsoft Desk', 'ORG', 60]]);
  assert.deepEqual(extendSpacedVersions(text, ms, segment(text)).map((m) => m.text), ['Kestrel', 'Quillsoft Desk', 'Kestrel 8', 'Quillsoft Desk 10']);
});

test('a name never written alone keeps its numbers apart: its versions may be things of their own', () => {
  const text = 'The patch covers Kestrel Server 2016 and Kestrel Server 2019.';
  const out = extendSpacedVersions(text, mentionsAt(text, [['Kestrel Server', 'MISC'], ['Kestrel Server', 'MISC', 40]]), segment(text));
  assert.deepEqual(out.map((m) => m.text), ['Kestrel Server', 'Kestrel Server']);
  // two cables numbered in one series are two cables
  const cables = 'Repairs to Corran Link 3 began before Corran Link 4 was cut.';
  const r = resolveDocumentEntities(mentionsAt(cables, [['Corran Link 3', 'MISC'], ['Corran Link 4', 'MISC']]), createAliasTable([]));
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('a score line, a quantity and a person keep the number apart', () => {
  const score = 'Final: Dunmore Rovers 2 Carrick Athletic 1. Carrick Athletic were top before the game, and Dunmore Rovers third.';
  const teams = mentionsAt(score, [['Dunmore Rovers', 'ORG'], ['Carrick Athletic', 'ORG'], ['Carrick Athletic', 'ORG', 50], ['Dunmore Rovers', 'ORG', 50]]);
  assert.deepEqual(extendSpacedVersions(score, teams, segment(score)).map((m) => m.text), teams.map((m) => m.text));
  const shares = 'Corvane rose on Monday. Orders at Corvane 12 percent higher lifted the stock.';
  const firm = mentionsAt(shares, [['Corvane', 'ORG'], ['Corvane', 'ORG', 20]]);
  assert.deepEqual(extendSpacedVersions(shares, firm, segment(shares)).map((m) => m.text), ['Corvane', 'Corvane']);
  const race = 'Varnel led the climb. Varnel 4 hours 12 minutes was the winning time.';
  const rider = mentionsAt(race, [['Varnel', 'ORG'], ['Varnel', 'ORG', 10]]);
  assert.deepEqual(extendSpacedVersions(race, rider, segment(race)).map((m) => m.text), ['Varnel', 'Varnel']);
  const table = 'Brackmoor beat Ostley. Brackmoor 21 points , Ostley 6 .';
  const clubs = mentionsAt(table, [['Brackmoor', 'ORG'], ['Ostley', 'ORG'], ['Brackmoor', 'ORG', 10], ['Ostley', 'ORG', 30]]);
  assert.deepEqual(extendSpacedVersions(table, clubs, segment(table)).map((m) => m.text), clubs.map((m) => m.text));
  const row = 'Brackmoor won the stage.\n4. Ilse Varga ( Austria ) Brackmoor 9\n5. Tom Eyre ( Wales ) Brackmoor 11';
  const team = mentionsAt(row, [['Brackmoor', 'ORG'], ['Brackmoor', 'ORG', 30]]);
  assert.deepEqual(extendSpacedVersions(row, team, segment(row)).map((m) => m.text), ['Brackmoor', 'Brackmoor']);
  const innings = 'Brackmoor beat Ostley. Ostley 83 and 174 , Brackmoor 296 .';
  const sides = mentionsAt(innings, [['Brackmoor', 'ORG'], ['Ostley', 'ORG'], ['Ostley', 'ORG', 20], ['Brackmoor', 'ORG', 30]]);
  assert.deepEqual(extendSpacedVersions(innings, sides, segment(innings)).map((m) => m.text), sides.map((m) => m.text));
  const person = 'Ada Quell said it. Ada Quell 2 was a joke.';
  const people = mentionsAt(person, [['Ada Quell', 'PER'], ['Ada Quell', 'PER', 10]]);
  assert.deepEqual(extendSpacedVersions(person, people, segment(person)).map((m) => m.text), ['Ada Quell', 'Ada Quell']);
});

test('"Kestrel 9" and "Kestrel XQ" are the Kestrel of their article', () => {
  const a = analyseText('Brindlecorp makes the Kestrel operating system. Owners of Kestrel XQ and Kestrel 9, its latest releases, should update Kestrel now, Brindlecorp said.');
  const kestrel = a.mentions.find((m) => m.text === 'Kestrel');
  assert.ok(kestrel?.entityId, JSON.stringify(a.mentions));
  for (const v of ['Kestrel XQ', 'Kestrel 9']) assert.equal(a.mentions.find((m) => m.text === v)?.entityId, kestrel.entityId, `${v}: ${JSON.stringify(a.mentions)}`);
});
