// The event trigger lexicons are data files (data/event-verbs.tsv, data/event-nouns.tsv): the loader derives
// regular forms from one line per lemma, keeps irregular forms as written, and names the file and line of a
// bad entry. Lines written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseEventNouns, parseEventVerbs } from '../../../src/pipeline/lexicons/event-triggers.js';
import { EVENT_NOUNS, EVENT_VERBS, NO_OBJECT_LEMMAS } from '../../../src/pipeline/lexicons/events.js';

const verbs = (...lines: string[]) => parseEventVerbs(lines.join('\n'), 'verbs.tsv');

test('a verb line yields its regular forms; irregular ones stay as written', () => {
  const { verbs: m } = verbs('# a comment line', '', 'arrest\tseize\t-\t-\t-\t-', 'death\tdie\t-\t-\t-\tno-object', 'attack\tblow\tblew,blown\t-\tup\t-');
  assert.deepEqual(m.get('seizes'), { type: 'arrest', lemma: 'seize', form: 's' });
  assert.equal(m.get('seized')?.form, 'ed');
  assert.equal(m.get('seizing')?.form, 'ing');
  assert.equal(m.get('dying')?.lemma, 'die');
  assert.equal(m.get('blown')?.form, 'ed');
  assert.deepEqual(m.get('blew')?.tail, ['up']);
  assert.equal(m.has('blowed'), false);
});

test('"none" drops a form, and conditions become flags', () => {
  const { verbs: m, noObjectLemmas } = verbs('meeting\tgather\t-\tnone\t-\tno-object', 'designation\tlist\t-\t-\t-\tdesignation', 'agreement\tinitial\t-\t-\t-\tagreement-object');
  assert.equal(m.has('gathering'), false);
  assert.deepEqual([...noObjectLemmas], ['gather']);
  assert.equal(m.get('listed')?.needsDesignation, true);
  assert.equal(m.get('initials')?.needsAgreementObject, true);
});

test('a bad line is an error naming the file and the line', () => {
  assert.throws(() => verbs('# header', 'party\tcelebrate\t-\t-\t-\t-'), /verbs\.tsv:2: unknown event type "party"/);
  assert.throws(() => verbs('arrest\tseize\t-\t-\t-'), /verbs\.tsv:1: expected 6 tab-separated columns/);
  assert.throws(() => verbs('arrest\tseize\t-\t-\t-\tloud'), /verbs\.tsv:1: unknown condition "loud"/);
  assert.throws(() => verbs('arrest\tSeize Now\t-\t-\t-\t-'), /verbs\.tsv:1: bad word "Seize Now" in column lemma/);
  assert.throws(() => parseEventNouns('vote\tplebiscite\tmany', 'nouns.tsv'), /nouns\.tsv:1: forms must be/);
});

test('a noun line yields its singular and regular plural, or only what "only" and "plural" keep', () => {
  const m = parseEventNouns('protest\tsit-in\t-\ninvestigation\tinquiry\t-\nmeeting\ttalks\tonly\ncharge\tcount\tplural', 'nouns.tsv');
  assert.deepEqual(m.get('sit-ins'), { type: 'protest', lemma: 'sit-in', plural: true });
  assert.equal(m.get('inquiries')?.lemma, 'inquiry');
  assert.deepEqual(m.get('talks'), { type: 'meeting', lemma: 'talks', plural: false });
  assert.equal(m.has('talkses'), false);
  assert.deepEqual(m.get('counts'), { type: 'charge', lemma: 'count', plural: true });
  assert.equal(m.has('count'), false);
});

test('the shipped lexicons load from data/', () => {
  assert.equal(EVENT_VERBS.get('arrested')?.lemma, 'arrest');
  assert.equal(EVENT_VERBS.has('meeting'), false);
  assert.equal(EVENT_NOUNS.get('charges')?.lemma, 'charge');
  assert.ok(NO_OBJECT_LEMMAS.has('resign'));
});
