import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';

function toks(text: string): string[] {
  return segment(text).tokens.map((t) => t.text);
}

test('punctuation is split off words', () => {
  assert.deepEqual(toks('Hello, world; (yes): "no"!'), ['Hello', ',', 'world', ';', '(', 'yes', ')', ':', '"', 'no', '"', '!']);
  assert.deepEqual(toks('Organization(SCO)'), ['Organization', '(', 'SCO', ')']);
});

test('possessives and clitics are separate tokens', () => {
  assert.deepEqual(toks('Turkey’s war'), ['Turkey', '’s', 'war']);
  assert.deepEqual(toks("Kyrgyzstan's ministry"), ['Kyrgyzstan', "'s", 'ministry']);
  assert.deepEqual(toks("don't can't isn't"), ['do', "n't", 'ca', "n't", 'is', "n't"]);
  assert.deepEqual(toks('it doesn’t'), ['it', 'does', 'n’t']);
  assert.deepEqual(toks("they're we've I'll he'd I'm"), ['they', "'re", 'we', "'ve", 'I', "'ll", 'he', "'d", 'I', "'m"]);
  assert.deepEqual(toks('the U.S.’s plan'), ['the', 'U.S.', '’s', 'plan']);
});

test('apostrophes inside names stay', () => {
  assert.deepEqual(toks("O'Brien met O’Neill in Côte d’Ivoire at 5 o'clock"), ["O'Brien", 'met', 'O’Neill', 'in', 'Côte', 'd’Ivoire', 'at', '5', "o'clock"]);
});

test('single quotes around words are quote tokens', () => {
  assert.deepEqual(toks("is 'emerging threat', countries' men"), ['is', "'", 'emerging', 'threat', "'", ',', 'countries', "'", 'men']);
});

test('hyphenated words are kept whole', () => {
  assert.deepEqual(toks('al-Assad Kavkaz-Center anti-immigrant U.S.-led 12-year-old'), ['al-Assad', 'Kavkaz-Center', 'anti-immigrant', 'U.S.-led', '12-year-old']);
  assert.deepEqual(toks('Russia - FSB'), ['Russia', '-', 'FSB']);
});

test('numbers are kept whole in both conventions', () => {
  assert.deepEqual(toks('1,700 2,5 1.4 3.000 10:30 1996-08-22 1/2 5.93'), ['1,700', '2,5', '1.4', '3.000', '10:30', '1996-08-22', '1/2', '5.93']);
  assert.deepEqual(toks('in 2016, 45 died.'), ['in', '2016', ',', '45', 'died', '.']);
  assert.deepEqual(toks('$5 and 40%'), ['$', '5', 'and', '40', '%']);
});

test('signed numbers, bare decimals and currency prefixes', () => {
  assert.deepEqual(toks('rose +44 to -0.5 (+3) at .500 and US$5 or HK$ 10'), ['rose', '+44', 'to', '-0.5', '(', '+3', ')', 'at', '.500', 'and', 'US$', '5', 'or', 'HK$', '10']);
  assert.deepEqual(toks('+.5 or -.25'), ['+.5', 'or', '-.25']);
  assert.deepEqual(toks('3-1 and 1-0, a+b'), ['3-1', 'and', '1-0', ',', 'a', '+', 'b']);
});

test('list numbers at a line start keep their period', () => {
  assert.deepEqual(toks('Results:\n1. Mark Crear 13.26\n2. Tony Jarrett 13.35'), ['Results', ':', '1.', 'Mark', 'Crear', '13.26', '2.', 'Tony', 'Jarrett', '13.35']);
  assert.deepEqual(toks('in 2016. 45 died'), ['in', '2016', '.', '45', 'died']);
});

test('ordinals and decades are single tokens', () => {
  assert.deepEqual(toks('the 656th and 21st, the 1990s'), ['the', '656th', 'and', '21st', ',', 'the', '1990s']);
});

test('abbreviations and initials keep their period', () => {
  assert.deepEqual(toks('U.S. Gen. J. Smith of Acme Inc. on Jan. 5 at 3 p.m. e.g. this'), ['U.S.', 'Gen.', 'J.', 'Smith', 'of', 'Acme', 'Inc.', 'on', 'Jan.', '5', 'at', '3', 'p.m.', 'e.g.', 'this']);
  assert.deepEqual(toks('No. 5 but said no.'), ['No.', '5', 'but', 'said', 'no', '.']);
  assert.deepEqual(toks('A.Bortnikov'), ['A.', 'Bortnikov']);
  assert.deepEqual(toks('St.Petersburg'), ['St.', 'Petersburg']);
  assert.deepEqual(toks('the end.'), ['the', 'end', '.']);
});

test('URLs, e-mails, handles and tags are kept whole', () => {
  assert.deepEqual(toks('See https://example.com/a_b?c=1&d=(2). Or www.example.org, mail info@example.co.uk, @some_user #SomeTag'), [
    'See', 'https://example.com/a_b?c=1&d=(2)', '.', 'Or', 'www.example.org', ',', 'mail', 'info@example.co.uk', ',', '@some_user', '#SomeTag',
  ]);
  assert.deepEqual(toks('(see example.com/news/1)'), ['(', 'see', 'example.com/news/1', ')']);
});

test('quotes, ellipses and dashes are their own tokens', () => {
  assert.deepEqual(toks('“Yes,” «no» ‘maybe’ ``x\'\''), ['“', 'Yes', ',', '”', '«', 'no', '»', '‘', 'maybe', '’', '``', 'x', "''"]);
  assert.deepEqual(toks('wait… and... so'), ['wait', '…', 'and', '...', 'so']);
  assert.deepEqual(toks('war—the key–point -- now'), ['war', '—', 'the', 'key', '–', 'point', '--', 'now']);
  assert.deepEqual(toks('S&P and AT&T & co'), ['S&P', 'and', 'AT&T', '&', 'co']);
  assert.deepEqual(toks('June/July'), ['June', '/', 'July']);
});

test('non-Latin scripts, marks and emoji', () => {
  assert.deepEqual(toks('Москва, 21 октября. naïve café 😀!'), ['Москва', ',', '21', 'октября', '.', 'naïve', 'café', '😀', '!']);
  assert.deepEqual(toks('soft\u00adhyphen zero\u200bwidth'), ['soft\u00adhyphen', 'zero', 'width']);
});

test('offsets match the text', () => {
  const text = '  Turkey’s  U.S.-led\n\n“raid” ';
  const seg = segment(text);
  for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(seg.tokens.map((t) => [t.start, t.end]), [[2, 8], [8, 10], [12, 20], [22, 23], [23, 27], [27, 28]]);
});

test('empty and blank input', () => {
  assert.deepEqual(segment(''), { sentences: [], tokens: [], sentenceTokenStart: [0], tokensApart: false });
  assert.deepEqual(segment(' \n\t '), { sentences: [], tokens: [], sentenceTokenStart: [0], tokensApart: false });
});
