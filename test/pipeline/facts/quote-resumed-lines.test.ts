// Tokenised text written one sentence a line: a quotation left open at a line's end, then lines
// with no mark, then a line that reopens the mark is one quotation of one speaker (the writer's
// paragraph "“A. B." and the next paragraph of the same quotation, "“C.”"). Lines between that
// name a person stay narration. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const quotes = (text: string) => analyseText(text).quotes;

const match = [
  'The Larks beat the Herons 3 - 1 at Brookfield on Saturday .',
  'Goalkeeper Mira Castell saved a penalty in the second half .',
  '“ It was a long week for us , ” Castell said .',
  '“ The coach kept asking us to trust the plan .',
  'Nobody in the dressing room doubted it for a second .',
  '“ We will enjoy tonight and then get back to work on Monday . ”',
  'The Herons have not won at Brookfield since 2011 .',
].join('\n\n');

test('a quotation reopened after an unmarked line of tokenised text runs on with its speaker', () => {
  const qs = quotes(match);
  const direct = qs.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  assert.match(direct[1].text, /^ The coach kept asking[^]*Nobody in the dressing room[^]*back to work on Monday \. $/);
  assert.equal(direct[1].speaker, 'Mira Castell');
  // the unmarked line is her quotation's, not reported speech of its own
  assert.ok(!qs.some((q) => q.kind === 'indirect' && q.text.includes('dressing room')));
});

test('an unmarked line that names a person between two quotations is not run into them', () => {
  const text = [
    'The Larks beat the Herons 3 - 1 at Brookfield on Saturday .',
    'Goalkeeper Mira Castell saved a penalty in the second half .',
    '“ It was a long week for us , ” Castell said .',
    '“ The coach kept asking us to trust the plan .',
    'Striker Tomas Brandt scored twice before the break .',
    '“ We will enjoy tonight and then get back to work on Monday . ”',
    'The Herons have not won at Brookfield since 2011 .',
  ].join('\n\n');
  const direct = quotes(text).filter((q) => q.kind === 'direct');
  assert.ok(direct.some((q) => q.text.includes('trust the plan') && !q.text.includes('Brandt')));
  assert.ok(direct.some((q) => q.text.startsWith(' We will enjoy')));
});

test('in prose paragraphs the reopened quotation stays a quotation of its own', () => {
  const prose = [
    'The Larks beat the Herons 3-1 at Brookfield on Saturday.',
    'Goalkeeper Mira Castell saved a penalty in the second half.',
    '“It was a long week for us,” Castell said.',
    '“The coach kept asking us to trust the plan.',
    'Nobody in the dressing room doubted it for a second.',
    '“We will enjoy tonight and then get back to work on Monday.”',
    'The Herons have not won at Brookfield since 2011.',
  ].join('\n\n');
  const direct = quotes(prose).filter((q) => q.kind === 'direct');
  assert.ok(direct.some((q) => q.text.startsWith('We will enjoy')));
  assert.ok(!direct.some((q) => q.text.includes('dressing room')));
});

test('unmarked lines that name someone but speak in the first person run the reopened quotation on', () => {
  const text = [
    'The ferry to Sandvik will stop running in October .',
    'A longtime passenger said : “ I cannot picture the island without it .',
    'Oskar Lind took it to school every morning for twelve years .',
    'We all grew up on that deck .',
    '“ Losing it feels like losing a neighbour . ”',
    'The operator blamed rising fuel costs .',
  ].join('\n\n');
  const direct = quotes(text).filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.match(direct[0].text, /picture the island[^]*Oskar Lind[^]*losing a neighbour/);
  assert.equal(direct[0].speaker, 'longtime passenger');
});
