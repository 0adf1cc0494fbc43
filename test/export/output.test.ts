import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openOutput, streamOutput } from '../../src/export/output.js';
import { tempDir } from '../helpers.js';

test('output waits for a slow stream to drain and keeps the order', async () => {
  const received: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        received.push(chunk.toString());
        inFlight--;
        done();
      }, 1);
    },
  });
  let drains = 0;
  slow.on('drain', () => drains++);
  const out = streamOutput(slow, async () => {}, async () => {});
  const line = 'x'.repeat(999) + '\n';
  for (let i = 0; i < 300; i++) await out.write(`${i} ${line}`);
  await out.close();
  const text = received.join('');
  assert.equal(text.split('\n').length - 1, 300);
  assert.ok(text.startsWith('0 x') && text.includes('\n299 x'));
  assert.ok(drains >= 3, `writer waited for drain (${drains} drains)`);
  assert.ok(slow.writableLength <= 128 * 1024);
});

test('a file output appears only when complete; an aborted one leaves nothing', async () => {
  const dir = tempDir('chronicle-export-');
  const path = join(dir, 'out.csv');
  const out = openOutput(path);
  await out.write('a,b\r\n');
  assert.equal(existsSync(path), false);
  await out.close();
  assert.equal(readFileSync(path, 'utf8'), 'a,b\r\n');

  const failed = openOutput(join(dir, 'failed.csv'));
  await failed.write('partial');
  await failed.abort();
  assert.equal(existsSync(join(dir, 'failed.csv')), false);
  assert.equal(existsSync(join(dir, 'failed.csv.partial')), false);
});

test('a failing stream rejects the write instead of hanging', async () => {
  const broken = new Writable({
    highWaterMark: 16,
    write(_chunk, _enc, done) {
      done(new Error('EPIPE'));
    },
  });
  const out = streamOutput(broken, async () => {}, async () => {});
  await assert.rejects(async () => {
    for (let i = 0; i < 100; i++) await out.write('y'.repeat(70_000));
    await out.close();
  }, /EPIPE/);
});
