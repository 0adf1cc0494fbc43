// A large export to a slow client waits for 'drain' many times; each wait must leave no listener
// behind on the response (Node warns past ten, and they pile up for the whole download).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Download, sendDownload } from '../../src/server/download.js';

test('a download that waits for the client again and again keeps the same listeners on the response', async () => {
  const counts: number[] = [];
  const line = 'x'.repeat(1023) + '\n';
  const server = http.createServer((_req, res) => {
    const download = new Download('big.txt', 'text/plain', async (out) => {
      for (let i = 0; i < 4096; i++) {
        await out.write(line);
        if (i % 64 === 0) counts.push(res.listenerCount('close') + res.listenerCount('error'));
      }
    });
    void sendDownload(res, download);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`);
    const reader = res.body!.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      // a slow reader, so the server's writes fill the socket and wait for 'drain'
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    assert.equal(bytes, 4096 * 1024);
    assert.ok(counts.length > 10);
    assert.equal(Math.max(...counts), counts[0], `listeners grew while waiting: ${counts.join(',')}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
