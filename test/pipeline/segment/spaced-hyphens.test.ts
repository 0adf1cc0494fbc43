// A tokenised text writes its hyphenated words apart ("re - signed", "Vidal - Reyes"); the parser reads
// a prefix so written, and the tagger a name, as written together; spans stay on the text as written. A dash in ordinary
// prose ("Paris - the capital - said") is left a dash. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';
import { spacedHyphenAt, writesTokensApart } from '../../../src/pipeline/segment/spaced-hyphens.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { taggerSentences } from '../../../src/pipeline/entities/spaced-abbreviations.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const TOKENISED = 'The club has re - signed its goalkeeper , who did n\'t want to leave . Later , Tomas Vidal - Reyes joined the Mill - Town Rovers .';
// "re - elected" and "Lima - Quito" written as a dash would be, in prose: left apart
const PROSE = 'The town - the smallest in the valley - said it would not pay. Its mayor, re - elected in May, didn\'t fly Lima - Quito.';

test('a text that spaces its punctuation is told from ordinary prose', () => {
  assert.equal(writesTokensApart(TOKENISED), true);
  assert.equal(writesTokensApart(PROSE), false);
  const seg = segment(PROSE);
  assert.ok(seg.tokens.some((t, i) => t.text === '-' && spacedHyphenAt(PROSE, seg.tokens, i)), 'the dash has one space each side');
});

test('a prefix written apart in a tokenised text is one word of the parse, its span as written', () => {
  const syntax = parseDocument(TOKENISED, segment(TOKENISED), loadSyntaxModel());
  const forms = syntax.words.map((w) => w.text);
  const verb = forms.indexOf('re - signed');
  assert.ok(verb >= 0, forms.join(' | '));
  for (const w of syntax.words) assert.equal(TOKENISED.slice(w.start, w.end), w.text);
  assert.equal(syntax.words[verb].upos, 'VERB');
  const dependent = (form: string) => syntax.words[forms.indexOf(form)].head;
  assert.equal(dependent('club'), verb, 'the subject hangs on the verb');
  assert.equal(dependent('goalkeeper'), verb, 'the object hangs on the verb');
});

test('a hyphenated name written apart in a tokenised text is one name of the tagger', () => {
  const forms = taggerSentences(TOKENISED, segment(TOKENISED)).flat().map((w) => w.form);
  assert.ok(forms.includes('Vidal-Reyes') && forms.includes('Mill-Town'), forms.join(' '));
  const names = analyseText(TOKENISED).mentions.map((m) => `${m.type} ${m.text}`);
  assert.ok(names.includes('PER Tomas Vidal - Reyes'), names.join(' | '));
  assert.ok(names.some((n) => n.endsWith(' Mill - Town Rovers')), names.join(' | '));
});

test('a dash in ordinary prose stays a dash for the parser and the tagger', () => {
  const tagged = taggerSentences(PROSE, segment(PROSE)).flat().map((w) => w.form);
  assert.equal(tagged.filter((f) => f === '-').length, 4, tagged.join(' '));
  const syntax = parseDocument(PROSE, segment(PROSE), loadSyntaxModel());
  assert.equal(syntax.words.filter((w) => w.text === '-').length, 4);
});

test('the segmentation says once whether the text is tokenised, and the parser and the tagger read that flag', () => {
  const spaced = 'The band has re - formed after a year , did n\'t it ? Its singer , Ana Costa - Pinto , says so .';
  const written = 'The band has re-formed after a year, didn\'t it? Its singer, Ana Costa-Pinto, says so.';
  assert.equal(segment(spaced).tokensApart, true);
  assert.equal(segment(written).tokensApart, false);
  // the flag, not the text, decides: the same tokenised text with the flag cleared reads the hyphen as a dash
  const cleared = { ...segment(spaced), tokensApart: false };
  const model = loadSyntaxModel();
  assert.ok(parseDocument(spaced, segment(spaced), model).words.some((w) => w.text === 're - formed'));
  assert.ok(!parseDocument(spaced, cleared, model).words.some((w) => w.text === 're - formed'));
  const joined = (seg: ReturnType<typeof segment>) => taggerSentences(spaced, seg).flat().some((w) => w.form === 'Costa-Pinto');
  assert.equal(joined(segment(spaced)), true);
  assert.equal(joined(cleared), false);
});
