// Event words that do not mean the event (the sense rules in data/event-senses.json) and
// statuses from polarity and modality. Sentences are our own, in shapes news uses.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { isTimelineFact, type EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const kinds = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}`);

test('an illness is a death, not an attack or a killing', () => {
  const events = eventsOf('The jockey, 71, died unexpectedly of a heart attack at his farm near Newmarket on Sunday.');
  assert.ok(!events.some((e) => e.type === 'attack' || e.type === 'killing'), kinds(events).join(', '));
  assert.ok(events.some((e) => e.type === 'death'), 'the dying is a death');
});

test('catching things is no arrest; being caught up in something is no arrest', () => {
  assert.deepEqual(kinds(eventsOf('Last year the spam filter caught just 410 fraudulent messages, the company said.')), []);
  assert.deepEqual(kinds(eventsOf('Thousands of holidaymakers were caught up in the delays at the airport.')), []);
  const real = eventsOf('Border guards caught two smugglers near the crossing on Friday.');
  assert.ok(real.some((e) => e.type === 'arrest'), 'catching people is still an arrest');
});

test('people caught in a blaze or crossfire were trapped, not arrested; caught in a town they were', () => {
  assert.deepEqual(kinds(eventsOf('Two farm hands were caught in the blaze that swept the barn on Sunday.').filter((e) => e.type === 'arrest')), []);
  assert.deepEqual(kinds(eventsOf('A bystander was caught in the crossfire outside the bar.').filter((e) => e.type === 'arrest')), []);
  const real = eventsOf('The fugitive was caught in Marseille on Tuesday.');
  assert.ok(real.some((e) => e.type === 'arrest'), kinds(real).join(', '));
});

test('a great deal of something is an amount, not an agreement', () => {
  assert.deepEqual(kinds(eventsOf('The mill owners made a great deal of money from the canal trade.').filter((e) => e.type === 'agreement')), []);
  const real = eventsOf('The two unions signed a deal with the mill owners on Friday.');
  assert.ok(real.some((e) => e.type === 'agreement'), kinds(real).join(', '));
});

test('charged with a duty is no charge; charged with a crime is', () => {
  assert.deepEqual(kinds(eventsOf('The new task force is charged with restoring calm in the northern districts.')), []);
  for (const text of ['The van driver was charged with dangerous driving on Tuesday.', 'Two brothers have been charged with robbing a jeweller in the town.']) {
    const real = eventsOf(text);
    assert.ok(real.some((e) => e.type === 'charge'), `${text}: ${kinds(real).join(', ')}`);
  }
});

test('expelled from a party is no deportation', () => {
  const events = eventsOf('The councillor was expelled from the Green Party after the row over funding.');
  assert.ok(!events.some((e) => e.type === 'deportation'), kinds(events).join(', '));
});

test('agreeing with a view is no agreement; banning a substance is no designation', () => {
  assert.deepEqual(kinds(eventsOf('I really do agree with her remarks on the matter.')), []);
  assert.deepEqual(kinds(eventsOf('The ministers voted to ban leaded petrol across the region.')).filter((k) => k.startsWith('designation')), []);
});

test('a plea of not guilty is no conviction', () => {
  const events = eventsOf('The former banker pleaded not guilty to all counts at the hearing.');
  assert.ok(!events.some((e) => e.type === 'conviction'), kinds(events).join(', '));
});

test('status: hypothetical, planned, negated and alleged events stay findable; only asserted and alleged are facts', () => {
  const hypo = eventsOf('Officials said the authorities may try and deport some of the workers.');
  const deport = hypo.find((e) => e.type === 'deportation');
  assert.equal(deport?.status, 'hypothetical');
  assert.equal(isTimelineFact(deport!.status), false, 'a hypothetical is not a fact on the timeline');
  assert.equal(eventsOf('The rebels threatened to attack the garrison.').find((e) => e.type === 'attack')?.status, 'planned');
  assert.equal(eventsOf('Police did not arrest anyone at the stadium.').find((e) => e.type === 'arrest')?.status, 'negated');
  const alleged = eventsOf('The guard was allegedly murdered by two inmates.').find((e) => e.type === 'killing');
  assert.equal(alleged?.status, 'alleged');
  assert.equal(isTimelineFact(alleged!.status), true);
  assert.equal(eventsOf('If he is convicted, the singer faces a long term.').find((e) => e.type === 'conviction')?.status, 'hypothetical');
});

test('exact types: convicted, sentenced, resigned and elected are their own types', () => {
  const types = (t: string) => eventsOf(t).map((e) => e.type);
  assert.ok(types('A jury convicted the accountant of fraud in March.').includes('conviction'));
  assert.ok(types('The judge sentenced the accountant to six years.').includes('sentencing'));
  assert.ok(types('The defence minister resigned on Friday.').includes('resignation'));
  assert.ok(types('Voters elected a new mayor in the city on Sunday.').includes('election'));
});

test('the arguments decide the type: protesters storming a hall protest; a court dismissing rules; appearing in court is a prosecution', () => {
  const stormed = eventsOf('Dozens of farmers and protesters stormed the ministry lobby on Thursday.');
  assert.ok(stormed.some((e) => e.type === 'protest'), kinds(stormed).join(', '));
  assert.ok(!stormed.some((e) => e.type === 'attack'));
  assert.ok(eventsOf('An appeals judge in Ohio dismissed the lawsuit on Friday.').some((e) => e.type === 'ruling'));
  assert.deepEqual(kinds(eventsOf('The spokeswoman dismissed the rumours as gossip.')), ['other:dismissed'], 'dismissing rumours is no ruling but a rebuttal');
  const court = eventsOf('The three men will appear at Carlisle Crown Court on 4 June.').find((e) => e.type === 'prosecution');
  assert.equal(court?.status, 'planned');
});

test('an act someone is accused of is alleged, not asserted', () => {
  const shelled = eventsOf('A militia spokesman accused the army of shelling its own barracks near the river.').find((e) => e.type === 'attack');
  assert.equal(shelled?.status, 'alleged');
  const held = eventsOf('The mayor accused the border guards of arresting the fishermen.').find((e) => e.type === 'arrest');
  assert.equal(held?.status, 'alleged');
  // a conviction "of killing" is the court's act, stated as fact
  assert.equal(eventsOf('She was convicted of killing her business partner.').find((e) => e.type === 'conviction')?.status, 'asserted');
});

test('read from the parse: the agent is the actor without its "by"; a number of containers is no count of people', () => {
  const arrest = eventsOf('The alleged ringleader was arrested by Dutch customs officers in Utrecht on Monday.').find((e) => e.type === 'arrest');
  assert.ok(arrest?.actors.some((a) => a.text === 'Dutch customs officers'), JSON.stringify(arrest?.actors));
  assert.equal(arrest?.place?.text, 'Utrecht');
  const held = eventsOf('Two busloads of fans were searched and detained by officers outside the ground.').find((e) => e.type === 'detention');
  assert.equal(held?.counts.detained, undefined, 'two busloads are not two people');
  const men = eventsOf('Officers detained four men outside the ground on Saturday.').find((e) => e.type === 'detention');
  assert.deepEqual(men?.counts.detained, { value: 4, qualifier: 'exact' });
});

test('dismissing reports or claims is a rebuttal (other); a judge dismissing a case rules; dismissing an idea is nothing', async () => {
  const typesOf = (sentence: string) =>
    analyseText(`City news\n\n${sentence}`).events.map((e) => `${e.type}:${e.trigger.text}`);
  assert.deepEqual(typesOf('The harbour master has dismissed reports that he sold permits to friends.'), ['other:dismissed']);
  assert.deepEqual(typesOf('On Tuesday the mayor dismissed claims of secret payments from the builders.'), ['other:dismissed']);
  assert.deepEqual(typesOf('A judge dismissed the lawsuit against the harbour authority on Monday.'), ['ruling:dismissed']);
  assert.deepEqual(typesOf('The mayor dismissed the idea as fanciful.'), []);
});

test('house arrest is a detention, not an arrest; a state the sentence\'s event happened in is no event of its own', () => {
  const placed = eventsOf('The opposition leader was placed under house arrest in Yangon on Friday. Her party protested.');
  assert.ok(placed.some((e) => e.type === 'detention' && e.trigger.text === 'arrest'), kinds(placed).join(', '));
  assert.ok(!placed.some((e) => e.type === 'arrest'), kinds(placed).join(', '));
  const circumstance = eventsOf('Her brother was shot dead while under house arrest in Pretoria in 1984, she said. She wept.');
  assert.ok(!circumstance.some((e) => e.type === 'arrest' || e.type === 'detention'), kinds(circumstance).join(', '));
});

test('a noun of trying near a bid does not make the bid planned; a verb of planning does', () => {
  const bid = eventsOf('After a failed attempt in March, Vodafone\'s bid for Mannesmann was accepted on Monday. Shares rose.').find((e) => e.trigger.text === 'bid');
  assert.equal(bid?.status, 'asserted');
  // a bid still to be made is no fact on the timeline (kept as planned, or not kept)
  const planned = eventsOf('Vodafone will make a new bid for Mannesmann next week, it said. Shares rose.').find((e) => e.trigger.text === 'bid');
  assert.ok(!planned || !isTimelineFact(planned.status), planned?.status);
});

test('a news conference told something, or held, is a meeting', () => {
  // (session 21: a news conference is a happening with its own time and place, as the tuning sets annotate it)
  const told = eventsOf('Ministers told a news conference in Oslo on Friday that prices would rise. They gave no details.');
  assert.ok(told.some((e) => e.type === 'meeting'), kinds(told).join(', '));
  const held = eventsOf('Ministers held a news conference in Oslo on Friday. They gave no details.');
  assert.ok(held.some((e) => e.type === 'meeting'), kinds(held).join(', '));
});

test('"its ruling council" is no court ruling', () => {
  const events = eventsOf('The exchange said its ruling council had voted to close the floor. Brokers were unhappy.');
  assert.ok(!events.some((e) => e.type === 'ruling'), kinds(events).join(', '));
});

test('a demand that someone be released is no release', () => {
  assert.ok(!eventsOf('Protesters renewed their demand that Aung Lwin be released. Police watched.').some((e) => e.type === 'release'));
  assert.ok(eventsOf('Aung Lwin was released from prison on Friday. Police watched.').some((e) => e.type === 'release'));
});

test('an event noun still to come is planned: "later negotiations", "elections are due"', () => {
  const status = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.status;
  assert.equal(status('The issue was left for later negotiations in Geneva, the envoy said. No date was set.', 'meeting'), 'planned');
  assert.equal(status('The issue was left for negotiations in Geneva, the envoy said. No date was set.', 'meeting'), 'asserted');
  assert.equal(status('Presidential elections are due by April 2026, officials said. Turnout may be low.', 'election'), 'planned');
});

test('a plural noun the parse reads as one is no verb: "under existing EPA rules" is no ruling', () => {
  const events = eventsOf('Local officials refused to join the drill, as required under existing EPA rules. The agency was angry.');
  assert.ok(!events.some((e) => e.type === 'ruling'), kinds(events).join(', '));
});

test('a demonstration of something shown is no protest; one of people is', () => {
  assert.ok(!eventsOf('In a demonstration of its speed, the new car beat the record, the firm said. Its shares rose.').some((e) => e.type === 'protest'));
  assert.ok(eventsOf('In a demonstration of thousands of farmers, roads were blocked in Madrid on Sunday. Police watched.').some((e) => e.type === 'protest'));
});

test('an event noun takes the hedge of the clause it is the subject of, not of a clause that presupposes it', () => {
  const accord = eventsOf('An accord with the lenders could help the company, the minister said. Its shares rose.').find((e) => e.type === 'agreement');
  assert.equal(accord?.status, 'hypothetical');
  const meeting = eventsOf('Shareholders will vote on the merger at a special meeting in Denver, the company said. Its shares rose.').find((e) => e.type === 'meeting');
  assert.equal(meeting?.status, 'planned');
});

test('agreeing that something is so is no agreement; a morning session is no meeting', () => {
  assert.ok(!eventsOf('Analysts agreed that the figures painted a grim picture, Reuters found. Shares fell.').some((e) => e.type === 'agreement'));
  assert.ok(eventsOf('The two unions agreed to a new wage deal on Friday, officials said. Shares fell.').some((e) => e.type === 'agreement'));
  assert.ok(!eventsOf('The central bank said it provided 40 mln stg to the money market in the morning session. Rates fell.').some((e) => e.type === 'meeting'));
  assert.ok(eventsOf('The council met in an emergency session in Brussels on Friday. Ministers left early.').some((e) => e.type === 'meeting' && e.trigger.text === 'session'));
});

test('a present tense with a time to come, a hope and the edge of something are no facts yet', () => {
  const status = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.status;
  assert.equal(status('EC agriculture ministers meet later today in Brussels to consider price cuts. Farmers protested.', 'meeting'), 'planned');
  assert.equal(status('EC agriculture ministers met in Brussels on Monday to consider price cuts. Farmers protested.', 'meeting'), 'asserted');
  assert.equal(status('The firm said it hopes to finalize an agreement with Contel by April 15. Shares rose.', 'agreement'), 'planned');
  assert.equal(status('Huge surpluses have pushed the Community to the edge of bankruptcy, the commissioner says. Farmers protested.', 'other'), 'hypothetical');
});

test('someone in jail or custody is detained; taken into custody is arrested; a term in prison is no event of its own', () => {
  const types = (text: string) => eventsOf(text).map((e) => e.type);
  assert.ok(types('Mr Orlov - who has been in jail for more than a year - pleaded not guilty to the charges. His lawyers objected.').includes('detention'));
  assert.ok(types('The suspect remains in custody, police said. He will appear in court.').includes('detention'));
  assert.ok(types('He was taken into custody in Leeds on Friday, police said. He will appear in court.').includes('arrest'));
  assert.deepEqual(types('She was sentenced to five years in prison in Leeds on Friday. She will appeal.'), ['sentencing']);
  assert.deepEqual(types('The couple are locked in a custody battle in Leeds. Both have lawyers.'), []);
});

test('a rule for the noun "jail" leaves the verb "jailed" alone', () => {
  const events = eventsOf('A court in Leeds jailed the driver for six years on Friday. He appealed.');
  assert.ok(events.some((e) => e.type === 'sentencing' && e.trigger.text === 'jailed'), kinds(events).join(', '));
});

test('"upcoming negotiations" are planned, a proposal for an agreement may never happen, speaking at a news conference is at a meeting', () => {
  const find = (text: string, type: string) => eventsOf(text).find((e) => e.type === type);
  assert.equal(find('The union said it will demand a 55 pct rise in upcoming negotiations with the mining companies. Talks begin in April.', 'meeting')?.status, 'planned');
  assert.equal(find('Shultz was likely to go to Moscow following Gorbachev\'s proposal for a separate agreement on missiles. Talks continue.', 'agreement')?.status, 'hypothetical');
  assert.equal(find('Fourtou, speaking at a news conference in Paris, did not give details of acquisitions. Shares fell.', 'meeting')?.status, 'asserted');
});

test('a board electing a chairman or directors appoints them; voters electing a president hold an election', () => {
  const types = (text: string) => eventsOf(text).map((e) => e.type);
  assert.deepEqual(types('Acme said L.K. Evans has been elected chairman of the company. Shares rose.'), ['appointment']);
  assert.deepEqual(types('The company also elected three directors on Monday. Shares rose.'), ['appointment']);
  assert.deepEqual(types('Fundamental Management Chairman Carl Singer was recently elected to the Robeson board. Shares rose.'), ['appointment']);
  assert.deepEqual(types('Voters elected Maria Lind president of Finland on Sunday. Turnout was high.'), ['election']);
});

test('a meeting "to be held" is planned', () => {
  const meeting = eventsOf('The deal is subject to approval by shareholders at a meeting to be held in Denver in May. Shares rose.').find((e) => e.type === 'meeting');
  assert.equal(meeting?.status, 'planned');
});

test('charges of a sum are costs in the accounts, not accusations', () => {
  assert.ok(!eventsOf('Results include non-recurring charges of 12,131,000 dlrs in the fourth quarter. Shares fell.').some((e) => e.type === 'charge'));
  assert.ok(eventsOf('He faces charges of fraud and bribery in Lagos, prosecutors said. He denies them.').some((e) => e.type === 'charge'));
});

test('charges totaling a sum or taken in a quarter are costs; charges that someone did wrong are claims', () => {
  const charges = (text: string) => eventsOf(text).filter((e) => e.type === 'charge').length;
  assert.equal(charges('Margins were squeezed by one-off charges totaling 40 million euros at the Lyon works. Shares fell.'), 0);
  assert.equal(charges('Earnings were flattered by charges taken a year ago for mine closures. Shares rose.'), 0);
  assert.equal(charges('The brewer booked heavy charges to account for plant closings in Ohio. Shares fell.'), 0);
  assert.equal(charges('The opposition leader renewed charges that the governor had rigged the tender. He denies it.'), 0);
  // the parse may hang the claim's clause on the verb of the noun ("repeated charges that …")
  assert.equal(charges('The mayor repeated charges that his rivals and others in the council had offered bribes to voters. They deny it.'), 0);
  // accusations filed against people stay charges, a relative clause with "that" included
  assert.equal(charges('The porters face theft charges that police filed on Monday. They deny them.'), 1);
  assert.equal(charges('The two porters denied the charges that the police had brought against them. Their trial opens in May.'), 1);
  assert.equal(charges('Two bankers face charges of fraud in Geneva, prosecutors said. They deny them.'), 1);
});

test('in a story whose charges are costs, a later bare "the charges" is a cost too, unless an accusation came first', () => {
  const charges = (text: string) => eventsOf(text).filter((e) => e.type === 'charge').length;
  assert.equal(charges('The brewer booked heavy charges to account for plant closings in Ohio. The charges were partly offset by a gain on land sales.'), 0);
  // without the cost read first, the bare noun stays an accusation
  assert.equal(charges('Shares of the brewer rose in Ohio. The charges were partly offset by a gain on land sales.'), 1);
  // an accusation read before keeps the later ones accusations
  assert.equal(charges('The brewer booked heavy charges to account for plant closings in Ohio. Two of its managers face charges of fraud. They deny the charges.'), 2);
});

test('an occasion postponed is still to come; one cancelled never happened', () => {
  const status = (text: string) => eventsOf(text).find((e) => e.type === 'meeting')?.status;
  assert.equal(status('The summit in Geneva has been postponed until May, officials said. No reason was given.'), 'planned');
  assert.equal(status('The talks in Geneva were cancelled on Friday, officials said. No reason was given.'), 'negated');
  assert.equal(status('The summit in Geneva was held on Friday, officials said. No deal was reached.'), 'asserted');
});

test('choosing to do something is no election; a president of a company is appointed', () => {
  assert.deepEqual(kinds(eventsOf('The lender has elected to repay the bonds two years early, it said.')), []);
  const firm = eventsOf('Harlow Mills said Dana Pruitt has been elected president of Harlow Mills and a director.');
  assert.ok(!firm.some((e) => e.type === 'election'), kinds(firm).join(', '));
  assert.ok(firm.some((e) => e.type === 'appointment'), kinds(firm).join(', '));
  const vote = eventsOf('Voters elected Ana Ruiz president of the republic in a run-off on Sunday.');
  assert.ok(vote.some((e) => e.type === 'election'), `a head of state is still elected: ${kinds(vote).join(', ')}`);
});

test('meeting a target or meeting with opposition is no meeting; meeting people is', () => {
  assert.deepEqual(kinds(eventsOf('The mill failed to meet its export quota for the third year running.')).filter((k) => k.startsWith('meeting')), []);
  assert.deepEqual(kinds(eventsOf('The toll plan met with fierce objections from hauliers.')).filter((k) => k.startsWith('meeting')), []);
  const real = eventsOf('The trade minister met union leaders in Lyon on Friday.');
  assert.ok(real.some((e) => e.type === 'meeting'), kinds(real).join(', '));
});

test('attacking a policy is criticism, not an attack; attacking a post is', () => {
  assert.deepEqual(kinds(eventsOf("The opposition leader bitterly attacked the cabinet's housing policy in a radio interview.")).filter((k) => k.startsWith('attack')), []);
  assert.deepEqual(kinds(eventsOf("Canada has sharply attacked Norway's fishing policy for the first time.")).filter((k) => k.startsWith('attack')), []);
  const real = eventsOf('Militants attacked an army post near the border on Tuesday.');
  assert.ok(real.some((e) => e.type === 'attack'), kinds(real).join(', '));
});

test('a ruling party and ruling something out are no rulings; a rule is no ruling', () => {
  assert.deepEqual(kinds(eventsOf("Norway's ruling Centre Party lost two seats in the city vote.")).filter((k) => k.startsWith('ruling')), []);
  assert.deepEqual(kinds(eventsOf('The bank cut its rate again on Monday, ruling out a rise this year.')).filter((k) => k.startsWith('ruling')), []);
  assert.deepEqual(kinds(eventsOf('Traders said a new exchange rule could stop members from dealing after hours.')).filter((k) => k.startsWith('ruling')), []);
  const real = eventsOf('The appeals court ruled on Thursday that the levy was unlawful.');
  assert.ok(real.some((e) => e.type === 'ruling'), kinds(real).join(', '));
});

test('a time is never the one an event is done to ("meet later today")', () => {
  const events = eventsOf('Nato defence ministers meet later today to settle the budget.');
  const meeting = events.find((e) => e.type === 'meeting');
  assert.ok(meeting, kinds(events).join(', '));
  assert.deepEqual(meeting.targets.map((t) => t.text), []);
});

test('telling or addressing an assembly is speaking at its sitting; telling a person or an outlet is no event', () => {
  const party = eventsOf('Ms Okafor told the Liberal Party caucus on Tuesday that the budget would pass.');
  assert.ok(party.some((e) => e.type === 'meeting' && e.trigger.text === 'told'), kinds(party).join(', '));
  const panel = eventsOf('The central bank chief told a Senate banking subcommittee that rates would stay low.');
  assert.ok(panel.some((e) => e.type === 'meeting' && e.trigger.text === 'told'), kinds(panel).join(', '));
  assert.deepEqual(kinds(eventsOf('Ms Okafor told reporters that the budget would pass.')), []);
  assert.deepEqual(kinds(eventsOf('Ms Okafor told the Daily Courier that the budget would pass.')), []);
  assert.deepEqual(kinds(eventsOf('The minister addressed the shortage of nurses in her speech.')), []);
});

test('a place inside the speech a meeting heard is not where the meeting was', () => {
  const events = eventsOf('Mr Varga told the Green Party caucus on Friday: "Nobody here, in Budapest or in the regions, wants another vote."');
  const met = events.find((e) => e.type === 'meeting');
  assert.ok(met, kinds(events).join(', '));
  assert.notEqual(met.place?.text, 'Budapest');
});

test('a board electing someone as chairman appoints them; sanctioning a cut approves it', () => {
  const board = eventsOf('Norrland Paper said its board elected Eva Lind as chairman on Monday.');
  assert.ok(board.some((e) => e.type === 'appointment') && !board.some((e) => e.type === 'election'), kinds(board).join(', '));
  assert.deepEqual(kinds(eventsOf('The treasury sanctioned a small rise in the base rate last month.')), []);
  const real = eventsOf('The European Union sanctioned Belarus over the forced landing.');
  assert.ok(real.some((e) => e.type === 'sanction'), kinds(real).join(', '));
});

test('an occasion word modifying a thing is no occasion ("conference calling", "demonstration kits")', () => {
  assert.deepEqual(kinds(eventsOf('Phones are cheaper.\n\nThe new handsets offer voice mail, conference calling and a speaker.')), []);
  assert.deepEqual(kinds(eventsOf('Sales fell.\n\nA shortage of demonstration kits delayed sales to schools.')), []);
  const real = eventsOf('The dam is nearly built.\n\nThousands joined a demonstration against the dam in Tbilisi on Sunday.');
  assert.ok(real.some((e) => e.type === 'protest'), kinds(real).join(', '));
});

test('a meeting followed by "next week" is still to come', () => {
  const events = eventsOf('Shares rose.\n\nThe chief executive spoke ahead of the group\'s annual meeting next week in Oslo.');
  assert.equal(events.find((e) => e.type === 'meeting')?.status, 'planned');
});

test('who attends or joins an occasion takes part in it', () => {
  const met = eventsOf('Roads were shut.\n\nThe Dutch finance minister attended a meeting of lenders in Brussels on Monday.').find((e) => e.type === 'meeting');
  assert.ok(met?.actors.some((x) => x.text.includes('finance minister')), JSON.stringify(met?.actors));
  const rally = eventsOf('Roads were shut.\n\nThousands of teachers joined a demonstration in Lisbon on Saturday.').find((e) => e.type === 'protest');
  assert.ok(rally?.actors.some((x) => x.text.includes('teachers')), JSON.stringify(rally?.actors));
});

test('"in protest at" gives the motive of another act, not a protest of its own', () => {
  const events = eventsOf('Dock workers walked off the job in protest at the new shift rota, the union said.');
  assert.ok(!events.some((e) => e.type === 'protest' && e.trigger.text === 'protest'), kinds(events).join(', '));
});

test('an occasion that is scheduled, planned or expected is still to come', () => {
  const vote = eventsOf('Turnout fell.\n\nThe strike ballot is scheduled for June 9, the union said.').find((e) => e.type === 'vote');
  assert.equal(vote?.status, 'planned');
  const march = eventsOf('Roads were shut.\n\nThe protest is planned for Saturday afternoon in Porto.').find((e) => e.type === 'protest');
  assert.equal(march?.status, 'planned');
});

test('charges for a cost and trials of a treatment are no court steps', () => {
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nThe quarter bore heavy charges for closing two plants.')), []);
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nVolunteers in clinical trials are paid a small fee.')), []);
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nRegulators allowed larger trials of the vaccine in adults.')), []);
  const court = eventsOf('Sales rose.\n\nThe trial of the former treasurer opened in Leeds on Monday.');
  assert.ok(court.some((e) => e.type === 'prosecution'), kinds(court).join(', '));
});

test('"no charges", "no agreement" deny the event; being resigned to a fact is no resignation', () => {
  const none = eventsOf('Sales rose.\n\nTwo clerks were suspended, but no charges have been brought.');
  assert.ok(!none.some((e) => e.type === 'charge' && isTimelineFact(e.status)), kinds(none).join(', '));
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nGrowers are resigned to a poor harvest this year.')), []);
  const real = eventsOf('Sales rose.\n\nThe finance director resigned to run a rival firm.');
  assert.ok(real.some((e) => e.type === 'resignation'), kinds(real).join(', '));
});

test('what is called for or demanded may never happen', () => {
  const ban = eventsOf('Sales rose.\n\nDoctors called for a ban on sugary drinks in schools.').find((e) => e.trigger.text === 'ban');
  assert.equal(ban?.status, 'hypothetical');
  const talks = eventsOf('Sales rose.\n\nThe drivers demanded talks with the bus company.').find((e) => e.type === 'meeting');
  assert.equal(talks?.status, 'hypothetical');
  const held = eventsOf('Sales rose.\n\nThe drivers held talks with the bus company on Monday.').find((e) => e.type === 'meeting');
  assert.equal(held?.status, 'asserted');
});

test('an event someone was about to take part in had not happened', () => {
  const met = eventsOf('Sales rose.\n\nThe mayor spoke as she was about to address a meeting of the Harbour Traders Guild.').find((e) => e.type === 'meeting');
  assert.equal(met?.status, 'planned');
  const talked = eventsOf('Sales rose.\n\nThey talked about the meeting in Porto on Monday.').find((e) => e.type === 'meeting');
  assert.equal(talked?.status, 'asserted');
});

test('a count of many happenings that rises or falls is a statistic, not an event', () => {
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nBankruptcies usually decline in the spring months.')), []);
  assert.deepEqual(kinds(eventsOf('Sales rose.\n\nArrests rose sharply last year, the ministry said.')), []);
  const made = eventsOf('Sales rose.\n\nPolice made 40 arrests at the ground on Saturday.');
  assert.ok(made.some((e) => e.type === 'arrest'), kinds(made).join(', '));
});

test('a press release or a product\'s release frees no one', () => {
  assert.deepEqual(kinds(eventsOf('In a March 2011 press release issued by the agency, the director praised his staff.')), []);
  assert.deepEqual(kinds(eventsOf('Nintendo showed the console in Tokyo. The console is due for a French release on March 3.')), []);
});

test('storming out of a room is leaving in anger; storming a building is still an act', () => {
  assert.deepEqual(kinds(eventsOf('The striker would often storm out of training after a row with the coach.')), []);
  assert.ok(eventsOf('Rioters stormed the town hall in Lyon on Saturday.').some((e) => e.type === 'attack' || e.type === 'protest'));
});

test('attacking a person or body over or for something is a complaint; attacking them over the weekend is violence', () => {
  for (const text of ['The senator attacked the state governor over the new fuel levy during a radio phone-in.', 'Opposition MPs attacked the council for its slow answer to the flooding.']) {
    assert.deepEqual(kinds(eventsOf(text)).filter((k) => k.startsWith('attack')), [], text);
  }
  for (const text of ['Insurgents attacked the soldiers over the weekend.', 'Armed men attacked the mayor for the second time this year.']) {
    const real = eventsOf(text);
    assert.ok(real.some((e) => e.type === 'attack'), `${text}: ${kinds(real).join(', ')}`);
  }
});

test('a habit of bare plurals in the present is no event; a dated or past clause is', () => {
  const body = (s: string) => `Notes from the campaign trail\n\n${s}`;
  for (const text of ['Retired teachers who vote for small parties often say the big ones ignore them.', 'Citizens of the island elect a new assembly every four years.']) {
    assert.deepEqual(kinds(eventsOf(body(text))).filter((k) => /^(vote|election):/.test(k)), [], text);
  }
  for (const text of ['Farmers who voted for the levy on Monday now regret it.', 'Coastal towns elect a new council in May.']) {
    const real = eventsOf(body(text));
    assert.ok(real.some((e) => e.type === 'vote' || e.type === 'election'), `${text}: ${kinds(real).join(', ')}`);
  }
});

test('agreeing with someone that something is so is a view; agreeing with them on terms is an agreement', () => {
  const body = (s: string) => `Notes from the council\n\n${s}`;
  assert.deepEqual(kinds(eventsOf(body('Most readers agreed with the governor that the tram plan had failed.'))).filter((k) => k.startsWith('agreement')), []);
  const real = eventsOf(body('The two unions agreed with the rail operator on a new pay deal on Friday.'));
  assert.ok(real.some((e) => e.type === 'agreement'), kinds(real).join(', '));
});

test("a person's own rally and a campaign rally are no protests; a rally against something is", () => {
  const body = (s: string) => `Notes from the trail\n\n${s}`;
  for (const text of ['Thousands cheered at his rally in the city stadium on Friday.', 'She spoke at a campaign rally in the port on Friday.']) {
    assert.deepEqual(kinds(eventsOf(body(text))).filter((k) => k.startsWith('protest')), [], text);
  }
  const real = eventsOf(body('Thousands of students joined a rally against the fee rise outside parliament on Friday.'));
  assert.ok(real.some((e) => e.type === 'protest'), kinds(real).join(', '));
});
