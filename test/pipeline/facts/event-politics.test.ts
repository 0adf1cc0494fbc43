// Political news: words of violence and protest used for campaigning ("ads attacking the senator",
// "a rally in the county fairground", "went on the offensive against her rival"), and clauses that
// tell of nothing that happened (a yes/no question, a doing talked about). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Notes from the trail\n\n${text}`).events;
}

const kinds = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}`);
const ofType = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a rally that names no cause and no crowd is a campaign gathering; one against something or held by a crowd is a protest', () => {
  for (const text of [
    'The governor has introduced Ms Hale at a number of noisy rallies and has defended her on television.',
    'The union spent more than $2 million on ads, rallies and other outreach for Ms Hale.',
  ]) assert.deepEqual(kinds(ofType(text, 'protest')), [], text);
  for (const text of ['Thousands of nurses held a rally in Lisbon on Monday.', 'Hundreds of students joined a rally against the tuition rise outside parliament on Friday.']) {
    assert.equal(ofType(text, 'protest').length, 1, `${text}: ${kinds(eventsOf(text)).join(', ')}`);
  }
});

test('ads, mail and rivals attacked are criticism; a police station attacked is violence', () => {
  for (const text of [
    'The group paid for television ads attacking Mary Jones across the state last week.',
    'Her repeated attacks on the senator have angered party leaders.',
  ]) assert.deepEqual(kinds(ofType(text, 'attack')), [], text);
  const real = ofType('Gunmen attacked a police station in Kano on Sunday.', 'attack');
  assert.equal(real.length, 1);
});

test('an offensive against a named person is a campaign of words; an army offensive against rebels is an operation', () => {
  assert.deepEqual(kinds(ofType('By Thursday, John Smith had gone on the offensive against Mary Jones in three interviews.', 'military_operation')), []);
  assert.equal(ofType('The army launched an offensive against the rebels in the north on Monday.', 'military_operation').length, 1);
});

test('a yes/no question asks whether something happens; a wh-question takes it as given', () => {
  const asked = eventsOf('“Senator Hale, will you resign?”').find((e) => e.type === 'resignation');
  assert.equal(asked?.status, 'hypothetical');
  const given = eventsOf('Why did police arrest John Smith on Monday?').find((e) => e.type === 'arrest');
  assert.equal(given?.status, 'asserted');
});

test('a doing talked about is an idea, not a happening', () => {
  const talked = eventsOf('In a year when John Smith is talking about deporting millions of workers, she spoke up.').find((e) => e.type === 'deportation');
  assert.ok(!talked || talked.status === 'hypothetical', talked?.status);
});

test('killing a bill stops it; a man who killed himself died', () => {
  assert.deepEqual(kinds(ofType('Senators voted on Tuesday to kill the bill.', 'killing')), []);
  const suicide = eventsOf('A guard killed himself in the prison in Leeds on Monday.');
  assert.ok(suicide.some((e) => e.type === 'death') && !suicide.some((e) => e.type === 'killing'), kinds(suicide).join(', '));
});

test('a rally set for a night names no cause; a rally for a cause does', () => {
  assert.deepEqual(kinds(ofType('She now had a rally planned for that evening, and the permit had been hard to get.', 'protest')), []);
  assert.deepEqual(kinds(ofType('She has addressed big, noisy rallies in Ohio for the past several weeks.', 'protest')), []);
  assert.equal(ofType('Hundreds joined a rally for press freedom in Ankara on Friday.', 'protest').length, 1);
});

test('a rate makes a habit; a present with a date of its own is a timetable', () => {
  assert.deepEqual(kinds(eventsOf('Don’t forget that 40 people a day die on the roads in this country.').filter((e) => e.type === 'death')), []);
  assert.deepEqual(kinds(ofType('He protests outside the town hall every week, his sister says.', 'protest')), []);
  const set = ofType('The governor is well placed in Nevada, which votes on March 3.', 'vote')[0];
  assert.equal(set?.status, 'planned');
  const done = ofType('Some 40 MPs voted against the bill on Tuesday.', 'vote')[0];
  assert.equal(done?.status, 'asserted');
});

test('a bare verb in a clause hanging from a past is a past, not a timetable: "were hurt when rockets hit"', () => {
  const events = eventsOf('Eleven pupils were hurt when rockets hit a school in Kherson on Friday, officials said.');
  assert.ok(events.length > 0, 'the strike is an event');
  for (const e of events) assert.equal(e.status, 'asserted', `${e.type} "${e.trigger.text}"`);
  // a verb whose past is not its base form keeps its present under a past ("when they meet")
  const meeting = ofType('The minister said he expects the allies to renew the pact they signed in Oslo when they meet in Rome on Friday.', 'meeting')[0];
  assert.notEqual(meeting?.status, 'asserted');
  // a present with a date of its own after a present stays a timetable
  const set = ofType('The governor is well placed in Nevada, which votes on March 3.', 'vote')[0];
  assert.equal(set?.status, 'planned');
});

test('the prosecution speaking in court and a board of elections are no events', () => {
  assert.deepEqual(kinds(ofType('The prosecution played ten minutes of tapes from his podcast for the jury.', 'prosecution')), []);
  assert.deepEqual(kinds(ofType('On Monday, the county board of elections threw out both complaints.', 'election')), []);
});

test('what someone is eligible to do has not happened', () => {
  const vote = ofType('Most farmers are eligible to vote in the regional ballot.', 'vote')[0];
  assert.equal(vote?.status, 'hypothetical');
});

test('what someone is reluctant or hesitant to do has not happened', () => {
  for (const text of ['Coastal patrols have been reluctant to detain the smugglers they stop.', 'The council was hesitant to vote on the budget before the audit.']) {
    const found = eventsOf(text).filter((e) => e.type === 'detention' || e.type === 'vote');
    assert.ok(found.length > 0 && found.every((e) => e.status === 'hypothetical'), `${text}: ${found.map((e) => e.status).join(', ')}`);
  }
});

test('what a proposal would do has not happened; more votes than a rival are a tally', () => {
  const ban = eventsOf('Most voters said they back a proposal to temporarily ban all foreign students from entering the country.').find((e) => e.trigger.text === 'ban');
  assert.ok(!ban || ban.status === 'hypothetical', ban?.status);
  assert.deepEqual(kinds(eventsOf('I have 2 million more votes than my rival, Mary Jones said.')), []);
});

test('no one arrested, a vote refused and a killing inside a condition did not happen', () => {
  assert.equal(ofType('Nobody has been arrested so far, the police chief said.', 'arrest')[0]?.status, 'negated');
  assert.equal(ofType('The senators have refused to vote on the nominee.', 'vote')[0]?.status, 'negated');
  // a subject determined by "no" names nothing that was done
  assert.equal(ofType('No suspects were detained after the fire at the depot, officers said.', 'detention')[0]?.status ?? 'negated', 'negated');
  assert.equal(ofType('No senator was arrested at the sit-in on Tuesday.', 'arrest')[0]?.status, 'negated');
  // "no fewer than": the "no" belongs to the number, not the subject
  assert.equal(ofType('No fewer than nine protesters were arrested at the sit-in on Tuesday.', 'arrest')[0]?.status, 'asserted');
  const killed = ofType('That could have changed everything, if there were proof that a guard got killed.', 'killing');
  assert.ok(killed.every((e) => e.status === 'hypothetical'), killed.map((e) => e.status).join(', '));
});

test('what usually happens is a habit; shares and millions of votes are tallies; "would get to make" keeps its hedge', () => {
  assert.deepEqual(kinds(ofType('Children are usually abducted by someone they know.', 'arrest').concat(ofType('Victims are usually murdered by someone they know.', 'killing'))), []);
  assert.deepEqual(kinds(ofType('She took just 4 percent of the national vote in the survey.', 'vote')), []);
  assert.deepEqual(kinds(ofType('Hale has won 12.1 million votes so far.', 'vote')), []);
  const pick = eventsOf('She would get to make her own appointment to the court.').find((e) => e.type === 'appointment');
  assert.ok(!pick || pick.status === 'hypothetical', pick?.status);
});

test('capturing most of the delegates takes no one; catching two of the smugglers does; making a killing and shelling out are money', () => {
  assert.deepEqual(kinds(ofType('Forty delegates were at stake, and Hale was expected to capture a large majority of them.', 'arrest')), []);
  assert.equal(ofType('Border guards caught two of the smugglers near the crossing on Friday.', 'arrest').length, 1);
  assert.deepEqual(kinds(eventsOf('A young trader makes a killing on risky bonds.').filter((e) => e.type === 'killing' || e.type === 'attack')), []);
  assert.deepEqual(kinds(eventsOf('Taxpayers will have to shell out more in fees next year.').filter((e) => e.type === 'attack')), []);
});

test('a rally calling for or demanding something, or one for or against what its prefix names, is a protest', () => {
  for (const text of [
    'The city marked the anniversary of the strike on Sunday with rallies calling for the release of the jailed mayor.',
    'Residents of the suburb held a rally on Monday demanding new street lights.',
    'Hundreds attended a pro-democracy rally in the square on Saturday.',
    'An anti-nuclear rally in Bonn drew crowds on Sunday.',
  ])
    assert.equal(ofType(text, 'protest').length, 1, text);
  // a prefix is a prefix: a word that merely begins alike is no cause
  assert.deepEqual(kinds(ofType('The senator spoke at a campaign rally in Leuven on Sunday.', 'protest')), []);
});
