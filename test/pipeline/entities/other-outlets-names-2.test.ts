// Names on other outlets (issue #15), session 24: a king's given name against a surname, a dateline
// alone on its line, operations and storms, a lone body word, a lost ampersand, a publication by
// who works on it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typed = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);
const canonicalOf = (text: string, name: string) => analyseText(text).mentions.filter((m) => m.text === name).map((m) => m.canonical);

test('a bare name is the king the article names by it, where the other bearer goes by his first name', () => {
  const text =
    'Omar Haddad told the council on Monday that talks had failed. Omar said the border would stay shut. ' +
    'Omar later left for the coast. Omar has ruled since 1979. Officials then met King Haddad of Jordan at the palace. ' +
    'The envoy asked Haddad to close the port. "We have no other outlet," Haddad said.';
  assert.deepEqual([...new Set(canonicalOf(text, 'Haddad'))], ['King Haddad']);
  assert.deepEqual([...new Set(canonicalOf(text, 'Omar'))], ['Omar Haddad']);
});

test('a bare name stays the full name the article calls by its surname', () => {
  const text = 'Omar Haddad told the council that talks had failed. Haddad said the border would stay shut. Haddad left. Officials met King Haddad of Jordan.';
  assert.deepEqual([...new Set(canonicalOf(text, 'Haddad'))], ['Omar Haddad']);
});

test('a dateline alone on its first line is read as one, and its town is a place', () => {
  const a = analyseText('KINGSTON (AP) --\n\nProvincial police issued a warrant on Monday for a man wanted since 1995.');
  assert.equal(a.doc.meta.dateline?.place, 'Kingston');
  assert.equal(a.mentions.find((m) => m.text === 'KINGSTON')?.type, 'LOC');
});

test('an operation and a storm are events; a lone body word is no place', () => {
  assert.ok(typed('Two carriers joined Operation Northern Watch last week.').includes('MISC:Operation Northern Watch'));
  assert.ok(typed('Insurers paid claims after Hurricane Floyd struck the coast.').includes('MISC:Hurricane Floyd'));
  assert.ok(!typed('The minister told Cabinet colleagues on Tuesday that the plan was dead.').includes('LOC:Cabinet'));
  // a faith is first a belief, its body of believers second: never made an organisation
  assert.ok(!typed('Some volunteers try to convert new arrivals to Christianity.').includes('ORG:Christianity'));
});

test('a lost ampersand between capitalised words joins a company name', () => {
  const text = '"Sales are collapsing," said Ira Feld, an analyst at Feld amp Partners who follows the group. Mr. Feld cut his forecast.';
  const ms = analyseText(text).mentions;
  assert.equal(ms.find((m) => m.text === 'Feld amp Partners')?.type, 'ORG');
  assert.equal(ms.find((m) => m.text === 'Mr. Feld')?.canonical, 'Ira Feld');
});

test('a space inside the credit brackets still makes a dateline and a credit', () => {
  const a = analyseText('KINGSTON (AP ) --\n\nProvincial police issued a warrant on Monday for a man wanted since 1995.');
  assert.equal(a.doc.meta.dateline?.place, 'Kingston');
  assert.equal(a.mentions.find((m) => m.text === 'AP')?.type, 'ORG');
});

test('a work-like name an editor or reporter works on is a publication; a nationality stays one', () => {
  const ms = typed('"It is late," said Ann Vole, editor of the Chipmaker Report, an industry newsletter. Ida Rossi, a columnist for the Italian daily, did not agree.');
  assert.ok(ms.includes('ORG:Chipmaker Report'));
  assert.ok(ms.includes('MISC:Italian'));
  assert.ok(typed('Parliament passed the Fair Lending Report on Monday.').every((m) => !m.startsWith('ORG:Fair Lending')));
});

test("a king's name that is another person's first name, not a surname, still links to that person by first name", () => {
  const text =
    'Miriam Okafor met Queen Miriam in Lagos on Friday. Miriam Okafor said the talks were useful. ' +
    'Miriam later told reporters the visit went well.';
  assert.deepEqual([...new Set(canonicalOf(text, 'Miriam'))], ['Miriam Okafor']);
});
