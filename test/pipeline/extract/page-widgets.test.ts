import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

function page(body: string): RawDoc {
  return {
    source: { kind: 'file', location: 'widgets.html', name: 'widgets' },
    format: 'html',
    content: `<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>${body}</article></body></html>`,
    encoding: 'utf-8',
    hints: {},
  };
}

const filler =
  '<p>The harbour board met on Tuesday evening, and after a long debate it voted to raise the fares on every crossing by a tenth.</p>' +
  '<p>Commuters who cross twice a day said the rise would cost them more than the board had admitted, and several asked for a season ticket.</p>';

test('a hover card printed inside a sentence is left out; the name that opens it stays', () => {
  const doc = extract(
    page(
      '<p>The rise was opposed by Councillor <span class="hover-person"><a class="hover-person-link" href="/p/1">Mina Arroway</a>' +
        '<span class="hover-person-card tooltip"><img src="m.jpg"><a href="/p/1">Mina Arroway</a><a href="/s/1">Arroway backs new pier plan</a> ' +
        '<a href="/s/2">Harbour budget passes</a><a class="more" href="/p/1">MORE</a></span></span> (Lab.), who called it unfair to the island.</p>' +
        filler,
    ),
  );
  assert.match(doc.text, /Councillor Mina Arroway \(Lab\.\), who called it unfair/);
  assert.ok(!doc.text.includes('new pier plan'));
  assert.ok(!doc.text.includes('MORE'));
});

test('an element with role=tooltip inside a paragraph is left out', () => {
  const doc = extract(page(`<p>The fares rise in <abbr>Q3</abbr><span role="tooltip">third quarter of the financial year</span> for all passengers on the harbour ferries.</p>${filler}`));
  assert.match(doc.text, /rise in Q3 for all passengers/);
});

test("a slideshow's caption and close buttons are not article text", () => {
  const doc = extract(
    page(
      '<div class="gallery"><div class="slide-controls"><div class="slide-count">Image 1 of 9</div>' +
        '<div class="switcher"><p class="show">Caption</p><p class="hide">Close</p></div></div></div>' +
        filler,
    ),
  );
  assert.ok(!/^Caption$/m.test(doc.text), doc.text);
  assert.ok(!/^Close$/m.test(doc.text), doc.text);
  assert.ok(doc.text.includes('voted to raise the fares'));
});

test("a 'Don't miss' box of links between two paragraphs is not article text, however long its headlines", () => {
  const doc = extract(
    page(
      filler +
        "<p><strong>DON'T MISS</strong></p><p><a href='/a'>Island council delays vote on the new harbour car park until spring</a> [<strong>ANALYSIS]<br></strong>" +
        "<a href='/b'>Ferry crew strike called off after late-night talks with the operators</a> [<strong>VIDEO]<br></strong>" +
        "<a href='/c'>Pier cafe owner says the summer season was the busiest in twenty years</a><strong> [REACTION]</strong></p>" +
        '<p>The new fares take effect on the first of March, the board said in a statement released after the vote.</p>',
    ),
  );
  assert.ok(!/miss/i.test(doc.text), doc.text);
  assert.ok(!doc.text.includes('Ferry crew strike'), doc.text);
  assert.ok(doc.text.includes('take effect on the first of March'));
});

test("an image's caption and credit set inline in the paragraph that holds the image are not article text", () => {
  const doc = extract(
    page(
      '<p><span class="img-box"><img src="gulls.jpg" alt=""><span class="caption-wrap"><span class="caption">Gulls over the pier at dawn on the day of the vote.</span>' +
        '<span class="credit"><span>Ana Ruiz</span></span></span></span></p>' +
        filler,
    ),
  );
  assert.ok(!doc.text.includes('Gulls over the pier'), doc.text);
  assert.ok(doc.text.startsWith('The harbour board met'), doc.text);
});

test('a sidebar of cut-off teaser excerpts longer than a short article stays out of it', () => {
  const teaser = (title: string, excerpt: string) => `<article class="box-item"><a href="/x"><h2>${title}</h2></a><p class="excerpt">${excerpt}</p></article>`;
  const doc = extract(
    page(
      filler +
        '<aside class="sidebar-deals"><div class="box-title">Deals</div>' +
        teaser('Tide tables half price', 'The harbour shop has cut the price of its printed tide tables for the winter, and the pocket edition now sells for less than a coffee on the quay, while the lar...') +
        teaser('Rain jackets reduced', 'Waterproof jackets from three island makers are reduced this week, with the heaviest storm coats down by a third and the light summer shells going for a song at the marke...') +
        teaser('Ferry season passes', 'Passengers who buy a season pass before the end of the month will save on every crossing, the operator says, though the pass cannot be used on the late evening boat to the outer...') +
        teaser('Lamps for the pier', 'A set of solar lamps that lit the pier during the festival is being sold off by the council, which says the money will go towards the repairs on the old north wall and its...') +
        '</aside>',
    ),
  );
  assert.ok(doc.text.includes('voted to raise the fares'), doc.text);
  assert.ok(!doc.text.includes('tide tables'), doc.text);
  assert.ok(!doc.text.includes('solar lamps'), doc.text);
});

test("a script's fallback notice and an unrendered shortcode are not article text", () => {
  const doc = extract(
    page(filler + '<p>This photo gallery requires JavaScript.</p><p>[cta url="https://example.org/tips" style="wide"]Tell us about your crossing[/cta]</p><p>The board meets again in April to review the timetable.</p>'),
  );
  assert.ok(!doc.text.includes('JavaScript'), doc.text);
  assert.ok(!doc.text.includes('[cta'), doc.text);
  assert.ok(doc.text.includes('meets again in April'));
});

test('an update time with no date closing the story is not article text', () => {
  const doc = extract(page(`${filler}<p>Updated at 4:05 p.m.</p>`));
  assert.ok(!doc.text.includes('4:05'), doc.text);
  assert.equal(doc.removed.find((r) => r.text.includes('4:05'))?.reason, 'timestamp');
});
