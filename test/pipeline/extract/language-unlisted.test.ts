// Language names in words, French's commonest words, and Latin-script texts in languages without
// a word list: sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from '../../../src/pipeline/extract/language.js';
import { languageName } from '../../../src/language-name.js';

const SWEDISH = 'Kommunen i Umeå meddelade i går att den gamla bron över älven ska rivas under hösten och att en ny bro ska byggas på samma plats. ' +
  'Enligt kommunen har bron varit i dåligt skick i många år, och trafiken har redan flyttats till en tillfällig väg. ' +
  'Arbetet väntas ta drygt två år och kostnaden beräknas bli högre än vad som först sades. Flera boende är oroliga för buller, men de flesta tycker att beslutet var nödvändigt.';
const POLISH = 'Władze miasta poinformowały we wtorek, że stary dworzec kolejowy zostanie zamknięty na czas remontu, który potrwa co najmniej dwa lata. ' +
  'Podróżni będą korzystać z tymczasowego budynku obok peronów, a część pociągów pojedzie inną trasą. ' +
  'Mieszkańcy od dawna skarżyli się na stan budynku, dlatego decyzję przyjęto z ulgą, choć wielu obawia się utrudnień w ruchu i dłuższych dojazdów do pracy. ' +
  'Radni zapowiedzieli też, że po remoncie w budynku powstanie poczekalnia, kawiarnia i nowe kasy biletowe.';
const FRENCH_DE_UN = "Un incendie s'est déclaré dans un entrepôt de meubles de la zone portuaire de Brest, où trente pompiers ont lutté contre les flammes pendant trois heures sans faire de blessé.";
const ROSTER = 'Squad: Anna Berg, Olga Lind, Maria Holm, Eva Dahl, Karin Sjö, Lena Ek, Sara Nord, Ida Falk, Emma Strand, Moa Lund, Elin Borg, Tove Ask. ' +
  'Coach: Per Gran. Venue: Umeå Arena. Referee: Nils Hed. ' + 'Goals: Berg 12, Lind 30, Holm 44, Dahl 61, Nord 77, Falk 88. '.repeat(4);

test('a language code in words', () => {
  assert.equal(languageName('de'), 'German');
  assert.equal(languageName('fr'), 'French');
  assert.equal(languageName('und'), 'an unknown language');
  assert.equal(languageName('not a tag!'), 'not a tag!');
});

test('the note on a text that is not analysed names its language in words', () => {
  assert.match(languageOf(FRENCH_DE_UN).notAnalysed ?? '', /^French, not English/);
});

test('French with its commonest words "de" and "un" is French', () => {
  assert.equal(languageOf(FRENCH_DE_UN).language, 'fr');
});

test('a text in a Latin-script language without a list is "und" and analysed as English (documented in language.ts)', () => {
  for (const text of [SWEDISH, POLISH]) assert.deepEqual(languageOf(text), { language: 'und', notAnalysed: null });
  assert.equal(languageOf(ROSTER).notAnalysed, null);
});
