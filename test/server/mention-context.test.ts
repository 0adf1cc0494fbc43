// An entity page's mention context stays within the mention's paragraph: a headline no longer runs
// into the dateline below it, nor one paragraph into the next. Made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionContext } from '../../src/server/mention-context.js';

const text = 'Floods cut off Varnholm as river bursts its banks\n\nVARNHOLM, May 2. Water rose through the old town of Varnholm overnight, officials said.\n\nRescue boats reached Varnholm by noon.';
const at = (word: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  return mentionContext(text, i, i + word.length);
};

test('a mention in the headline has no dateline after it', () => {
  assert.deepEqual(at('Varnholm'), { before: 'Floods cut off ', after: ' as river bursts its banks' });
});

test('a mention at a paragraph start shows no text of the paragraph before', () => {
  const { before, after } = at('VARNHOLM');
  assert.equal(before, '');
  assert.match(after, /^, May 2\. Water rose/);
  assert.equal(at('Varnholm', 2).after, ' by noon.');
  assert.equal(at('Varnholm', 2).before, 'Rescue boats reached ');
});

test('long context is still cut at a word, marked with an ellipsis', () => {
  const long = 'word '.repeat(40) + 'Kestrel Bay ' + 'more '.repeat(40);
  const i = long.indexOf('Kestrel Bay');
  const { before, after } = mentionContext(long, i, i + 'Kestrel Bay'.length);
  assert.match(before, /^…word /);
  assert.match(after, / more…$/);
});
