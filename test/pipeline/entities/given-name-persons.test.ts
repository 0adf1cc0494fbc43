// A two-word name opening with a given name and ending in a word that is only a name is a person,
// though the tagger typed a body or a place; companies named after people (a longer name, a noun's modifier), a
// place of the gazetteer, a settled type and a common last word stay. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { shippedGivenNameWords, typeGivenNamedPersons, type GivenNameWords } from '../../../src/pipeline/entities/given-name-persons.js';
import type { Synset, WordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const words: GivenNameWords = {
  isGiven: (w) => ['Odile', 'Torvel', 'Santa'].includes(w),
  isCommon: (w) => ['Quarry', 'Foundry'].includes(w),
};

test('a given name before a word that is only a name makes a person of an organisation or a place', () => {
  const text = 'Fans cheered Odile Brenquist at the match, and Torvel Ashgrove waved.';
  const ms = [at(text, 'Odile Brenquist', 'ORG'), at(text, 'Torvel Ashgrove', 'LOC')];
  assert.deepEqual(typeGivenNamedPersons(text, ms, undefined, new Set(), words).map((m) => m.type), ['PER', 'PER']);
});

test('a thing stays a thing, and a last word written in another body\'s name may be the company\'s', () => {
  const text = 'Crews boarded the Torvel Ashgrove at dawn.';
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Torvel Ashgrove', 'MISC')], undefined, new Set(), words)[0].type, 'MISC');
  const race = 'Third came Pellam Brenquist , fourth Odile Brenquist .';
  const ms = [at(race, 'Pellam Brenquist', 'ORG'), at(race, 'Odile Brenquist', 'ORG')];
  assert.equal(typeGivenNamedPersons(race, ms, undefined, new Set(), words)[1].type, 'ORG');
});

test('the surname alone, typed as the full name was, does not keep the full name a body', () => {
  const text = 'Odile Brenquist scored twice, and Brenquist said the side had improved.';
  const ms = [at(text, 'Odile Brenquist', 'ORG'), at(text, 'Brenquist', 'ORG', text.lastIndexOf('Brenquist'))];
  assert.equal(typeGivenNamedPersons(text, ms, undefined, new Set(), words)[0].type, 'PER');
  const placed = [at(text, 'Odile Brenquist', 'ORG'), at(text, 'Brenquist', 'LOC', text.lastIndexOf('Brenquist'))];
  assert.equal(typeGivenNamedPersons(text, placed, undefined, new Set(), words)[0].type, 'ORG');
});

test('no given name, a common last word, a settled type or a title: the type stays', () => {
  const text = 'Visitors praised Pellam Brenquist and Odile Quarry; Torvel Ashgrove and Dr Odile Brenquist came too.';
  const settled = at(text, 'Torvel Ashgrove', 'ORG');
  const ms = [at(text, 'Pellam Brenquist', 'ORG'), at(text, 'Odile Quarry', 'LOC'), settled];
  assert.deepEqual(typeGivenNamedPersons(text, ms, undefined, new Set([settled]), words).map((m) => m.type), ['ORG', 'LOC', 'ORG']);
  const titled = { ...at(text, 'Odile Brenquist', 'ORG', text.indexOf('Dr')), title: 'Dr' };
  assert.equal(typeGivenNamedPersons(text, [titled], undefined, new Set(), words)[0].type, 'ORG');
});

test('a company named after a person stays: written in a longer name, or modifying a noun', () => {
  const text = 'Torvel Ashgrove Holdings grew. Later Torvel Ashgrove cut jobs.';
  const short = at(text, 'Torvel Ashgrove', 'ORG', text.indexOf('Later'));
  assert.equal(typeGivenNamedPersons(text, [short], undefined, new Set(), words)[0].type, 'ORG');
  const amp = 'Odile Brenquist & Sons grew. Odile Brenquist cut jobs.';
  assert.equal(typeGivenNamedPersons(amp, [at(amp, 'Odile Brenquist', 'ORG', 20)], undefined, new Set(), words)[0].type, 'ORG');
  // "She sold an Odile Brenquist lamp ."
  const { text: lamp, syn } = handParse([
    ['She', 'PRON', 'nsubj', 1],
    ['sold', 'VERB', 'root', -1],
    ['an', 'DET', 'det', 5],
    ['Odile', 'PROPN', 'compound', 4],
    ['Brenquist', 'PROPN', 'compound', 5],
    ['lamp', 'NOUN', 'obj', 1],
    ['.', 'PUNCT', 'punct', 1],
  ]);
  assert.equal(typeGivenNamedPersons(lamp, [at(lamp, 'Odile Brenquist', 'ORG')], syn, new Set(), words)[0].type, 'ORG');
});

test('an article before a name, or quotation marks around it (a title), leave the type', () => {
  const text = 'The Brenquist daily said so, and she starred in " Odile Brenquist " last year.';
  const article = { isGiven: (w: string) => w === 'The' || words.isGiven(w), isCommon: words.isCommon };
  assert.equal(typeGivenNamedPersons(text, [at(text, 'The Brenquist', 'ORG')], undefined, new Set(), article)[0].type, 'ORG');
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Odile Brenquist', 'MISC')], undefined, new Set(), words)[0].type, 'MISC');
});

test('a name the tagger read as a place stays one where the parse places it in another place', () => {
  // "The pipe runs from Torvel Ashgrove in Velmaria to the coast ."
  const rows: Array<[string, string, string, number]> = [
    ['The', 'DET', 'det', 1],
    ['pipe', 'NOUN', 'nsubj', 2],
    ['runs', 'VERB', 'root', -1],
    ['from', 'ADP', 'case', 5],
    ['Torvel', 'PROPN', 'flat', 5],
    ['Ashgrove', 'PROPN', 'obl', 2],
    ['in', 'ADP', 'case', 7],
    ['Velmaria', 'PROPN', 'nmod', 5],
    ['to', 'ADP', 'case', 10],
    ['the', 'DET', 'det', 10],
    ['coast', 'NOUN', 'obl', 2],
    ['.', 'PUNCT', 'punct', 2],
  ];
  const { text, syn } = handParse(rows);
  const place = at(text, 'Velmaria', 'LOC');
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Torvel Ashgrove', 'LOC'), place], syn, new Set(), words)[0].type, 'LOC');
  // the tagger's body is no place: "the heir to a star in a town" is still a person
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Torvel Ashgrove', 'ORG'), place], syn, new Set(), words)[0].type, 'PER');
  // a place the parse ties to no other place is a person as before
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Torvel Ashgrove', 'LOC')], syn, new Set(), words)[0].type, 'PER');
});

test('a name placed in a place that speaks or has an owner is a person there', () => {
  // "The Courier 's Odile Brenquist in Velmaria writes ."
  const { text, syn } = handParse([
    ['The', 'DET', 'det', 1],
    ['Courier', 'PROPN', 'nmod:poss', 4],
    ["'s", 'PART', 'case', 1],
    ['Odile', 'PROPN', 'flat', 4],
    ['Brenquist', 'PROPN', 'nsubj', 7],
    ['in', 'ADP', 'case', 6],
    ['Velmaria', 'PROPN', 'nmod', 4],
    ['writes', 'VERB', 'root', -1],
    ['.', 'PUNCT', 'punct', 7],
  ]);
  const ms = [at(text, 'Courier', 'ORG'), at(text, 'Odile Brenquist', 'LOC'), at(text, 'Velmaria', 'LOC')];
  assert.equal(typeGivenNamedPersons(text, ms, syn, new Set(), words)[1].type, 'PER');
});

test('a place of the gazetteer keeps its type though its first word opens people\'s names', () => {
  const text = 'They drove on to Santa Barbara that night.';
  assert.equal(typeGivenNamedPersons(text, [at(text, 'Santa Barbara', 'LOC')], undefined, new Set(), words)[0].type, 'LOC');
});

test('in the pipeline: a politician the tagger never saw, and a team named for its colours, keep the right types', () => {
  const a = analyseText('Lawmakers said on Tuesday that they would question Barack Obama about the plan. The Red Sox won at home.');
  assert.equal(a.mentions.find((m) => m.text === 'Barack Obama')?.type, 'PER');
  assert.equal(a.mentions.find((m) => m.text === 'Red Sox')?.type, 'ORG');
});

/** A WordNet of made-up people only: each synset an instance of a person (noun.person). */
function peopleWordNet(people: string[][]): WordNet {
  const synsets = new Map<string, Synset>(people.map((words, k) => [`p${k}`, { id: `p${k}`, lexFile: 18, words, pointers: [{ symbol: '@i', target: 'person', pos: 'n' }] } as unknown as Synset]));
  const ids = (lemma: string) => [...synsets].filter(([, s]) => s.words.includes(lemma)).map(([id]) => id);
  return {
    synsets: (lemma, pos) => (pos === 'n' ? ids(lemma) : []),
    synset: (id) => synsets.get(id) ?? null,
    taggedSenses: () => 0,
    lexFile: (id) => (synsets.has(id) ? 18 : -1),
    lemmasOpeningWith: (word) => [...new Set(people.flat().filter((l) => l.startsWith(`${word}_`)))],
  };
}

test('a particle that opens whole surnames is no given name, though it opens people\'s names', () => {
  // "Quillot" is called by the surname alone as well; "Ser Vandine" and "Ser Malloc" are whole surnames
  const wn = peopleWordNet([
    ['ostrander', 'quillot_ostrander'],
    ['quillot_brae', 'brae'],
    ['ser_vandine', 'amael_ser_vandine'],
    ['ser_malloc'],
    ['ser_dunmore', 'dunmore'],
  ]);
  const shipped = shippedGivenNameWords(wn);
  assert.equal(shipped.isGiven('Quillot'), true);
  assert.equal(shipped.isGiven('Ser'), false);
});

test('a ruler known by the given name and a number or epithet counts neither way', () => {
  // three rulers called "Quillot" with a numeral, "of" or "the" would otherwise outvote the one given name before a surname
  const wn = peopleWordNet([['quillot_iv'], ['quillot_of_vesk'], ['quillot_the_bold'], ['quillot_brae', 'brae']]);
  assert.equal(shippedGivenNameWords(wn).isGiven('Quillot'), true);
});

test('birth records make a given name, unless the word names a city', () => {
  const shipped = shippedGivenNameWords();
  assert.equal(shipped.isGiven('Cheryl'), true);
  assert.equal(shipped.isGiven('Houston'), false);
});

test('a common last word is a surname too after a given name that is no common word', () => {
  const lantern: GivenNameWords = { ...words, isCommon: (w) => ['Quarry', 'Foundry', 'Lantern'].includes(w), surnameToo: (w) => w === 'Lantern' };
  const text = 'Fans cheered Odile Lantern at the match; Torvel Quarry waved.';
  const ms = [at(text, 'Odile Lantern', 'ORG'), at(text, 'Torvel Quarry', 'LOC')];
  assert.deepEqual(typeGivenNamedPersons(text, ms, undefined, new Set(), lantern).map((m) => m.type), ['PER', 'LOC']);
  // the article writes the word in lower case: the company's word, not a surname
  const shop = 'Odile Lantern sells a lantern to every camper.';
  assert.equal(typeGivenNamedPersons(shop, [at(shop, 'Odile Lantern', 'ORG')], undefined, new Set(), lantern)[0].type, 'ORG');
});

test('WordNet: a word for a body, a place, a structure or a kind of person is no surname too', () => {
  const shipped = shippedGivenNameWords();
  assert.equal(shipped.surnameToo?.('Brand'), true);
  for (const w of ['Park', 'Church', 'Boss', 'Hall']) assert.equal(shipped.surnameToo?.(w), false, w);
});
