// What kind of thing a name is, from the words around it: descriptor nouns in the parse, a
// body's or facility's head noun, and titles of books and broadcasts. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Syntax } from '../../../src/types.js';
import { parseDescriptors, shippedDescriptors, typeByDescriptors } from '../../../src/pipeline/entities/descriptors.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { markWorkTitles } from '../../../src/pipeline/entities/work-titles.js';
import { typeMarketMovers } from '../../../src/pipeline/entities/market-movers.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

/** A one-sentence parse from [word, upos, deprel, head, lemma?] rows, words separated by single spaces. */
function parse(rows: Array<[string, string, string, number, string?]>): { text: string; syn: Syntax } {
  let offset = 0;
  const words = rows.map(([text, upos, deprel, head, lemma], i) => {
    const w = { text, lemma: lemma ?? text.toLowerCase().replace(/s$/, ''), upos, deprel, head, token: i, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return w;
  });
  return { text: rows.map((r) => r[0]).join(' '), syn: { words, sentenceWordStart: [0, words.length] } };
}

const nouns = parseDescriptors('ORG utility\nORG division\nORG firm\nLOC village\nLOC region\nMISC programme\nORG @poll\nORG @pupil\n');

test('a descriptor noun tied to a name by the parse settles its type', () => {
  // "the utility Velmora and its Tarnok division sold shares in firms such as Oskari"
  const { text, syn } = parse([
    ['the', 'DET', 'det', 2], ['utility', 'NOUN', 'nmod:desc', 2], ['Velmora', 'PROPN', 'nsubj', 7],
    ['and', 'CCONJ', 'cc', 6], ['its', 'PRON', 'nmod:poss', 6], ['Tarnok', 'PROPN', 'compound', 6], ['division', 'NOUN', 'conj', 2],
    ['sold', 'VERB', 'root', -1], ['shares', 'NOUN', 'obj', 7], ['in', 'ADP', 'case', 10], ['firms', 'NOUN', 'nmod', 8],
    ['such', 'ADJ', 'case', 13], ['as', 'ADP', 'fixed', 11], ['Oskari', 'PROPN', 'nmod', 10],
  ]);
  const ms = [at(text, 'Velmora', 'LOC'), at(text, 'Tarnok', 'PER'), at(text, 'Oskari', 'PER')];
  const out = typeByDescriptors(ms, syn, new Set(), nouns);
  assert.deepEqual(shown(out.mentions), ['ORG:Velmora', 'ORG:Tarnok', 'ORG:Oskari']);
  assert.equal(out.settled.size, 3);
});

test('no descriptor: a place before a firm is where it is, a broadcaster before its programme stays itself, a titled person stays a person', () => {
  // "a Leeds firm and the KTV programme hired Mr Halloran" (Leeds: a place the gazetteer knows)
  const { text, syn } = parse([
    ['a', 'DET', 'det', 2], ['Leeds', 'PROPN', 'compound', 2], ['firm', 'NOUN', 'nsubj', 7],
    ['and', 'CCONJ', 'cc', 6], ['the', 'DET', 'det', 6], ['KTV', 'PROPN', 'compound', 6], ['programme', 'NOUN', 'conj', 2],
    ['hired', 'VERB', 'root', -1], ['Mr', 'PROPN', 'compound', 9], ['Halloran', 'PROPN', 'obj', 7],
  ]);
  const lexiconFixed = at(text, 'KTV', 'ORG');
  const ms = [at(text, 'Leeds', 'LOC'), lexiconFixed, { ...at(text, 'Mr Halloran', 'PER'), title: 'Mr' }];
  const out = typeByDescriptors(ms, syn, new Set([lexiconFixed]), nouns);
  assert.deepEqual(shown(out.mentions), ['LOC:Leeds', 'ORG:KTV', 'PER:Mr Halloran']);
  assert.equal(out.settled.size, 0);
});

test('a product noun types a name as a thing only with its owner named or in a "such …s as" list; a maker before it stays itself', () => {
  const products = parseDescriptors('ORG firm\nMISC ~browser\nMISC ~brand\n');
  // "Zenith updated its Harbor Glass browser , the Orvel browser and Dunmore Foods 's Malt Rings brand"
  const owned = parse([
    ['Zenith', 'PROPN', 'nsubj', 1], ['updated', 'VERB', 'root', -1], ['its', 'PRON', 'nmod:poss', 5], ['Harbor', 'PROPN', 'compound', 4],
    ['Glass', 'PROPN', 'compound', 5], ['browser', 'NOUN', 'obj', 1], [',', 'PUNCT', 'punct', 9], ['the', 'DET', 'det', 9],
    ['Orvel', 'PROPN', 'compound', 9], ['browser', 'NOUN', 'conj', 5], ['and', 'CCONJ', 'cc', 17], ['Dunmore', 'PROPN', 'compound', 12],
    ['Foods', 'PROPN', 'nmod:poss', 17], ["'s", 'PART', 'case', 12], ['Malt', 'PROPN', 'compound', 15], ['Rings', 'PROPN', 'compound', 17, 'Rings'],
    ['new', 'ADJ', 'amod', 17], ['brand', 'NOUN', 'conj', 5],
  ]);
  const ms = [at(owned.text, 'Zenith', 'ORG'), at(owned.text, 'Harbor Glass', 'ORG'), at(owned.text, 'Orvel', 'ORG'), at(owned.text, 'Dunmore Foods', 'ORG'), at(owned.text, 'Malt Rings', 'PER')];
  const out = typeByDescriptors(ms, owned.syn, new Set(), products);
  assert.deepEqual(shown(out.mentions), ['ORG:Zenith', 'MISC:Harbor Glass', 'ORG:Orvel', 'ORG:Dunmore Foods', 'MISC:Malt Rings']);
  // the parse may hang the owner on the name's first word: "its Harbor Glass web browser"
  const inner = parse([
    ['its', 'PRON', 'nmod:poss', 1], ['Harbor', 'NOUN', 'compound', 4], ['Glass', 'PROPN', 'compound', 4], ['web', 'NOUN', 'compound', 4], ['browser', 'NOUN', 'root', -1],
  ]);
  assert.deepEqual(shown(typeByDescriptors([at(inner.text, 'Harbor Glass', 'ORG')], inner.syn, new Set(), products).mentions), ['MISC:Harbor Glass']);
  // "Tarnok sold such brands as Oat Stars and Bran Bites , and brands like Pell Rossi"
  const listed = parse([
    ['Tarnok', 'PROPN', 'nsubj', 1], ['sold', 'VERB', 'root', -1], ['such', 'ADJ', 'amod', 3], ['brands', 'NOUN', 'obj', 1, 'brand'],
    ['as', 'ADP', 'case', 6], ['Oat', 'PROPN', 'compound', 6], ['Stars', 'PROPN', 'nmod', 3], ['and', 'CCONJ', 'cc', 9],
    ['Bran', 'PROPN', 'compound', 9], ['Bites', 'PROPN', 'nmod', 6], [',', 'PUNCT', 'punct', 12], ['and', 'CCONJ', 'cc', 12],
    ['brands', 'NOUN', 'conj', 3, 'brand'], ['like', 'ADP', 'case', 15], ['Pell', 'PROPN', 'flat', 15], ['Rossi', 'PROPN', 'nmod', 12],
  ]);
  const lms = [at(listed.text, 'Tarnok', 'ORG'), at(listed.text, 'Oat Stars', 'PER'), at(listed.text, 'Bran Bites', 'PER'), at(listed.text, 'Pell Rossi', 'PER')];
  assert.deepEqual(shown(typeByDescriptors(lms, listed.syn, new Set(), products).mentions), ['ORG:Tarnok', 'MISC:Oat Stars', 'MISC:Bran Bites', 'PER:Pell Rossi']);
  // a product noun is no kind of its own: "the brand Velmora" names no thing
  assert.throws(() => parseDescriptors('ORG ~brand\n'), /product noun is MISC/);
});

test('head nouns: a facility is a place, "X\'s Department" is one body, a missed "… Centre" is an organisation', () => {
  const text = 'Protesters met outside Wexbury Road Station. The Lord Keeper\'s Department and the Coastal Studies Centre think tank replied. In Centre court, play resumed.';
  const out = repairByHeadNoun(text, [at(text, 'Wexbury Road Station', 'ORG'), at(text, 'Lord Keeper', 'LOC')]);
  assert.deepEqual(shown(out), ['LOC:Wexbury Road Station', "ORG:Lord Keeper's Department", 'ORG:Coastal Studies Centre']);
});

test('roads, built structures and straits are places whatever the tagger typed; a body named for one, a titled person and a street-named show keep their types', () => {
  const text = 'Crews closed Harlow Boulevard and Kemp Ave near Dunmore Bridge, the Velmora Tower and the Ostrava Straits; the Society for Crossing the Ostrava Straits, Dr. Pell Drive and the Lantern Street musical replied.';
  const ms = [
    at(text, 'Harlow Boulevard', 'PER'), at(text, 'Kemp Ave', 'ORG'), at(text, 'Dunmore Bridge', 'ORG'), at(text, 'Velmora Tower', 'MISC'),
    at(text, 'Ostrava Straits', 'ORG'), at(text, 'Society for Crossing the Ostrava Straits', 'ORG'), { ...at(text, 'Pell Drive', 'PER'), title: 'Dr.' }, at(text, 'Lantern Street', 'MISC'),
  ];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), [
    'LOC:Harlow Boulevard', 'LOC:Kemp Ave', 'LOC:Dunmore Bridge', 'LOC:Velmora Tower',
    'LOC:Ostrava Straits', 'ORG:Society for Crossing the Ostrava Straits', 'PER:Pell Drive', 'MISC:Lantern Street',
  ]);
});

test('a road a nationality opens, which the tagger made a thing, is a place; a thing named like a road without one stays', () => {
  const text = 'The van was parked off Dutch Boulevard, near where the Sundown Boulevard film was shot.';
  const ms = [at(text, 'Dutch Boulevard', 'MISC'), at(text, 'Sundown Boulevard', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Dutch Boulevard', 'MISC:Sundown Boulevard']);
});

test('a school or college named by what it teaches, which the tagger made a place, is a body; its stadium stays a place', () => {
  const text = 'She studied at Harnley School of Nursing and played at the Orlan College of Arts Stadium.';
  const ms = [at(text, 'Harnley School of Nursing', 'LOC'), at(text, 'Orlan College of Arts Stadium', 'LOC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Harnley School of Nursing', 'LOC:Orlan College of Arts Stadium']);
});

test('a theatre the tagger called a body or a thing is a place; a pavilion keeps its type', () => {
  const text = 'The gala moved from the Orlan Theatre to the Velmora Theater, and the Harrow Pavilion sold tickets.';
  const ms = [at(text, 'Orlan Theatre', 'ORG'), at(text, 'Velmora Theater', 'MISC'), at(text, 'Harrow Pavilion', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Orlan Theatre', 'LOC:Velmora Theater', 'ORG:Harrow Pavilion']);
});

test('a base, towers, a mall or a library keeps the type the tagger gave it (no word list decides them)', () => {
  const text = 'Jets left Quell Air Base for the Harrow Towers, the Linden Mall and the Corran Library.';
  const ms = [at(text, 'Quell Air Base', 'ORG'), at(text, 'Harrow Towers', 'MISC'), at(text, 'Linden Mall', 'ORG'), at(text, 'Corran Library', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Quell Air Base', 'MISC:Harrow Towers', 'ORG:Linden Mall', 'ORG:Corran Library']);
});

test('a festival or carnival is an event, whatever type the tagger gave it', () => {
  const text = 'Crowds left the Velmora Harbour Festival for the Ostrava Carnival, and Dunmore Arts answered.';
  const ms = [at(text, 'Velmora Harbour Festival', 'ORG'), at(text, 'Ostrava Carnival', 'LOC'), at(text, 'Dunmore Arts', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['MISC:Velmora Harbour Festival', 'MISC:Ostrava Carnival', 'ORG:Dunmore Arts']);
});

test('a name the tagger called a thing that ends in an organisation\'s or a unit\'s noun is an organisation; a meeting or a cup stays a thing', () => {
  const text = 'The Velmoran Trade Section and the Harbour Pilot Service answered, while the Spring Conference and the Tarnok Cup went ahead.';
  const ms = [at(text, 'Velmoran Trade Section', 'MISC'), at(text, 'Harbour Pilot Service', 'MISC'), at(text, 'Spring Conference', 'MISC'), at(text, 'Tarnok Cup', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Velmoran Trade Section', 'ORG:Harbour Pilot Service', 'MISC:Spring Conference', 'MISC:Tarnok Cup']);
});

test('a league of sports teams the tagger called a thing is the competition, not an organisation', () => {
  const text = 'Ostrava Rovers lost in the Baltic Nations League, and the Velmoran Farmers Union protested.';
  const ms = [at(text, 'Baltic Nations League', 'MISC'), at(text, 'Velmoran Farmers Union', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['MISC:Baltic Nations League', 'ORG:Velmoran Farmers Union']);
});

test('a law, plan or report named as one is a work; a first name Bill is not', () => {
  const text = 'The Harbour Safety Act and the Dunmore Plan, said Bill Oakes, were in the Lowell Report.';
  const ms = [at(text, 'Harbour Safety Act', 'ORG'), at(text, 'Dunmore Plan', 'LOC'), at(text, 'Bill Oakes', 'PER'), at(text, 'Lowell Report', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['MISC:Harbour Safety Act', 'MISC:Dunmore Plan', 'PER:Bill Oakes', 'MISC:Lowell Report']);
});

test('"Country\'s Ministry" keeps the country; "Ministry of X" after a possessive is left to the tagger', () => {
  const text = "Norway's Ministry said so, and Harland's Department of Works agreed.";
  const ms = [at(text, 'Norway', 'LOC'), at(text, 'Harland', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Norway', 'ORG:Harland']);
});

test('titles of books and programmes are one MISC name; a person after "his book," is still a person', () => {
  const text = "A new book, Quinn's Empire, says so. She told KTV One's Morning with Maya programme. In his memoir, Ruth Abara, his editor, is thanked. The film, Dark Harbour by Ana Lusk, opens.";
  const ms = [at(text, 'Quinn', 'PER'), at(text, 'Empire', 'LOC'), at(text, 'KTV One', 'ORG'), at(text, 'Maya', 'PER'), at(text, 'Ruth Abara', 'PER'), at(text, 'Dark Harbour', 'LOC'), at(text, 'Ana Lusk', 'PER')];
  const out = markWorkTitles(text, ms, new Set(['Mr']));
  assert.deepEqual(shown(out), ["MISC:Quinn's Empire", 'ORG:KTV One', 'MISC:Morning with Maya', 'PER:Ruth Abara', 'MISC:Dark Harbour', 'PER:Ana Lusk']);
});

test('a maker noun names the organisation before it, even one the tagger missed, if it looks like a name', () => {
  // "a ZenPoll poll and a Sunday poll"
  const { text, syn } = parse([
    ['a', 'DET', 'det', 2], ['ZenPoll', 'PROPN', 'compound', 2], ['poll', 'NOUN', 'root', -1],
    ['and', 'CCONJ', 'cc', 6], ['a', 'DET', 'det', 6], ['Sunday', 'PROPN', 'compound', 6], ['poll', 'NOUN', 'conj', 2],
  ]);
  const out = typeByDescriptors([], syn, new Set(), nouns);
  assert.deepEqual(shown(out.mentions), ['ORG:ZenPoll']);
  assert.equal(text.slice(out.mentions[0].start, out.mentions[0].end), 'ZenPoll');
});

test('what moves by a stated amount is a company, even an all-capital name the tagger missed; a known place is not retyped', () => {
  // "Tarno Kiseki slid 2% and KRX dropped 3% as Norway fell 1%"
  const { text, syn } = parse([
    ['Tarno', 'PROPN', 'compound', 1], ['Kiseki', 'PROPN', 'nsubj', 2], ['slid', 'VERB', 'root', -1, 'slide'], ['2', 'NUM', 'nummod', 4], ['%', 'SYM', 'obj', 2],
    ['and', 'CCONJ', 'cc', 7], ['KRX', 'PROPN', 'nsubj', 7], ['dropped', 'VERB', 'conj', 2, 'drop'], ['3', 'NUM', 'nummod', 9], ['%', 'SYM', 'obj', 7],
    ['as', 'SCONJ', 'mark', 12], ['Norway', 'PROPN', 'nsubj', 12], ['fell', 'VERB', 'advcl', 2, 'fall'], ['1', 'NUM', 'nummod', 14], ['%', 'SYM', 'obj', 12],
  ]);
  const out = typeMarketMovers(text, [at(text, 'Tarno Kiseki', 'LOC'), at(text, 'Norway', 'LOC')], syn);
  assert.deepEqual(shown(out), ['ORG:Tarno Kiseki', 'ORG:KRX', 'LOC:Norway']);
});

test('"shares in X" and "X shares" that move are the company\'s; a verb with no amount says nothing', () => {
  // "shares in Velmora fell 4 cents ; Oskari slid"
  const { text, syn } = parse([
    ['shares', 'NOUN', 'nsubj', 3, 'share'], ['in', 'ADP', 'case', 2], ['Velmora', 'PROPN', 'nmod', 0], ['fell', 'VERB', 'root', -1, 'fall'], ['4', 'NUM', 'nummod', 5], ['cents', 'NOUN', 'obj', 3],
    [';', 'PUNCT', 'punct', 3], ['Oskari', 'PROPN', 'nsubj', 8], ['slid', 'VERB', 'parataxis', 3, 'slide'],
  ]);
  const out = typeMarketMovers(text, [at(text, 'Velmora', 'PER'), at(text, 'Oskari', 'PER')], syn);
  assert.deepEqual(shown(out), ['ORG:Velmora', 'PER:Oskari']);
});

test('a publication the tagger saw only the nationality of is one organisation', () => {
  const text = 'He was quoted in the Canadian Mining Review on Monday, and by Canadian officials.';
  const out = repairByHeadNoun(text, [at(text, 'Canadian', 'MISC'), at(text, 'Canadian', 'MISC', 50)]);
  assert.deepEqual(shown(out), ['ORG:Canadian Mining Review', 'MISC:Canadian']);
});

test("a wire service or trade paper named by its nationality and 'Press' or 'Reporter' is one organisation; a town's one is the paper", () => {
  const text = 'She told the Danish Press on Friday, and the Harlowe Reporter ran the story.';
  const out = repairByHeadNoun(text, [at(text, 'Danish', 'MISC'), at(text, 'Harlowe Reporter', 'LOC')]);
  assert.deepEqual(shown(out), ['ORG:Danish Press', 'ORG:Harlowe Reporter']);
});

test('a compass word before a continent names a region of its own; before a country it does not', async () => {
  const { compassRegions } = await import('../../../src/pipeline/entities/compass-regions.js');
  const text = 'Storms hit south Asia and western Europe, then northern Iraq.';
  const out = compassRegions(text, [at(text, 'Asia', 'LOC'), at(text, 'Europe', 'LOC'), at(text, 'Iraq', 'LOC')]);
  assert.deepEqual(shown(out), ['LOC:south Asia', 'LOC:western Europe', 'LOC:Iraq']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a place\'s noun owned by a name makes it a place, through a name the parse ran together; a person\'s home region stays a person', () => {
  // "in Marovia Tessel 's region , a Halden pupil and a Swiss pupil saw Kovac 's region"
  const { text, syn } = parse([
    ['in', 'ADP', 'case', 4], ['Marovia', 'PROPN', 'nmod:poss', 4], ['Tessel', 'PROPN', 'flat', 1], ["'s", 'PART', 'case', 1], ['region', 'NOUN', 'obl', 13],
    [',', 'PUNCT', 'punct', 4], ['a', 'DET', 'det', 8], ['Halden', 'PROPN', 'compound', 8], ['pupil', 'NOUN', 'nsubj', 13],
    ['and', 'CCONJ', 'cc', 12], ['a', 'DET', 'det', 12], ['Swiss', 'PROPN', 'compound', 12], ['pupil', 'NOUN', 'conj', 8],
    ['saw', 'VERB', 'root', -1], ['Kovac', 'PROPN', 'nmod:poss', 16], ["'s", 'PART', 'case', 14], ['region', 'NOUN', 'obj', 13],
  ]);
  const ms = [at(text, 'Marovia', 'LOC'), at(text, 'Tessel', 'ORG'), at(text, 'Halden', 'MISC'), at(text, 'Swiss', 'MISC'), at(text, 'Kovac', 'PER')];
  const out = typeByDescriptors(ms, syn, new Set(), nouns);
  assert.deepEqual(shown(out.mentions), ['LOC:Marovia', 'LOC:Tessel', 'ORG:Halden', 'MISC:Swiss', 'PER:Kovac']);
});

test('a quotation in title case is a title, unless one name is all of it', () => {
  const text = 'He unveiled a "Plan for the Renewal of Norvia" and fought "Islamic State" and "the old guard".';
  const ms = [at(text, 'Norvia', 'LOC'), at(text, 'Islamic State', 'ORG')];
  assert.deepEqual(shown(markWorkTitles(text, ms)), ['MISC:Plan for the Renewal of Norvia', 'ORG:Islamic State']);
});

test('a descriptor noun right before a name counts even where the parse missed the apposition; a shaped name the tagger missed is added, with its other mentions', () => {
  // "the utility Velmora rose . KRX utility KRX fell . KRX said" — parse: noun and names as siblings
  const { text, syn } = parse([
    ['the', 'DET', 'det', 1], ['utility', 'NOUN', 'nsubj', 3], ['Velmora', 'PROPN', 'nsubj', 3], ['rose', 'VERB', 'root', -1],
    ['and', 'CCONJ', 'cc', 7], ['utility', 'NOUN', 'nsubj', 7], ['KRX', 'PROPN', 'nsubj', 7], ['fell', 'VERB', 'conj', 3],
    ['as', 'SCONJ', 'mark', 10], ['KRX', 'PROPN', 'nsubj', 10], ['said', 'VERB', 'advcl', 3],
  ]);
  const out = typeByDescriptors([at(text, 'Velmora', 'PER')], syn, new Set(), nouns);
  assert.deepEqual(shown(out.mentions), ['ORG:Velmora', 'ORG:KRX', 'ORG:KRX']);
  assert.equal(out.mentions[2].start, text.lastIndexOf('KRX'));
});

test('a type the context settles decides for every mention of the name in the article', () => {
  const text = 'Velmora said. Velmora sold. Velmora won. The carrier Velmora grew.';
  const ms = [at(text, 'Velmora', 'PER'), at(text, 'Velmora', 'PER', 10), at(text, 'Velmora', 'PER', 25), at(text, 'Velmora', 'ORG', 45)];
  const out = harmoniseTypes(ms, { fixed: new Set([ms[3]]) });
  assert.deepEqual(shown(out), ['ORG:Velmora', 'ORG:Velmora', 'ORG:Velmora', 'ORG:Velmora']);
  assert.deepEqual(shown(harmoniseTypes(ms)), ['PER:Velmora', 'PER:Velmora', 'PER:Velmora', 'PER:Velmora']);
});

test('"steel giant X": a descriptor the parse reads as an adjective after a noun still types the name, and names a one-word name the tagger missed', () => {
  // "the steel giant Korvath bought Dalmere , a mining firm , and the firm Pell Gruber ."
  const { text, syn } = parse([
    ['the', 'DET', 'det', 3], ['steel', 'NOUN', 'compound', 2], ['giant', 'ADJ', 'amod', 3, 'giant'], ['Korvath', 'PROPN', 'nsubj', 4],
    ['bought', 'VERB', 'root', -1], ['Dalmere', 'PROPN', 'obj', 4], [',', 'PUNCT', 'punct', 9], ['a', 'DET', 'det', 9],
    ['mining', 'NOUN', 'compound', 9], ['firm', 'NOUN', 'appos', 5], [',', 'PUNCT', 'punct', 9], ['and', 'CCONJ', 'cc', 14],
    ['the', 'DET', 'det', 14], ['firm', 'NOUN', 'compound', 14], ['Pell', 'PROPN', 'conj', 5], ['Gruber', 'PROPN', 'flat', 14],
    ['.', 'PUNCT', 'punct', 4],
  ]);
  const withGiant = parseDescriptors('ORG giant\nORG firm\n');
  // the tagger took Korvath for a person
  const out = typeByDescriptors([at(text, 'Korvath', 'PER')], syn, new Set(), withGiant);
  assert.deepEqual(shown(out.mentions), ['ORG:Korvath']);
  // the tagger missed every name: only the one-word name right after its descriptor is added
  // (Dalmere's descriptor follows it; "Pell" is continued by "Gruber", so it is left alone)
  const missed = typeByDescriptors([], syn, new Set(), withGiant);
  assert.deepEqual(shown(missed.mentions), ['ORG:Korvath']);
});

test('a lone capitalised word after a noun that is no descriptor, or after an adjective alone, is not made a name', () => {
  // "the big Tuesday rally and a giant Velmora"
  const { syn } = parse([
    ['the', 'DET', 'det', 3], ['big', 'ADJ', 'amod', 3], ['Tuesday', 'PROPN', 'compound', 3], ['rally', 'NOUN', 'root', -1],
    ['and', 'CCONJ', 'cc', 7], ['a', 'DET', 'det', 7], ['giant', 'ADJ', 'amod', 7, 'giant'], ['Velmora', 'PROPN', 'conj', 3],
  ]);
  assert.deepEqual(typeByDescriptors([], syn, new Set(), parseDescriptors('ORG giant\n')).mentions, []);
});

test('a hall for shows that the tagger took for a person is a place or a body; a titled person and a "Hall" stay people', () => {
  const text = 'The band plays the Quorlan Amphitheatre, then Brenwick Arena and the Tallis Music Center; Mr. Dorian Pavilion and Ellis Hall came too.';
  const ms = [at(text, 'Quorlan Amphitheatre', 'PER'), at(text, 'Brenwick Arena', 'PER'), at(text, 'Tallis Music Center', 'PER'), { ...at(text, 'Mr. Dorian Pavilion', 'PER'), title: 'Mr.' }, at(text, 'Ellis Hall', 'PER')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Quorlan Amphitheatre', 'LOC:Brenwick Arena', 'ORG:Tallis Music Center', 'PER:Mr. Dorian Pavilion', 'PER:Ellis Hall']);
});

test('a ground, a domed hall or an urban village the tagger called a body or a thing is a place; a villagers\' body stays a body', () => {
  const text = 'Fans left the Orlavik Arena for the Tennet Dome and walked to Brisham Village, past the Brisham Village Society.';
  const ms = [at(text, 'Orlavik Arena', 'ORG'), at(text, 'Tennet Dome', 'MISC'), at(text, 'Brisham Village', 'ORG'), at(text, 'Brisham Village Society', 'ORG', text.indexOf('Society') - 16)];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Orlavik Arena', 'LOC:Tennet Dome', 'LOC:Brisham Village', 'ORG:Brisham Village Society']);
});

test('a courthouse the tagger called a body, a thing or a person is a place; the court that sits there stays a body', () => {
  const text = 'He was led from the Marrow County Courthouse past the Eldby Courthouse to the Marrow County Court, then to Pell Courthouse.';
  const ms = [at(text, 'Marrow County Courthouse', 'ORG'), at(text, 'Eldby Courthouse', 'MISC'), at(text, 'Marrow County Court', 'ORG', text.lastIndexOf('Marrow County Court')), at(text, 'Pell Courthouse', 'PER')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Marrow County Courthouse', 'LOC:Eldby Courthouse', 'ORG:Marrow County Court', 'LOC:Pell Courthouse']);
});

test('the shipped nouns make a name a neighbourhood renames a place, in either spelling', () => {
  // "the Tarbeck neighborhood and the Quillon neighbourhood met"
  const { text, syn } = parse([
    ['the', 'DET', 'det', 2], ['Tarbeck', 'PROPN', 'compound', 2], ['neighborhood', 'NOUN', 'nsubj', 7],
    ['and', 'CCONJ', 'cc', 6], ['the', 'DET', 'det', 6], ['Quillon', 'PROPN', 'compound', 6], ['neighbourhood', 'NOUN', 'conj', 2],
    ['met', 'VERB', 'root', -1],
  ]);
  const out = typeByDescriptors([at(text, 'Tarbeck', 'MISC'), at(text, 'Quillon', 'ORG')], syn, new Set(), shippedDescriptors());
  assert.deepEqual(shown(out.mentions), ['LOC:Tarbeck', 'LOC:Quillon']);
});

test('a hospital the tagger called a place, a person or a thing is a body; a titled person keeps the type', () => {
  const text = 'She was flown to Orlan County Hospital, then to Velmora General Hospital, where Dr. Harrow Hospital waited.';
  const ms = [at(text, 'Orlan County Hospital', 'LOC'), at(text, 'Velmora General Hospital', 'PER'), { ...at(text, 'Harrow Hospital', 'PER'), title: 'Dr.' }];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Orlan County Hospital', 'ORG:Velmora General Hospital', 'PER:Harrow Hospital']);
});

test('a name the tagger called a thing that ends in a body\'s head word is a body; one ending in a paper\'s stays a thing', () => {
  const text = 'She left the Harrow Recovery Center for the Velmora Institute, then read the Orland Journal.';
  const ms = [at(text, 'Harrow Recovery Center', 'MISC'), at(text, 'Velmora Institute', 'MISC'), at(text, 'Orland Journal', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Harrow Recovery Center', 'ORG:Velmora Institute', 'MISC:Orland Journal']);
});
