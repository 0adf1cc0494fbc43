// Shapes of the JSON the API returns. The web UI imports these as types only.
import type { Count, EventStatus, Place, Qualifier, TimeValue } from '../types.js';
import type { Curation, DocListing, DocSummary, StoredAnnotation, StoredDocument, UserAlias } from '../store/interface.js';
import type { DateInterval } from '../date-interval.js';
import type { ClaimRelation } from '../corpus/claims/relation.js';
import type { EventConflict } from '../corpus/events/conflict-types.js';
import type { EventCountsBrief, EventItem } from '../event-view/types.js';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  /** The path of the next page (the request's parameters, offset moved on); null on the last page. The server adds it to every page it sends. */
  next?: string | null;
  /** Set on event and claim listings while merged events and claim groups are still being
   *  computed in the background (after startup or new documents): the items may be incomplete. */
  computing?: boolean;
}

export interface ApiError {
  error: string;
}

/** An annotation with what it links to: an entity key, a place key, a claim key, an event id. */
export interface LinkedAnnotation extends StoredAnnotation {
  entity?: string;
  /** For a mention: its entity's name, as the entity's page gives it (not the mention's own words). */
  entityName?: string;
  placeKey?: string;
  claim?: string;
  /** For a figure: who says so and how the article words it, as FigureItem's fields of these names. */
  source?: string;
  sourceText?: string;
  /** For a figure: the person or body its source names (an entity key); absent for a description. */
  sourceEntity?: string;
  /** For an event: its report key ("docId:eventId"). */
  eventId?: string;
  /** For an event: the merged event it belongs to, and how many articles report that event. */
  eventKey?: string;
  eventDocuments?: number;
  /** For an event: how many of those articles are near-duplicate copies of another of them (absent when none). */
  eventCopies?: number;
  /** For an event: the merged event's title and date (the reader names a report by them, as the
   *  event page and the timeline do, not by its trigger word). */
  eventTitle?: string;
  eventDate?: EventItem['date'];
  /** For an event no article dates: the date of the article the timeline places it at, as the event page says ("dated by its article"). */
  eventArticleInterval?: EventItem['articleInterval'];
}

export interface DocumentView extends Omit<StoredDocument, 'annotations'> {
  annotations: LinkedAnnotation[];
  /** Dates and outlets people set for this document (its own, or its collection's date); shown
   *  in `meta` over what extraction found. */
  curations: Curation[];
}

/** Another article of a near-duplicate group: the same text on another site. */
export interface SameText {
  id: string;
  title: string;
}

/** `sameTextAs`: the other articles of its near-duplicate group (the same text on another site), absent when none. */
/** `publisher`: the outlet a person set, else the one extraction found, else null. */
export type DocumentItem = DocListing & { sameTextAs?: SameText[] };

export interface EntityItem {
  key: string;
  name: string;
  type: string;
  mentions: number;
  /** Articles naming it, an article several sites carry (near-duplicates) once. */
  documents: number;
  /** The further copies of those articles on other sites, which name it too: listed among its
   *  articles (`documents + copies` of them), not counted in `documents`. Absent when none. */
  copies?: number;
}

export interface MentionInContext {
  docId: string;
  docTitle: string;
  start: number;
  end: number;
  before: string;
  text: string;
  after: string;
  /** Further near-duplicate copies of the article with this same sentence, shown once (absent when none). */
  copies?: number;
}

export type { EventConflict };
// built outside the server, for the command line and the exports too
export type { EventCountsBrief, EventItem, EventReport, RoleRef } from '../event-view/types.js';

export interface FigureItem {
  docId: string;
  docTitle: string;
  published: string | null;
  text: string;
  value: number;
  qualifier: Qualifier | string;
  /** The stored unit (ISO currency, "percent", "km", a counted noun); absent when the text names none. */
  unit?: string;
  /** A vague amount's own words ("dozens"), when the figure is one: `value` is only the bound read from them. */
  vagueWords?: string;
  /** The qualifier as the source wrote it ("nearly"), when not how `qualifier` reads. */
  qualifierWords?: string;
  what: string;
  claim: string;
  /** Who says so: a name, or a description ("indictment") when `sourceEntity` is absent; for a
   *  figure in reported speech, the speaker of that quote, as `/api/quotes` names them. */
  source: string | null;
  /** The source as the article words it, where that is not `source` ("the indictment"). */
  sourceText?: string;
  /** The person or body `source` names (an entity key), when the article names them. */
  sourceEntity?: string;
  /** The sentence the figure stands in. */
  evidence: string;
  /** Where the figure is inside `evidence`. */
  evidenceSpan: { start: number; end: number };
  start: number;
  end: number;
}

export interface QuoteItem {
  /** Its address: GET /api/quotes/{key}. */
  key: string;
  docId: string;
  docTitle: string;
  text: string;
  kind: string;
  speaker: string | null;
  speakerEntity?: string;
  start: number;
  end: number;
}

export interface ClaimGroup {
  key: string;
  what: string;
  /** How the values relate: the same value, differing estimates, contradictory, or an update over time. */
  relation: ClaimRelation;
  /** Differing estimates or contradictory; an update or the same value is not a dispute. */
  disputed: boolean;
  /** Why the figures were grouped, in words. */
  reason: string;
  values: number[];
  /** The first figures (in the listing at most 10 by default): figureCount says how many when cut. */
  figures: FigureItem[];
  /** Set when `figures` was cut: how many figures the claim has. */
  figureCount?: number;
  /** Set when the claim compares the counts of one merged event (its key): the event shows the same disagreement. */
  event?: string;
}

export interface PlaceItem {
  key: string;
  name: string;
  country: string | null;
  /** Its country's ISO 3166-1 numeric code ("180"), the world map's id for the country's outline (absent when unknown). */
  countryId?: string;
  kind: string;
  lat: number;
  lon: number;
  mentions: number;
  /** Articles naming it, a near-duplicate group once (as an entity's `documents`). */
  documentCount: number;
  /** The further near-duplicate copies naming it, listed among `documents` but not counted (absent when none). */
  copies?: number;
  /** At most 50 (5 in the listing); documentCount and copies say how many. */
  documents: Array<{ id: string; title: string }>;
  eventCount: number;
  /** Of eventCount, those no report states here: the place inferred from their article (its country, a court or venue it names; absent when none). */
  inferredEventCount?: number;
  /** At most 50 (5 in the listing); eventCount says how many. placeInferred: no report states it here (see inferredEventCount). */
  events: Array<{ key: string; type: string; title: string; date: TimeValue | null; documentCount: number; copies?: number; placeInferred?: true } & EventCountsBrief>;
  /** The type of every event there, each once, sorted: what the map rings and filters by, since `events` lists only the first few. */
  eventTypes: string[];
  entity?: string;
  /** On /api/places/{key} only, when the articles name the place two ways or more: every entity whose
   *  mentions name it ("Congo", "Democratic Republic of Congo"), most often named first; `entity` is
   *  the one named at its first mention. */
  namedAs?: EntityItem[];
}

/** GET /api/places: a page of places, and the event types of all places whatever the filters (the map's type menu). */
export interface PlacePage extends Page<PlaceItem> {
  eventTypes: string[];
}

export interface EntityView extends EntityItem {
  aliases: Array<{ text: string; count: number }>;
  mentionsInContext: Page<MentionInContext>;
  /** `shared`: articles naming both, each near-duplicate group once; `sharedCopies`: the further
   *  copies naming both, listed among those articles but not counted (absent when none). */
  coMentioned: Array<EntityItem & { shared: number; sharedCopies?: number }>;
  eventCount: number;
  /** Newest 50; eventCount says how many. */
  events: Array<EventItem & { role: string }>;
  quoteCount: number;
  /** A quote a near-duplicate copy repeats word for word is listed once, with `copies`; quoteCount leaves those copies out. */
  quotes: Array<QuoteItem & { copies?: number }>;
  place?: PlaceItem;
  /** The other places the map links to this entity, most mentioned first (absent when none): its
   *  mentions name several records ("Moscow" the city, "the Moscow region"). */
  alsoPlaces?: PlaceBrief[];
  /** The other entities whose mentions name `place`: the same place under another name ("Congo"
   *  beside "Democratic Republic of Congo"), most often named first (absent when none). */
  samePlace?: EntityItem[];
}

/** A place as the map puts it, without its articles and events. */
export type PlaceBrief = Pick<PlaceItem, 'key' | 'name' | 'country' | 'kind' | 'lat' | 'lon'>;

export interface SearchItem {
  /** Its place in the order asked for (relevance or date) over all pages: 1 is first. */
  rank: number;
  id: string;
  title: string;
  source: string;
  score: number;
  published: string | null;
  snippet: Array<{ text: string; match: boolean }>;
  /** The other articles of its near-duplicate group, as in the document listing; absent when none. */
  sameTextAs?: SameText[];
}

export interface FacetValue {
  value: string;
  label: string;
  /** The results with this value, a near-duplicate group (one text on several sites) once. */
  count: number;
  /** The further results with this value that copy another of them (absent when none). */
  copies?: number;
}

export interface SearchResult extends Page<SearchItem> {
  query: string;
  /** Set when the words match more documents than this: filters, facets and date order then
   *  apply to the best this-many matches only. Words matching more than 5,000 documents are
   *  ranked among their 5,000 most recently added matches. */
  window: number | null;
  /** Of `total`, the results whose publication date gives no year (none at all, or "--01-29"): the
   *  year facet, cut to the 20 most frequent years, leaves them out. A near-duplicate group counts
   *  once, as in the facets. */
  undated: number;
  facets: { entities: FacetValue[]; eventTypes: FacetValue[]; years: FacetValue[] };
  /** The other forms of the query's words the search also finds ("arrest": arrested, arrests, arresting), for marking matches in an article. */
  wordForms: string[];
}

/** Which MISC names /api/graph keeps: all, all but nationalities ("Greek"), or nationalities only. */
export type NationalityFilter = 'include' | 'exclude' | 'only';

export interface GraphView {
  nodes: EntityItem[];
  edges: Array<{ source: string; target: string; kind: 'co-mention' | 'event'; weight: number; label: string }>;
}

export interface Overview {
  documents: number;
  entities: number;
  /** Real-world events (reports of one event in several articles count once). */
  events: number;
  /** Event reports, one per article and event. */
  eventReports: number;
  figures: number;
  quotes: number;
  places: number;
  /** Figure groups: one quantity stated by more than one article. */
  claims: number;
  disputedClaims: number;
  /** Of `claims` and `disputedClaims`: groups that compare the counts of one merged event that
   *  `eventsCompared` (and, disputed, GET /api/events?disputed=true) counts already: one disagreement, counted once. */
  eventClaims: number;
  disputedEventClaims: number;
  /** Events more than one article reports, so that their reports can be compared. */
  eventsCompared: number;
  writable: boolean;
  /** True when the server takes curation decisions (it was started with a write token). */
  curatable: boolean;
  /** True while merged events and claim groups are being computed in the background; their
   *  counts (events, eventReports, claims, disputedClaims, eventsCompared) are then those of the last result. */
  computing: boolean;
  /** Merged events whose reports disagree (a date, a place or a count): the total of GET /api/events?disputed=true. */
  disputedEvents: number;
  /** With ?top=N: per entity type, the first N of GET /api/entities?type=T (most articles first). */
  topEntities?: Record<'PER' | 'ORG' | 'LOC' | 'MISC', EntityItem[]>;
}

/** The decisions people made (GET /api/curations). */
export interface CurationList {
  /** entityKey: for an entity split, the entity its mentions became (where the split can be undone).
   *  aName, bName: an entity merge's or split's entities by name; docTitle: a split's article by title. */
  curations: Array<Curation & { entityKey?: string; aName?: string; bName?: string; docTitle?: string }>;
  aliases: UserAlias[];
}

/** A page of the articles naming an entity (or two). `copies`: how many of the `total` listed are
 *  near-duplicate copies of another listed article, counted once in article counts (absent when none). */
export interface EntityDocumentPage extends Page<EntityDocument> {
  copies?: number;
}

/** An article naming an entity, with how often. */
export interface EntityDocument {
  id: string;
  title: string;
  source: string;
  published: string | null;
  mentions: number;
}

/** One event on the timeline: what is needed to draw and label it, nothing more. */
export interface TimelineEvent extends EventCountsBrief {
  key: string;
  type: string;
  title: string;
  date: TimeValue | null;
  interval: DateInterval;
  /** Placed at its first article's publication date: the reports give no date of their own. */
  articleDate: boolean;
  documentCount: number;
  /** How many of those articles are near-duplicate copies of another of them (absent when none). */
  copies?: number;
  disputed: boolean;
  firstTitle: string;
  /** The first report's sentence, for a link straight to it in its article. */
  sentence?: { docId: string; start: number; end: number };
}

export interface TimelineView extends Page<TimelineEvent> {
  /** Matching events that cannot be placed (no date of their own, no dated article). */
  unplaced: number;
  /** Every matching placed event counted per bucket, whatever the page holds. */
  density: { unit: 'day' | 'month' | 'year'; buckets: Array<{ start: string; count: number }> };
}

/** Why two entities are linked in the graph. */
export interface GraphEvidence {
  /** Articles naming both, each near-duplicate group once (as an entity's article count). */
  documents: number;
  /** The further near-duplicate copies naming both, listed on the entity page but not counted (absent when none). */
  copies?: number;
  sentences: Array<{ docId: string; docTitle: string; text: string; start: number; end: number }>;
  events: Array<{ key: string; type: string; title: string; date: TimeValue | null }>;
}
