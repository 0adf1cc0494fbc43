// The reader's figures and quotes tell what their tooltip told (what is counted, who says so, the
// speaker) to the keyboard and to touch: each highlight is reached with Tab and opens a note in
// place with Enter; Escape closes it and gives the focus back. Over the hand-annotated fixture
// corpus (test/fixtures/ui/corpus.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function openFirstArticle(): Promise<void> {
  await web.page.goto(`${web.server.url}/#/doc/${web.server.docIds[0]}`);
  await web.page.waitForSelector('.reader-text', { timeout: 120_000 });
}

/** The elements Tab reaches inside the article text, in order, as their text and controlled id. */
async function tabStops(): Promise<Array<{ text: string; controls: string | null }>> {
  // Start just before the text: the first Tab goes to its first control.
  await web.page.evaluate(() => {
    const text = document.getElementById('reader-text')!;
    text.setAttribute('tabindex', '-1');
    text.focus();
  });
  const stops: Array<{ text: string; controls: string | null }> = [];
  for (let i = 0; i < 60; i++) {
    await web.page.keyboard.press('Tab');
    const stop = await web.page.evaluate(() => {
      const el = document.activeElement;
      return el && el.closest('#reader-text') ? { text: (el.textContent ?? '').trim(), controls: el.getAttribute('aria-controls'), inText: true } : { text: '', controls: null, inText: false };
    });
    if (stop.inText) stops.push({ text: stop.text, controls: stop.controls });
    else if (stops.length) break;
  }
  return stops;
}

test('Tab reaches each figure and the quote in the text, and Enter opens what they say', { skip, timeout: 300_000 }, async () => {
  await openFirstArticle();
  const stops = await tabStops();
  const figure = stops.find((s) => s.text === '1,700 people');
  assert.ok(figure?.controls, `the figure is a tab stop that opens a note: ${JSON.stringify(stops)}`);
  const quote = stops.find((s) => s.controls && /cowardly attack|^i$/.test(s.text) && s !== figure);
  assert.ok(quote, `the quote is reached too: ${JSON.stringify(stops)}`);

  const note = web.page.locator(`#${figure.controls}`);
  assert.equal(await note.isVisible(), false, 'closed at first: the text reads as before');
  await web.page.locator(`[aria-controls="${figure.controls}"]`).focus();
  await web.page.keyboard.press('Enter');
  assert.ok(await note.isVisible(), 'Enter opens it');
  const said = await note.innerText();
  assert.match(said, /1,700/);
  assert.match(said, /people detained/, 'what is counted');
  assert.match(said, /according to the Interior Ministry/, 'who says so');
  assert.equal(await web.page.locator(`[aria-controls="${figure.controls}"]`).getAttribute('aria-expanded'), 'true');
  await web.page.keyboard.press('Escape');
  assert.equal(await note.isVisible(), false, 'Escape closes it');

  await web.page.locator(`[aria-controls="${quote.controls}"]`).focus();
  await web.page.keyboard.press('Enter');
  const quoteNote = web.page.locator(`#${quote.controls}`);
  assert.match(await quoteNote.innerText(), /Quote: Yildirim/, 'the speaker, readable without a tooltip');
});

test('a tap on a figure opens its note; its claim link is inside', { skip, timeout: 300_000 }, async () => {
  await openFirstArticle();
  const figure = web.page.locator('.reader-text .ann-figure', { hasText: '13 suspects' });
  await figure.click();
  const id = await figure.getAttribute('aria-controls');
  assert.ok(id, 'the highlight controls a note');
  const note = web.page.locator(`#${id}`);
  assert.ok(await note.isVisible());
  assert.match(await note.innerText(), /suspects charged/);
  assert.equal(await note.locator('a[href^="#/claims?claim="]').count(), 1, 'compare with other articles, from the note');
  await note.getByRole('button', { name: 'Close note' }).click();
  assert.equal(await note.isVisible(), false);
});
