import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { sharedDir, SHARED_MISSING } from '../helpers.js';
import { locate, sameDate, scoreDocument } from '../../src/eval/lib/gold-match.js';
import { buildNameBook, sameNameStrict } from '../../src/eval/lib/gold-names.js';
import type { GoldFile } from '../../src/eval/lib/gold-format.js';
import type { Analysis } from '../../src/types.js';

const book = buildNameBook({
  documents: {
    'a.txt': { entities: [{ name: 'Hilde Brandt', type: 'PER', mentions: ['Ms Brandt', 'Brandt'] }, { name: 'Otto Brandt', type: 'PER', mentions: ['Brandt'] }] },
    'b.txt': { entities: [{ name: 'Port Authority of Valencia', type: 'ORG' }] },
  },
  crossDocument: { sameEntity: [['Port Authority of Valencia', 'the port authority', 'APV']], differentEntities: [['Hilde Brandt', 'Otto Brandt']], sameEvent: [], claimGroups: {} },
});

test('names match only as the gold lists them: the name, its mentions, its same-entity group', () => {
  assert.ok(sameNameStrict(book, 'Hilde Brandt', 'Ms Brandt'));
  assert.ok(sameNameStrict(book, 'Hilde Brandt', 'hilde  brandt'), 'case and spacing do not change the name');
  assert.ok(sameNameStrict(book, 'Port Authority of Valencia', 'APV'));
  assert.ok(sameNameStrict(book, 'Port Authority of Valencia', 'Port Authority'), 'a group member, with the article folded');
  assert.ok(!sameNameStrict(book, 'Port Authority of Valencia', 'Valencia'), 'a word of the name is not the name');
  assert.ok(!sameNameStrict(book, 'Hilde Brandt', 'Otto Brandt'), 'a shared form does not join two people');
  assert.ok(!sameNameStrict(book, 'unnamed official at the ministry', 'one of the officials at the ministry'), 'descriptions must agree exactly');
  assert.ok(sameNameStrict(book, 'a harbour spokesman', 'harbour spokesman'), 'an indefinite article is folded like "the"');
  assert.ok(!sameNameStrict(book, 'a harbour spokesman', 'spokesman'), 'but the description must still agree');
  assert.ok(!sameNameStrict(book, 'An Post', 'Post'), 'a capital "An" opens a name');
  assert.ok(!sameNameStrict(book, 'A Coruña', 'Coruña'), 'so does a capital "A"');
  assert.ok(sameNameStrict(book, 'A harbour spokesman', 'harbour spokesman'), 'a capital "A" opening a sentence before a lower-case word is the article');
  assert.ok(sameNameStrict(book, 'An elderly neighbour', 'elderly neighbour'), 'so is a capital "An"');
  assert.ok(sameNameStrict(book, 'one harbour spokesman', 'harbour spokesman'), '"one" before a description is its article');
  assert.ok(sameNameStrict(book, 'One harbour spokesman', 'a harbour spokesman'), 'so is a capital "One" before a lower-case word');
  assert.ok(!sameNameStrict(book, 'one of the harbour spokesmen', 'of the harbour spokesmen'), '"one of" picks one of a group and stays');
  assert.ok(!sameNameStrict(book, 'One Direction', 'Direction'), 'a capital "One" before a capital opens a name');
  assert.ok(!sameNameStrict(book, 'Hilde Brandt', null));
});

test('dates: month-day gold matches any year, unknown must stay unknown', () => {
  assert.ok(sameDate('--10-11', '--10-11'));
  assert.ok(sameDate('--10-11', '2014-10-11'));
  assert.ok(sameDate('--12', '--12'));
  assert.ok(sameDate(null, null));
  assert.ok(!sameDate(null, '2017'));
  assert.ok(!sameDate('2008-09', '2008-12'));
});

test('locate finds gold evidence across changed whitespace', () => {
  assert.deepEqual(locate('a  b\nc d', 'b c'), { start: 3, end: 6 });
  assert.equal(locate('abc', 'zzz'), null);
});

test('scoring: overlap and the exact type make a match (a detention is not an arrest); optional items count neither way', () => {
  const text = 'Police arrested ten men in Oslo. A bomb exploded.';
  const a = {
    doc: { text, meta: { published: { value: null, precision: 'none' } } },
    events: [
      { id: 'a', type: 'detention', trigger: { start: 7, end: 15, text: 'arrested' }, sentence: { start: 0, end: 32 }, date: null, place: { start: 27, end: 31, text: 'Oslo' }, actors: [], targets: [], counts: { detained: { value: 10, qualifier: 'exact' } }, status: 'reported' },
      { id: 'b', type: 'attack', trigger: { start: 35, end: 39, text: 'bomb' }, sentence: { start: 33, end: 49 }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'reported' },
    ],
    figures: [{ start: 16, end: 19, text: 'ten', value: 10, qualifier: 'exact', what: 'men', sentence: { start: 0, end: 32 } }],
    quotes: [],
  } as unknown as Analysis;
  const s = scoreDocument(
    {
      events: [
        { id: 'arrest', type: 'arrest', date: null, place: 'Oslo', count: { value: 10, qualifier: 'exact' }, evidence: 'Police arrested ten men' },
        { id: 'x', type: 'attack', evidence: 'A bomb exploded', optional: true },
      ],
      figures: [{ what: 'men', value: 10, qualifier: 'exact', evidence: 'ten men' }],
      quotes: [],
    },
    a,
  );
  assert.deepEqual(s.events, { tp: 0, fp: 1, fn: 1 }, 'found a detention where the gold has an arrest');
  assert.deepEqual(s.figures, { tp: 1, fp: 0, fn: 0 });
  assert.match(s.misses[0].what, /event arrest \(arrest; found detention "arrested"\)/);
  assert.match(s.misses[0].sentence, /^Police arrested ten men in Oslo\./);
  const same = scoreDocument({ events: [{ id: 'd', type: 'detention', date: null, place: 'Oslo', count: { value: 10, qualifier: 'exact' }, evidence: 'Police arrested ten men' }] }, a);
  assert.deepEqual(same.events, { tp: 1, fp: 1, fn: 0 });
  assert.equal(same.attributes['event.place'].correct, 1);
  assert.equal(same.attributes['event.counts'].correct, 1);
});

test('scoring: the count of a protest is of those taking part', () => {
  const text = 'About 300 nurses protested outside the ministry.';
  const protest = (counts: object) =>
    ({
      doc: { text, meta: { published: { value: null, precision: 'none' } } },
      events: [{ id: 'p', type: 'protest', trigger: { start: 17, end: 26, text: 'protested' }, sentence: { start: 0, end: 48 }, date: null, place: null, actors: [], targets: [], counts, status: 'asserted' }],
      figures: [],
      quotes: [],
    }) as unknown as Analysis;
  const gold = { events: [{ id: 'p', type: 'protest' as const, count: { value: 300, qualifier: 'about' as const }, evidence: 'About 300 nurses protested' }] };
  assert.equal(scoreDocument(gold, protest({ participants: { value: 300, qualifier: 'about' } })).attributes['event.counts'].correct, 1);
  assert.equal(scoreDocument(gold, protest({ participants: { value: 30, qualifier: 'about' } })).attributes['event.counts'].correct, 0);
  assert.equal(scoreDocument(gold, protest({})).attributes['event.counts'].correct, 0);
});

const sentenceAnalysis = (text: string, parts: Partial<Analysis>): Analysis => {
  const sentences = text.split(/(?<=\.) /).reduce<Array<{ start: number; end: number }>>((acc, s) => {
    const start = acc.length ? acc[acc.length - 1].end + 1 : 0;
    return [...acc, { start, end: start + s.length }];
  }, []);
  return { doc: { text, meta: { published: { value: null, precision: 'none' } } }, segmentation: { sentences, tokens: [], sentenceTokenStart: [] }, events: [], figures: [], quotes: [], mentions: [], ...parts } as unknown as Analysis;
};

test('figures: value accuracy among the figures found at the evidence; unit checked for money and percentages', () => {
  const text = 'Sales rose 4.5% to £2.1bn. Staff numbers fell to 800.';
  const fig = (start: number, end: number, value: number, unit?: string) => ({ start, end, text: text.slice(start, end), value, qualifier: 'exact', what: 'x', sentence: { start: 0, end: 26 }, ...(unit ? { unit } : {}) });
  const a = sentenceAnalysis(text, { figures: [fig(11, 15, 4.5, 'percent'), fig(19, 25, 2.1, 'GBP'), fig(50, 53, 800)] as unknown as Analysis['figures'] });
  const s = scoreDocument(
    {
      figures: [
        { what: 'sales growth', value: 4.5, unit: 'percent', qualifier: 'exact', evidence: '4.5%' },
        { what: 'sales', value: 2.1e9, unit: 'GBP', qualifier: 'exact', evidence: '£2.1bn' },
        { what: 'staff', value: 800, qualifier: 'exact', evidence: '800' },
      ],
    },
    a,
  );
  assert.deepEqual(s.figures, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(s.attributes['figure.value'], { correct: 2, total: 3 }, '2.1 read where the text says 2.1 billion');
  assert.deepEqual(s.attributes['figure.unit'], { correct: 1, total: 1 });
  assert.equal(s.misses.find((m) => m.what.startsWith('figure exact'))?.sentence, 'Sales rose 4.5% to £2.1bn.');
});

test('quotes: indirect ones are scored when the gold lists them, and never pass for a direct quote', () => {
  const text = 'The mayor said the bridge would reopen in May. "It is safe," she added.';
  const quote = (start: number, end: number, kind: 'direct' | 'indirect') => ({ start, end, text: text.slice(start, end), kind, speaker: 'Ana Ruiz', sentence: { start: 0, end: text.length } });
  const a = sentenceAnalysis(text, { quotes: [quote(15, 45, 'indirect'), quote(48, 58, 'indirect')] as unknown as Analysis['quotes'] });
  const names = buildNameBook({ documents: { 'x.txt': { entities: [{ name: 'Ana Ruiz', type: 'PER', mentions: ['the mayor'] }] } } });
  const directOnly = scoreDocument({ quotes: [{ speaker: 'Ana Ruiz', text: 'It is safe,', kind: 'direct' }] }, a, { names });
  assert.deepEqual(directOnly.quotes, { tp: 0, fp: 1, fn: 1 }, 'the quoted words called indirect are wrong');
  assert.equal(directOnly.unscoredQuotes, 1, 'indirect speech the gold does not annotate is reported, not scored');
  const both = scoreDocument({ quotes: [{ speaker: 'Ana Ruiz', text: 'the bridge would reopen in May' }, { speaker: 'Ana Ruiz', text: 'It is safe,', kind: 'direct' }] }, a, { names, scoreIndirect: true });
  assert.deepEqual(both.quotes, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(both.attributes['quote.speaker'], { correct: 1, total: 1 });
  assert.equal(both.unscoredQuotes, 0);
});

test('events: an unmatched event marked hypothetical or negated is no false report, but is counted apart', () => {
  const text = 'The union may strike next week. Rebels shelled the port. Nobody was arrested.';
  const event = (start: number, end: number, type: string, status: string) => ({ type, status, trigger: { start, end, text: text.slice(start, end) }, start, end, counts: {}, roles: [] });
  const a = sentenceAnalysis(text, { events: [event(14, 20, 'strike', 'hypothetical'), event(39, 46, 'attack', 'asserted'), event(68, 76, 'arrest', 'negated')] as unknown as Analysis['events'] });
  const s = scoreDocument({ events: [] }, a);
  assert.deepEqual(s.events, { tp: 0, fp: 1, fn: 0 }, 'only the asserted shelling is a false report');
  assert.equal(s.unmatchedUnrealised, 2);
});

test('events: a required gold event found only as a possibility, a negation or a denial is missed', () => {
  const text = 'Dockers may strike at the harbour on Friday. Customs officers did not detain the skipper.';
  const event = (word: string, type: string, status: string) => {
    const start = text.indexOf(word);
    return { type, status, trigger: { start, end: start + word.length, text: word }, start, end: start + word.length, counts: {}, roles: [] };
  };
  const gold = { events: [{ id: 'strike-1', type: 'strike', evidence: 'Dockers may strike at the harbour' }, { id: 'detention-1', type: 'detention', evidence: 'did not detain the skipper' }] };
  const found = (statuses: [string, string]) =>
    scoreDocument(gold, sentenceAnalysis(text, { events: [event('strike', 'strike', statuses[0]), event('detain', 'detention', statuses[1])] as unknown as Analysis['events'] }));
  const unrealised = found(['hypothetical', 'negated']);
  assert.deepEqual(unrealised.events, { tp: 0, fp: 0, fn: 2 }, 'the timeline shows neither, so neither is found; nor are they false reports');
  assert.equal(unrealised.unrealisedMatches, 2);
  assert.equal(unrealised.unmatchedUnrealised, 0);
  assert.match(unrealised.misses[0].what, /found only as hypothetical "strike"/);
  const stated = found(['planned', 'asserted']);
  assert.deepEqual(stated.events, { tp: 2, fp: 0, fn: 0 }, 'a plan and a deed told as done are found');
  // optional gold events count neither way, whatever the status
  const optional = scoreDocument({ events: gold.events.map((g) => ({ ...g, optional: true })) }, sentenceAnalysis(text, { events: [event('strike', 'strike', 'hypothetical')] as unknown as Analysis['events'] }));
  assert.deepEqual(optional.events, { tp: 0, fp: 0, fn: 0 });
});

test('events: a background deed is off the timeline: unmatched it is no false report, meeting a required gold event it misses it', () => {
  const text = 'Firemen put out a blaze at the depot on Monday. It was hit by a rocket in 2016.';
  const start = text.indexOf('hit');
  const rocket = { type: 'attack', status: 'asserted', background: true, trigger: { start, end: start + 3, text: 'hit' }, start, end: start + 3, counts: {}, roles: [] };
  const a = sentenceAnalysis(text, { events: [rocket] as unknown as Analysis['events'] });
  const unlisted = scoreDocument({ events: [] }, a);
  assert.deepEqual(unlisted.events, { tp: 0, fp: 0, fn: 0 });
  assert.equal(unlisted.unmatchedUnrealised, 1);
  const required = scoreDocument({ events: [{ id: 'attack-1', type: 'attack', evidence: 'It was hit by a rocket in 2016.' }] }, a);
  assert.deepEqual(required.events, { tp: 0, fp: 0, fn: 1 });
  assert.match(required.misses[0].what, /found only as background "hit"/);
});

test('events: a gold event takes a report that tells it happened before one that claims it did not', () => {
  const text = 'Police said they might arrest more men after they arrested two dockers on Monday.';
  const event = (word: string, status: string) => {
    const start = text.indexOf(word);
    return { type: 'arrest', status, trigger: { start, end: start + word.length, text: word }, start, end: start + word.length, counts: {}, roles: [] };
  };
  const a = sentenceAnalysis(text, { events: [event('arrest more', 'hypothetical'), event('arrested', 'asserted')] as unknown as Analysis['events'] });
  const s = scoreDocument({ events: [{ id: 'arrest-1', type: 'arrest', evidence: text }] }, a);
  assert.deepEqual(s.events, { tp: 1, fp: 0, fn: 0 });
  assert.equal(s.unmatchedUnrealised, 1, 'the possible arrest is left over, reported apart');
});

test('entities: exact or listed forms only; must-not-extract by overlap', async () => {
  const { scoreEntities } = await import('../../src/eval/gold.js');
  const text = 'Officials of the Valencia Port Authority met Hilde Brandt of the Green League in Ghent.';
  const mention = (s: string, type: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type });
  const a = sentenceAnalysis(text, { mentions: [mention('Valencia Port', 'ORG'), mention('Brandt', 'PER'), mention('Green League in Ghent', 'ORG')] as unknown as Analysis['mentions'] });
  const gold: GoldFile = {
    documents: {
      'x.txt': {
        entities: [
          { name: 'Valencia Port Authority', type: 'ORG' },
          { name: 'Hilde Brandt', type: 'PER', mentions: ['Hilde Brandt', 'Brandt'] },
          { name: 'Green League', type: 'ORG' },
        ],
        mustNotExtract: ['Ghent'],
      },
    },
  };
  const r = scoreEntities(gold, new Map([['x.txt', a]]));
  assert.equal(r.found, 1, 'only "Brandt", a listed form, counts');
  assert.deepEqual(r.missed, ['Valencia Port Authority (ORG, x.txt)', 'Green League (ORG, x.txt)']);
  assert.equal(r.mustNotExtractTagged.length, 1, 'a mention running over a must-not-extract string is caught');
});

// A regression check on the seeds (never a target to tune on): the targets (R ≥ 0.95,
// P ≥ 0.80, attributes ≥ 0.90) are printed by `eval gold`. Here recall must stay ≥ 0.95, and strict
// precision and attribute scores must not fall below 0.60 and 0.70: at 12:00 on 2026-11-30, after
// the figures and attribution merges, figures P was 0.667 and quotes P 0.727 (short of 0.80; the
// lead's call), quote speakers 0.75.
test('seeds against the gold, strictly: recall, precision and attribute floors', async (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip(SHARED_MISSING);
  if (!existsSync(projectPath('models', 'ner.model.gz'))) return t.skip('the entity model (models/ner.model.gz) is not trained yet; skipping');
  const { analyseCorpus, scoreCorpus } = await import('../../src/eval/gold.js');
  const { loadGold } = await import('../../src/eval/lib/gold-format.js');
  const report = scoreCorpus(loadGold(join(shared, 'gold', 'seeds.json')), await analyseCorpus(join(shared, 'seeds')));
  for (const k of ['events', 'figures', 'quotes'] as const) {
    assert.ok(report[k].recall >= 0.95, `${k} recall ${report[k].recall}`);
    assert.ok(report[k].precision >= 0.6, `${k} precision ${report[k].precision}`);
  }
  for (const [k, v] of Object.entries(report.attributes)) assert.ok(v.accuracy >= 0.7, `${k} accuracy ${v.accuracy}`);
  assert.equal(report.boilerplateFacts, 0);
});

test('same-event scoring finds a stored event of the gold type by any of its mentions, as the per-document score does', async () => {
  const { eventAtEvidence } = await import('../../src/eval/lib/cross-document.js');
  const text = 'Voters in the valley face a referendum on the dam. The poll, due in spring, splits the town.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // one event of the story, first named by "a referendum", later by "The poll"
  const events = [{ ref: 'd#e1', type: 'vote', extents: [at('a referendum'), at('The poll')] }, { ref: 'd#e2', type: 'protest', extents: [at('splits the town')] }];
  assert.equal(eventAtEvidence(text, { evidence: 'The poll, due in spring', type: 'vote' }, events), 'd#e1');
  assert.equal(eventAtEvidence(text, { evidence: 'The poll, due in spring, splits the town', type: 'protest' }, events), 'd#e2', 'the event of the gold type');
  assert.equal(eventAtEvidence(text, { evidence: 'The poll, due in spring', type: 'election' }, events), null, 'a vote is not an election');
  assert.equal(eventAtEvidence(text, { evidence: 'Voters in the valley', type: 'vote' }, events), null);
});

test('same-event scoring: a group merged whole counts, and two groups in one merged event are reported', async () => {
  const { scoreSameEvent } = await import('../../src/eval/lib/cross-document.js');
  // gold: the ferry strike in a and b; the harbour fire in c and d. Merged: a, b and c together; d alone.
  const merged: Record<string, string | null> = { 'a#strike': 'e1', 'b#strike': 'e1', 'c#fire': 'e1', 'd#fire': 'e2' };
  const score = scoreSameEvent([['a#strike', 'b#strike'], ['c#fire', 'd#fire']], (ref) => merged[ref] ?? null);
  assert.equal(score.merged, 1);
  assert.deepEqual(score.missed, [['c#fire', 'd#fire']]);
  assert.deepEqual(score.mixed, [['a#strike', 'c#fire']]);
  const unlocated = scoreSameEvent([['a#strike', 'x#strike']], (ref) => merged[ref] ?? null);
  assert.equal(unlocated.merged, 0, 'a report not found is not merged');
});
