// Metadata and cleaning on unseen page shapes: bylines in their many forms, publishers from
// copyright lines and page titles, datelines with a country, timestamp lines, pull quotes,
// a lede repeated above its dateline, credit lines at the end. Fixtures are invented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { parseByline } from '../../../src/pipeline/extract/byline.js';
import { findDateline } from '../../../src/pipeline/extract/dateline.js';
import { extract } from '../../../src/pipeline/extract/index.js';
import { cleanPublisher, copyrightHolder } from '../../../src/pipeline/extract/publisher.js';
import { parseTimestampLine } from '../../../src/pipeline/extract/timestamp.js';
import type { RawDoc } from '../../../src/types.js';
import { rawText } from '../../fixtures/analyse-text.js';

function doc(file: string) {
  const format: RawDoc['format'] = file.endsWith('.html') ? 'html' : 'text';
  return extract({ source: { kind: 'file', location: file, name: file }, format, content: readFileSync(`test/fixtures/extract/${file}`, 'utf8'), encoding: 'utf-8', hints: {} });
}

function textDoc(content: string) {
  return extract(rawText(content));
}

test('byline forms: lists, roles and outlets after the names, dates after them, credit lines', () => {
  assert.deepEqual(parseByline('By Hanna Kowal, Otto Brenner and Lena Vidal'), ['Hanna Kowal', 'Otto Brenner', 'Lena Vidal']);
  assert.deepEqual(parseByline('By Hanna Kowal, Northwire'), ['Hanna Kowal']);
  assert.deepEqual(parseByline('By Hanna Kowal, Staff Writer'), ['Hanna Kowal']);
  assert.deepEqual(parseByline('By Hanna Kowal and Otto Brenner, Valley News Service'), ['Hanna Kowal', 'Otto Brenner']);
  assert.deepEqual(parseByline('By Hanna Kowal in Elmsford'), ['Hanna Kowal']);
  assert.deepEqual(parseByline('By Hanna Kowal June 14, 2025'), ['Hanna Kowal']);
  assert.deepEqual(parseByline('By Hanna Kowal for The Courier'), ['Hanna Kowal']);
  assert.deepEqual(parseByline('Words by Tessa Marlow'), ['Tessa Marlow']);
  assert.deepEqual(parseByline('Reporting by Tessa Marlow'), ['Tessa Marlow']);
  assert.deepEqual(parseByline('Author: Tessa Marlow'), ['Tessa Marlow']);
  assert.deepEqual(parseByline('(Reporting by Tessa Marlow and Jon Eide; Editing by Per Lind)'), ['Tessa Marlow', 'Jon Eide']);
  // Sentences that start with "By" and organisations are not bylines.
  assert.equal(parseByline('By Tuesday, the army had withdrawn from the town.'), null);
  assert.equal(parseByline('By Tuesday'), null);
  assert.equal(parseByline('By Northwire News Agency'), null);
});

test('datelines: a country or region after the city, dashes, agencies, dates', () => {
  const a = findDateline('ELMSFORD, Northland — Apple growers said…', 0)!;
  assert.deepEqual({ place: a.place, text: a.text, date: a.date }, { place: 'Elmsford', text: 'ELMSFORD, Northland', date: undefined });
  const b = findDateline('GOMA, Democratic Republic of Congo — Shells struck…', 0)!;
  assert.equal(b.place, 'Goma');
  const c = findDateline('HALDEN, Ostmark, May 4 (Northwire) - Dock workers…', 0)!;
  assert.deepEqual({ place: c.place, date: c.date, agency: c.agency }, { place: 'Halden', date: '--05-04', agency: 'Northwire' });
  const d = findDateline('SPRINGVALE, Ill. - The council voted…', 0)!;
  assert.equal(d.place, 'Springvale');
  const e = findDateline('PORT AVERY (Northwire) — The ferry…', 0)!;
  assert.deepEqual({ place: e.place, agency: e.agency }, { place: 'Port Avery', agency: 'Northwire' });
  // A caps word followed by a title-case clause is not a dateline unless a dash closes it.
  assert.equal(findDateline('NATO, The Alliance said on Friday that…', 0), null);
});

test('timestamp lines: dates, times, prefixes, relative times; never a guessed year', () => {
  assert.deepEqual(parseTimestampLine('13 February 2025'), { date: '2025-02-13' });
  assert.deepEqual(parseTimestampLine('Updated: 9 October 2023, 14:05'), { date: '2023-10-09' });
  assert.deepEqual(parseTimestampLine('Published Feb. 13, 2025 6:30 p.m. ET'), { date: '2025-02-13' });
  assert.deepEqual(parseTimestampLine('Published 12 March 2024 | Updated 13 March 2024'), { date: '2024-03-12' });
  assert.deepEqual(parseTimestampLine('Sunday, 15 June'), { date: '--06-15' });
  assert.deepEqual(parseTimestampLine('2024-03-12 08:15'), { date: '2024-03-12' });
  assert.deepEqual(parseTimestampLine('3 hours ago'), { date: null });
  assert.equal(parseTimestampLine('13 February 2025 was the day the market was shelled.'), null);
  assert.equal(parseTimestampLine('In March 2024'), null);
  assert.equal(parseTimestampLine('February 30, 2024'), null);
});

test('publisher names: copyright lines cleaned of years, legal forms and "All rights reserved"', () => {
  assert.equal(cleanPublisher('Harbourline Gazette. All rights reserved'), 'Harbourline Gazette');
  assert.equal(cleanPublisher('Riverbend Courier Ltd.'), 'Riverbend Courier');
  assert.equal(cleanPublisher('© 2004-2024 Ostmark Today. Network edition.'), 'Ostmark Today');
  assert.equal(cleanPublisher('U.S. Farm News'), 'U.S. Farm News');
  assert.equal(copyrightHolder('© 2024 Harbourline Gazette. All rights reserved.', false), 'Harbourline Gazette');
  assert.equal(copyrightHolder('Northwire © 2025 | Imprint | Privacy', false), 'Northwire');
  assert.equal(copyrightHolder('Courier Media UAB · © 2025 · All rights reserved', false), 'Courier Media');
  assert.equal(copyrightHolder('18+ © 2004-2025 Ostmark Today. Network edition.', false), 'Ostmark Today');
  // A photo credit is not the site's copyright.
  assert.equal(copyrightHolder('The ferry at the quay. © Harbourline Gazette / Ola Strand', false), null);
});

test('web page without meta tags: byline, publisher, dateline with country, timestamp, pull quote, appeal', () => {
  const d = doc('byline-footer.html');
  assert.equal(d.title, 'Flooded orchards leave apple growers counting losses');
  assert.deepEqual(d.meta.authors, ['Hanna Kowal', 'Otto Brenner', 'Lena Vidal']);
  assert.equal(d.meta.publisher, 'Riverbend Courier');
  assert.deepEqual({ place: d.meta.dateline?.place, text: d.meta.dateline?.text }, { place: 'Elmsford', text: 'ELMSFORD, Northland' });
  assert.equal(d.text.slice(d.meta.dateline!.span!.start, d.meta.dateline!.span!.end), 'ELMSFORD, Northland');
  // An "Updated" line is the last change, not the publication: no published date from it.
  assert.equal(d.meta.published.value, null);
  assert.equal(d.meta.published.notBefore, '2019');
  const reasons = new Map(d.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons.get('Updated: 9 October 2023, 14:05'), 'timestamp');
  assert.equal(reasons.get('“You can replant a tree, but you cannot replant ten years.”'), 'pull-quote');
  assert.equal(reasons.get('By Hanna Kowal, Otto Brenner and Lena Vidal'), 'byline');
  assert.ok(d.text.startsWith('ELMSFORD, Northland — Apple growers'));
  assert.equal(d.text.split('you cannot replant ten years').length - 1, 1, 'the quote stays once, where it was said');
  assert.ok(d.text.endsWith('to discuss a joint claim.'));
  assert.ok(!d.text.includes('Donate today'));
});

test('text copy: headline below site name, menu and label; lede repeated above its dateline', () => {
  const d = doc('repeated-standfirst.txt');
  assert.equal(d.title, 'Ferry operator suspends night crossings after engine fire');
  assert.ok(d.text.startsWith('Ferry operator suspends night crossings after engine fire\n\nPORT AVERY, March 12. A ferry operator'));
  assert.equal(d.text.split('A ferry operator suspended all night crossings').length - 1, 1);
  assert.deepEqual({ place: d.meta.dateline?.place, date: d.meta.dateline?.date }, { place: 'Port Avery', date: '--03-12' });
  // The timestamp line under the headline dates the story; it leaves the text.
  assert.deepEqual({ value: d.meta.published.value, precision: d.meta.published.precision }, { value: '2024-03-12', precision: 'day' });
  assert.ok(!d.text.includes('Published 12 March'));
  assert.deepEqual(d.meta.authors, ['Mikkel Aas']);
  assert.equal(d.meta.publisher, 'Harbourline Gazette');
  const reasons = new Map(d.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons.get('By Mikkel Aas'), 'byline');
  assert.equal(reasons.get('“Within twenty minutes everyone was off the ship.”'), 'pull-quote');
  for (const s of ['Harbourline Gazette\n', 'Home Region', 'CITY\n', 'ADVERTISEMENT', 'By Mikkel Aas']) assert.ok(!d.text.includes(s), s);
  assert.ok(d.text.endsWith('while the night service was suspended.'));
});

test('credit lines: byline and "Reporting by" reporters are authors; the credit line stays, copier notes go', () => {
  const d = doc('credits-tail.txt');
  assert.deepEqual(d.meta.authors, ['Tessa Marlow', 'Jon Eide']);
  assert.ok(d.text.endsWith('(Reporting by Tessa Marlow and Jon Eide; Editing by Per Lind)'));
  assert.ok(!d.text.includes('Our Standards') && !d.text.includes('Copied from'));
  assert.deepEqual({ place: d.meta.dateline?.place, date: d.meta.dateline?.date }, { place: 'Halden', date: '--05-04' });
  assert.equal(d.meta.publisher, 'Northwire');
  // Year unknown: the dateline gives month and day; the year is never guessed from "2022" in the text.
  assert.deepEqual({ value: d.meta.published.value, precision: d.meta.published.precision, notBefore: d.meta.published.notBefore }, { value: '--05-04', precision: 'month-day', notBefore: '2022' });
});

test('a timestamp without a year gives a month-day date, never a guessed year', () => {
  const d = textDoc('Council approves budget for new library\n\nSunday, 15 June\n\nThe town council approved the budget for a new library on Saturday after a debate that lasted into the night, the mayor said.\n\nWork is due to start in 2026.');
  assert.deepEqual({ value: d.meta.published.value, precision: d.meta.published.precision, notBefore: d.meta.published.notBefore }, { value: '--06-15', precision: 'month-day', notBefore: '2026' });
});

test('a short quoted paragraph that repeats nothing is article text', () => {
  const d = textDoc('Minister resigns over housing row\n\nThe housing minister resigned on Friday after weeks of criticism over delays to a building programme, her office said.\n\n"I have done what I could."\n\nShe will stay on until a successor is appointed.');
  assert.ok(d.text.includes('"I have done what I could."'));
});

test('publisher from og:site_name, JSON-LD, application-name or the page title, cleaned', () => {
  const body = `<article><p>${'The council met on Monday to discuss the budget, the roads and the new school. '.repeat(3)}</p></article>`;
  const page = (head: string, extra = '') =>
    extract({ source: { kind: 'file', location: 'x.html', name: 'x' }, format: 'html', content: `<html><head>${head}</head><body>${extra}${body}</body></html>`, encoding: 'utf-8', hints: {} }).meta.publisher;
  assert.equal(page('<meta property="og:site_name" content="Valley Courier Ltd">'), 'Valley Courier');
  assert.equal(page('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Courier"}}</script>'), 'Valley Courier');
  assert.equal(page('<meta name="application-name" content="Valley Courier">'), 'Valley Courier');
  // The site part of the title counts when the page shows that name too (masthead, footer).
  assert.equal(page('<title>Council meets on budget | Valley Courier</title>', '<header><div>Valley Courier</div></header><h1>Council meets on budget</h1>'), 'Valley Courier');
  assert.equal(page('<title>Council meets on budget | Valley Courier</title>', '<h1>Council meets on budget</h1>'), null);
});

test('text copy: a Title Case headline is not mistaken for a menu row', () => {
  const d = textDoc(
    [
      'Valley Courier',
      'Home  Region  Farming  Sport',
      'Council Approves New Library Budget',
      'Work on the building is due to start in the spring after years of delay',
      'The town council approved the budget for a new library on Tuesday after a debate that lasted late into the night, the mayor said.',
    ].join('\n'),
  );
  assert.equal(d.title, 'Council Approves New Library Budget');
  assert.ok(d.text.startsWith('Council Approves New Library Budget\n\nWork on the building'));
  assert.deepEqual(d.removed.map((r) => r.reason), ['navigation', 'navigation']);
});

test('datelines with no date: a title-case place and its region before a dash, a caps place and country alone on a line', () => {
  const lede = 'The city council voted on Tuesday to extend the ferry timetable through the winter months.';
  const more = 'Passengers had asked for the later sailings since the spring, the harbour office said.';
  const shortState = textDoc(`Ferry timetable extended\n\nSpringfield, Ill. — ${lede}\n\n${more}`);
  assert.deepEqual({ place: shortState.meta.dateline?.place, text: shortState.meta.dateline?.text }, { place: 'Springfield', text: 'Springfield, Ill.' });
  const country = textDoc(`Ferry timetable extended\n\nLyon, France: ${lede}\n\n${more}`);
  assert.equal(country.meta.dateline?.text, 'Lyon, France');
  const lone = textDoc(`Ferry timetable extended\n\nLYON, FRANCE\n\n${lede}\n\n${more}`);
  assert.equal(lone.meta.dateline?.text, 'LYON, FRANCE');
  // near misses: two surnames and an aside, a region that is no country or state, a lower-case clause after the dash
  assert.equal(textDoc(`Ferry timetable extended\n\nSmith, Jones — The firm of solicitors ${lede}\n\n${more}`).meta.dateline, null);
  assert.equal(textDoc(`Ferry timetable extended\n\nParis, France — the city of light, ${lede}\n\n${more}`).meta.dateline, null);
  assert.equal(textDoc(`Ferry timetable extended\n\nPARIS, BREAKING\n\n${lede}\n\n${more}`).meta.dateline, null);
});

test('datelines with no date: the place must lie in the region, so a name and an honorific or two countries side by side are none', () => {
  const lede = 'The harbour board said on Tuesday that the ferry would keep its winter timetable.';
  const more = 'Passengers had asked for the later sailings since the spring, the harbour office said.';
  const dateline = (p: string) => textDoc(`Ferry timetable extended\n\n${p}\n\n${more}`).meta.dateline?.text ?? null;
  assert.equal(dateline('Lincoln, MP: Jane Lincoln said the ferry would keep its timetable.'), null);
  assert.equal(dateline('Houston, Jr. — The son of the ferry owner said the boat would sail.'), null);
  assert.equal(dateline('Georgia, Florida — These two states share a ferry line across the river.'), null);
  assert.equal(dateline('Jordan, Israel: Two Neighbours at Odds'), null);
  assert.equal(dateline(`CHINA, INDIA\n\n${lede}`), null);
  assert.equal(dateline(`RUSSIA, UKRAINE\n\n${lede}`), null);
  // near misses: a town in its state, written out or short, and a caps town and its country
  assert.equal(dateline(`Paris, Texas — ${lede}`), 'Paris, Texas');
  assert.equal(dateline(`Dekalb, Ill. — ${lede}`), 'Dekalb, Ill.');
  assert.equal(dateline(`BAAR, SWITZERLAND\n\n${lede}`), 'BAAR, SWITZERLAND');
});

test('a long hyphenated caps paragraph is read promptly (no backtracking over its length)', async () => {
  // Polynomial backtracking made this paragraph take minutes. It runs in a worker so that a hang fails the
  // test at its own timeout (a regular expression cannot be interrupted on the test's thread); no duration is asserted.
  const extractUrl = new URL('../../../src/pipeline/extract/index.js', import.meta.url).href;
  const content = `Ferry timetable extended\n\nAB, ${'CD-'.repeat(1500)}x\n\nThe harbour board said on Tuesday that the ferry would keep its winter timetable.`;
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then(({ extract }) => parentPort.postMessage(extract(workerData.raw).meta.dateline));`;
  const worker = new Worker(code, { eval: true, workerData: { url: extractUrl, raw: rawText(content) } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const dateline = await Promise.race([
      new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('extract() did not return within the test\'s timeout')), 60_000);
      }),
    ]);
    assert.equal(dateline, null);
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
});
