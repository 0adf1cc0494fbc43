// A numeric character reference past Unicode's range is a broken file's, not a character: the
// file still reads (without it), so one bad entity costs neither the file nor its folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeml } from '../../../src/pipeline/read/timeml.js';

test('an out-of-range numeric entity is dropped and the text still reads', () => {
  const xml = '<TimeML><DCT><TIMEX3 tid="t0" value="2001-02-03">2001-02-03</TIMEX3></DCT><TEXT>Ferry&#99999999; sails &#x41;gain.</TEXT></TimeML>';
  const doc = parseTimeml(xml, 'bad-entity');
  assert.equal(doc.text, 'Ferry sails Again.');
  assert.equal(doc.dct, '2001-02-03');
});
