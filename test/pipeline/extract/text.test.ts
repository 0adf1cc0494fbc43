import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import { holdsSentence, readsAsProse } from '../../../src/pipeline/extract/headline.js';
import type { RawDoc } from '../../../src/types.js';
import { rawText } from '../../fixtures/analyse-text.js';

function textDoc(content: string, hints: RawDoc['hints'] = {}) {
  return extract(rawText(content, hints));
}

const copy = textDoc(readFileSync('test/fixtures/extract/duplicated-lede.txt', 'utf8'));

test('text copy: furniture dropped with reasons, body kept', () => {
  const reasons = Object.fromEntries(copy.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons['Skip to main content'], 'navigation');
  assert.equal(reasons['3 min read'], 'reading-time');
  assert.equal(reasons['Share this article'], 'share');
  assert.equal(reasons['Tags'], 'tags');
  assert.equal(reasons['Subscribe to our newsletter'], 'newsletter');
  assert.equal(reasons['Volunteers carry boxes of donated books into the library © Valley Gazette'], 'caption');
  assert.equal(reasons['Storm warning issued for the coast as winds strengthen'], 'related');
  assert.ok(copy.removed.some((r) => r.reason === 'cookie-notice'));
  for (const s of ['More than two hundred people', 'reopens next week with a reading for children']) assert.ok(copy.text.includes(s), s);
  for (const s of ['Storm warning', 'Forecasters said', 'cookie', 'Menu', 'Share this']) assert.ok(!copy.text.includes(s), s);
});

test('text copy: a duplicated lede appears once, the first copy kept', () => {
  const lede = 'Volunteers in the valley have rebuilt the village library';
  assert.equal(copy.text.split(lede).length - 1, 1);
  assert.ok(copy.text.indexOf(lede) < copy.text.indexOf('More than two hundred'));
  assert.ok(copy.removed.some((r) => r.reason === 'duplicate' && r.text.startsWith(lede)));
});

test('text copy: title is the first headline-like line, byline gives authors', () => {
  assert.equal(copy.title, 'Volunteers rebuild flooded village library');
  assert.deepEqual(copy.meta.authors, ['Anika Sorensen']);
  assert.ok(copy.text.startsWith('Volunteers rebuild flooded village library\n\n'));
});

test('container title hint wins', () => {
  assert.equal(textDoc('Some headline here\n\nBody text of the article goes here.', { title: 'Given title' }).title, 'Given title');
});

test('wire copy: hard-wrapped paragraphs joined, dateline, reporters as authors', () => {
  const wire = textDoc(readFileSync('test/fixtures/extract/wire.txt', 'utf8'));
  assert.equal(wire.title, 'Turkish court jails three over port fraud');
  assert.ok(wire.text.includes('A Turkish court on Tuesday jailed three former port officials'));
  assert.equal(wire.paragraphs.length, 5);
  assert.deepEqual(wire.meta.authors, ['Ece Toksabay', 'Daren Butler']);
  assert.equal(wire.meta.publisher, 'Reuters');
  const d = wire.meta.dateline!;
  assert.equal(d.place, 'Ankara');
  assert.equal(d.date, '--03-03');
  assert.equal(wire.text.slice(d.span!.start, d.span!.end), d.text);
  assert.deepEqual({ value: wire.meta.published.value, precision: wire.meta.published.precision }, { value: '--03-03', precision: 'month-day' });
  assert.equal(wire.meta.published.notBefore, '2019-01');
});

test('published: container hint before dateline; no date at all is none', () => {
  const hinted = textDoc('Headline of a story\n\nMOSCOW, October 21. Something happened today in the city.', { published: '2016-10-21' });
  assert.equal(hinted.meta.published.value, '2016-10-21');
  assert.equal(hinted.meta.published.evidence?.origin, 'container');
  const none = textDoc('Headline of a story\n\nSomething happened on Thursday in the city.');
  assert.deepEqual(none.meta.published, { value: null, precision: 'none' });
});

test('author bio at the end gives authors and is removed; publisher from an about-line', () => {
  const doc = textDoc(
    [
      'A headline about a policy report',
      'The report found that the policy had failed to meet most of its goals, the authors wrote in their conclusion.',
      'It recommends a review of the programme before the next budget is set.',
      'Jane Doe and John Roe are senior fellows with the Institute for Policy Studies. They are authors of several books.',
      'Policy Notes is IPS’s online journal covering public policy. All opinions are those of the author.',
      'Learn More',
    ].join('\n'),
  );
  assert.deepEqual(doc.meta.authors, ['Jane Doe', 'John Roe']);
  assert.equal(doc.meta.publisher, 'IPS');
  assert.ok(doc.removed.some((r) => r.reason === 'author-bio' && r.text.startsWith('Jane Doe')));
  assert.ok(doc.text.endsWith('before the next budget is set.'));
});

test('headline attribution: who found or reported the story', () => {
  assert.equal(textDoc('Reuters found out about secret talks in Vienna\n\nThe talks took place last week, officials said.').meta.attributedTo, 'Reuters');
  assert.equal(textDoc('Threat from smugglers is growing – Interpol\n\nThe agency said on Friday that smuggling grew.').meta.attributedTo, 'Interpol');
  assert.equal(textDoc('Minister says taxes will rise next year\n\nThe minister said so on Friday.').meta.attributedTo, undefined);
});

test('empty and whitespace-only input give an empty document', () => {
  const doc = textDoc('   \n\n  ');
  assert.equal(doc.text, '');
  assert.deepEqual(doc.paragraphs, []);
});

test('a text copy cut off mid-sentence keeps its last paragraph and its headline; a short unpunctuated tail is still furniture', () => {
  const body = 'Ferry crews in Split stopped work on Friday over pay, the union said. The harbour master said three crossings to Hvar were cancelled and more could follow, and the';
  const cut = textDoc(`Ferry strike in Split\n\n${body}`);
  assert.equal(cut.title, 'Ferry strike in Split');
  assert.equal(cut.text, `Ferry strike in Split\n\n${body}`);
  assert.deepEqual(cut.removed, []);
  // The whole article one cut-off paragraph: kept, not dropped as a footer.
  assert.equal(textDoc(body).text, body);
  // A paragraph then a menu line with no full stop: the menu line goes, as before.
  const furnished = textDoc(`Ferry strike in Split\n\nFerry crews in Split stopped work on Friday over pay, the union said.\n\nDalmatia Today Weekend Edition`);
  assert.deepEqual(furnished.removed.map((r) => [r.text, r.reason]), [['Dalmatia Today Weekend Edition', 'footer']]);
});

test('a Title-Case teaser after the body is furniture even where a full stop splits it; a one-sentence cut-off paragraph stays', () => {
  const body = 'Ferry crews in Split stopped work on Friday over pay, the union said.';
  const teaser = 'Related: Ferry Chaos Spreads As Islanders Miss Hospital Visits. Live Updates From Split And Zadar Harbours';
  const teased = textDoc(`Ferry strike in Split\n\n${body}\n\n${teaser}`);
  assert.equal(teased.text, `Ferry strike in Split\n\n${body}`);
  assert.deepEqual(teased.removed.map((r) => [r.text, r.reason]), [[teaser, 'footer']]);
  // A wire copy cut off after one sentence with no full stop: the paragraph is kept.
  const cut = 'More crossings are expected to be cancelled on Monday, the union said, with talks set for the';
  assert.equal(textDoc(`Ferry strike in Split\n\n${body}\n\n${cut}`).text, `Ferry strike in Split\n\n${body}\n\n${cut}`);
});

test('prose is told from a headline by its lower-case and function words, not by a title or "vs." before a capital', () => {
  assert.equal(readsAsProse('Sen. Hallworth Says Senate Will Vote On Harbour Bill Before Recess, Aides Tell Reporters Friday'), false);
  assert.equal(readsAsProse('Gov. Lindqvist Signs Plastic Bag Ban Across The State As Environmental Groups Cheer The Move'), false);
  assert.equal(readsAsProse('Hajduk vs. Rijeka: Live Score, Team News And Updates From Poljud Stadium In Split Tonight'), false);
  assert.equal(readsAsProse('Gov. Lindqvist signs plastic bag ban across state as environmental groups cheer new measure'), false);
  assert.equal(readsAsProse('More crossings are expected to be cancelled on Monday, the union said, with talks set for the'), true);
  assert.equal(readsAsProse('Ferry crews stopped work on Friday over pay, the union said. The harbour master said that three'), true);
  assert.equal(readsAsProse('Crews stopped work over pay.'), false);
});

test('a long translated headline that keeps its articles is still the headline; two sentences are not', () => {
  const headline = 'Source: harbour authorities of the Republic of Croatia take measures on returning the ferries to the island of Hvar';
  const doc = textDoc(`${headline}\n\nFerry crews in Split stopped work on Friday over pay, the union said.`);
  assert.equal(doc.title, headline);
  assert.equal(holdsSentence('Ferry crews stopped work on Friday over pay, the union said. The harbour master said that three'), true);
  assert.equal(holdsSentence(headline), false);
});

test('a trailing teaser or caption that reads as prose but neither ends a sentence inside nor looks cut off is furniture', () => {
  const body = 'Ferry crews in Split stopped work on Friday over pay, the union said.';
  const teaser = 'Why the last shipyard on the island kept its cranes turning through the strike and the long winter after it';
  const caption = 'Passengers on the quay in Split wait for the evening ferry to Hvar on Friday, as the crews walked out';
  for (const tail of [teaser, caption]) {
    const doc = textDoc(`Ferry strike in Split\n\n${body}\n\n${tail}`);
    assert.equal(doc.text, `Ferry strike in Split\n\n${body}`, tail);
    assert.deepEqual(doc.removed.map((r) => [r.text, r.reason]), [[tail, 'footer']]);
    // With no body of sentences above it, the same block is the article, not a tail.
    assert.equal(textDoc(`Ferry strike in Split\n\n${tail}`).text, `Ferry strike in Split\n\n${tail}`, tail);
    assert.equal(textDoc(tail).text, tail, tail);
  }
  // Cut off mid-sentence (a function word or a comma last), or holding a sentence end: still a paragraph.
  for (const tail of [
    'More crossings are expected to be cancelled on Monday, the union said, with talks set for the',
    'Three more crossings to Hvar were cancelled on Saturday morning while the talks in Zagreb went on,',
    'The talks broke up on Friday night without a deal. The union and the ferry company will meet again on Monday',
    // A quote closed with two apostrophes, as TimeML copy writes it, ends a sentence.
    "Waving to the crowd on the quay, the union leader told them that they had won the ''first round.''",
  ])
    assert.equal(textDoc(`Ferry strike in Split\n\n${body}\n\n${tail}`).text, `Ferry strike in Split\n\n${body}\n\n${tail}`, tail);
});

test('text copy with no sentence: a headline-only brief and a wire table are kept as the article', () => {
  const brief = textDoc('FERRY OPERATOR CUTS WINTER FARES BY 15 PCT', { title: 'FERRY OPERATOR CUTS WINTER FARES BY 15 PCT' });
  assert.equal(brief.text, 'FERRY OPERATOR CUTS WINTER FARES BY 15 PCT');
  const table = textDoc('BRISTOL, May 4 - Shr 21 cts vs 17 cts\n\nNet 3.4 mln vs 2.8 mln\n\nSales 40.2 mln vs 36.9 mln', { title: 'KESTREL TOOLS <KTL> 1ST QTR NET' });
  assert.match(table.text, /Shr 21 cts vs 17 cts/);
  assert.match(table.text, /Sales 40\.2 mln vs 36\.9 mln/);
  // below a body of sentences, a trailing teaser is still furniture
  const withTeaser = textDoc('The council approved the new library budget on Tuesday after a long debate.\n\nMore stories from the valley');
  assert.ok(!withTeaser.text.includes('More stories'));
});
