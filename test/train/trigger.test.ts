// The event-trigger detector's trainer and eval on a tiny TimeML corpus of our own writing: the
// read stage keeps each <EVENT>'s span and class, two trainings write the same bytes, and the eval
// reports word-level detection over files it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { parseTimeml } from '../../src/pipeline/read/timeml.js';

const ev = (id: number, cls: string, word: string) => `<EVENT eid="e${id}" class="${cls}">${word}</EVENT>`;

/** Sentences with their events marked; each file gets a few. */
const FILES: Record<string, string[]> = {
  'a.tml': [
    `The Marle ferry company ${ev(1, 'OCCURRENCE', 'cancelled')} its night crossings on Monday, a spokesman ${ev(2, 'REPORTING', 'said')}.`,
    `Storms ${ev(3, 'OCCURRENCE', 'damaged')} two piers and the harbour master ${ev(4, 'OCCURRENCE', 'closed')} the port.`,
  ],
  'b.tml': [
    `Dunmore council ${ev(5, 'OCCURRENCE', 'approved')} a new library, the mayor ${ev(6, 'REPORTING', 'announced')}.`,
    `Builders ${ev(7, 'ASPECTUAL', 'began')} ${ev(8, 'OCCURRENCE', 'work')} on the site and ${ev(9, 'I_STATE', 'expect')} to ${ev(10, 'OCCURRENCE', 'finish')} in May.`,
  ],
  'c.tml': [
    `The Halden orchestra ${ev(11, 'OCCURRENCE', 'hired')} a conductor and ${ev(12, 'OCCURRENCE', 'cancelled')} its tour, its manager ${ev(13, 'REPORTING', 'said')}.`,
    `The players ${ev(14, 'STATE', 'own')} their instruments.`,
  ],
};

function writeCorpus(): { dir: string; list: string } {
  const dir = tempDir('chronicle-trigger-');
  mkdirSync(join(dir, 'tml'));
  for (const [name, sentences] of Object.entries(FILES)) {
    const xml = `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${name}</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05">March 5, 2001</TIMEX3></DCT>\n<TEXT>\n${sentences.join('\n\n')}\n</TEXT>\n</TimeML>\n`;
    writeFileSync(join(dir, 'tml', name), xml);
  }
  const list = join(dir, 'files.txt');
  writeFileSync(list, Object.keys(FILES).map((n) => `tml/${n}`).join('\n') + '\n');
  return { dir, list };
}

test('the read stage keeps each EVENT span and class', () => {
  const { dir } = writeCorpus();
  const t = parseTimeml(readFileSync(join(dir, 'tml', 'b.tml'), 'utf8'), 'b');
  assert.deepEqual(t.events.map((e) => [t.text.slice(e.start, e.end), e.eventClass, e.eid]).slice(0, 3), [['approved', 'OCCURRENCE', 'e5'], ['announced', 'REPORTING', 'e6'], ['began', 'ASPECTUAL', 'e7']]);
  assert.equal(t.events.length, 6);
});

test('two trainings write the same bytes, and the eval scores the model on listed files', () => {
  const { dir, list } = writeCorpus();
  const outs = [join(dir, 'm1.json.gz'), join(dir, 'm2.json.gz')];
  for (const out of outs) {
    const r = runCli(['train', 'event-trigger', '--corpus', dir, '--files', list, '--out', out, '--epochs', '3', '--min-count', '1']);
    assert.equal(r.status, 0, r.stderr);
  }
  assert.deepEqual(readFileSync(outs[0]), readFileSync(outs[1]));
  const r = runCli(['eval', 'event-trigger', '--corpus', dir, '--files', list, '--model', outs[0], '--json']);
  assert.equal(r.status, 0, r.stderr);
  const figures = JSON.parse(r.stdout) as { files: number; goldEvents: number; precision: number; recall: number; f1: number; classAccuracy: number };
  assert.equal(figures.files, 3);
  assert.equal(figures.goldEvents, 14);
  // on its own training files the model finds most events
  assert.ok(figures.recall > 0.5 && figures.precision > 0.5, JSON.stringify(figures));
});
