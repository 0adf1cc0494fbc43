// Event triggers: verb forms (with their grammatical form, so voice can be read from
// the auxiliaries around them) and event nouns, compiled once into Maps.
import type { EventType } from '../../../types.js';

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface VerbEntry {
  type: EventType;
  /** Base form ("arrest" for "arrested"): what the sense rules name. */
  lemma: string;
  form: VerbForm;
  /** Extra words that must follow (particle or fixed complement), e.g. ["fire"] for "opened fire". */
  tail?: string[];
  /** The verb counts only with a designation complement ("recognised as terrorist"). */
  needsDesignation?: boolean;
  /** The verb counts only with an agreement noun as object ("signed an agreement"). */
  needsAgreementObject?: boolean;
}

// base, 3sg, past/participle(s), gerund; irregular forms spelled out.
const VERBS: Array<[EventType, string, string[], string?, string[]?]> = [
  ['attack', 'attack', ['attacked']],
  ['attack', 'bomb', ['bombed']],
  ['attack', 'shell', ['shelled']],
  ['attack', 'ambush', ['ambushed']],
  ['attack', 'stab', ['stabbed'], 'stabbing'],
  ['attack', 'storm', ['stormed']],
  ['attack', 'open', ['opened'], 'opening', ['fire']],
  ['attack', 'blow', ['blew', 'blown'], 'blowing', ['up']],
  // only a person or an aircraft brought down ("shot down a jet"), not a proposal: data/event-senses.json
  ['attack', 'shoot', ['shot'], 'shooting', ['down']],
  ['attack', 'besiege', ['besieged'], 'besieging'],
  // "a man was set on fire": a person or a building burnt on purpose
  ['attack', 'set', ['set'], 'setting', ['on', 'fire']],
  ['killing', 'kill', ['killed']],
  ['killing', 'murder', ['murdered']],
  ['killing', 'assassinate', ['assassinated'], 'assassinating'],
  ['killing', 'behead', ['beheaded']],
  ['killing', 'slay', ['slain', 'slew']],
  ['death', 'die', ['died'], 'dying'],
  ['arrest', 'arrest', ['arrested']],
  ['arrest', 'apprehend', ['apprehended']],
  ['arrest', 'catch', ['caught'], 'catching'],
  ['arrest', 'capture', ['captured'], 'capturing'],
  ['detention', 'detain', ['detained']],
  ['raid', 'raid', ['raided']],
  ['deportation', 'deport', ['deported']],
  ['deportation', 'expel', ['expelled'], 'expelling'],
  ['deportation', 'send', ['sent'], 'sending', ['out', 'of']],
  ['extradition', 'extradite', ['extradited'], 'extraditing'],
  ['extradition', 'hand', ['handed'], 'handing', ['over']],
  ['prosecution', 'prosecute', ['prosecuted'], 'prosecuting'],
  ['charge', 'indict', ['indicted']],
  // "charged with fraud", "could be charged under the act": with "with" or a person charged (data/event-senses.json keeps
  // "charged a fee", "charged against earnings" and "a politically charged debate" out)
  ['charge', 'charge', ['charged'], 'charging'],
  ['conviction', 'convict', ['convicted']],
  ['conviction', 'plead', ['pleaded', 'pled'], 'pleading', ['guilty']],
  ['sentencing', 'sentence', ['sentenced'], 'sentencing'],
  ['sentencing', 'jail', ['jailed']],
  ['ruling', 'rule', ['ruled'], 'ruling'],
  ['ruling', 'acquit', ['acquitted'], 'acquitting'],
  ['ruling', 'overturn', ['overturned']],
  ['ruling', 'dismiss', ['dismissed'], 'dismissing'],
  ['ruling', 'quash', ['quashed'], 'quashing'],
  ['ruling', 'uphold', ['upheld'], 'upholding'],
  // only a court or judge rejecting, denying, granting or blocking something ("the judge denied bail"); anyone else's is no event (data/event-senses.json)
  ['ruling', 'reject', ['rejected'], 'rejecting'],
  ['ruling', 'deny', ['denied'], 'denying'],
  ['ruling', 'grant', ['granted'], 'granting'],
  ['ruling', 'block', ['blocked'], 'blocking'],
  // "the judge refused bail": as above, only a court's or a judge's
  ['ruling', 'refuse', ['refused'], 'refusing'],
  // "appealed against the verdict", "will appeal the ruling": a party's step at law; "appealed for calm" is none (data/event-senses.json)
  ['other', 'appeal', ['appealed'], 'appealing'],
  ['prosecution', 'appear', ['appeared'], 'appearing'],
  // "was arraigned on Monday": brought before a court to answer the charges
  ['prosecution', 'arraign', ['arraigned'], 'arraigning'],
  ['designation', 'designate', ['designated'], 'designating'],
  ['designation', 'proscribe', ['proscribed'], 'proscribing'],
  ['designation', 'outlaw', ['outlawed']],
  ['designation', 'ban', ['banned'], 'banning'],
  ['designation', 'blacklist', ['blacklisted']],
  ['designation', 'recognize', ['recognized'], 'recognizing'],
  ['designation', 'recognise', ['recognised'], 'recognising'],
  ['designation', 'declare', ['declared'], 'declaring'],
  ['designation', 'list', ['listed']],
  // "Washington invaded the country": not fans or protesters invading a pitch or a hall (data/event-senses.json)
  ['military_operation', 'invade', ['invaded'], 'invading'],
  ['agreement', 'agree', ['agreed'], 'agreeing'],
  ['agreement', 'sign', ['signed']],
  ['meeting', 'meet', ['met'], 'meeting'],
  // "the two sides conferred in Washington": not a title or degree conferred (data/event-senses.json)
  ['meeting', 'confer', ['conferred'], 'conferring'],
  ['meeting', 'discuss', ['discussed'], 'discussing'],
  // only with an assembly as listener ("told the party's MPs", "addressed a Senate committee"): data/event-senses.json
  ['meeting', 'tell', ['told'], 'telling'],
  ['meeting', 'address', ['addressed'], 'addressing'],
  // only before an assembly ("testified before the Senate committee"): a hearing; at a trial it is evidence (data/event-senses.json)
  ['meeting', 'testify', ['testified'], 'testifying'],
  ['release', 'release', ['released'], 'releasing'],
  ['release', 'free', ['freed'], 'freeing'],
  ['election', 'elect', ['elected'], 'electing'],
  ['vote', 'vote', ['voted'], 'voting'],
  // a parliament or members ratifying a treaty or a deal vote to approve it
  ['vote', 'ratify', ['ratified'], 'ratifying'],
  ['protest', 'protest', ['protested'], 'protesting'],
  // only protesters, or a crowd, marching, demonstrating, gathering or thronging a place (data/event-senses.json)
  ['protest', 'demonstrate', ['demonstrated'], 'demonstrating'],
  ['protest', 'march', ['marched'], 'marching'],
  ['protest', 'throng', ['thronged'], 'thronging'],
  ['protest', 'gather', ['gathered'], 'gathering'],
  ['protest', 'picket', ['picketed'], 'picketing'],
  ['resignation', 'resign', ['resigned'], 'resigning'],
  // "quit as chairman", "stepped down", "stood down": leaving a post (data/event-senses.json keeps "quit smoking" and troops standing down out)
  ['resignation', 'quit', ['quit'], 'quitting'],
  ['resignation', 'step', ['stepped'], 'stepping', ['down']],
  ['resignation', 'stand', ['stood'], 'standing', ['down']],
  // "left the company", "left the NSC": only a person leaving an organisation (data/event-senses.json)
  ['resignation', 'leave', ['left'], 'leaving'],
  ['appointment', 'appoint', ['appointed'], 'appointing'],
  // "took over as chief", "it was Morrison who took over": not a firm or a town taken over (data/event-senses.json)
  ['appointment', 'take', ['took', 'taken'], 'taking', ['over']],
  // "installed her as chairman", "installed a new chief": only a person installed; "adding Ms Roy as director",
  // "hired him as coach": only with a post (data/event-senses.json)
  ['appointment', 'install', ['installed'], 'installing'],
  ['appointment', 'add', ['added'], 'adding'],
  ['appointment', 'hire', ['hired'], 'hiring'],
  // only with a post ("was named chief executive", "named as coach"): data/event-senses.json
  ['appointment', 'name', ['named'], 'naming'],
  // "Peter Ames becomes director of research": only a person taking a post (data/event-senses.json); "became clear" is none
  ['appointment', 'become', ['became'], 'becoming'],
  ['investigation', 'investigate', ['investigated'], 'investigating'],
  // "regulators are probing the bank's lending": to probe is to investigate
  ['investigation', 'probe', ['probed'], 'probing'],
  // "began delving into the slayings": to delve into a matter is to look into it (data/event-senses.json wants "into"
  // and a body or person doing it; "the book delves into his past" is none)
  ['investigation', 'delve', ['delved'], 'delving'],
  ['sanction', 'sanction', ['sanctioned'], 'sanctioning'],
  // a player or an official suspended or fined by a league or a body; not trading, talks or payments suspended (data/event-senses.json)
  ['sanction', 'suspend', ['suspended'], 'suspending'],
  ['sanction', 'fine', ['fined'], 'fining'],
  ['other', 'file', ['filed'], 'filing', ['for']],
  // "residents were evacuated", "began evacuating the building": people moved out of danger, a happening of no listed
  // type (data/event-senses.json: one theme with the noun "evacuation")
  ['other', 'evacuate', ['evacuated'], 'evacuating'],
  // "ordered all foreigners to assemble", "were ordered to set up barriers": a command given, only with the
  // infinitive of what is commanded (data/event-senses.json); "ordered 20 jets" is a purchase order, no event
  ['other', 'order', ['ordered'], 'ordering'],
  // "a customer discovered two flaws in the chip", "the car was discovered at the airport": a thing found is news of
  // its own; discovering that something is so is learning it (data/event-senses.json)
  ['other', 'discover', ['discovered'], 'discovering'],
  // a company, a business or a stake in one bought or sold (data/event-senses.json 'holding'); goods, time or ideas are no event
  ['other', 'buy', ['bought'], 'buying'],
  ['other', 'sell', ['sold'], 'selling'],
  ['other', 'auction', ['auctioned'], 'auctioning'],
  ['other', 'acquire', ['acquired'], 'acquiring'],
  ['other', 'purchase', ['purchased'], 'purchasing'],
  // "to repurchase 1.4 million shares": a company buying back its own stock (data/event-senses.json 'holding')
  ['other', 'repurchase', ['repurchased'], 'repurchasing'],
  // a company's business, unit or plant closed, shut or scrapped (data/event-senses.json 'holding'): "scrapped its
  // supercomputer unit", "will close its Ohio plant"; anything else closed (a deal, a market, a road) is no event
  ['other', 'close', ['closed'], 'closing'],
  ['other', 'shut', ['shut'], 'shutting'],
  ['other', 'scrap', ['scrapped'], 'scrapping'],
  // "intends to bid for the contract": only with "for" and a company, or by one (data/event-senses.json); the past
  // is spelled as the base, left to the base form so that the noun ("a rival bid by Acme") keeps its reading
  ['other', 'bid', [], 'bidding', ['for']],
  // "laid off 500 workers", "would be laid off": job cuts, a company's news of its own
  ['other', 'lay', ['laid'], 'laying', ['off']],
  // only shareholders, a parliament or a committee approving, or a motion approved at a meeting: a vote (data/event-senses.json)
  ['vote', 'approve', ['approved'], 'approving'],
  // "was found dead": a death reported as it was discovered ("pronounced dead" is left out: it certifies a death the story has already told)
  ['death', 'find', ['found'], 'finding', ['dead']],
];

/**
 * Event verbs that take no object ("resigned", "died", "stood down", "pleaded guilty"): after a noun their past form
 * can only be a clause's verb, never a passive participle describing that noun as "killed" in "soldiers killed" does.
 */
export const NO_OBJECT_LEMMAS: ReadonlySet<string> = new Set(['die', 'resign', 'quit', 'step', 'stand', 'appear', 'plead']);

/** Designation verbs that need "as … terrorist/extremist/banned" to mean designation. */
const NEEDS_DESIGNATION = new Set(['designate', 'recognize', 'recognise', 'declare', 'list', 'blacklist']);

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function gerund(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !base.endsWith('ee')) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}

export const EVENT_VERBS: ReadonlyMap<string, VerbEntry> = (() => {
  const m = new Map<string, VerbEntry>();
  for (const [type, base, past, ing, tail] of VERBS) {
    const extra = {
      ...(tail ? { tail } : {}),
      ...(NEEDS_DESIGNATION.has(base) ? { needsDesignation: true } : {}),
      ...(base === 'sign' ? { needsAgreementObject: true } : {}),
    };
    m.set(base, { type, lemma: base, form: 'base', ...extra });
    m.set(thirdPerson(base), { type, lemma: base, form: 's', ...extra });
    for (const p of past) m.set(p, { type, lemma: base, form: 'ed', ...extra });
    m.set(ing ?? gerund(base), { type, lemma: base, form: 'ing', ...extra });
  }
  // "meeting", "ruling", "sentencing", "voting", "shooting" are far more often the noun.
  for (const noun of ['meeting', 'ruling', 'sentencing', 'voting', 'shooting']) m.delete(noun);
  return m;
})();

export interface NounEntry {
  type: EventType;
  /** Singular form: what the sense rules name. */
  lemma: string;
  plural: boolean;
}

const NOUNS: Array<[EventType, string[]]> = [
  ['attack', ['attack', 'bombing', 'shooting', 'explosion', 'blast', 'massacre', 'ambush', 'assault', 'airstrike', 'shelling', 'hostage-taking', 'act', 'siege']],
  ['killing', ['killing', 'murder', 'assassination', 'beheading', 'slaying']],
  ['arrest', ['arrest']],
  // "has been in jail", "remains in custody"; "taken into custody" is an arrest (data/event-senses.json)
  ['detention', ['detention', 'custody', 'jail', 'prison']],
  ['raid', ['raid', 'crackdown']],
  ['deportation', ['deportation', 'expulsion']],
  ['extradition', ['extradition']],
  // "his arraignment is set for May", "a retrial began": court proceedings, as a trial is
  ['prosecution', ['prosecution', 'trial', 'arraignment', 'retrial']],
  ['charge', ['indictment']],
  ['conviction', ['conviction']],
  // "decision" only as a court's (data/event-senses.json): "the Supreme Court decision", not "the decision to quit"
  ['ruling', ['ruling', 'verdict', 'judgment', 'judgement', 'decision', 'injunction', 'acquittal']],
  // "his sentencing is set for May", "at her sentencing": the hearing at which a sentence is passed
  ['sentencing', ['sentencing']],
  ['release', ['release']],
  ['election', ['election', 'by-election', 'polls']],
  ['vote', ['vote', 'referendum', 'ballot', 'ratification']],
  ['protest', ['protest', 'demonstration', 'rally']],
  // "the rail strike", "went on strike": only a stoppage told as one; an air strike is an attack (data/event-senses.json)
  ['strike', ['walkout', 'strike']],
  ['resignation', ['resignation']],
  ['appointment', ['appointment']],
  ['investigation', ['investigation', 'inquiry', 'probe']],
  // an embargo is a sanction however it is told ("ordered a global embargo on trade with …")
  ['sanction', ['sanctions', 'embargo']],
  // "a naval blockade"; an operation or a buildup only as a military or security one (data/event-senses.json)
  ['military_operation', ['offensive', 'incursion', 'invasion', 'blockade', 'operation', 'buildup', 'build-up']],
  // a merger is an agreement between the merging parties, however it is told ("Acme's merger with Borr")
  ['agreement', ['agreement', 'deal', 'treaty', 'accord', 'memorandum', 'pact', 'partnership', 'merger']],
  // "a House subcommittee hearing", "the morning hearing": a body sitting to hear witnesses; a court's hearing is no meeting (data/event-senses.json)
  ['meeting', ['meeting', 'session', 'summit', 'talks', 'conference', 'negotiations', 'hearing']],
  // happenings of no listed type: a bid or offer with a named party, a ban on a practice
  // (data/event-senses.json); a bankruptcy always. A pledge is none: it says what someone will do.
  // a takeover or an acquisition of a named company (data/event-senses.json), like a bid: a deal made, of no listed type
  // a lawsuit (a "suit" only as one filed or brought, data/event-senses.json), or an appeal lodged: a party's step at law of no listed type
  // layoffs: job cuts, told as one happening however they are told ("the layoffs of 800 workers", "laid off")
  ['other', ['layoff']],
  // people moved out of danger ("the evacuation of the town"), told as one happening however it is told
  ['other', ['evacuation']],
  // a dividend a board declares (only as the object of "declare": data/event-senses.json)
  ['other', ['dividend']],
  ['other', ['bankruptcy', 'ban', 'bid', 'offer', 'takeover', 'acquisition', 'sale', 'purchase', 'lawsuit', 'suit', 'appeal']],
];

/** Types of scheduled occasions (an election, a trial, a sentencing, a vote, a protest, a meeting, charges): a story speaks of one at a time. */
export const OCCASION_TYPES: ReadonlySet<EventType> = new Set<EventType>(['election', 'vote', 'prosecution', 'sentencing', 'protest', 'meeting', 'charge']);

/**
 * Acts of a state's institutions or of its people at home (elections, votes, court steps, arrests,
 * protests): where the story is set unless the text places them elsewhere. Meetings, agreements and
 * attacks are left out: they happen abroad as readily as at home.
 */
export const DOMESTIC_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'election', 'vote', 'ruling', 'prosecution', 'charge', 'conviction', 'sentencing', 'arrest', 'detention', 'protest', 'strike', 'investigation',
]);

/** Types never placed by the country the article's places point to: a meeting is held wherever its parties travel to. */
export const PLACED_ANYWHERE_TYPES: ReadonlySet<string> = new Set<EventType>(['meeting']);

/**
 * Happenings of no listed type that, like court steps, take place under one country's rule: a
 * company's bid, filing or bankruptcy, a ban, an act announced as settled ("the ministry is to spend").
 */
export const DOMESTIC_OTHER: ReadonlySet<string> = new Set(['bankruptcy', 'ban', 'bid', 'offer', 'takeover', 'acquisition', 'lawsuit', 'suit', 'appeal', 'file', 'settled']);

/** Nouns whose plural is the usual event word and whose singular means something else ("charge", "sanction"). */
const PLURAL_ONLY = new Set(['sanctions', 'talks', 'negotiations', 'polls']);
/** Nouns whose plural means something else: "sales rose 5%", "purchases of grain" are revenue and trade, not one deal. */
const SINGULAR_ONLY = new Set(['sale', 'purchase']);

export const EVENT_NOUNS: ReadonlyMap<string, NounEntry> = (() => {
  const m = new Map<string, NounEntry>();
  for (const [type, words] of NOUNS)
    for (const w of words) {
      if (PLURAL_ONLY.has(w) || SINGULAR_ONLY.has(w)) {
        m.set(w, { type, lemma: w, plural: false });
        continue;
      }
      m.set(w, { type, lemma: w, plural: false });
      m.set(w.endsWith('s') || w.endsWith('sh') ? w + 'es' : w.endsWith('y') && !/[aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's', { type, lemma: w, plural: true });
    }
  // "charges of fraud": the plural is the accusation; the singular is too often something else
  m.set('charges', { type: 'charge', lemma: 'charge', plural: true });
  return m;
})();

/** "act"/"acts" are attacks only as "terrorist act(s)". */
/** Verbs whose past tense is spelled as their base form ("shells hit a market"): only the sentence says which it is. */
export const PAST_AS_BASE: ReadonlySet<string> = new Set([
  'beat', 'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'read',
  'rid', 'set', 'shed', 'shut', 'slit', 'split', 'spread', 'thrust', 'upset',
]);

export const NOUNS_NEEDING_TERROR: ReadonlySet<string> = new Set(['act', 'acts']);

/** Words that make a following designation verb mean "designated as terrorist/banned". */
export const DESIGNATION_COMPLEMENT: ReadonlySet<string> = new Set([
  'terrorist', 'terrorists', 'terror', 'extremist', 'extremists', 'undesirable', 'banned', 'illegal', 'outlawed', 'sponsor',
]);

/** Nouns for agreement objects of "sign". */
export const AGREEMENT_OBJECTS: ReadonlySet<string> = new Set(['agreement', 'deal', 'treaty', 'accord', 'memorandum', 'protocol', 'pact', 'contract', 'declaration']);

/**
 * Written undertakings that are no event noun of their own but whose signing is an agreement ("signed a letter of
 * intent to buy Acme", "signed an economic cooperation plan"), with the word a "of" phrase must name (null: none).
 * A letter alone is no undertaking ("signed a letter urging reform").
 */
export const SIGNED_DOCUMENTS: ReadonlyMap<string, string | null> = new Map([['letter', 'intent'], ['plan', null]]);

/** Heads after an event noun that make the noun a modifier ("extradition procedures", "arrest warrant"). */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  ('procedure procedures warrant warrants plan plans plot plots order orders threat threats risk risks list lists request ' +
    'requests policy policies law laws power powers mechanism mechanisms case cases campaign rate rates record records ' +
    'site sites victims survivors suspect suspects drill drills room rooms hall halls point points centre center centres ' +
    'centers facility facilities practice practices process processes proceedings regime regimes system systems squad squads ' +
    'rifle rifles helicopter helicopters aircraft dog dogs responsibility zone zones').split(' '),
);

/** Light verbs whose object noun is the event ("conducted raids", "had a meeting", "attended a rally"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ('conduct conducted conducts conducting carry carried carries carrying launch launched launches launching stage staged ' +
    'stages hold held holds holding have had has make made makes commit committed commits perform performed mount mounted ' +
    'organize organized organise organised organizing sign signed signs reach reached reaches conclude concluded ' +
    'attend attended attends attending join joined joins joining').split(' '),
);

/**
 * Verbs of concluding an agreement: with an agreement noun as object they make it, as a light verb does
 * ("finalized a deal", "struck a pact", "the accord was announced"); with any other noun they mean nothing
 * of the kind ("struck a house", "completed a raid").
 */
export const CONCLUDING_VERBS: ReadonlySet<string> = new Set(
  ('finalize finalized finalizes finalizing finalise finalised finalises finalising strike struck strikes striking ' +
    'clinch clinched clinches clinching seal sealed seals sealing ink inked inks inking complete completed completes ' +
    'completing announce announced announces announcing secure secured secures securing').split(' '),
);

/** Verbs that make an attack noun their event ("laid siege to", "lay an ambush"); with other nouns they mean other things ("laid a wreath"). */
const LAYING_VERBS: ReadonlySet<string> = new Set(['lay', 'laid', 'lays', 'laying']);

/** Verbs that make sanctions their event ("imposed sanctions on", "slapped sanctions on"); with other nouns they mean other things ("imposed a curfew"). */
const IMPOSING_VERBS: ReadonlySet<string> = new Set(['impose', 'imposed', 'imposes', 'imposing', 'slap', 'slapped', 'slaps', 'slapping']);

/** Does the word make an event noun of this type its event, as "signed" does "an agreement"? */
export function isLightVerbFor(type: EventType, word: string): boolean {
  return LIGHT_VERBS.has(word) || (type === 'agreement' && CONCLUDING_VERBS.has(word)) || (type === 'attack' && LAYING_VERBS.has(word)) || (type === 'sanction' && IMPOSING_VERBS.has(word));
}

/** Verbs of planning: an event under them is planned, not reported. */
export const PLAN_CUES: ReadonlySet<string> = new Set(
  ('plan plans planned planning plot plots plotted plotting prepare prepares prepared preparing intend intends intended ' +
    'intending going aim aims aimed will shall threaten threatens threatened seek seeks sought seeking attempt attempted ' +
    'attempting try tried trying want wants wanted hope hopes hoped hoping').split(' '),
);

/** Words right after a present-tense verb that put it in the future ("ministers meet later today", "meets next week"). */
export const FUTURE_TIME_WORDS: ReadonlySet<string> = new Set(['later', 'tomorrow', 'next']);

/** Modifiers that put an event noun in the future ("later negotiations", "the next election"); not participles ("a scheduled meeting" may have been held). */
export const PROSPECT_MODIFIERS: ReadonlySet<string> = new Set(['next', 'later', 'further', 'upcoming', 'forthcoming', 'future', 'coming', 'proposed']);

/** Nouns of possibility: an event they govern ("under threat of prosecution", "the risk of an attack", "the edge of bankruptcy", "a proposal for an agreement") may never happen. */
export const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set(['threat', 'risk', 'fear', 'prospect', 'possibility', 'danger', 'likelihood', 'chance', 'brink', 'verge', 'edge', 'proposal']);

/**
 * Nouns of proposing and asking: an infinitive right after them ("a proposal to ban …", "his request to investigate …",
 * "calls to prosecute …") is put forward or asked for, not done, nor yet planned.
 */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(
  ('proposal proposals idea ideas suggestion suggestions notion intention intentions request requests demand demands ' +
    'call calls appeal appeals plea pleas').split(' '),
);

/** Words of being exposed to something: an event noun after them and "to" ("left himself open to prosecution", "vulnerable to attack") may never come. */
export const EXPOSURE_WORDS: ReadonlySet<string> = new Set(['open', 'vulnerable', 'liable', 'susceptible']);

/** Verbs of asking: an infinitive event under them is a request, not an event. */
export const REQUEST_CUES: ReadonlySet<string> = new Set(
  ('call called calls calling urge urged urges urging ask asked asks asking demand demanded demands appeal appealed ' +
    'appeals request requested requests encourage encouraged').split(' '),
);

/**
 * Verbs of wishing and pressing: with an object before the infinitive ("want the minister to resign") they ask it
 * of someone else; with a "for" phrase ("pressed for a vote", "lobbied for his release", "campaigned for her release") they ask for what it names.
 */
export const WISH_CUES: ReadonlySet<string> = new Set(
  ('want wants wanted wanting expect expects expected need needs needed press pressed pressing pressure pressured ' +
    'push pushed pushes pushing lobby lobbied lobbies lobbying campaign campaigned campaigns campaigning').split(' '),
);

/** Frames that make an embedded event a charge or suspicion attached to another event. */
export const CHARGE_CUES: ReadonlySet<string> = new Set(['suspicion', 'accused', 'charges', 'charged', 'suspected', 'convicted', 'guilty', 'allegedly', 'involvement']);

export const DENIAL_CUES: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'rejects', 'rejected', 'refuted', 'dismissed']);
export const ALLEGED_CUES: ReadonlySet<string> = new Set(['allegedly', 'alleged', 'accused', 'accuses', 'claims', 'claimed', 'purportedly', 'purported']);
export const SUSPECTED_CUES: ReadonlySet<string> = new Set(['suspect', 'suspects', 'suspected', 'believed', 'presumably', 'likely', 'probably', 'possibly', 'may', 'might']);

/** Casualty words: how a count of people attaches to an event. */
export const KILLED_WORDS: ReadonlySet<string> = new Set(['killed', 'killing', 'dead', 'died', 'deaths', 'death', 'victims', 'fatalities', 'lives', 'murdered', 'slain']);
export const INJURED_WORDS: ReadonlySet<string> = new Set(['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'injuries', 'wounds']);

/** Verbs of saying (stems, as lightLemma gives them): every report is an act of its own, never one event with another. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'said', 'tell', 'told', 'report']);
