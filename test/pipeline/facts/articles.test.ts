// Whole-pipeline checks on invented but realistic articles (test/fixtures/facts/articles/):
// what a careful reader takes from each, the way the gold files annotate real ones.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Analysis } from '../../../src/types.js';

const DIR = join('test', 'fixtures', 'facts', 'articles');

function article(name: string): Analysis {
  return analyseText(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
}

const figure = (a: Analysis, value: number) => a.figures.find((f) => f.value === value);
const quoteBy = (a: Analysis, start: string) => a.quotes.find((q) => q.kind === 'direct' && q.text.startsWith(start));

test('arrest with several suspects, a second arrest abroad, a court and a planned charge', () => {
  const a = article('arrest-court');
  const custody = a.events.filter((e) => e.type === 'arrest' || e.type === 'detention');
  const main = custody.find((e) => e.counts.arrested?.value === 5);
  assert.ok(main, 'five arrested');
  assert.deepEqual(main.counts.arrested, { value: 5, qualifier: 'exact' });
  assert.equal(main.place?.text, 'Porto');
  assert.deepEqual(main.actors.map((x) => x.text), ['Portuguese police'], 'the dateline is not the actor');
  assert.equal(main.date?.iso ?? null, null, 'a weekday under a dateline without a year has no date');
  assert.equal(main.attribution?.source, 'Judiciary Police');
  const vigo = custody.find((e) => e.place?.text === 'Vigo');
  assert.ok(vigo && vigo !== main, 'the leader arrested in Spain is an arrest of its own');
  assert.ok(vigo.actors.some((x) => x.text === 'Spanish police'), '"arrested by Spanish police": the by-phrase acts');
  const charge = a.events.find((e) => e.type === 'charge');
  assert.equal(charge?.status, 'planned', '"will be charged"');
  assert.equal(quoteBy(a, 'This is one of the largest')?.speaker, 'Rui Matos');
  assert.equal(figure(a, 40_000_000)?.attribution?.source, 'Rui Matos', '"He added": the speaker of the quote before');
  assert.equal(figure(a, 40_000_000)?.qualifier, 'about');
});

test('attack with disputed casualty figures: participial counts, hospital and officials apart', () => {
  const a = article('disputed-casualties');
  const attack = a.events.find((e) => e.type === 'attack' && e.place?.text === 'Kharkiv');
  assert.ok(attack, 'the strike is an attack in Kharkiv');
  assert.equal(attack.trigger.text, 'struck');
  assert.ok(attack.targets.some((t) => t.text === 'a bus station'), 'the target is what was struck, not the verb');
  assert.deepEqual(attack.counts.killed, { value: 9, qualifier: 'at_least' }, '"killing at least nine people"');
  assert.deepEqual(attack.counts.injured, { value: 31, qualifier: 'exact' }, '"wounding 31"');
  assert.equal(attack.attribution?.source, 'regional governor');
  assert.match(figure(a, 14)?.attribution?.source ?? '', /hospital director/);
  assert.equal(figure(a, 40)?.qualifier, 'more_than');
  assert.equal(figure(a, 2)?.what, 'rockets');
  assert.equal(quoteBy(a, 'There were families')?.speaker, 'Olena Hrytsenko');
  assert.ok(!a.events.some((e) => e !== attack && e.place?.text === 'Kharkiv' && e.type === 'attack'), 'the headline is the same attack');
});

test('extradition with a quoted lawyer; the earlier arrest keeps its own place and month; a condition is no event', () => {
  const a = article('extradition-lawyer');
  const ext = a.events.filter((e) => e.type === 'extradition');
  assert.equal(ext.length, 1, 'extradited / handed over / the headline: one extradition');
  // "a Serbian man" is the man the article names: the role keeps its words and carries the name
  assert.ok(ext[0].targets.some((t) => t.text === 'Milan Petrovic' || t.referent?.name === 'Milan Petrovic'));
  assert.ok(ext[0].actors.some((t) => t.text === 'Greece'));
  assert.ok(['2024-06-11', '2024-06-12'].includes(ext[0].date?.iso ?? ''), `dated ${ext[0].date?.iso}`);
  const arrest = a.events.find((e) => e.type === 'arrest');
  assert.equal(arrest?.place?.text, 'Crete', '"on the island of Crete"');
  assert.equal(arrest?.date?.iso, '2024-02', 'February before the June report');
  assert.ok(a.events.every((e) => e.type !== 'conviction' || e.status === 'hypothetical'), '"If convicted" is a condition, not a fact');
  assert.equal(quoteBy(a, 'My client has never sold')?.speaker, 'Eleni Stavrou');
  assert.deepEqual([figure(a, 60)?.qualifier, figure(a, 10_000)?.qualifier], ['at_least', 'more_than']);
});

test('raid with detainees: the earlier raid and arrests stay apart; partitives are not new figures', () => {
  const a = article('raid-detainees');
  const det = a.events.find((e) => e.type === 'detention');
  assert.deepEqual(det?.counts.detained, { value: 23, qualifier: 'exact' });
  assert.ok(det?.actors.every((x) => !/^\d+$/.test(x.text)), `actors ${JSON.stringify(det?.actors.map((x) => x.text))}`);
  const raids = a.events.filter((e) => e.type === 'raid');
  assert.equal(raids.length, 2, 'Tuesday\'s raids and the raid in March');
  const march = raids.find((e) => e.date?.iso === '--03');
  assert.ok(march, 'the March raid has its month');
  const earlier = a.events.find((e) => e.type === 'arrest');
  assert.deepEqual(earlier?.counts.arrested, { value: 11, qualifier: 'exact' });
  assert.equal(figure(a, 300)?.qualifier, 'about');
  assert.equal(figure(a, 3), undefined, '"Three of those detained" counts part of a known set');
  assert.equal(quoteBy(a, 'We are hitting the network')?.speaker, 'Laure Dufresne');
});
