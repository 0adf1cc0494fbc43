// Core types shared by every stage. Stages import from here; nothing here does I/O.
// Every annotation is a span over Doc.text (the cleaned text), so the UI can
// highlight it and a reader can check it.

/** Half-open character range [start, end) over Doc.text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a document came from. One Doc can have several (the same article ingested twice). */
export interface Source {
  kind: 'file' | 'url' | 'stdin' | 'jsonl' | 'sgml' | 'upload';
  /**
   * Path, URL, "path#line" for JSONL, "path#NEWID" for SGML records, "upload:NAME" for API uploads;
   * for stdin "stdin:" and a hash of the text (or a JSON Lines record's "stdin#ID", with ingest --trust-ids).
   */
  location: string;
  /** Short name a user can type: the file's base name without extension, a URL's last segment, a record id. */
  name: string;
  url?: string;
}

/** Output of the read stage: decoded but not yet cleaned. */
export interface RawDoc {
  source: Source;
  format: 'html' | 'text';
  content: string;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, windows-1251, koi8-r, latin1 …). */
  encoding: string;
  /** What the container already told us (JSONL fields, SGML tags, HTTP headers). */
  hints: {
    title?: string;
    url?: string;
    published?: string;
    dateline?: string;
    authors?: string[];
  };
}

/** An input that could not be read: one clear message naming the input. */
export interface ReadFailure {
  input: string;
  error: string;
  /**
   * 'size-limit': over the readers' --max-mb limit; 'time-limit': its analysis ran past the
   * per-document time limit (raising either helps); absent for any other failure.
   */
  reason?: 'size-limit' | 'time-limit';
}

/** 'month-day': month and day known, year not ('--10-21'). */
export type DatePrecision = 'day' | 'month' | 'year' | 'month-day' | 'none';

/** Where a metadata value was found: in the clean text (span), or outside it (HTML meta, JSON-LD …). */
export interface Evidence {
  origin: 'text' | 'meta' | 'json-ld' | 'time-element' | 'container' | 'inferred';
  text: string;
  span?: Span;
}

/** Publication date as given or inferred; never a guessed year. */
export interface PublishedDate {
  /** ISO 8601 truncated to precision ("2017", "2017-01", "2017-01-01", "--10-21"), null when unknown. */
  value: string | null;
  precision: DatePrecision;
  /** When the value is unknown: the date can be no earlier than this (latest explicit date in the text). */
  notBefore?: string;
  evidence?: Evidence;
}

export interface Dateline {
  place: string;
  /** The dateline as written, e.g. "MOSCOW, October 21." */
  text: string;
  /** Month-day or full date as ISO ("--10-21", "2016-10-21"), when the dateline has one. */
  date?: string;
  span?: Span;
}

export interface DocMeta {
  authors: string[];
  publisher: string | null;
  dateline: Dateline | null;
  published: PublishedDate;
  url?: string;
  /** Where a reported story is attributed to ("Reuters found out …"), if the text says. */
  attributedTo?: string;
  /** The text's language, ISO 639-1 where the evidence is clear, 'und' otherwise. */
  language?: string;
  /** Why the English-only analysis (entities, dates, events, figures, quotes) was not run; absent when it was. */
  notAnalysed?: string;
  /** Why an HTML page looks cut off (never closed, its text ending mid-sentence); absent when it does not. The text is kept as read. */
  truncated?: string;
}

/** A part of the input kept out of Doc.text, with why. Nothing is silently lost. */
export interface RemovedPart {
  text: string;
  /** e.g. cookie-notice, related, newsletter, caption, share, navigation, duplicate, author-bio, footer, comments, ad, timestamp */
  reason: string;
  /** Offset in Doc.text where the removed part stood. */
  at: number;
}

/** Output of the extract stage. id = hash of the normalised clean text. */
export interface Doc {
  id: string;
  text: string;
  title: string;
  sources: Source[];
  removed: RemovedPart[];
  meta: DocMeta;
  /** Paragraph spans over text (headings included). */
  paragraphs: Span[];
}

// ---------- segment ----------

export interface Token extends Span {
  text: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Segmentation {
  sentences: Span[];
  tokens: Token[];
  /** tokenStart[i] = index of the first token of sentence i (length sentences.length + 1). */
  sentenceTokenStart: number[];
  /** The text arrives tokenised, every token set apart by a space ("did n't", "the mayor 's"): see segment/spaced-hyphens.ts. */
  tokensApart: boolean;
}

// ---------- syntax ----------

/**
 * One word of the dependency parse (Universal Dependencies). Words come from segment tokens;
 * where UD splits a token ("don't" → do + n't, "Russia's" → Russia + 's) each part keeps its own
 * exact offsets inside the token, so spans stay true to Doc.text.
 */
export interface SyntaxWord extends Span {
  text: string;
  /** Index of the segment token this word comes from. */
  token: number;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADP, NUM …). */
  upos: string;
  /** Index into Syntax.words of the head word; -1 for the sentence root. */
  head: number;
  /** Full UD relation, subtype included ("nsubj:pass", "obl:agent", "acl:relcl"). */
  deprel: string;
}

export interface Syntax {
  /** Every word of the document, in order; heads index into this array. */
  words: SyntaxWord[];
  /** sentenceWordStart[i] = index of the first word of sentence i (length sentences.length + 1). */
  sentenceWordStart: number[];
}

// ---------- entities ----------

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An article's vote for one name, kept on each of its mentions of the name (stored with them). */
export interface TypeVote {
  /** The name voted under (pipeline/entities/type-votes.ts voteKey). */
  key: string;
  /** The type the article gives the name: its evidence, else what most of its mentions are. */
  type: EntityType;
  /** Whether the article has evidence of its own for the type (a title, a full name, a designator …): its mentions are never moved. */
  evidence: boolean;
  /** Whether that evidence outweighs a guess when voting (a surname of a full name typed a person by guess does not). */
  strong: boolean;
  /** Whether the corpus may retype the mention: no evidence in its article, not a place, nationality word or adjective. */
  movable: boolean;
  /** The type the article's analysis gave this mention (a later corpus decision can be undone to it). */
  tagged: EntityType;
}

export interface Mention extends Span {
  type: EntityType;
  text: string;
  /** The title the name is written with ("Mr", "Dr"; part of the span): it makes the name a person, and a surname. */
  title?: string;
  /** A relative named by first name takes the family name of the person the text relates them to ("his son Nick"). */
  familyName?: string;
  /** A full name that renames a kinship noun ("his sister Katie Hale"): the full name of the namesake the article introduces this person through, whom a bare surname they share means. */
  relativeOf?: string;
  /** A nickname the text writes in quotes inside a person's name ("Vincent "The Chin" Gigante"): that person's name around it ("Vincent Gigante"). */
  nicknameOf?: string;
  /** An acronym the text defines in brackets after a name whose initials alone do not spell it ("Velmora Insurance (VEIN)"): that name. */
  expands?: string;
  /** The place of the article's dateline ("ANKARA, March 3 (Agency) -"): where the story was filed, the country a body it names without one belongs to. */
  dateline?: true;
  /** "credit": it stands in a wire credit line or the dateline's agency (who wrote or sent the story, not who is in it). */
  role?: 'credit';
  /** Its own context settled its type (a curated entry, a descriptor noun, a share price): what other articles say of the name does not override it. */
  typeSettled?: boolean;
  /** Its article's vote for the type of its name, counted over the whole corpus (pipeline/entities/type-votes.ts). */
  typeVote?: TypeVote;
  /** Set by entity resolution: the entity this mention refers to, the same id in every document. */
  entityId?: string;
  /** Set by entity resolution: the name it resolves to ("Sergey Smirnov" for a bare "Smirnov"). */
  canonical?: string;
}

export interface Place {
  name: string;
  country: string | null;
  /** ISO 3166-1 alpha-2 where known. */
  countryCode: string | null;
  lat: number;
  lon: number;
  kind: 'country' | 'region' | 'city' | 'site' | 'other';
  /** Stable id from the gazetteer, e.g. "geonames:745044". */
  ref: string;
}

export interface PlaceMention extends Span {
  text: string;
  place: Place;
}

// ---------- time ----------

export type TimePrecision = 'day' | 'month' | 'year' | 'month-day' | 'weekday' | 'none';

export interface TimeValue {
  /** ISO 8601 truncated to precision; "--10-21" for month-day without a year; null when unresolved. */
  iso: string | null;
  precision: TimePrecision;
  /** A range written as one mention ("from 3 to 10 September", "3-10 September"): its last day, ISO at iso's precision; iso is its first. */
  end?: string;
  notBefore?: string;
  /** For an unresolved relative expression: the phrase it is relative to ("the full-scale invasion began"). */
  relativeTo?: string;
  /**
   * Expressions that are not a calendar point (iso stays null for them): a length of time
   * ("three years"), a recurrence ("every week"), or a vague reference to the present, past or future
   * ("now", "recently"). Absent for calendar dates.
   */
  kind?: 'duration' | 'set' | 'reference';
  /**
   * The TIMEX3 value where iso cannot hold it: an ISO 8601 duration ("P3Y", "PT2H", "PXY" for an
   * unstated number), a week ("2004-W10"), quarter ("2004-Q3"), season ("2004-SU"), part of a day
   * ("2004-03-05TEV"), a set ("XXXX-WXX-1") or PRESENT_REF / PAST_REF / FUTURE_REF.
   */
  timex?: string;
}

export interface TimeMention extends Span {
  text: string;
  value: TimeValue;
}

// ---------- facts ----------

export type Qualifier = 'exact' | 'about' | 'at_least' | 'up_to' | 'more_than';

export interface Count {
  value: number;
  qualifier: Qualifier;
  /**
   * A vague count's own words ("dozens", "hundreds"), set only when the count is one vague number, not a
   * sum: `value` is then the bound read from them. For display only; merging and conflicts compare `value`.
   */
  vagueWords?: string;
  /** The bound in the source's words where they are not how `qualifier` reads ("nearly" for up_to), as a figure keeps it. For display only. */
  qualifierWords?: string;
}

export interface Attribution {
  /** Who says so, as written or resolved ("Kyrgyzstan's labour ministry", "one of the sources in …"). */
  source: string;
  evidence: Span;
  entityId?: string;
}

/** The event taxonomy (the dev gold's, plus a few conflict types); README, "Event types", maps each to CAMEO and ACLED. */
export const EVENT_TYPES = [
  'attack', 'killing', 'arrest', 'detention', 'release', 'raid', 'prosecution', 'charge', 'conviction',
  'sentencing', 'ruling', 'deportation', 'extradition', 'designation', 'agreement', 'meeting', 'election',
  'vote', 'protest', 'strike', 'death', 'resignation', 'appointment', 'investigation', 'sanction',
  'military_operation', 'other',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/**
 * What the text commits to: asserted ("police arrested"), negated ("was not arrested"), planned or
 * threatened ("will deport", "threatened to strike"), hypothetical ("may try to deport", "if
 * convicted"), alleged ("allegedly killed", "accused of"), denied ("denies ordering"). Stored data
 * from before this taxonomy reads 'reported' as asserted and 'suspected' as alleged.
 */
export const EVENT_STATUSES = ['asserted', 'negated', 'planned', 'hypothetical', 'alleged', 'denied'] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Statuses of data stored before the taxonomy above ('reported' = asserted, 'suspected' = alleged); never produced now. */
export type LegacyEventStatus = 'reported' | 'suspected';

/** Only asserted and alleged events are facts on the timeline; the others stay findable. */
export function isTimelineFact(status: string): boolean {
  return status === 'asserted' || status === 'alleged' || status === 'reported' || status === 'suspected';
}

/** Is a report a fact on the timeline: asserted or alleged, and not background from an earlier year the story only recalls? */
export function reportOnTimeline(r: { status: string; background?: boolean }): boolean {
  return isTimelineFact(r.status) && r.background !== true;
}

/** A merged event is a timeline fact when some report of it is one (one report asserting it outweighs another planning it). */
export function anyTimelineFact(statuses: Iterable<string>): boolean {
  for (const s of statuses) if (isTimelineFact(s)) return true;
  return false;
}

export interface EventRole extends Span {
  text: string;
  /**
   * Who the role's words stand for when they only describe or point at someone the document names
   * elsewhere ("a 34-year-old man", "the man", "he"): that name's mention, as the coreference step
   * resolved it, and its canonical name. The role's own span stays what the event's sentence says.
   */
  referent?: Span & { name: string };
}

export interface EventRecord {
  /** Id unique within the document. */
  id: string;
  type: EventType;
  /** For an "other" event, what kind of happening it is ("disaster", "bid", "dismiss"): two of different kinds are never one event. */
  theme?: string;
  trigger: Span & { text: string };
  sentence: Span;
  /** isStart: the date is the day a lasting happening began, read from the parse ("began shelling on 5 March", "on strike since Monday"), not the day a one-off happened. */
  date: (TimeValue & { evidence?: Span; isStart?: true }) | null;
  /** inferred: not stated with the event; the country the document is set in (its span is that country's first mention; where the text never names it, the text it was inferred from, a town in it or a country adjective, as `text` writes it, and `place` is the country), or for a vote the chamber the document names most. */
  place: (EventRole & { place?: Place; inferred?: true }) | null;
  actors: EventRole[];
  targets: EventRole[];
  /** People it happened to (killed … prosecuted); participants: how many took part in a protest, strike or vote. */
  counts: Partial<Record<'killed' | 'injured' | 'detained' | 'arrested' | 'prosecuted' | 'participants', Count>>;
  status: EventStatus | LegacyEventStatus;
  /** Told as done in a year before the story's ("the 1996 Olympic bombing" in a 1999 story): what the news rests on. Kept and findable, off the timeline. */
  background?: true;
  attribution?: Attribution;
  /** Every span that speaks of this event in the document ("the attack", "a series of raids"). */
  mentions?: Array<Span & { text: string }>;
}

/** Whether the text states a figure as a change, and which way ("fell 10%", "a 30% hike"). */
export type FigureChange = 'up' | 'down' | 'none';

export interface Figure extends Span {
  text: string;
  value: number;
  /**
   * ISO 4217 code for money ("USD"), "percent", "percentage_point", a measure unit ("km", "tonne",
   * "year" for durations and ages), or the counted noun ("people", "votes"); "" when the text names none.
   */
  unit?: string;
  qualifier: Qualifier;
  /**
   * A vague amount's own words ("hundreds of thousands", "dozens", "several thousand"), set only
   * when the number is one: `value` is then the bound read from them, which the source never stated.
   */
  vagueWords?: string;
  /**
   * The qualifier as the source wrote it ("nearly", "fewer than", "as many as"), set only when those
   * words are not how `qualifier` reads ("nearly 500" is an upper bound, but not "up to 500").
   */
  qualifierWords?: string;
  change?: FigureChange;
  /** The counted noun phrase with its modifiers; for money and shares, what is measured. */
  what: string;
  whatSpan?: Span;
  sentence: Span;
  attribution?: Attribution;
  /** Figures of the same document this one cannot agree with ("a fivefold rise" against levels a thousandth apart), and why. */
  conflict?: { with: Span[]; reason: string };
  /** Stated in the title or a heading line. */
  headline?: true;
  /** For a headline figure: the body figure that states it again (with its source); the knowledge base stores only that one. */
  restatedBy?: Span;
}

export interface Quote extends Span {
  text: string;
  kind: 'direct' | 'indirect';
  /** Who said it: the entity's canonical name, or a description for a nameless speaker. */
  speaker: string | null;
  /** The mention naming the speaker (for "he": its antecedent); the source as written when none. */
  speakerSpan?: Span;
  /** The source as written ("he", "Mr Clarke", "a spokesman for the ministry") and where. */
  speakerText?: string;
  sourceSpan?: Span;
  /** The speaker's entity (resolved mentions' entityId). */
  speakerEntityId?: string;
  /** A nameless speaker tied to a body or person ("a spokesman for X"): X. */
  speaksFor?: { name: string; entityId?: string };
  /** The attribution cue ("said", "according to", "told"). */
  cue?: Span & { text: string };
  sentence: Span;
}

/** Everything the per-document stages found in one document. */
export interface Analysis {
  doc: Doc;
  segmentation: Segmentation;
  /** The dependency parse of every sentence (recomputed when needed, not stored). */
  syntax: Syntax;
  mentions: Mention[];
  places: PlaceMention[];
  times: TimeMention[];
  events: EventRecord[];
  figures: Figure[];
  quotes: Quote[];
}
