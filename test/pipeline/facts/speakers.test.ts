// Quotes with their speakers, through the shipped attribution model and the speaker resolver,
// on sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { buildInput, type FixtureSpec } from './helpers.js';
import { extractFacts } from '../../../src/pipeline/facts/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';

/** The facts stage as the pipeline runs it: real tokens and the parse, names given by the fixture. */
function factsOf(spec: FixtureSpec) {
  const input = buildInput(spec);
  const segmentation = segment(spec.text);
  return extractFacts({ ...input, segmentation, syntax: parseDocument(spec.text, segmentation, loadSyntaxModel()) });
}

test('a paragraph that opens a quotation without closing it continues into the next, same speaker', () => {
  const { quotes } = factsOf({
    text:
      'Harbour pilot Ingrid Solberg described the night the ferry ran aground.\n\n' +
      'Ms Solberg said: "The fog came in faster than any of us expected and the radar showed nothing useful.\n\n' +
      '"By the time the lights appeared we were already on the rocks, and the engines had stopped."\n\n' +
      'The ferry company declined to comment.',
    names: { PER: ['Ingrid Solberg', 'Ms Solberg'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2, direct.map((q) => q.text).join(' | '));
  assert.match(direct[0].text, /^The fog came in/);
  assert.match(direct[1].text, /^By the time the lights/);
  for (const q of direct) assert.equal(q.speaker, 'Ingrid Solberg');
});

test('the same convention when a copy joined the paragraphs onto one line', () => {
  const { quotes } = factsOf({
    text: 'Union organiser Tomas Berglund said: "Nobody wants this strike. "But the drivers have waited two years for an answer." The talks resume on Monday.',
    names: { PER: ['Tomas Berglund'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.text.trim()), ['Nobody wants this strike.', 'But the drivers have waited two years for an answer.']);
  for (const q of direct) assert.equal(q.speaker, 'Tomas Berglund');
  assert.ok(!quotes.some((q) => q.text.includes('talks resume')), 'narration after the closing mark is not quoted');
});

test('pronoun speakers: he and she go to the compatible person, with the full name', () => {
  const { quotes } = factsOf({
    text:
      'Mrs Adaeze Okafor, the head of the surveyors, met Mr Pieter Vos at the site on Tuesday.\n\n' +
      '“The foundations will not survive another flood,” she said.\n\n' +
      '“We will pay for new ones before the winter comes,” he replied.',
    names: { PER: ['Adaeze Okafor', 'Pieter Vos'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  assert.equal(direct[0].speaker, 'Adaeze Okafor');
  assert.equal(direct[0].speakerText, 'she', 'the source as written is kept');
  assert.equal(direct[1].speaker, 'Pieter Vos');
});

test('"said:" followed by a quote gets the speaker; a quote inside a quote stays in it', () => {
  const { quotes } = factsOf({
    text: 'Coach Rafael Duarte said: “My father told me ‘never trust a calm sea’ and he was right about that.”',
    names: { PER: ['Rafael Duarte'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, direct.map((q) => q.text).join(' | '));
  assert.match(direct[0].text, /^My father told me ‘never trust a calm sea’ and he was right about that\.$/);
  assert.equal(direct[0].speaker, 'Rafael Duarte');
});

test('narration between two quotations is not a quote', () => {
  const { quotes } = factsOf({
    text: 'The mayor said the bridge would open in May. "We have the money now." But retired engineer Colonel Hal Maddox said : "That steel will rust within ten years."',
    names: { PER: ['Hal Maddox'] },
  });
  assert.ok(!quotes.some((q) => q.kind === 'direct' && /Colonel Hal Maddox said/.test(q.text)), quotes.map((q) => q.text).join(' | '));
  const last = quotes.find((q) => q.text.startsWith('That steel'));
  assert.ok(last);
  assert.equal(last.speaker, 'Hal Maddox');
});

test('"according to" attributes indirect speech; a spokesman for a body stays a description tied to it', () => {
  const { quotes } = factsOf({
    text:
      'According to the Coastal Weather Office, the storm will reach the northern islands by Thursday evening.\n\n' +
      'A spokesman for the Ferry Board said that all crossings would be cancelled until the weekend.',
    names: { ORG: ['Coastal Weather Office', 'Ferry Board'] },
  });
  const according = quotes.find((q) => q.kind === 'indirect' && q.text.includes('storm will reach'));
  assert.ok(according, quotes.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(according.speaker, 'Coastal Weather Office');
  assert.match(according.cue?.text ?? '', /according to/i);
  const spokesman = quotes.find((q) => q.kind === 'indirect' && q.text.includes('crossings would be cancelled'));
  assert.ok(spokesman, quotes.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(spokesman.speaker, 'spokesman for the Ferry Board');
  assert.equal(spokesman.speaksFor?.name, 'Ferry Board');
});

test('"the finance minister" is the person the article names with that title; a nameless source stays described', () => {
  const { quotes } = factsOf({
    text:
      'Finance Minister Leona Hartmann presented the budget on Wednesday.\n\n' +
      'Later, the finance minister told reporters that taxes on fuel would not rise this year.\n\n' +
      '“There is no money left for the new hospital,” a source in the health department said.',
    names: { PER: ['Leona Hartmann'] },
  });
  const told = quotes.find((q) => q.text.includes('taxes on fuel'));
  assert.ok(told, quotes.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(told.speaker, 'Leona Hartmann');
  assert.equal(told.speakerText, 'the finance minister');
  const anonymous = quotes.find((q) => q.text.includes('no money left'));
  assert.ok(anonymous);
  assert.equal(anonymous.speaker, 'source in the health department');
  assert.equal(anonymous.speakerEntityId, undefined, 'never invented');
});

test('readers\' comments are quotes of their writers, not reporting', () => {
  const { quotes } = factsOf({
    text:
      'Your views on the new bypass\n\n' +
      'The road will cut the village in half and nobody asked us what we wanted. Mary Whitfield, Dunford\n\n' +
      'I drive to work every day and the council says it will save me ten minutes. Colin Ashby, Kelton, England',
    names: { PER: ['Mary Whitfield', 'Colin Ashby'] },
  });
  assert.equal(quotes.length, 2, quotes.map((q) => `${q.kind}: ${q.text}`).join(' | '));
  assert.equal(quotes[0].speaker, 'Mary Whitfield');
  assert.match(quotes[0].text, /^The road will cut.*what we wanted\.$/);
  assert.equal(quotes[1].speaker, 'Colin Ashby');
  assert.equal(quotes[1].kind, 'direct', 'what the council says is inside the reader\'s own words');
});

test('a pronoun goes to the latest subject who spoke, not to an earlier speaker quoted twice', () => {
  const { quotes } = factsOf({
    text:
      'Former mayor Bram Hendriks said the bridge was safe and insisted that repairs could wait.\n\n' +
      'Opposition leader Karel Mertens accused the council of neglect.\n\n' +
      'He told local radio: "Every family in this town is in danger while that bridge stands."',
    names: { PER: ['Bram Hendriks', 'Karel Mertens'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, direct.map((q) => q.text).join(' | '));
  assert.equal(direct[0].speakerText, 'He');
  assert.equal(direct[0].speaker, 'Karel Mertens');
});

test('a quotation split by its attribution stays two quotes, both of the one speaker', () => {
  const { quotes } = factsOf({
    text:
      'The river authority closed the old bridge to lorries on Friday.\n\n' +
      '"The cracks in the second pier have doubled since the spring," said engineer Marta Kowalczyk. "We cannot let heavy traffic cross it again until it is rebuilt."',
    names: { PER: ['Marta Kowalczyk'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.text.replace(/[,.]$/, '')), [
    'The cracks in the second pier have doubled since the spring',
    'We cannot let heavy traffic cross it again until it is rebuilt',
  ]);
  for (const q of direct) assert.equal(q.speaker, 'Marta Kowalczyk');
});

test('a paragraph that opens with a quotation nobody is named for keeps the previous paragraph\'s speaker', () => {
  const { quotes } = factsOf({
    text:
      'Farmer Idris Bowen lost most of his flock in the snow last week.\n\n' +
      '"The drifts were higher than the walls and we could not reach the far fields for three days," he said.\n\n' +
      '"Next winter we will bring the ewes down to the valley before the first frost."\n\n' +
      'The county council has promised grants for new shelters.',
    names: { PER: ['Idris Bowen'] },
  });
  const next = quotes.find((q) => q.kind === 'direct' && q.text.startsWith('Next winter'));
  assert.equal(next?.speaker, 'Idris Bowen');
});

test('"X\'s spokesman said" is a description tied to X, named as "spokesman for X", not X', () => {
  const { quotes } = factsOf({
    text:
      'Mayor Helena Strand has rejected calls to close the harbour market.\n\n' +
      'On Tuesday Ms Strand\'s spokesman said: "The mayor will not close a market that has traded here for two hundred years."',
    names: { PER: ['Helena Strand', 'Ms Strand'] },
  });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('The mayor will not'));
  assert.equal(q?.speaker, 'spokesman for Helena Strand');
  assert.equal(q?.speaksFor?.name, 'Helena Strand');
});

test('"“…,” whispered X": any verb of speaking after a quotation that hands on with a comma', () => {
  const { quotes } = factsOf({
    text: 'The vote on the new bypass was close.\n\n"They will never build it now," murmured councillor Ruth Ambler as the chamber emptied.',
    names: { PER: ['Ruth Ambler'] },
  });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('They will never build it now'));
  assert.equal(q?.speaker, 'Ruth Ambler');
});

test('"the Harbour Trust person" is someone speaking for the trust, not the trust', () => {
  const { quotes } = factsOf({
    text: 'The ferry timetable changes next month.\n\n"Nobody asked the islanders," said the Harbour Trust person.',
    names: { ORG: ['Harbour Trust'] },
  });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Nobody asked the islanders'));
  assert.equal(q?.speaker, 'Harbour Trust person');
  assert.equal(q?.speaksFor?.name, 'Harbour Trust');
});

test('the previous paragraph\'s speaker is carried once, and not onto a quotation the next sentence attributes', () => {
  const { quotes } = factsOf({
    text:
      'Farmer Idris Bowen lost most of his flock in the snow last week.\n\n' +
      '"The drifts were higher than the walls and we could not reach the far fields for three days," he said.\n\n' +
      '"Next winter we will bring the ewes down to the valley before the first frost."\n\n' +
      '"Will anyone pay for the fences that came down in the storm?" The vet shouted, walking away.\n\n' +
      '"He is wrong about the fences and he knows it, because the council paid for them last year.\n\n' +
      '"Ask anyone in the village and they will tell you the same thing about the grants."',
    names: { PER: ['Idris Bowen'] },
  });
  const speakerOf = (start: string) => quotes.find((q) => q.kind === 'direct' && q.text.startsWith(start))?.speaker;
  assert.equal(speakerOf('Next winter'), 'Idris Bowen');
  assert.notEqual(speakerOf('Will anyone pay'), 'Idris Bowen', 'the next sentence attributes it ("The vet shouted")');
  assert.notEqual(speakerOf('Ask anyone in the village'), 'Idris Bowen', 'carried once, not down a run of open quotations');
});

test('a place or nationality before a common noun describes the speaker: "the Dutch firm said" is the firm', () => {
  const { quotes } = factsOf({
    text:
      'Vandermolen Shipping said on Monday it would sell two of its tankers.\n\n' +
      '"The market for older vessels has never been better," the Dutch firm said.\n\n' +
      '"Nobody has asked us about the sale," Canadian officials said.',
    names: { ORG: ['Vandermolen Shipping'], MISC: ['Dutch', 'Canadian'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2, direct.map((q) => q.text).join(' | '));
  assert.equal(direct[0].speaker, 'Vandermolen Shipping', 'the firm the article is about, not "Dutch"');
  assert.notEqual(direct[1].speaker, 'Canadian', 'officials, described, not the nationality word');
  assert.match(direct[1].speaker ?? '', /officials/);
});

test('"the Swedish company" is the company the article calls Swedish, not the nearest one', () => {
  const { quotes } = factsOf({
    text:
      'Swedish truck maker Nordvik agreed on Friday to buy a stake in Ohio Freightways.\n\n' +
      'Ohio Freightways will keep its name and its headquarters in Columbus.\n\n' +
      '"This gives us a road into the American market," the Swedish company said.',
    names: { ORG: ['Nordvik', 'Ohio Freightways'], MISC: ['Swedish', 'American'], LOC: ['Columbus'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, direct.map((q) => q.text).join(' | '));
  assert.equal(direct[0].speaker, 'Nordvik');
});

test('an organisation the article gives another country, even set off by a comma, is not "the Japanese firm"', () => {
  const { quotes } = factsOf({
    text:
      'Chilean copper miner, Andacollo Minerales, signed a supply deal with Kanto Metals on Monday.\n\n' +
      'Andacollo Minerales will ship ore from next year.\n\n' +
      '"We needed a second source," the Japanese firm said.',
    names: { ORG: ['Andacollo Minerales', 'Kanto Metals'], MISC: ['Chilean', 'Japanese'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, direct.map((q) => q.text).join(' | '));
  assert.equal(direct[0].speaker, 'Kanto Metals');
});
