// An event's participant told in several words (a description, the name the article gives it, a
// pronoun) is one participant: its first words stay, carrying the name the coreference step finds;
// words that stand for nobody named (a lone pronoun, a headline's shorthand) are left out.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord, EventRole } from '../../../src/types.js';
import type { FixtureSpec } from './helpers.js';
import { referentOf, resolverOf } from './speaker-referent.js';
import { withRoleReferents } from '../../../src/pipeline/facts/events/role-referents.js';

function eventOf(text: string, type: string): EventRecord {
  const e = analyseText(`Briefs\n\n${text}`, { published: '2031-03-12' }).events.find((x) => x.type === type);
  assert.ok(e, `a ${type} in: ${text}`);
  return e;
}

const shown = (roles: EventRole[]) => roles.map((r) => (r.referent ? `${r.text} → ${r.referent.name}` : r.text));

test('a description, the same description named later and the name are one target, with the name', () => {
  const e = eventOf(
    'Norway has extradited a 41-year-old Latvian woman wanted for tax fraud to Germany, police in Oslo said on Monday. ' +
      'The woman, named by German prosecutors as Ilze Ozola, was handed over to federal officers at Oslo airport on Sunday.',
    'extradition',
  );
  assert.deepEqual(shown(e.targets), ['a 41-year-old Latvian woman → Ilze Ozola']);
});

test('a definite description named by a participle carries that name', () => {
  const e = eventOf('Police arrested a former bank clerk in Lyon on Tuesday. The clerk, identified by investigators as Paul Mercier, was charged with fraud on Wednesday.', 'charge');
  assert.deepEqual(shown(e.targets), ['The clerk → Paul Mercier']);
});

test('a pronoun participant carries its antecedent, a name participant needs none', () => {
  assert.deepEqual(shown(eventOf('Ana Ruiz was arrested in Madrid on Monday. Police said she was later charged with bribery.', 'charge').targets), ['she → Ana Ruiz']);
  assert.deepEqual(shown(eventOf('Ana Ruiz was arrested in Madrid on Monday.', 'arrest').targets), ['Ana Ruiz']);
});

test('a counted description and the definite one repeating its noun are one target', () => {
  const e = eventOf('Police in Ghent arrested four women suspected of smuggling cigarettes on Monday. The women, aged 30 to 52, were detained at a warehouse near the port.', 'arrest');
  assert.deepEqual(shown(e.targets), ['four women']);
});

test('near miss: two people described with different nouns stay two targets, without a name', () => {
  const e = eventOf('Police in Ghent arrested a driver and a passenger on Monday. The passenger was later released.', 'arrest');
  assert.deepEqual(shown(e.targets), ['a driver', 'a passenger']);
});

test('a speaker described and then named by a participle resolves to that name', () => {
  const spec: FixtureSpec = {
    text: 'A woman was pulled from the river on Friday. The woman, named by police as Mira Olsen, said she had slipped on the ice.',
    names: { PER: ['Mira Olsen'] },
  };
  assert.equal(referentOf(spec, 'The woman'), 'Mira Olsen');
});

test('a lone pronoun and a headline word that stand for nobody named are left out of the body’s event', () => {
  const text =
    'Norway returns fugitive accountant to Poland\n\nAccountant arrested in Bergen faces fraud trial in Krakow\n\n' +
    'Norway has handed a 52-year-old Polish accountant to the authorities in Warsaw, prosecutors said on Tuesday, six weeks after he was arrested in Bergen.';
  const arrest = analyseText(text, { published: '2031-03-12' }).events.find((x) => x.type === 'arrest');
  assert.ok(arrest, 'the arrest is an event');
  assert.deepEqual(shown(arrest.targets), [], 'neither "he" nor the headline’s "Accountant"');
});

test('a headline’s shorthand for the body’s participant is listed once, as the body says it', () => {
  assert.deepEqual(shown(eventOf('Accountant arrested in Bergen\n\nPolice in Bergen arrested a Polish accountant on Tuesday, prosecutors said.', 'arrest').targets), ['a Polish accountant']);
});

test('near miss: a pronoun the coreference resolves stays, and a description the body gives stays without a name', () => {
  assert.deepEqual(shown(eventOf('Ana Ruiz was questioned in Madrid on Monday. Police said she was arrested later that day.', 'arrest').targets), ['she → Ana Ruiz']);
  assert.deepEqual(shown(eventOf('Police in Bergen arrested a Polish accountant on Tuesday.', 'arrest').targets), ['a Polish accountant']);
});

test('someone among an event’s actors is not listed again among its targets', () => {
  const spec: FixtureSpec = { text: 'Lena Berg arrived in Malmo on Monday. Police said she had met a lawyer there.', names: { PER: ['Lena Berg'] } };
  const { ctx, speakers } = resolverOf(spec, { keyed: true });
  const role = (words: string, nth = 0): EventRole => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = spec.text.indexOf(words, at + 1);
    return { start: at, end: at + words.length, text: words };
  };
  const meeting: EventRecord = {
    id: 'meeting', type: 'meeting', trigger: role('met'), sentence: role('Police said she had met a lawyer there.'), date: null, place: null,
    actors: [role('Lena Berg')], targets: [role('she'), role('a lawyer')], counts: {}, status: 'asserted',
  };
  const [e] = withRoleReferents(ctx, speakers, [meeting]);
  assert.deepEqual(shown(e.actors), ['Lena Berg']);
  assert.deepEqual(shown(e.targets), ['a lawyer'], '"she" is Lena Berg, already an actor');
});

/** An event of the fixture's text with the given participants (their words' first occurrences). */
function handMade(spec: FixtureSpec, actors: string[], targets: string[]): EventRecord {
  const role = (words: string): EventRole => {
    const at = spec.text.indexOf(words);
    assert.ok(at >= 0, `"${words}" is in the text`);
    return { start: at, end: at + words.length, text: words };
  };
  return { id: 'e', type: 'conviction', trigger: role('convicted'), sentence: role(spec.text), date: null, place: null, actors: actors.map(role), targets: targets.map(role), counts: {}, status: 'asserted' };
}

test('"the court" and the one court the article names are one actor, in either order', () => {
  const spec: FixtureSpec = {
    text: 'The court convicted a teacher of fraud on Monday, and the Riga District Court ordered him to repay the school.',
    names: { ORG: ['Riga District Court'] },
  };
  const { ctx, speakers } = resolverOf(spec, { keyed: true });
  const [first] = withRoleReferents(ctx, speakers, [handMade(spec, ['The court', 'Riga District Court'], [])]);
  assert.deepEqual(shown(first.actors), ['The court → Riga District Court']);
  const [named] = withRoleReferents(ctx, speakers, [handMade(spec, ['Riga District Court', 'The court'], [])]);
  assert.deepEqual(shown(named.actors), ['Riga District Court']);
});

test('near miss: "the court" of an article naming two courts stays apart', () => {
  const spec: FixtureSpec = {
    text: 'The court convicted a teacher of fraud on Monday; the Riga District Court and the Supreme Court had heard the case.',
    names: { ORG: ['Riga District Court', 'Supreme Court'] },
  };
  const { ctx, speakers } = resolverOf(spec, { keyed: true });
  const [e] = withRoleReferents(ctx, speakers, [handMade(spec, ['The court', 'Riga District Court'], [])]);
  assert.deepEqual(shown(e.actors), ['The court', 'Riga District Court']);
});

test('a description and the name after its comma are one participant, the named person under the description', () => {
  const asObject = eventOf('Police in Narva arrested the ministry’s spokesman, Oskar Pihl, on Monday, prosecutors said.', 'arrest');
  assert.deepEqual(shown(asObject.targets), ['the ministry’s spokesman → Oskar Pihl']);
  // the parser makes the name a second subject here: still one target
  const asSubject = eventOf('The ministry’s spokesman, Ivan Petrov, was arrested in Tartu on Monday, prosecutors said.', 'arrest');
  assert.deepEqual(shown(asSubject.targets), ['The ministry’s spokesman → Ivan Petrov']);
});

test('a pronoun after a named description in its sentence is that person, in another event of the sentence too', () => {
  const e = eventOf(
    'Norway has deported a 52-year-old Moldovan woman to Romania, police said on Monday, weeks after she was detained in Bergen. ' +
      'The woman, named by police as Elena Rusu, was deported on a flight to Bucharest on Sunday.',
    'detention',
  );
  assert.deepEqual(shown(e.targets), ['she → Elena Rusu']);
});

test('near miss: with a person named between the description and the pronoun, the description does not take the pronoun', () => {
  const e = eventOf(
    'Norway has deported a 52-year-old Moldovan woman to Romania, weeks after Marta Lie, a nurse, said she was detained in Bergen. ' +
      'The woman, named by police as Elena Rusu, was deported on a flight to Bucharest on Sunday.',
    'detention',
  );
  assert.ok(!shown(e.targets).includes('she → Elena Rusu'), JSON.stringify(shown(e.targets)));
});
