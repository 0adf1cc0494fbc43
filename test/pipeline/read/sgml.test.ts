import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSgmlText, reflowWireText, reutersDate } from '../../../src/pipeline/read/sgml.js';
import { FIXTURES, readAll } from './helpers.js';
import { SHARED_MISSING, sharedDir } from '../../helpers.js';

const sample = `${FIXTURES}/sample.sgm`;
const SHARED = sharedDir();
const REUTERS = SHARED ? join(SHARED, 'data', 'news-corpus', 'reuters21578') : null;

test('Reuters SGML sample: records, hints, entities, sign-off, briefs, skipped records', async () => {
  const { docs, failures } = await readAll([sample]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => d.source.name), ['sample-101', 'sample-102', 'sample-104']);
  const [first, brief, latin] = docs;
  assert.equal(first.source.kind, 'sgml');
  assert.equal(first.source.location, `${sample}#101`);
  assert.equal(first.format, 'text');
  assert.deepEqual(first.hints, { title: 'HARBOUR BOARD <HBX> RAISES FEES', dateline: 'PLYMOUTH, March 3 -', published: '1987-03-03' });
  assert.equal(
    first.content,
    'PLYMOUTH, March 3 - The harbour board said it would raise berthing fees by 4.5 pct from April, citing repair costs & lower traffic.\n\n' +
      'A board spokesman said about 120 vessels used the port last month.\n\nFees 1986 1987\n\nSmall 10.0 10.5',
  );
  assert.equal(brief.content, 'COUNCIL APPROVES BUDGET', 'a record without BODY uses its title');
  assert.equal(brief.hints.published, '1987-06-15');
  assert.equal(latin.content, 'ZURICH, Oct 20 - The Müller cafe chain said it opened six new branches.');
  assert.equal(latin.encoding, 'windows-1252');
  assert.equal(first.encoding, 'utf-8');
});

test('SGML helpers', () => {
  assert.equal(decodeSgmlText('a &lt;b&gt; &amp; c&#3;\u0002 &#233;'), 'a <b> & c é');
  assert.equal(reutersDate(' 5-MAR-1987 09:03:27.83'), '1987-03-05');
  assert.equal(reutersDate('garbage'), undefined);
  assert.equal(reflowWireText('one\ntwo\n    three\nfour\n\nfive'), 'one two\n\nthree four\n\nfive');
});

test('a file with no <REUTERS> records is a failure', async () => {
  const { failures } = await readAll([`${FIXTURES}/folder/a-note.txt`, `${FIXTURES}/not-reuters.sgm`]);
  assert.deepEqual(failures, [{ input: `${FIXTURES}/not-reuters.sgm`, error: 'no <REUTERS> records found (not a Reuters-21578 SGML file?)' }]);
});

test('real Reuters-21578 files: counts, the 0xFC byte in reut2-017', async (t) => {
  if (!REUTERS) return t.skip(SHARED_MISSING);
  if (!existsSync(join(REUTERS, 'reut2-017.sgm'))) return t.skip('../shared has no data/news-corpus/reuters21578: skipping');
  const { docs, failures } = await readAll([join(REUTERS, 'reut2-000.sgm'), join(REUTERS, 'reut2-017.sgm')]);
  assert.deepEqual(failures, []);
  const first = docs.filter((d) => d.source.name.startsWith('reut2-000-'));
  assert.ok(first.length > 900 && first.length <= 1000, `reut2-000 gave ${first.length}`);
  assert.equal(first[0].source.name, 'reut2-000-1');
  assert.equal(first[0].hints.published, '1987-02-26');
  assert.ok(first[0].content.startsWith('SALVADOR, Feb 26 - Showers continued'));
  assert.ok(!docs.some((d) => /&#\d+;|[\u0000-\u0008]/.test(d.content)), 'entities decoded, control characters dropped');
  const odd = docs.filter((d) => d.encoding !== 'utf-8');
  assert.equal(odd.length, 1);
  assert.match(odd[0].content, /ü/);
});
