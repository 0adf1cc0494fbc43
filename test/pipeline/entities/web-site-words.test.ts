// A name's span does not run on over the "Web" of "Web site". Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { cutWebSiteWords } from '../../../src/pipeline/entities/web-site-words.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('"Web" before "site" or "pages" is cut from a name, with the possessive before it', () => {
  const text = "The Harrow Board of Trade's Web site and the Velmora Browser Web pages went dark.";
  const ms = [at(text, "Harrow Board of Trade's Web", 'ORG'), at(text, 'Velmora Browser Web', 'MISC')];
  assert.deepEqual(shown(cutWebSiteWords(text, ms)), ['ORG:Harrow Board of Trade', 'MISC:Velmora Browser']);
});

test('"Web" that ends a name of its own, or a lone "Web", stays', () => {
  const text = 'The Dark Web market and the Orlan Web festival drew crowds; Web site traffic rose.';
  const ms = [at(text, 'Dark Web', 'MISC'), at(text, 'Orlan Web', 'MISC'), at(text, 'Web', 'MISC', text.indexOf('Web site'))];
  assert.deepEqual(shown(cutWebSiteWords(text, ms)), ['MISC:Dark Web', 'MISC:Orlan Web', 'MISC:Web']);
});
