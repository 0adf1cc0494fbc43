import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeml, timemlArticleText } from '../../../src/pipeline/read/timeml.js';
import { FIXTURES, readAll, tempDir } from './helpers.js';

const sample = `${FIXTURES}/harbour.tml`;
const TEXT =
  'The harbour board agreed a new pay deal with dock unions on Sunday. \n\n' +
  "``We are glad it is over,'' said Ana Ruiz, who chairs the board.\n\n" +
  "Workers at AT&T's depot <nearby> were not affected.";

test('a .tml file is one article: <TEXT> without tags or wire codes, <TITLE> as title, the creation day as date', async () => {
  const { docs, failures } = await readAll([sample]);
  assert.deepEqual(failures, []);
  assert.equal(docs.length, 1);
  const [doc] = docs;
  assert.equal(doc.format, 'text');
  assert.deepEqual(doc.source, { kind: 'file', location: sample, name: 'harbour' });
  assert.deepEqual(doc.hints, { title: 'Harbour board & unions AGREE', published: '1999-04-12' });
  assert.equal(doc.content, TEXT);
});

test('eval time keeps its spans: the parser leaves the text whole, the reader drops the codes', () => {
  const parsed = parseTimeml(readFileSync(sample, 'utf8'), 'harbour');
  assert.equal(parsed.dct, '1999-04-12');
  assert.deepEqual(parsed.timexes.map((t) => [parsed.text.slice(t.start, t.end), t.value]), [['on Sunday', '1999-04-11']]);
  assert.match(parsed.text, /&UR;/);
  assert.equal(timemlArticleText('a &QL;\n\n&LR; b &AT&T; R&D; c'), 'a \n\nb &AT&T; R&D; c', 'only & + 2-3 capitals + ; is a code');
});

test('a folder of .tml files is read like any other; one without <TEXT> is reported, the rest read', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'wire'));
  copyFileSync(sample, join(dir, 'wire', 'harbour.tml'));
  writeFileSync(join(dir, 'broken.tml'), '<TimeML><DCT></DCT></TimeML>');
  writeFileSync(join(dir, 'blank.tml'), '<TimeML><TEXT>\n  &amp;UR;\n</TEXT></TimeML>');
  const { docs, failures } = await readAll([dir]);
  assert.deepEqual(docs.map((d) => d.content), [TEXT]);
  assert.deepEqual(failures, [
    { input: join(dir, 'blank.tml'), error: 'empty <TEXT> element' },
    { input: join(dir, 'broken.tml'), error: 'no <TEXT> element (not a TimeML file?)' },
  ]);
});
