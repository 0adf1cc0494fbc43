import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteRegions } from '../../../src/pipeline/context/quote-marks.js';

const regions = (text: string, paragraphs = [{ start: 0, end: text.length }]) =>
  quoteRegions(text, paragraphs).map((r) => ({ inner: text.slice(r.open + 1, r.close), unclosed: r.unclosed, continues: r.continues }));

test('straight marks read from their neighbours: narration between two quotations stays outside', () => {
  const text = 'He said: "We are ready." But the captain said : "Not yet."';
  assert.deepEqual(regions(text).map((r) => r.inner), ['We are ready.', 'Not yet.']);
});

test('a quotation left open runs to the next opening mark, which continues it', () => {
  const text = 'She said: "The first part is done. "The second part starts in May." Then she left.';
  const r = regions(text);
  assert.deepEqual(r.map((x) => x.inner), ['The first part is done.', 'The second part starts in May.']);
  assert.deepEqual(r.map((x) => [x.unclosed, x.continues]), [[true, false], [false, true]]);
});

test('over paragraphs: an open quotation continues only into a paragraph that opens one', () => {
  const text = '“One thing is clear.\n“Nobody saw it coming,” he said.\nThe rest is narration.';
  const paragraphs = [{ start: 0, end: 20 }, { start: 21, end: 53 }, { start: 54, end: text.length }];
  const r = regions(text, paragraphs);
  assert.deepEqual(r.map((x) => x.inner), ['One thing is clear.', 'Nobody saw it coming,']);
  assert.equal(r[1].continues, true);
});

test('curly marks and a quote inside a quote', () => {
  const text = '“My aunt called it ‘the long winter’ every year,” he said.';
  assert.deepEqual(regions(text).map((r) => r.inner), ['My aunt called it ‘the long winter’ every year,']);
});

test("two apostrophes stand for a straight double mark (''…''), and one alone is no quotation", () => {
  const text = "The mayor said, ''Our buses will run on time,'' and the driver's union disagreed. ''Maybe in June.''";
  const r = quoteRegions(text, [{ start: 0, end: text.length }]);
  assert.deepEqual(r.map((x) => text.slice(x.open + 2, x.close)), ['Our buses will run on time,', 'Maybe in June.']);
  assert.deepEqual(r.map((x) => x.unclosed), [false, false]);
});

test("two grave accents open what two apostrophes close, also between spaces (``…'' in tokenised archives)", () => {
  const text = "The plant was called `` the best in the region '' by its owner . Mr Lindqvist , who runs it , said he would stay .";
  const r = quoteRegions(text, [{ start: 0, end: text.length }]);
  assert.deepEqual(r.map((x) => text.slice(x.open + 2, x.close).trim()), ['the best in the region']);
  assert.equal(r[0].unclosed, false);
});

test('a quotation open at its paragraph\'s end that a later paragraph closes without reopening is one quotation', () => {
  const text = '" The bridge will open in spring .\n\nWe have waited ten years , " the mayor said .\n\nTraffic was light .';
  const paragraphs = [{ start: 0, end: 34 }, { start: 36, end: 81 }, { start: 83, end: text.length }];
  const r = regions(text, paragraphs);
  assert.deepEqual(r.map((x) => x.inner.trim()), ['The bridge will open in spring .\n\nWe have waited ten years ,']);
  assert.deepEqual(r.map((x) => [x.unclosed, x.continues]), [[false, false]]);
});

test('over a paragraph with no mark, and not where the later paragraph opens a quotation of its own', () => {
  const text = '“We ran to the car.\n\nNobody spoke.\n\nThen the rain stopped,” she said.';
  const paragraphs = [{ start: 0, end: 19 }, { start: 21, end: 34 }, { start: 36, end: text.length }];
  assert.deepEqual(regions(text, paragraphs).map((x) => x.inner), ['We ran to the car.\n\nNobody spoke.\n\nThen the rain stopped,']);
  const other = '“We ran to the car.\n\nHe added: “Nobody spoke.”';
  const r = regions(other, [{ start: 0, end: 19 }, { start: 21, end: other.length }]);
  assert.deepEqual(r.map((x) => x.inner), ['We ran to the car.', 'Nobody spoke.']);
});

test('no run over paragraphs for a quotation that opens after words, nor into a later one that a verb of speaking opens', () => {
  const after = 'The coach said : " We played well .\n\nThe fans were happy , " he said .';
  const r = regions(after, [{ start: 0, end: after.indexOf('\n') }, { start: after.indexOf('The fans'), end: after.length }]);
  assert.deepEqual([r[0].inner.trim(), r[0].unclosed], ['We played well .', true]);
  const opened = '" We played well .\n\nThe captain added , " It was hard .';
  const r2 = regions(opened, [{ start: 0, end: opened.indexOf('\n') }, { start: opened.indexOf('The captain'), end: opened.length }]);
  assert.deepEqual(r2.map((x) => x.inner.trim()), ['We played well .', 'It was hard .']);
});

test('paragraphs without marks before quoted ones: every later quotation is found in its own paragraph', () => {
  const paras = ['The ferry left at noon.', 'Fog closed the harbour by two.', "''Nobody could see the pier,'' a deckhand said.", 'The port reopened.', '“We waited,” said one driver. “Then we went home.”'];
  const text = paras.join('\n');
  let at = 0;
  const paragraphs = paras.map((p) => ({ start: (at += p.length + 1) - p.length - 1, end: at - 1 }));
  const r = quoteRegions(text, paragraphs);
  assert.deepEqual(r.map((x) => text.slice(x.open, x.close)), ["''Nobody could see the pier,", '“We waited,', '“Then we went home.']);
  assert.deepEqual(r.map((x) => x.unclosed), [false, false, false]);
});

test('three apostrophes close a quote inside a quote and the quotation around it, spaced or not', () => {
  const spaced = "\"They kept calling , 'Stay low , the bridge is out ! ''' \"We never saw them again , '' she said .";
  assert.deepEqual(regions(spaced).map((r) => r.inner.trim()), ["They kept calling , 'Stay low , the bridge is out !", 'We never saw them again ,']);
  const written = "\"They kept calling, 'Stay low!''' she said. \"We never saw them again.\"";
  assert.deepEqual(regions(written).map((r) => r.inner), ["They kept calling, 'Stay low!", 'We never saw them again.']);
});
