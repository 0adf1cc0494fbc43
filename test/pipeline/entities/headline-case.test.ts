// A title-case headline reads to the tagger as running text would write it, so its names are not
// run together with its verbs and prepositions, and a wrong headline type does not spread to the
// article's own mentions. Sentences and names are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { capitalisedInRunningText, headlineForms } from '../../../src/pipeline/entities/headline-case.js';
import { taggerSentences } from '../../../src/pipeline/entities/spaced-abbreviations.js';
import { loadNerModel } from '../../../src/pipeline/entities/index.js';

const typed = (text: string) => analyseText(text).mentions.map((m) => `${m.type} ${m.text}`);

/** The tagger's forms for each sentence of the text. */
function forms(text: string): string[][] {
  const seg = segment(text);
  const body = capitalisedInRunningText(text, seg);
  return taggerSentences(text, seg).map((words) =>
    headlineForms(text, seg, words, loadNerModel().resources.casing, body),
  );
}

test('a title-case headline does not run a person into its verb, nor type the person an organisation in the body', () => {
  const names = typed('Maya Corwin Checks Into Clinic After Crash\n\nThe singer Maya Corwin has entered a clinic, her agent said on Friday.');
  assert.ok(!names.some((n) => n.includes('Checks')), names.join(' | '));
  assert.deepEqual(names.filter((n) => n.endsWith('Maya Corwin')), ['PER Maya Corwin', 'PER Maya Corwin']);
});

test('common words of a headline go to the tagger in lower case; names and words the body capitalises keep their capitals', () => {
  const [headline] = forms('Velmont Releases Fix For Golden Harbor Browser\n\nVelmont has released a fix for its Golden Harbor browser.');
  assert.deepEqual(headline.slice(0, 4), ['Velmont', 'releases', 'fix', 'for']);
  assert.ok(headline.includes('Golden') && headline.includes('Harbor'), headline.join(' '));
});

test('running text and a short title line are read as written', () => {
  const text = 'Hospital Staff Strike\n\nStaff at the Northfield Hospital Trust Said They Would Strike , one of them wrote .';
  const [title, body] = forms(text);
  assert.deepEqual(title, ['Hospital', 'Staff', 'Strike']);
  assert.ok(body.includes('Said') && body.includes('Would'), body.join(' '));
});
