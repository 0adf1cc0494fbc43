// The claims page's "These N events (CSV)" download reads every page of disputed events: the events
// route answers at most 1,000 at a time, and a file that silently held only the first page would say
// less than its label. Plain node test of the paging helper with a made-up list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages } from '../../src/web/lib/all-pages.js';

/** A paged list of `total` numbered items, at most `size` per answer, recording the offsets asked. */
function pagedList(total: number, size: number) {
  const asked: number[] = [];
  const fetchPage = async (offset: number) => {
    asked.push(offset);
    const items = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) => offset + i);
    return { total, items };
  };
  return { asked, fetchPage };
}

test('a list longer than one page is read to its end, page after page', async () => {
  const list = pagedList(2_345, 1_000);
  const items = await allPages(list.fetchPage);
  assert.equal(items.length, 2_345);
  assert.deepEqual(items.slice(998, 1_002), [998, 999, 1_000, 1_001]);
  assert.deepEqual(list.asked, [0, 1_000, 2_000]);
});

test('a short list takes one request, an empty one too', async () => {
  const short = pagedList(7, 1_000);
  assert.equal((await allPages(short.fetchPage)).length, 7);
  assert.deepEqual(short.asked, [0]);
  const none = pagedList(0, 1_000);
  assert.deepEqual(await allPages(none.fetchPage), []);
  assert.deepEqual(none.asked, [0]);
});

test('a total that shrinks while reading (an article removed) ends at the first empty page', async () => {
  let calls = 0;
  const items = await allPages(async (offset) => {
    calls += 1;
    return offset === 0 ? { total: 1_500, items: Array.from({ length: 1_000 }, (_, i) => i) } : { total: 1_000, items: [] };
  });
  assert.equal(items.length, 1_000);
  assert.equal(calls, 2);
});
