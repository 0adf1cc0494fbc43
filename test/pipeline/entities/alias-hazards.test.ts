// Curated names on text where they mean something else: the curated meaning must not fire.
// Covers the entries removed for that reason (IG, MIT, "the alliance", a bare "Security Council",
// AP, ICC, "Interior Ministry") and the short or common-word entries that remain. Runs the whole
// per-document pipeline with the shipped model, curated files and alias table. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseText } from '../../fixtures/analyse-text.js';
import { projectPath } from '../../../src/paths.js';
import { parseLexicon } from '../../../src/pipeline/entities/lexicon.js';
import { shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';

function canonicals(text: string): string[] {
  const a = analyseText(text);
  return a.mentions.map((m) => m.canonical ?? m.text);
}

const HAZARDS: Array<{ alias: string; curated: string; text: string }> = [
  { alias: 'IG', curated: 'Islamic State', text: 'Audit delays\n\nThe inspector general (IG) found that the agency filed its audits late. The IG report was published in Denver on Friday.' },
  { alias: 'MIT', curated: 'National Intelligence Organization', text: 'Robot hands\n\nResearchers at MIT in Cambridge, Massachusetts, built a robot hand that can sort laundry, MIT said.' },
  { alias: 'the alliance', curated: 'NATO', text: 'Retail split\n\nThe alliance between the two grocery chains ended in March, and the alliance partners now compete in Lyon.' },
  { alias: 'Security Council', curated: 'UN Security Council', text: 'Nairobi meeting\n\nKenya\'s National Security Council met in Nairobi on Tuesday. The Security Council will meet again next week, an aide said.' },
  { alias: 'AP', curated: 'Associated Press', text: 'Exam season\n\nStudents who pass the AP exams in Ohio can earn college credit, the school board in Columbus said.' },
  { alias: 'ICC', curated: 'International Criminal Court', text: 'Cricket schedule\n\nThe ICC confirmed the schedule of the cricket World Cup at a meeting in Dubai, and the ICC chairman praised the hosts.' },
  { alias: 'Interior Ministry', curated: 'Russian Interior Ministry', text: 'Paris protest\n\nFrance\'s Interior Ministry said 3,000 people marched in Marseille. The Interior Ministry gave no other details.' },
  { alias: 'Amnesty', curated: 'Amnesty International', text: 'Tax plan\n\nThe Treasury in Ottawa announced a tax amnesty on Monday. Amnesty for late filers will last six months, officials said.' },
  { alias: 'Commons', curated: 'House of Commons', text: 'Photo rights\n\nThe photographer released the pictures under a Creative Commons licence, the museum in Boston said.' },
  { alias: 'Labour', curated: 'Labour Party', text: 'German wages\n\nLabour costs in Germany rose 3% last year, the statistics office in Wiesbaden said. Labour shortages were worst in Bavaria.' },
  { alias: 'Lords', curated: 'House of Lords', text: 'Test match\n\nEngland beat Pakistan at Lord\'s in London on Sunday, and the crowd at Lord\'s cheered.' },
  { alias: 'America', curated: 'United States', text: 'Coffee trade\n\nExports of coffee from Brazil to Latin America and South America rose, traders in Santos said.' },
  { alias: 'Conservative', curated: 'Conservative Party', text: 'Crowd size\n\nConservative estimates put the crowd in Toronto at 5,000, police in Toronto said.' },
  { alias: 'Democratic', curated: 'Democratic Party', text: 'Mine deal\n\nThe Democratic Republic of Congo signed a cobalt contract in Kinshasa, and the Democratic Republic of Congo will export ore.' },
  { alias: 'Republican', curated: 'Republican Party', text: 'Border patrol\n\nThe Republican Guard moved tanks toward Basra, and the Republican Guard commander spoke in Baghdad.' },
];

for (const h of HAZARDS) {
  test(`"${h.alias}" where it does not mean ${h.curated}`, () => {
    assert.ok(!canonicals(h.text).includes(h.curated), `${h.curated} found in: ${canonicals(h.text).join(', ')}`);
  });
}

test('every short acronym in the curated files has a hazard sentence here or is a country or union everyone writes so', () => {
  const widelyKnown = new Set(['UN', 'EU', 'US', 'UK']);
  const tested = new Set(HAZARDS.map((h) => h.alias));
  const lexicon = parseLexicon(readFileSync(projectPath('models', 'ner-lexicon.tsv'), 'utf8'));
  const names = [...shippedAliasGroups().flatMap((g) => g.names), ...lexicon.flatMap((e) => e.names)];
  const short = names.filter((n) => /^\p{Lu}{2}$/u.test(n) && !widelyKnown.has(n) && !tested.has(n));
  assert.deepEqual(short, [], 'two-letter acronyms mean many things: test them here or leave them out');
  assert.deepEqual(names.filter((n) => n === n.toLowerCase() || /^the\s/i.test(n)), [], 'no lower-cased variants or descriptions ("the alliance")');
});

test('a US party written as its adjective or plural is the party', () => {
  const text = 'Budget vote\n\nRepublican senators met Democratic leaders in Washington on Monday. Republicans said the Republican Party would back the plan, and the Democratic Party agreed.';
  const a = analyseText(text);
  const ids = (name: string) => new Set(a.mentions.filter((m) => m.canonical === name).map((m) => m.entityId));
  const written = (name: string) => a.mentions.filter((m) => m.canonical === name).map((m) => m.text);
  assert.deepEqual(new Set(written('Republican Party')), new Set(['Republican', 'Republicans', 'Republican Party']));
  assert.deepEqual(new Set(written('Democratic Party')), new Set(['Democratic', 'Democratic Party']));
  assert.equal(ids('Republican Party').size, 1);
  assert.equal(ids('Democratic Party').size, 1);
});

test('the Oscars are the Academy Awards, and so is the singular prize; a man named Oscar is not', () => {
  const a = analyseText('Host named\n\nThe Oscars will have a new host, the organisers of the Academy Awards said. The host, a comedian, has never won an Oscar.');
  const id = (text: string) => a.mentions.find((m) => m.text === text)?.entityId;
  assert.ok(id('Oscars'));
  assert.equal(id('Oscars'), id('Academy Awards'));
  assert.equal(id('Oscar'), id('Academy Awards'));
  // a man named Oscar in such an article is himself ("Oscar" then his first name)
  const b = analyseText('Host named\n\nThe Oscars will have a new host, the organisers of the Academy Awards said. Oscar Brandell, a producer, welcomed the choice, and Oscar said so twice.');
  const idB = (text: string) => b.mentions.find((m) => m.text === text)?.entityId;
  assert.notEqual(idB('Oscar Brandell'), idB('Academy Awards'));
  assert.notEqual(idB('Oscar'), idB('Academy Awards'));
});
