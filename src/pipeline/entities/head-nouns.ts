// The last word of many names says what they are: "… Police Station", "… Airport", "… National Park" are places
// (facilities, as CoNLL annotates them), "… Centre", "… Institute" are bodies, "… Act", "… Plan"
// and "… Report" are works. Repairs: a facility name the tagger called an organisation becomes a
// place; a law, plan or report named as one is MISC; "the Lord Chancellor's Department" is one
// body, not a title plus a stray word; and a run of capitalised words ending in a body's or a
// publication's head noun that the tagger missed ("the Foreign Policy Centre think tank", "the
// Australian Financial Review", where it saw only the nationality) becomes an organisation.
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey } from '../gazetteer/normalize.js';
import { isBodyNoun, isCompetitionNoun, isOrganisationNoun } from '../senses/body-nouns.js';
import { installedWordNet } from '../lexicons/wordnet.js';

/** "… Courthouse": the building, a place in every gold set that names one (never in CoNLL-2003), not the court that sits in it. */
const FACILITY = /\s(?:Station|Airport|Stadium|Square|Street|Road|Avenue|Courthouse|National\s+Park)$/u;
/** Roads, built structures and straits the gold sets write as places wherever the tagger typed
 *  them ("Unity Boulevard", "Golden Gate Bridge", "Florida Straits"); in CoNLL-2003 train only
 *  a body named for one ends in one ("Association for Relations Across the Taiwan Straits"), so a
 *  name holding a body's head word keeps its type. A thing (MISC) only for a structure: a street's
 *  name is also a show's ("Sesame Street"). */
const ROUTE = /\s(?:Boulevard|Blvd\.?|Ave\.?|Drive|Freeway|Highway|Straits?)$/u;
/** "Base", "Towers", "Mall" and "Library" were here, each resting on one source's one story: gone. */
const STRUCTURE = /\s(?:Bridge|Tower)$/u;
/** "Mount"/"Mt." before a name makes a mountain, never a person ("Mt. Kilimanjaro"). */
const MOUNTAIN = /^(?:Mount|Mt\.?)\s+\p{Lu}/u;
/** Seas, gulfs, glaciers and the like are places ("Tasman Glacier", "Chukchi Sea", "Gulf of Aden"),
 *  where the tagger, which met few of them, makes a thing or a person of them. Words that are also
 *  common surnames ("Lake", "Hill", "Rivers") or that name a thing after a place ("Bay of Pigs",
 *  the invasion) are not here; a body keeps its type ("Gulf Oil" does not end in one). */
const NATURAL_FEATURE = /\s(?:Glacier|Ocean|Sea|Gulf|Peninsula|Canyon|Volcano|Lagoon|Fjord|Archipelago)$/u;
const NATURAL_FEATURE_OF = /^(?:Gulf|Sea|Strait|Straits)\s+of\s+\p{Lu}/u;
/** Halls for shows and games: places. None of these words, nor a body's head word below, ends
 *  any of the 10,206 person spans of CoNLL-2003 train and 400,000 Reuters self-training tokens
 *  ("Hall", "Field" and "Park" do, so they are not here). */
const VENUE = /\s(?:Arena|Amphitheatre|Amphitheater|Pavilion|Theatre|Theater|Auditorium)$/u;
/** Grounds, domed halls, theatres and urban villages the tagger calls bodies or things ("Carrier
 *  Dome", "SAP Arena", "Greenwich Village", "Kodak Theatre"): places in every gold set that names
 *  one (a theatre in four ECB+ sets and TimeBank, and in none as a body; CoNLL-2003 names none). A
 *  pavilion may be the company that plays there, so those stay. */
const PLACE_LAST = /\s(?:Arena|Dome|Village|Courthouse|Theatre|Theater)$/u;
/** A school, college or university named by what it teaches or where it stands ("… School of
 *  Nursing", "College of Charleston") is the institution, a body, where the tagger, which met its
 *  first word as a place, made a place of the whole. */
const INSTITUTION_OF = /(?:^|\s)(?:School|College|University|Institute|Academy)\s+of\s+\p{Lu}/u;
/** Hospitals are bodies in every gold set that names one (about forty, in ECB+ and TimeBank alike),
 *  where the tagger, trained on CoNLL-2003's convention, makes places of them. */
const HOSPITAL = /\sHospital$/u;
/** Laws, plans, reports and constitutions are works (MISC, as CoNLL annotates "… Act"): "Parliament Act",
 *  "Marshall Plan", "US Constitution". */
const DOCUMENT = /\s(?:Act|Bill|Plan|Report|Constitution)$/u;
/** Market indices and averages are MISC, as CoNLL writes "BLOM Stock Index" and "NASDAQ Index" (and
 *  MEANTIME gives them a financial type of their own): "Dow Jones Industrial Average", "… Composite Index". */
const MARKET_INDEX = /\s(?:Index|Average)$/u;
/** Festivals are events (MISC, as CoNLL-2003 writes "… Festival" and "… Carnival" and every gold set
 *  names them: "San Gennaro Festival", "Cannes Film Festival"), not the body that runs them. */
const FESTIVAL = /\s(?:Festival|Carnival)$/u;
/** Awards are things (MISC, as CoNLL-2003 writes "… Prize" and "… Trophy" and every gold set writes
 *  "… Award", "Medal of Honor"), not the body that gives them: "Pulitzer Prize", "Tony Awards",
 *  "Award of Valor". Not "Globe" (a newspaper's name) nor "Fellowship" (a church's). */
const AWARD = /\s(?:Awards?|Prize|Medal|Trophy)$/u;
const AWARD_OF = /^(?:\p{Lu}\S*\s+){0,2}(?:Award|Prize|Medal)\s+(?:of|for)\s+\p{Lu}/u;
/** Competitions are events (MISC, as CoNLL-2003 writes "European Championship" and the gold sets
 *  "NBA Finals", "NCAA Tournament"), not the league that holds them. */
const COMPETITION = /\s(?:Finals|Playoffs|Tournament|Championships?)$/u;
/** Military and police operations are events (MISC, as CoNLL writes "Operation Provide Comfort"). */
const OPERATION = /^Operation\s+\p{Lu}/u;
/** Storms are events (MISC, as CoNLL writes "Edouard" after "Hurricane"), not the places they hit;
 *  "Hurricane Center" is a body. */
const STORM = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+\p{Lu}/u;
/** Charters and treaties named by what they are of: "Bill of Rights", "Treaty of Rome", "Declaration of Independence". */
const DOCUMENT_OF = /^(?:\p{Lu}\S*\s+)?(?:Bill|Charter|Declaration|Treaty)\s+of\s+\p{Lu}/u;
const PUBLICATION_HEADS = 'Review|Journal|Gazette|Herald|Tribune';
/** Wire services' and trade papers' last words ("the Canadian Press", "the Harbourton Reporter"):
 *  a publication only after a nationality the tagger typed alone or as a town's paper it read as
 *  the town; elsewhere they stay out of the body heads (people are named "Press" and "Reporter"). */
const PRESS_HEADS = 'Press|Reporter';
/** A country's armed service after its nationality is one body, as CoNLL-2003 writes "the Irish
 *  Navy" and "the Mexican Army" and the gold sets "Indian Navy" (a lower-case "navy" is no name's). */
const SERVICE_HEADS = 'Navy|Army';
const BODY_HEADS = `Centre|Center|Institute|Foundation|Department|Office|Ministry|Committee|Council|Commission|Agency|Association|Society|Trust|College|University|Bank|Party|Union|Federation|Confederation|Movement|${SERVICE_HEADS}|${PUBLICATION_HEADS}`;
/** A government's own departments: after a nationality they are that country's ("German" "Foreign Ministry"). */
const STATE_DEPARTMENT_LAST = /\s(?:Ministry|Office|Department)$/u;
/** Bodies a place owns that a name's head says nothing of on its own ("Puerto Rico Police",
 *  "Miami Law School", "Millbrook District Court", where the tagger ended the name at the town):
 *  they make a body only after a place the tagger named. Not "Hospital": the tagger finds
 *  hospitals, and only their type is mended (HOSPITAL). */
const PLACE_BODY_HEADS = 'Police|School|Court';
const PLACE_BODY_HEAD_LAST = new RegExp(`\\s(?:${PLACE_BODY_HEADS})$`, 'u');
const BODY_HEAD_LAST = new RegExp(`(?:^|\\s)(?:${BODY_HEADS})$`, 'u');
const PUBLICATION = new RegExp(`\\s(?:${PUBLICATION_HEADS}|${PRESS_HEADS})$`, 'u');
const PRESS = new RegExp(`\\s(?:${PRESS_HEADS})$`, 'u');
const SERVICE = new RegExp(`\\s(?:${SERVICE_HEADS})$`, 'u');
/** "X's Department": a single head word, not "Japan's Ministry of Finance" (the ministry's own name follows).
 *  Tokenised text parts the possessive from its owner ("Sheriff 's Office"), as ECB+ and TimeBank write it. */
const POSSESSED_HEAD = new RegExp(`^[ \\t]?['’]s\\s+(?:Department|Office|Ministry|Committee|Council)(?![\\p{L}\\p{N}]|\\s+(?:of|for|on)\\b)`, 'u');
const UNTAGGED_BODY = new RegExp(`(?<![\\p{L}\\p{N}'’&-])((?:\\p{Lu}[\\p{L}&-]*\\p{Zs}+){1,4})(?:${BODY_HEADS}|${PLACE_BODY_HEADS}|${PRESS_HEADS})(?![\\p{L}\\p{N}])`, 'gu');
/** Closed-class words that start a sentence, not a name ("In", "The", "Its"). */
const FUNCTION_WORD = /^(?:The|A|An|In|On|At|For|But|And|Or|Its|His|Her|Their|Our|Your|My|This|That|These|Those|When|If|As|By|From|With|After|Before|Under|Over|Since|While|Both|Every|Each|Some|All|No)$/u;

/** A road, structure or strait by its last word, not a body named for one, nor a titled person. */
function isRouteOrStructure(m: Mention): boolean {
  if (m.type === 'LOC' || m.title || !(ROUTE.test(m.text) || STRUCTURE.test(m.text))) return false;
  // a road a nationality opens ("Dutch Boulevard") is a thing to the tagger for that word alone, not a show's title
  if (m.type === 'MISC' && !STRUCTURE.test(m.text) && !opensWithNationality(m.text)) return false;
  const words = m.text.split(/\s+/u);
  return !words.some((w) => BODY_HEAD_LAST.test(w) || PLACE_BODY_HEAD_LAST.test(` ${w}`));
}

/** A facility, hall, road or structure ends the name: "… University of Oslo Stadium" is the ground. */
function endsInPlaceWord(name: string): boolean {
  return FACILITY.test(name) || VENUE.test(name) || PLACE_LAST.test(name) || ROUTE.test(name) || STRUCTURE.test(name);
}

/** Whether a name ends in a word that says it is a body ("… Council", "… Bank"). */
export function endsInBodyHead(name: string): boolean {
  return BODY_HEAD_LAST.test(name);
}

export function repairByHeadNoun(text: string, mentions: Mention[]): Mention[] {
  const out = mentions.map((m) => {
    if (m.type === 'ORG' && FACILITY.test(m.text)) return { ...m, type: 'LOC' as const };
    // a tour's venues in a list ("Verizon Amphitheatre", "Pepsi Center") look like first and last
    // names to the tagger; a title ("Mr.") still makes a person
    if (m.type === 'PER' && !m.title && (FACILITY.test(m.text) || VENUE.test(m.text))) return { ...m, type: 'LOC' as const };
    if ((m.type === 'ORG' || m.type === 'MISC') && !m.title && PLACE_LAST.test(m.text)) return { ...m, type: 'LOC' as const };
    if (m.type === 'PER' && !m.title && MOUNTAIN.test(m.text)) return { ...m, type: 'LOC' as const };
    if ((m.type === 'PER' || m.type === 'MISC') && !m.title && (NATURAL_FEATURE.test(m.text) || NATURAL_FEATURE_OF.test(m.text))) return { ...m, type: 'LOC' as const };
    if (isRouteOrStructure(m)) return { ...m, type: 'LOC' as const };
    if (m.type === 'PER' && !m.title && /\s/u.test(m.text) && BODY_HEAD_LAST.test(m.text)) return { ...m, type: 'ORG' as const };
    if (m.type !== 'ORG' && !m.title && HOSPITAL.test(m.text)) return { ...m, type: 'ORG' as const };
    if (m.type === 'LOC' && INSTITUTION_OF.test(m.text) && !endsInPlaceWord(m.text)) return { ...m, type: 'ORG' as const };
    // "Cuban Interests Section": a name the tagger called a thing that ends in a noun WordNet's
    // first group sense makes an organisation or its unit ("section", "service") is one
    if (m.type === 'MISC' && !m.title && endsInOrganisationNoun(m.text)) return { ...m, type: 'ORG' as const };
    // "Harbor Recovery Center", "Lakeside Treatment Center": a body's head word ends no thing's name in
    // any gold set; a paper's ("Journal") may end a work's
    if (m.type === 'MISC' && !m.title && /\s/u.test(m.text) && BODY_HEAD_LAST.test(m.text) && !PUBLICATION.test(m.text)) return { ...m, type: 'ORG' as const };
    if (m.type !== 'MISC' && !m.title && (DOCUMENT.test(m.text) || DOCUMENT_OF.test(m.text) || MARKET_INDEX.test(m.text))) return { ...m, type: 'MISC' as const };
    // an operation the tagger took for a place or person; its ORG stays ("Operation Rescue", the group)
    if ((m.type === 'LOC' || m.type === 'PER') && !m.title && OPERATION.test(m.text)) return { ...m, type: 'MISC' as const };
    if (m.type !== 'MISC' && STORM.test(m.text) && !BODY_HEAD_LAST.test(m.text)) return { ...m, type: 'MISC' as const };
    if (m.type !== 'MISC' && !m.title && FESTIVAL.test(m.text)) return { ...m, type: 'MISC' as const };
    if (m.type === 'ORG' && COMPETITION.test(m.text)) return { ...m, type: 'MISC' as const };
    if (m.type !== 'MISC' && !m.title && (AWARD.test(m.text) || AWARD_OF.test(m.text)) && !BODY_HEAD_LAST.test(m.text)) return { ...m, type: 'MISC' as const };
    if (m.type === 'LOC' && (isLoneBody(m.text) || SERVICE.test(m.text))) return { ...m, type: 'ORG' as const };
    // "told the Timaru Herald": a town's paper the tagger read as the town; no place ends in these words
    if (m.type === 'LOC' && !m.title && PUBLICATION.test(m.text) && candidates(gazetteer(), m.text).entries.length === 0) return { ...m, type: 'ORG' as const };
    return withPossessedHead(text, m);
  }).map((m) => publication(text, m));
  for (const r of text.matchAll(UNTAGGED_BODY)) {
    const first = [...r[1].matchAll(/\S+/gu)].find((w) => !FUNCTION_WORD.test(w[0]));
    if (!first) continue;
    let start = r.index + first.index;
    const end = r.index + r[0].length;
    // the tagger may have taken just a publication's leading nationality ("the Australian
    // Financial Review"); "German Foreign Ministry" is Germany's ministry, not one name
    const inside = out.filter((m) => m.start < end && start < m.end);
    const lead = inside.length === 1 && inside[0].start === start && inside[0].end < end ? inside[0] : null;
    const nationalityOnly = lead !== null && isDemonym(lead) && (PUBLICATION.test(r[0]) || SERVICE.test(r[0]));
    if (PRESS.test(r[0]) && !nationalityOnly) continue;
    // or the nationality and the service word apart ("Indian" "Navy"): one body
    if (inside.length === 2 && inside[0].start === start && isDemonym(inside[0]) && inside[1].type === 'ORG' && inside[1].end === end && SERVICE.test(` ${inside[1].text}`) && !/\s/u.test(inside[1].text)) {
      for (const m of inside) out.splice(out.indexOf(m), 1);
      out.push({ start, end, type: 'ORG', text: text.slice(start, end) });
      continue;
    }
    // a place's own body the tagger ended at the place ("Puerto Rico Police", "Miami Law School"), one
    // name as CoNLL writes them; capitalised words before the place are not the body's ("On Sunday")
    const place = inside.length === 1 && inside[0].type === 'LOC' && inside[0].start >= start && inside[0].end < end ? inside[0] : null;
    const placeOnly = place !== null && !isDemonym(place);
    if (placeOnly) start = place.start;
    // "British Foreign Office": the nationality says whose office, as CoNLL writes "German" "Foreign Ministry";
    // a society, movement or foundation carries its nationality in its name ("Greek Shipping Federation")
    const nationalityLed = nationalityLedWords(inside, start);
    if (nationalityLed !== null && !nationalityOnly && /^\p{Zs}+\p{Lu}\S*\p{Zs}+\p{Lu}/u.test(text.slice(nationalityLed.end, end))) {
      if (!BODY_HEAD_LAST.test(r[0])) continue;
      if (STATE_DEPARTMENT_LAST.test(r[0])) {
        if (inside.length === 1) out.push({ start: nationalityLed.end + 1, end, type: 'ORG', text: text.slice(nationalityLed.end + 1, end) });
        continue;
      }
      const body: Mention = { start, end, type: 'ORG', text: text.slice(start, end) };
      for (const m of inside) out.splice(out.indexOf(m), 1);
      out.push(body);
      continue;
    }
    if (inside.length > 0 && !nationalityOnly && !placeOnly) continue;
    if (inside.length === 0 && PLACE_BODY_HEAD_LAST.test(r[0])) continue;
    const body: Mention = { start, end, type: 'ORG', text: text.slice(start, end) };
    if (inside.length) out.splice(out.indexOf(inside[0]), 1, body);
    else out.push(body);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The tagger's mentions inside a run of capitalised words up to a body's head word when they are a
 * nationality at its start and, after it, only things (MISC, "Republican" before "… Movement"): the
 * nationality; otherwise null. Where the tagger named a body after the nationality ("Panamanian"
 * "Boxing Association") it read the two apart, and they stay so.
 */
function nationalityLedWords(inside: readonly Mention[], start: number): Mention | null {
  const lead = inside[0];
  if (lead === undefined || lead.start !== start || !isDemonym(lead)) return null;
  return inside.slice(1).every((m) => m.type === 'MISC') ? lead : null;
}

/**
 * One capitalised word whose first sense as a group WordNet calls a body of people ("Cabinet",
 * "Senate", "Politburo") and that no place bears: the body, not a place.
 */
function isLoneBody(name: string): boolean {
  // four letters at least: "Va" (Virginia in a dateline) is also WordNet's "VA", the veterans' department
  return /^\p{Lu}\p{Ll}{3,}$/u.test(name) && isBodyNoun(name) && namesNoFaith(name) && candidates(gazetteer(), name).entries.length === 0;
}

/**
 * Two or more words, the last a capitalised noun whose first group sense WordNet makes an organisation or a unit
 * of one, but not a league of sports teams: "Nations League" is the competition.
 */
function endsInOrganisationNoun(name: string): boolean {
  const last = /\s(\p{Lu}\p{Ll}{3,})$/u.exec(name)?.[1];
  return last !== undefined && isOrganisationNoun(last) && !isCompetitionNoun(last);
}

/** No sense of the word is a belief ("Christianity", "Islam": a faith first, its believers second). */
function namesNoFaith(word: string): boolean {
  const wn = installedWordNet();
  return wn !== null && !wn.synsets(word.toLowerCase(), 'n').some((id) => wn.lexFile(id) === NOUN_COGNITION);
}

/** WordNet's lexicographer file of beliefs and ideas (noun.cognition). */
const NOUN_COGNITION = 9;

/** Who works on a publication, right before its name: "editor of the", "a columnist for". */
// ("at" is where a reporter is, "a reporter at the Olympics", not what they write for)
const PRESS_JOB_BEFORE = /\b(?:editor|publisher|columnist|correspondent|reporter)s?\s+(?:of|for)\s+(?:the\s+)?$/u;
/** The last word of a publication's name ("… Report", "… Times"): a sports event, a scripture or a
 *  project an editor works on is none ("the Tour de France", "the Koran"). */
const WORK = new RegExp(`\\s(?:${PUBLICATION_HEADS}|Report|News|Times|Post|Magazine|Daily|Weekly|Digest|Bulletin|Newsletter)$`, 'u');

/** Whether a name of two or more words ends as a publication's does ("The New York Times", "… Report"). */
export function isPublicationName(name: string): boolean {
  return WORK.test(name);
}

/**
 * A work-like name an editor, publisher, columnist or reporter works on is a publication, an
 * organisation ("editor of the Microprocessor Report", "a reporter for U.S. News & World Report");
 * a nationality stays one ("a columnist for the Italian daily").
 */
function publication(text: string, m: Mention): Mention {
  if (m.type !== 'MISC' || isDemonym(m) || !WORK.test(m.text) || !PRESS_JOB_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return m;
  return { ...m, type: 'ORG' };
}

function opensWithNationality(name: string): boolean {
  const first = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(name)?.[0];
  return first !== undefined && gazetteer().demonym(nameKey(first)) !== undefined;
}

function isDemonym(m: Mention): boolean {
  return m.type === 'MISC' && gazetteer().demonym(nameKey(m.text)) !== undefined;
}

function withPossessedHead(text: string, m: Mention): Mention {
  const head = POSSESSED_HEAD.exec(text.slice(m.end, m.end + 40));
  if (!head || m.type === 'PER' || candidates(gazetteer(), m.text).entries.length > 0) return m;
  const end = m.end + head[0].length;
  return { ...m, type: 'ORG', end, text: text.slice(m.start, end) };
}
