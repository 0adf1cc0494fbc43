// The shipped models' container: a header, then binary sections read one after another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModelFile, sectionReader, writeModelFile } from '../../src/pipeline/model-file.js';

test('sections are read back in order, each an aligned copy whatever its offset', () => {
  const keys = Buffer.from(new Int32Array([7, -3, 1 << 20]).buffer);
  const odd = Buffer.from([1, 2, 3]);
  const values = Buffer.from(new Int16Array([-5, 12]).buffer);
  const gz = writeModelFile('TESTMODEL1', { note: 'x' }, [keys, odd, values]);
  const { header, buf, offset } = readModelFile<{ note: string }>(gz, 'TESTMODEL1', 'test');
  assert.equal(header.note, 'x');
  const take = sectionReader(buf, offset);
  assert.deepEqual([...new Int32Array(take(12))], [7, -3, 1 << 20]);
  assert.deepEqual([...new Uint8Array(take(3))], [1, 2, 3]);
  assert.deepEqual([...new Int16Array(take(4))], [-5, 12], 'read after three odd bytes, still a valid Int16Array');
});
