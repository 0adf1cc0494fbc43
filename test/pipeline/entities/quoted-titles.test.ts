// Quoted titles in American style (the comma or full stop inside the closing mark), dropped-g
// words, and lists of quoted titles. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { markWorkTitles } from '../../../src/pipeline/entities/work-titles.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const at = (text: string, s: string, type: Mention['type']): Mention => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, type, text: s };
};
const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a quoted title may end with a comma or full stop inside the mark, and a word may drop its g', () => {
  const text = 'They closed with “Rollin’ Down to Harbor Town,” then left. Her hit was “Letters From Norvia.”';
  const ms = [at(text, 'Rollin', 'PER'), at(text, 'Harbor Town', 'LOC'), at(text, 'Norvia', 'LOC')];
  assert.deepEqual(shown(markWorkTitles(text, ms)), ['MISC:Rollin’ Down to Harbor Town', 'MISC:Letters From Norvia']);
});

test('quoted titles listed together are titles, even one the tagger read as a whole name', () => {
  const text = 'The set included “Salt Creek,” “Low Tide Blues” and “Marta Lane.” Rebels of “Free Norvia” fought on.';
  const ms = [at(text, 'Salt Creek', 'LOC'), at(text, 'Marta Lane', 'PER'), at(text, 'Free Norvia', 'ORG')];
  // a quotation standing alone that one name fills keeps the tagger's type
  assert.deepEqual(shown(markWorkTitles(text, ms)), ['MISC:Salt Creek', 'MISC:Low Tide Blues', 'MISC:Marta Lane', 'ORG:Free Norvia']);
});

test('titles a plural work noun gives as examples are titles, even one read as a person; other examples stay', () => {
  const text = "She played franchises such as Kestrel's Watch, Iron Vale, Harlow and more. She visited towns such as Harlow and Iron Vale.";
  const ms = [at(text, 'Kestrel', 'PER'), at(text, 'Watch', 'LOC'), at(text, 'Iron Vale', 'LOC'), at(text, 'Harlow', 'PER')];
  const later = text.indexOf('towns');
  const towns = [{ ...at(text.slice(later), 'Harlow', 'LOC') }, { ...at(text.slice(later), 'Iron Vale', 'LOC') }].map((m) => ({ ...m, start: m.start + later, end: m.end + later }));
  assert.deepEqual(shown(markWorkTitles(text, [...ms, ...towns])), ["MISC:Kestrel's Watch", 'MISC:Iron Vale', 'MISC:Harlow', 'LOC:Harlow', 'LOC:Iron Vale']);
});

test('tokenised text parts the quotation marks, and the comma or stop inside them, from the title', () => {
  const text = 'Ola Berg , who directed " The Lost Harbour , " and ( " Kate and Maren " ) , wrote " Tide Line . " Then he left .';
  const ms = [at(text, 'Ola Berg', 'PER'), at(text, 'Lost Harbour', 'ORG'), at(text, 'Kate', 'PER'), at(text, 'Maren', 'PER')];
  assert.deepEqual(shown(markWorkTitles(text, ms)), ['PER:Ola Berg', 'MISC:The Lost Harbour', 'MISC:Kate and Maren', 'MISC:Tide Line']);
  // a quoted name standing alone that one mention fills keeps the tagger's type, as in untokenised text
  const alone = 'He shouted " Ola Berg " twice .';
  assert.deepEqual(shown(markWorkTitles(alone, [at(alone, 'Ola Berg', 'PER')])), ['PER:Ola Berg']);
});

test('a quotation right after a singular work noun is its title, even one word the tagger read as a person', () => {
  const text = 'Quill, host of her own talk show "Marta," spoke first. His film "Harlow." opened. A "Brenner" fan waved.';
  const ms = [at(text, 'Marta', 'PER'), at(text, 'Harlow', 'LOC'), at(text, 'Brenner', 'PER')];
  const titled = markWorkTitles(text, ms);
  // no work noun before "Brenner": the quotation keeps the tagger's type
  assert.deepEqual(shown(titled), ['MISC:Marta', 'MISC:Harlow', 'PER:Brenner']);
  assert.deepEqual(titled.map((m) => m.typeSettled === true), [true, true, false]);
});

test('a show named after its host stays apart from the host (whole pipeline)', () => {
  const a = analyseText('Comedian Marta Quillby will host the awards. Quillby, star of her own daytime talk show "Marta," hosted them once before.');
  const show = a.mentions.find((m) => m.text === 'Marta');
  const host = a.mentions.find((m) => m.text === 'Marta Quillby');
  assert.ok(host);
  assert.equal(show?.type, 'MISC');
  assert.notEqual(show?.entityId, host?.entityId);
});
