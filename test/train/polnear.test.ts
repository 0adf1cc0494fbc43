import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, readPolnear, extent } from '../../src/train/lib/polnear.js';
import { tempDir } from '../helpers.js';

const TEXT = 'The harbour master warned that the pier was unsafe. Boats, she added, must stay out.\nNo one, officials said.';
// offsets over TEXT
const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return [i, i + s.length] as const;
};

function ann(): string {
  const [s1, e1] = at('The harbour master');
  const [c1, f1] = at('warned');
  const [t1, u1] = at('that the pier was unsafe');
  const [s2, e2] = at('she');
  const [c2, f2] = at('added');
  const [a1, b1] = at('Boats');
  const [a2, b2] = at('must stay out');
  const [c3, f3] = at('said');
  const [t3, u3] = at('No one');
  return [
    `T1\tSource ${s1} ${e1}\tThe harbour master`,
    `T2\tCue ${c1} ${f1}\twarned`,
    `T3\tContent ${t1} ${u1}\tthat the pier was unsafe`,
    `T4\tAttribution ${c1} ${f1}\twarned`,
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    `T5\tSource ${s2} ${e2}\tshe`,
    `T6\tCue ${c2} ${f2}\tadded`,
    // discontinuous content around the inserted "she added", written over two lines
    `T7\tContent ${a1} ${b1};${a2} ${b2}\tBoats`,
    'must stay out',
    `T8\tAttribution ${c2} ${f2}\tadded`,
    `T9\tDiscard ${a1} ${b1}\tBoats`,
    `#1\tAnnotatorNotes T7\tsplit by the cue`,
    'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
    `T10\tCue ${c3} ${f3}\tsaid`,
    `T11\tContent ${t3} ${u3}\tNo one`,
    `T12\tContent ${t1} ${u1}\tthat the pier was unsafe`,
    `T13\tAttribution-no-source ${c3} ${f3}\tsaid`,
    'E3\tAttribution-no-source:T13 Content:T11 Cue:T10 Content2:T12',
    '',
  ].join('\n');
}

test('.ann: sources, cues, discontinuous contents, Content2, attributions without a source', () => {
  const rels = parseAnn(ann(), TEXT);
  assert.equal(rels.length, 3, 'Discard spans and notes are part of no attribution');
  const [first, second, third] = rels;
  assert.equal(TEXT.slice(first.source!.pieces[0].start, first.source!.pieces[0].end), 'The harbour master');
  assert.equal(TEXT.slice(first.cue!.pieces[0].start, first.cue!.pieces[0].end), 'warned');
  assert.equal(second.contents.length, 1);
  assert.deepEqual(second.contents[0].pieces.map((p) => TEXT.slice(p.start, p.end)), ['Boats', 'must stay out']);
  const whole = extent(second.contents[0]);
  assert.equal(TEXT.slice(whole.start, whole.end), 'Boats, she added, must stay out');
  assert.equal(third.source, null, 'no source named');
  assert.deepEqual(third.contents.map((c) => TEXT.slice(c.pieces[0].start, c.pieces[0].end)), ['No one', 'that the pier was unsafe']);
});

test('.ann: offsets count code points, so text after an emoji still lines up', () => {
  const text = '🙂 Ada said it works.';
  const start = [...text].indexOf('A');
  const rels = parseAnn(`T1\tSource ${start} ${start + 3}\tAda\nT2\tCue ${start + 4} ${start + 8}\tsaid\nT3\tContent ${start + 9} ${start + 17}\tit works\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n`, text);
  const src = rels[0].source!.pieces[0];
  assert.equal(text.slice(src.start, src.end), 'Ada');
  const content = rels[0].contents[0].pieces[0];
  assert.equal(text.slice(content.start, content.end), 'it works');
});

test('a PolNeAR folder: one annotation per article, the annotator whose suffix sorts first', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'paper_2016_pier.txt'), TEXT);
  writeFileSync(join(dir, 'attributions', 'paper_2016_pier_f00d.ann'), ann());
  writeFileSync(join(dir, 'attributions', 'paper_2016_pier_beef.ann'), ann().split('\n').slice(0, 5).join('\n'));
  const articles = readPolnear(dir);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].annotator, 'beef');
  assert.equal(articles[0].relations.length, 1);
});
