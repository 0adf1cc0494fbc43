import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from '../../../src/pipeline/extract/language.js';
import { extract } from '../../../src/pipeline/extract/index.js';
import { analyseText, rawText } from '../../fixtures/analyse-text.js';

// Short texts written for these tests, one per language.
const RUSSIAN = 'Вчера вечером в центре Казани открылась новая библиотека. По словам директора, в ней будет более двадцати тысяч книг, и вход для читателей останется бесплатным.';
const FRENCH = "La mairie de Rennes a annoncé mardi que le marché couvert sera fermé pendant deux mois pour des travaux. Selon les commerçants, cette décision est une mauvaise nouvelle pour le quartier, mais elle était attendue depuis longtemps.";
const GERMAN = 'Die Stadtwerke in Kassel haben am Montag mitgeteilt, dass die Preise für Fernwärme im nächsten Jahr nicht steigen werden. Der Vorstand sprach von einer schwierigen Entscheidung, die aber für die Kunden wichtig sei.';
const ENGLISH = 'The harbour authority in Galway said on Monday that the old pier will be closed for repairs until the spring. Fishermen who use it were told to moor at the new quay, which was opened last year.';

test('the language of a text from its script and its function words', () => {
  assert.equal(languageOf(RUSSIAN).language, 'ru');
  assert.equal(languageOf(FRENCH).language, 'fr');
  assert.equal(languageOf(GERMAN).language, 'de');
  assert.equal(languageOf(ENGLISH).language, 'en');
});

test('too little text, or no clear evidence, is "und" and still analysed', () => {
  assert.deepEqual(languageOf('Kassel, Rennes'), { language: 'und', notAnalysed: null });
  assert.deepEqual(languageOf('Anna Schmidt, Pierre Moreau, Olga Petrova, Jan Novak, Maria Rossi, Luis Ortega, Tomas Berg'), { language: 'und', notAnalysed: null });
});

test('an English story quoting a French sentence stays English', () => {
  const mixed = `${ENGLISH} A sign on the gate read: "Le quai est fermé pour des travaux."`;
  assert.equal(languageOf(mixed).language, 'en');
});

test('extract stores the language on the document, and a note where it is not analysed', () => {
  const en = extract(rawText(ENGLISH));
  assert.equal(en.meta.language, 'en');
  assert.equal(en.meta.notAnalysed, undefined);
  const ru = extract(rawText(RUSSIAN));
  assert.equal(ru.meta.language, 'ru');
  assert.match(ru.meta.notAnalysed ?? '', /not English/);
});

test('non-English text keeps its text and segmentation but gets no English-only annotations', () => {
  for (const text of [RUSSIAN, FRENCH, GERMAN]) {
    const a = analyseText(text);
    assert.equal(a.doc.text, text);
    assert.ok(a.segmentation.sentences.length > 0);
    assert.deepEqual([a.mentions.length, a.times.length, a.events.length, a.figures.length, a.quotes.length], [0, 0, 0, 0, 0]);
  }
});

test('English text is analysed as before', () => {
  const a = analyseText(ENGLISH, { published: '2021-03-01' });
  assert.ok(a.mentions.some((m) => m.text === 'Galway'));
  assert.ok(a.times.length > 0);
});

// Written for these tests: Japanese news prose with more kanji than kana, and Chinese.
const JAPANESE = '札幌市議会は十二日、新年度予算案を賛成多数で可決した。市長は記者会見で、除雪対策と子育て支援を重点的に進める考えを示した。';
const CHINESE = '杭州市政府周二宣布，新建的城市图书馆将于下个月正式开放。馆长表示，图书馆藏书超过二十万册，市民可以免费借阅。';

test('Japanese with more kanji than kana is Japanese; Chinese stays Chinese', () => {
  assert.equal(languageOf(JAPANESE).language, 'ja');
  assert.match(languageOf(JAPANESE).notAnalysed ?? '', /^Japanese, not English/);
  assert.equal(languageOf(CHINESE).language, 'zh');
});
