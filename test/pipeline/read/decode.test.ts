import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, looksUtf16, metaCharset, normaliseCharset } from '../../../src/pipeline/read/decode.js';

const RU_LONG =
  'Министерство иностранных дел заявило во вторник, что переговоры в Женеве продолжатся на следующей неделе. ' +
  'По данным ведомства, около 1200 человек были задержаны в ходе акций протеста.';
const RU_SHORT = 'Москва, 21 октября. Суд арестовал троих.';

test('UTF-8 with BOM: BOM stripped', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich – “quoted”')]));
  assert.deepEqual(d, { text: 'Zürich – “quoted”', encoding: 'utf-8' });
});

test('UTF-16 LE and BE with BOM', () => {
  const text = 'Kyiv — Київ, 3 March';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.deepEqual(decodeBytes(le), { text, encoding: 'utf-16le' });
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
  assert.deepEqual(decodeBytes(be), { text, encoding: 'utf-16be' });
});

test('UTF-16 LE without BOM is recognised by its NUL pattern', () => {
  const text = 'Plain English text saved as UTF-16 by an old editor.';
  assert.deepEqual(decodeBytes(Buffer.from(text, 'utf16le')), { text, encoding: 'utf-16le' });
});

for (const enc of ['windows-1251', 'koi8-r']) {
  for (const [label, text] of [['long', RU_LONG], ['short', RU_SHORT]]) {
    test(`undeclared ${enc} (${label} text) is detected`, () => {
      const d = decodeBytes(iconv.encode(text, enc));
      assert.equal(d.encoding, enc);
      assert.equal(d.text, text);
    });
  }
}

test('undeclared latin-1 / windows-1252 text', () => {
  const text = 'Le ministre a déclaré à Genève que les négociations étaient « très difficiles ». Über 300 Menschen.';
  const d = decodeBytes(iconv.encode(text, 'windows-1252'));
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, text);
});

test('an undeclared Shift_JIS page (no charset anywhere) is read as Japanese, not as windows-1252', () => {
  const html = '<p>港の近くで新しい図書館が土曜日に開館し、朝から多くの家族が訪れた。市によると、建設費は約十億円だった。</p>';
  assert.deepEqual(decodeBytes(iconv.encode(html, 'shift_jis'), { html: true }), { text: html, encoding: 'shift_jis' });
});

test('English with windows-1252 quotes and dashes only (no accented letter, no charset) keeps them', () => {
  const text = 'The council’s vote was delayed again – “we need more time,” its chair said.';
  assert.equal(decodeBytes(iconv.encode(text, 'windows-1252')).text, text);
});

test('invalid UTF-8 in mostly-ASCII text falls back to a single-byte encoding', () => {
  const bytes = Buffer.concat([Buffer.from('The M'), Buffer.from([0xfc]), Buffer.from('ller company said on Tuesday it would cut jobs.')]);
  const d = decodeBytes(bytes);
  assert.equal(d.text, 'The Müller company said on Tuesday it would cut jobs.');
  assert.equal(d.encoding, 'windows-1252');
});

test('HTML <meta charset> wins over detection and over the HTTP header', () => {
  const html = `<html><head><meta charset="koi8-r"><title>${RU_SHORT}</title></head></html>`;
  const bytes = iconv.encode(html, 'koi8-r');
  assert.equal(decodeBytes(bytes, { html: true }).encoding, 'koi8-r');
  assert.equal(decodeBytes(bytes, { html: true, declared: 'windows-1251' }).text, html);
});

test('http-equiv Content-Type meta and declared charset', () => {
  const html = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>${RU_SHORT}</p>`;
  assert.equal(decodeBytes(iconv.encode(html, 'windows-1251'), { html: true }).text, html);
  assert.equal(decodeBytes(iconv.encode(RU_SHORT, 'koi8-r'), { declared: 'KOI8-R' }).text, RU_SHORT);
});

test('a declared UTF-8 that is not valid UTF-8 is ignored', () => {
  const bytes = iconv.encode(`<meta charset="utf-8"><p>${RU_LONG}</p>`, 'windows-1251');
  assert.equal(decodeBytes(bytes, { html: true }).encoding, 'windows-1251');
});

test('charset labels are normalised; unknown labels give null', () => {
  assert.equal(normaliseCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normaliseCharset('UTF8'), 'utf-8');
  assert.equal(normaliseCharset('cp1251'), 'windows-1251');
  assert.equal(normaliseCharset('no-such-charset'), null);
  assert.equal(metaCharset(Buffer.from('<p>no meta here</p>')), null);
});

test('a page that declares latin-1 but was saved as UTF-8 is read as UTF-8, not as "Ã¼"', () => {
  const html = '<html><head><meta charset="iso-8859-1"><title>Vote in Zürich</title></head><body><p>Voters in Zürich backed the plan, François Müller said.</p></body></html>';
  const d = decodeBytes(Buffer.from(html, 'utf8'), { html: true });
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.text, html);
  // The same from an HTTP header, and true latin-1 bytes under that declaration still read as declared.
  assert.equal(decodeBytes(Buffer.from('Zürich – “quoted”', 'utf8'), { declared: 'windows-1252' }).text, 'Zürich – “quoted”');
  const legacy = iconv.encode(html, 'windows-1252');
  assert.deepEqual(decodeBytes(legacy, { html: true }), { text: html, encoding: 'windows-1252' });
});

test('a declared UTF-16 on bytes with neither BOM nor NULs is ignored', () => {
  const html = '<html><head><meta charset="utf-16"></head><body><p>Ferry services to Brac resumed on Friday.</p></body></html>';
  assert.deepEqual(decodeBytes(Buffer.from(html, 'utf8'), { html: true }), { text: html, encoding: 'utf-8' });
  assert.equal(decodeBytes(Buffer.from('Ferry services resumed.', 'utf8'), { declared: 'UTF-16' }).text, 'Ferry services resumed.');
});

test('UTF-16 without BOM in Cyrillic or Greek is recognised by its one high byte; ASCII with NULs in every other place is not', () => {
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const d = decodeBytes(iconv.encode(RU_LONG, enc));
    assert.deepEqual(d, { text: RU_LONG, encoding: enc });
  }
  const el = 'Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για τα λιμάνια της Κρήτης.';
  assert.deepEqual(decodeBytes(iconv.encode(el, 'utf-16le')), { text: el, encoding: 'utf-16le' });
  assert.ok(looksUtf16(iconv.encode(RU_LONG, 'utf-16le')));
  // ASCII prose with a NUL at every tenth offset (all odd, as UTF-16LE's high bytes): not UTF-16.
  const ascii = Buffer.from('Ferry crews in Split stopped work on Friday, the union said. '.repeat(4));
  let next = 0;
  const padded = Buffer.from(Array.from({ length: 220 }, (_, i) => (i % 10 === 9 ? 0 : ascii[next++])));
  assert.equal(looksUtf16(padded), false);
});

test('UTF-8 cut off inside its last character, or with one stray byte, stays UTF-8 (not "Ã¼" throughout)', () => {
  const text = 'Voters in Zürich backed the plan, François Müller said – “clearly”. In São Paulo, é';
  const whole = Buffer.from(text, 'utf8');
  assert.deepEqual(decodeBytes(whole.subarray(0, whole.length - 1)), { text: text.slice(0, -1), encoding: 'utf-8' });
  const stray = Buffer.concat([Buffer.from('Voters in Zürich – “clearly” – backed it. '), Buffer.from([0xff]), Buffer.from('São Paulo did not.')]);
  assert.deepEqual(decodeBytes(stray), { text: 'Voters in Zürich – “clearly” – backed it. \uFFFDSão Paulo did not.', encoding: 'utf-8' });
  // The same under a page's wrong latin-1 declaration.
  const page = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>Zürich – “clearly”'), Buffer.from([0xe2, 0x80])]);
  assert.equal(decodeBytes(page, { html: true }).text, '<meta charset="iso-8859-1"><p>Zürich – “clearly”');
});
