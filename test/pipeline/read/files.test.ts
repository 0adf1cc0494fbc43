import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { formatFailure } from '../../../src/pipeline/read/index.js';
import { describeFsError } from '../../../src/pipeline/read/messages.js';
import { urlList } from '../../../src/pipeline/read/files.js';
import { FIXTURES, readAll, tempDir } from './helpers.js';

test('a folder is read recursively and sorted; hidden entries and node_modules are skipped', async (t) => {
  const dir = tempDir(t);
  for (const [path, text] of [
    ['b.html', '<p>b</p>'],
    ['a.txt', 'a'],
    ['sub/c.md', 'c'],
    ['sub/z.htm', '<p>z</p>'],
    ['.hidden/x.txt', 'hidden'],
    ['.draft.txt', 'hidden'],
    ['node_modules/pkg/readme.txt', 'dependency'],
    ['notes.json', '{}'],
    ['README.md', 'about this folder'],
    ['sub/LICENSE.txt', 'licence'],
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { docs, failures } = await readAll([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => [d.source.name, d.format, d.content]), [
    ['a', 'text', 'a'],
    ['b', 'html', '<p>b</p>'],
    ['c', 'text', 'c'],
    ['z', 'html', '<p>z</p>'],
  ]);
  assert.equal(docs[0].source.kind, 'file');
  assert.equal(docs[0].source.location, join(dir, 'a.txt'));
});

test('fixture folder: names are base names without extension', async () => {
  const { docs, failures } = await readAll([`${FIXTURES}/folder`]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => d.source.name), ['a-note', 'b-story', 'c-talks']);
  assert.equal(docs[1].encoding, 'utf-8');
  assert.match(docs[1].content, /Gdańsk/);
});

test('missing path', async () => {
  const { failures, docs } = await readAll(['no/such/file.html', `${FIXTURES}/folder/a-note.txt`]);
  assert.deepEqual(failures, [{ input: 'no/such/file.html', error: 'no such file or directory' }]);
  assert.equal(docs.length, 1, 'the other input still reads');
  assert.equal(formatFailure(failures[0]), 'no/such/file.html: no such file or directory');
});

test('directory without articles', async () => {
  const { failures } = await readAll([`${FIXTURES}/no-articles`]);
  assert.deepEqual(failures, [
    { input: `${FIXTURES}/no-articles`, error: 'no articles found in this directory (looked for .txt, .html, .htm, .jsonl, .sgm, .tml)' },
  ]);
});

test('empty and whitespace-only files', async () => {
  const { failures } = await readAll([`${FIXTURES}/empty.txt`, `${FIXTURES}/blank.txt`]);
  assert.deepEqual(failures, [
    { input: `${FIXTURES}/empty.txt`, error: 'empty file' },
    { input: `${FIXTURES}/blank.txt`, error: 'empty file (only whitespace)' },
  ]);
});

test('binary files say what they look like', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'report.txt'), Buffer.from('%PDF-1.4\n1 0 obj\n'));
  writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x00, 0x00, 0x13]));
  const { failures } = await readAll([dir]);
  assert.deepEqual(failures.map((f) => [f.input.slice(dir.length + 1), f.error]), [
    ['blob.txt', 'binary file (contains NUL bytes), not a text article'],
    ['photo.html', 'binary file (looks like a PNG image), not a text article'],
    ['report.txt', 'binary file (looks like a PDF document), not a text article'],
  ]);
});

test('file over maxBytes', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'big.html');
  writeFileSync(path, 'x'.repeat(3 * 1024 * 1024));
  const { failures } = await readAll([path], { maxBytes: 2 * 1024 * 1024 });
  assert.deepEqual(failures, [{ input: path, error: '3 MB, over the 2 MB limit', reason: 'size-limit' }]);
  writeFileSync(path, 'x'.repeat(Math.round(52.4 * 1024 * 1024)));
  assert.equal((await readAll([path])).failures[0].error, '52.4 MB, over the 20 MB limit');
});

test('gzipped HTML (.html.gz) is unpacked; its name drops both extensions', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, '0042abc.html.gz');
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><p>'), iconv.encode('Суд в Москве', 'windows-1251'), Buffer.from('</p></html>')])));
  const { docs, failures } = await readAll([path]);
  assert.deepEqual(failures, []);
  assert.equal(docs[0].source.name, '0042abc');
  assert.equal(docs[0].format, 'html');
  assert.equal(docs[0].encoding, 'windows-1251');
  assert.match(docs[0].content, /Суд в Москве/);
});

test('corrupt and oversize gzip', async (t) => {
  const dir = tempDir(t);
  const bad = join(dir, 'bad.html.gz');
  writeFileSync(bad, gzipSync('<p>hello</p>').subarray(0, 12));
  const bomb = join(dir, 'bomb.html.gz');
  writeFileSync(bomb, gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)));
  const { failures } = await readAll([bad, bomb], { maxBytes: 1024 * 1024 });
  assert.match(failures[0].error, /^not valid gzip data/);
  assert.equal(failures[1].error, 'decompressed size more than 1 MB, over the 1 MB limit');
  assert.equal(failures[1].reason, 'size-limit', 'a gzip bomb is over the limit --max-mb raises');
});

test('encoded files: windows-1251, KOI8-R, UTF-16 with BOM', async (t) => {
  const dir = tempDir(t);
  const text = 'МОСКВА, 21 октября. Суд приговорил бывшего чиновника к шести годам заключения.';
  writeFileSync(join(dir, 'a-cp1251.txt'), iconv.encode(text, 'windows-1251'));
  writeFileSync(join(dir, 'b-koi8.txt'), iconv.encode(text, 'koi8-r'));
  writeFileSync(join(dir, 'c-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const { docs, failures } = await readAll([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => [d.encoding, d.content]), [
    ['windows-1251', text],
    ['koi8-r', text],
    ['utf-16le', text],
  ]);
});

test('a file with an unknown extension is sniffed: "<" means HTML', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'page.php'), '  <html><p>hi</p></html>');
  writeFileSync(join(dir, 'README'), 'Plain words.');
  const { docs } = await readAll([join(dir, 'page.php'), join(dir, 'README')]);
  assert.deepEqual(docs.map((d) => [d.source.name, d.format]), [['page', 'html'], ['README', 'text']]);
});

test('URL lists: every non-empty line a URL (comments allowed); HTML files never are', () => {
  assert.deepEqual(urlList('https://a.example/x\n\n# note\nhttp://b.example/y\n'), ['https://a.example/x', 'http://b.example/y']);
  assert.equal(urlList('https://a.example/x\nSome prose line\n'), null);
  assert.equal(urlList('\n\n'), null);
});

test('a .html file holding only URLs is still an article', async () => {
  const { docs } = await readAll([`${FIXTURES}/not-a-url-list.html`]);
  assert.equal(docs[0].format, 'html');
});

test('unreadable file', async (t) => {
  assert.equal(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' })), 'cannot read: permission denied');
  if (process.getuid?.() === 0) return t.skip('running as root: file permissions do not apply');
  const dir = tempDir(t);
  const path = join(dir, 'locked.txt');
  writeFileSync(path, 'secret');
  chmodSync(path, 0o000);
  const { failures } = await readAll([path]);
  assert.deepEqual(failures, [{ input: path, error: 'cannot read: permission denied' }]);
});

test('the demo corpus reads without failures', async () => {
  const { docs, failures } = await readAll(['demo']);
  assert.deepEqual(failures, []);
  assert.equal(docs.length, 10);
  assert.ok(!docs.some((d) => d.source.name === 'README'));
  assert.deepEqual([...new Set(docs.map((d) => d.format))].sort(), ['html', 'text']);
  assert.ok(docs.every((d) => d.encoding === 'utf-8'));
});

test('a text file with stray NUL bytes is read, the NULs removed, wherever they are', async (t) => {
  const dir = tempDir(t);
  const story = 'Ferry strike\n\nFerry crews in Split stopped work on Friday, the union said.\n';
  writeFileSync(join(dir, 'early.txt'), Buffer.concat([Buffer.from(story), Buffer.from([0, 0]), Buffer.from(story.repeat(2))]));
  // A NUL past the first 8 KB, where the binary check does not look.
  writeFileSync(join(dir, 'late.txt'), Buffer.concat([Buffer.from(story.repeat(120)), Buffer.from([0]), Buffer.from('The end.\n')]));
  const { docs, failures } = await readAll([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => d.source.name), ['early', 'late']);
  for (const d of docs) assert.ok(!d.content.includes('\u0000'), d.source.name);
  assert.equal(docs[0].content, story + story.repeat(2));
});

test('a link in a folder that leads nowhere is named when it stands for an article; other names are passed over', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'harbour.txt'), 'Harbour reopens\n\nThe harbour in Zadar reopened on Monday, officials said.');
  symlinkSync('moved-away.txt', join(dir, 'ferry.txt'));
  symlinkSync('loop-b.html', join(dir, 'loop-a.html'));
  symlinkSync('loop-a.html', join(dir, 'loop-b.html'));
  symlinkSync('gone.pdf', join(dir, 'scan.pdf'));
  symlinkSync('.', join(dir, 'self'));
  const { docs, failures } = await readAll([dir]);
  assert.deepEqual(docs.map((d) => d.source.name), ['harbour']);
  assert.deepEqual(failures.map((f) => [f.input.slice(dir.length + 1), f.error]), [
    ['ferry.txt', 'cannot read: a symbolic link to moved-away.txt, which does not exist'],
    ['loop-a.html', 'too many levels of symbolic links'],
    ['loop-b.html', 'too many levels of symbolic links'],
  ]);
});

test('a gzipped page cut off part way is read as far as it goes', async (t) => {
  const dir = tempDir(t);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Ferry ${i} left the harbour at Split at ${i % 12 + 1} o'clock, carrying ${40 + i * 7} passengers and ${i % 9} lorries.</p>`);
  const packed = gzipSync(`<html><head><title>Ferry timetable</title></head><body>${paragraphs.join('\n')}</body></html>`);
  const path = join(dir, 'ferries.html.gz');
  writeFileSync(path, packed.subarray(0, Math.floor(packed.length * 0.7)));
  const { docs, failures } = await readAll([path]);
  assert.deepEqual(failures, []);
  assert.match(docs[0].content, /^<html><head><title>Ferry timetable<\/title>/);
  assert.match(docs[0].content, /Ferry 20 left the harbour/);
  assert.doesNotMatch(docs[0].content, /<\/html>$/);
});
