// Events read on other outlets' pages (round six): posts left and taken in other words, hearings,
// investigations named without a verb. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`).events;
}
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);

test('a person who left an organisation resigned from it', () => {
  for (const text of [
    'After chief executive Dana Whitlow left the company in March, the board cut its forecast.',
    'Marta Ilves left the council last year and now runs a bakery.',
  ])
    assert.ok(typesOf(text).includes('resignation'), `${text}: ${typesOf(text).join(', ')}`);
});

test('leaving a place, a meeting or people behind is no resignation', () => {
  for (const text of [
    'The storm left two people dead in the valley on Sunday.',
    'Marta Ilves left the building shortly after noon.',
    'The delegation left Geneva on Friday without a deal.',
  ])
    assert.ok(!typesOf(text).includes('resignation'), `${text}: ${typesOf(text).join(', ')}`);
});

test('a person who took over, with nothing taken, took a post', () => {
  for (const text of ['When the old treasurer retired, it was Colin Fairbairn who took over, and the accounts improved.'])
    assert.ok(typesOf(text).includes('appointment'), `${text}: ${typesOf(text).join(', ')}`);
});

test('a firm or a town taken over is no appointment', () => {
  for (const text of ['Halvorsen Foods took over the rival bakery chain in May.', 'The rebels took over the town on Sunday.'])
    assert.ok(!typesOf(text).includes('appointment'), `${text}: ${typesOf(text).join(', ')}`);
});

test('a person installed, or added or hired as a post, is appointed', () => {
  for (const text of [
    'The investors ousted the founder and installed Colin Fairbairn to run the company.',
    'The board installed a new chief executive on Monday.',
    'She was installed as chairwoman of the trust in May.',
    'Brightwater Labs is adding veteran engineer Tomas Rieck as its chief technology officer.',
    'The club hired Lena Ostrova as head coach on Monday.',
  ])
    assert.ok(typesOf(text).includes('appointment'), `${text}: ${typesOf(text).join(', ')}`);
});

test('installing a thing or adding words is no appointment', () => {
  for (const text of [
    'Workers installed new cameras at the station on Monday.',
    'Once the page is opened, malicious downloaders are installed on the machine.',
    'The minister added that the budget would be balanced.',
    'The firm hired 200 workers at its new plant.',
  ])
    assert.ok(!typesOf(text).includes('appointment'), `${text}: ${typesOf(text).join(', ')}`);
});

test('testifying before a committee is a hearing; testifying that something happened is not', () => {
  const hearing = 'Ambassador Rhea Calloway testified before the Senate Foreign Relations Committee Tuesday about the budget.';
  assert.ok(typesOf(hearing).includes('meeting'), `${hearing}: ${typesOf(hearing).join(', ')}`);
  const evidence = 'Rhea Calloway testified that she never saw the letter.';
  assert.ok(!typesOf(evidence).includes('meeting'), `${evidence}: ${typesOf(evidence).join(', ')}`);
});

test('something under investigation, or the subject of an inquiry into something, is being investigated', () => {
  for (const text of [
    'The cause of the fire is under investigation, the brigade said.',
    'The charity is the subject of an inquiry into its accounts.',
    'Reporters say the lender is the subject of a Financial Conduct and Markets Authority inquiry into its fees.',
  ]) {
    const inquiry = eventsOf(text).find((e) => e.type === 'investigation');
    assert.ok(inquiry, `${text}: ${typesOf(text).join(', ')}`);
    assert.equal(inquiry.status, 'asserted', text);
  }
});

test('a siege laid or a place besieged, and a person set on fire, are attacks', () => {
  for (const text of [
    'Riot police have laid siege to a college campus, trapping 300 students inside.',
    'The town hall was besieged by militiamen for three days.',
    'Witnesses said a shopkeeper was set on fire during the riot on Friday.',
  ])
    assert.ok(typesOf(text).includes('attack'), `${text}: ${typesOf(text).join(', ')}`);
  const wreath = 'Veterans laid a wreath at the memorial on Sunday.';
  assert.ok(!typesOf(wreath).includes('attack'), wreath);
});

test('a player suspended or fined is sanctioned; suspended trading or a fined company is not', () => {
  const player = 'The league suspended striker Dale Corrigan for six matches on Monday.';
  assert.ok(typesOf(player).includes('sanction'), `${player}: ${typesOf(player).join(', ')}`);
  for (const text of ['The exchange suspended trading in the shares on Monday.', 'Regulators fined the bank 5 million euros.'])
    assert.ok(!typesOf(text).includes('sanction'), `${text}: ${typesOf(text).join(', ')}`);
});

test('a country invaded is a military operation; fans invading a pitch are not', () => {
  const war = 'Ruritania invaded its neighbour in the spring of 1936.';
  assert.ok(typesOf(war).includes('military_operation'), `${war}: ${typesOf(war).join(', ')}`);
  const fans = 'Hundreds of fans invaded the pitch after the final whistle.';
  assert.ok(!typesOf(fans).includes('military_operation'), `${fans}: ${typesOf(fans).join(', ')}`);
});

test('an event noun with a counted undergoer is a happening of its own', () => {
  for (const [text, type] of [
    ['Leaked files show that the mass detention of thousands of herders was ordered by the governor.', 'detention'],
    ['The release of 40 sailors was welcomed by their families.', 'release'],
  ] as const)
    assert.ok(typesOf(text).includes(type), `${text}: ${typesOf(text).join(', ')}`);
});

test('a committee hearing is a meeting; a bail hearing or the sense of hearing is not', () => {
  const hearing = 'The chairman spoke at a Senate subcommittee hearing on grain prices.';
  assert.ok(typesOf(hearing).includes('meeting'), `${hearing}: ${typesOf(hearing).join(', ')}`);
  for (const text of ['The judge set a bail hearing for the driver.', 'The drummer lost his hearing after years of loud concerts.'])
    assert.ok(!typesOf(text).includes('meeting'), `${text}: ${typesOf(text).join(', ')}`);
});
