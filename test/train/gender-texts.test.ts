// Unlabelled text for the given-name gender table: the document keys of held-out golds or lists
// to leave out. Text is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skippedKeys } from '../../src/train/lib/gender-texts.js';

test('the keys to skip come from a gold file\'s documents or a list, one a line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gender-texts-'));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ documents: { 'TimeBank/a.tml': {}, 'AQUAINT/b.tml': {} } }));
  writeFileSync(join(dir, 'list.txt'), '# drawn\ntopics/3/3_1ecb.xml\n\n');
  assert.deepEqual([...skippedKeys([join(dir, 'gold.json'), join(dir, 'list.txt')])].sort(), ['AQUAINT/b.tml', 'TimeBank/a.tml', 'topics/3/3_1ecb.xml']);
});
