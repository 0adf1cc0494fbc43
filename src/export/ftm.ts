// FollowTheMoney export (JSON lines of {id, schema, properties}) for Aleph and other FtM tools.
// Documents are Articles, people and organisations Persons and Organizations, resolved places
// Addresses with coordinates, merged events Events, and each name found in a document a Mention.
// Each person, organisation and place an article names is linked to it by a Documentation (the
// link Aleph lists under an entity's documents and an article's related entities; Mention is a
// hidden schema there). Ids are stable: a hash of the Chronicle id, so re-exporting updates
// rather than duplicates.
// Schema facts checked against followthemoney/schema/{Article,Document,Documentation,Event,
// Interval,Mention,Thing}.yaml in alephdata/followthemoney (test/export/ftm-validate.ts reads the
// model of the @alephdata/followthemoney package).
import { createHash } from 'node:crypto';
import type { EntitySummary, StoredDocument } from '../store/interface.js';
import { isTimelineFact, type Place } from '../types.js';
import { eventStatusInArticles, eventStatusWords } from '../event-status-words.js';
import { readableDate } from '../readable-date.js';
import { documentMatches, walkDocuments } from './documents.js';
import { eventMerger, reportRefs, sourceLine, type MergedEvent } from './events.js';
import { entitiesAndEvents } from './first-pass.js';
import { countsText } from './event-counts.js';
import { jsonLine } from './json-line.js';
import type { ExportOutput } from './output.js';
import type { ExportContext } from './tables/table.js';
import { eventTitles } from '../event-view/linked-events.js';
import { reportWithMergedPlace } from '../corpus/events/merged-place.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export function ftmId(kind: string, chronicleId: string): string {
  return 'chronicle-' + createHash('sha1').update(`${kind}:${chronicleId}`).digest('hex').slice(0, 24);
}

const SCHEMA_OF_TYPE: Record<string, string> = { PER: 'Person', ORG: 'Organization', LOC: 'Address', MISC: 'Thing' };

/** Builds an entity, dropping empty values (FtM has no nulls). */
function entity(schema: string, id: string, props: Record<string, Array<string | number | null | undefined>>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(props)) {
    const kept = [...new Set(values.filter((v): v is string | number => v !== null && v !== undefined && v !== '').map(String))];
    if (kept.length) properties[name] = kept;
  }
  return { id, schema, properties };
}

/** FtM dates are ISO prefixes; a month-day without a year has no FtM form. */
const ftmDate = (iso: string | null | undefined) => (iso && /^\d{4}(-\d{2}){0,2}$/.test(iso) ? iso : null);
const ftmCountry = (code: string | null | undefined) => (code && /^[a-z]{2}$/i.test(code) ? code.toLowerCase() : null);
const ftmUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

// FtM's language type takes ISO 639-3 codes; Chronicle's language guess gives ISO 639-1 (or 'und').
// The codes the guess can give, where FtM's list has the language (it has no Thai).
const ISO_639_3: Record<string, string> = {
  ar: 'ara', de: 'deu', el: 'ell', en: 'eng', es: 'spa', fr: 'fra', he: 'heb', hy: 'hye', it: 'ita',
  ja: 'jpn', ka: 'kat', ko: 'kor', nl: 'nld', pt: 'por', ru: 'rus', uk: 'ukr', zh: 'zho',
};
const ftmLanguage = (code: string | undefined) => (code ? ISO_639_3[code] ?? null : null);

function article(doc: StoredDocument): FtmEntity {
  const source = doc.sources[0];
  return entity('Article', ftmId('document', doc.id), {
    name: [doc.title || doc.id],
    title: [doc.title],
    fileName: [source?.name || doc.id],
    bodyText: [doc.text],
    publishedAt: [ftmDate(doc.meta.published.value)],
    language: [ftmLanguage(doc.meta.language)],
    author: doc.meta.authors,
    publisher: [doc.meta.publisher],
    sourceUrl: [ftmUrl(doc.meta.url), ...doc.sources.map((s) => ftmUrl(s.url))],
  });
}

function address(place: Place): FtmEntity {
  return entity('Address', ftmId('place', place.ref), {
    name: [place.name],
    full: [place.country && place.country !== place.name ? `${place.name}, ${place.country}` : place.name],
    // FtM's Address has a field for a city and one for a region; a country is only its code
    city: [place.kind === 'city' ? place.name : null],
    region: [place.kind === 'region' ? place.name : null],
    country: [ftmCountry(place.countryCode)],
    latitude: [place.lat],
    longitude: [place.lon],
  });
}

const nameWords = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * A short form made of some of the name's own words ("Orlov" of "Pavel Orlov", "interior ministry"
 * of "Spanish interior ministry"). Others go by it too, so it is FtM's weakAlias, which Aleph shows
 * but never matches on; an alias (matchable) would tie the entity to every namesake in a cross-reference.
 */
function isShortForm(alias: string, name: string): boolean {
  const own = new Set(nameWords(name));
  const words = nameWords(alias);
  return words.length < own.size && words.every((w) => own.has(w));
}

function legalEntity(e: EntitySummary): FtmEntity {
  const others = e.aliases.filter((a) => a !== e.name);
  return entity(SCHEMA_OF_TYPE[e.type], ftmId('entity', e.id), {
    name: [e.name],
    alias: others.filter((a) => !isShortForm(a, e.name)),
    weakAlias: others.filter((a) => isShortForm(a, e.name)),
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Documentation roles: named in the article's text, or only in its credit line (byline, agency). */
const MENTIONED = 'mentioned';
const CREDITED = 'credit line';

/** Writes the FtM entities of the documents in scope; returns how many were written. */
export async function exportFtm(ctx: ExportContext, out: ExportOutput): Promise<number> {
  const { store, filters, progress } = ctx;
  // Pass 1: event coreference inputs and entity summaries. Only people and organisations can be
  // Mention.resolved or Event.involved (both must be a LegalEntity).
  const { only, tally, index } = await entitiesAndEvents(ctx);
  const legal = new Map<string, EntitySummary>();
  for (const e of tally.summaries(filters.entityType)) if (e.type === 'PER' || e.type === 'ORG') legal.set(e.id, e);
  const merger = eventMerger(index);
  // what the timeline and the event page call each event ("Arrest of three men in Utrecht")
  const titleOf = await eventTitles(store);

  let written = 0;
  const emit = async (e: FtmEntity) => {
    await out.write(jsonLine(e));
    written++;
  };
  const emittedPlaces = new Set<string>();
  const emitPlace = async (place: Place): Promise<string> => {
    const a = address(place);
    if (!emittedPlaces.has(a.id)) {
      emittedPlaces.add(a.id);
      await emit(a);
    }
    return a.id;
  };
  const inScope = new Set<string>(); // ids of the articles written, for Event.proof
  const referenced = new Set<string>();

  for await (const doc of walkDocuments(store, {})) {
    progress.tick();
    if ((!only || only.has(doc.id)) && documentMatches(doc, filters)) {
      inScope.add(doc.id);
      await writeDocument(doc);
    }
    for (const event of merger.add(doc)) await writeEvent(event);
  }
  for (const event of merger.finish()) await writeEvent(event);
  for (const id of referenced) await emit(legalEntity(legal.get(id)!));
  return written;

  async function writeDocument(doc: StoredDocument): Promise<void> {
    const articleId = ftmId('document', doc.id);
    await emit(article(doc));
    const countries = new Set<string>();
    // what the article documents: entity id → the role of its mention (credit line or text)
    const documented = new Map<string, string>();
    for (const a of doc.annotations) {
      if (a.kind !== 'place') continue;
      const place = (a.data as { place: Place }).place;
      documented.set(await emitPlace(place), MENTIONED);
      const code = ftmCountry(place.countryCode);
      if (code) countries.add(code);
    }
    // One Mention per distinct name in a document (FtM has no spans; the JSONL export keeps them).
    const seen = new Set<string>();
    for (const a of doc.annotations) {
      if (a.kind !== 'mention' || (filters.entityType && a.label !== filters.entityType)) continue;
      const entityId = (a.data as { entityId?: string }).entityId;
      const resolved = entityId && legal.has(entityId) ? entityId : null;
      if (resolved) {
        const id = ftmId('entity', resolved);
        // named in the text anywhere in the article: "mentioned", whatever its credit line says
        if (documented.get(id) !== MENTIONED) documented.set(id, a.data.role === 'credit' ? CREDITED : MENTIONED);
      }
      const key = resolved ?? `${a.label}:${a.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (resolved) referenced.add(resolved);
      await emit(
        entity('Mention', ftmId('mention', `${doc.id}:${key}`), {
          name: [a.text],
          document: [articleId],
          resolved: [resolved && ftmId('entity', resolved)],
          detectedSchema: [resolved ? SCHEMA_OF_TYPE[legal.get(resolved)!.type] : (SCHEMA_OF_TYPE[a.label] ?? 'Thing')],
          contextCountry: [...countries],
        }),
      );
    }
    for (const [entityId, role] of documented)
      await emit(entity('Documentation', ftmId('documentation', `${doc.id}:${entityId}`), { document: [articleId], entity: [entityId], role: [role] }));
  }

  async function writeEvent(e: MergedEvent): Promise<void> {
    const roles = e.reports.flatMap((r) => [...r.actors, ...r.targets]);
    const involved = [...new Set(roles.flatMap((r) => r.entityIds).filter((id) => legal.has(id)))];
    involved.forEach((id) => referenced.add(id));
    // the place the event page, its title and `events --merged` give it
    const placed = reportWithMergedPlace(e.reports, (r) => r.event.place);
    const place = placed?.event.place ?? null;
    const placeId = place?.place ? await emitPlace(place.place) : null;
    const placeName = place?.place?.name ?? place?.text;
    const date = ftmDate(e.date);
    // a range written as one date ("from 3 to 10 September"): its last day, from the report giving the date
    const endDate = date ? ftmDate(e.reports.find((r) => r.event.date?.iso === e.date)?.event.date?.end) : null;
    const stated = statedOtherwise(e);
    // a day and month without a year has no FtM date: it is kept in words ("28 Jan (year unknown)"), not lost
    const yearless = !date && e.date ? readableDate(e.date) : null;
    // named as the timeline and the event page name it, with its date: Aleph lists events by name
    const title = titleOf(reportRefs(e));
    const name = [...(title ? [title] : [capitalise(e.type), placeName]), date ?? yearless].filter(Boolean).join(', ');
    await emit(
      entity('Event', ftmId('event', e.id), {
        name: [stated ? `${name} (${stated.words})` : name],
        date: [date],
        startDate: [date],
        endDate: [endDate],
        location: [placeName],
        addressEntity: [placeId],
        country: [ftmCountry(place?.place?.countryCode)],
        involved: involved.map((id) => ftmId('entity', id)),
        namesMentioned: roles.filter((r) => !r.entityIds.length).map((r) => r.text),
        // FtM's Event has no property for counts: they go in its summary, each report's value side by side
        summary: [countsSummary(e), stated?.sentence, yearless ? `Date as reported: ${yearless}` : null, accordingTo(e)],
        description: e.reports.map((r) => r.evidence),
        proof: e.reports.filter((r) => inScope.has(r.docId)).map((r) => ftmId('document', r.docId)),
        recordId: [e.id],
      }),
    );
  }
}

/**
 * How the articles state an event none of them states as fact ("only a possibility", "alleged"), in
 * the event page's words; null when one does. FtM's Event has no property for it, and Aleph would
 * show "If convicted, …" as a Conviction: the words go in its name and summary.
 */
function statedOtherwise(e: MergedEvent): { words: string; sentence: string } | null {
  const statuses = e.reports.map((r) => r.event.status);
  if (!statuses.length || statuses.some((s) => eventStatusWords(s) === eventStatusWords('asserted'))) return null;
  const status = statuses.find(isTimelineFact) ?? statuses[0];
  const articles = new Set(e.reports.map((r) => r.docId)).size;
  return { words: eventStatusWords(status), sentence: capitalise(eventStatusInArticles(status, articles)) };
}

/** "According to: Interior Ministry; “hospital sources” (not identified)": whom the reports are attributed to, as the event page names them; null when none is. */
function accordingTo(e: MergedEvent): string | null {
  const names = [...new Set(e.reports.flatMap((r) => (r.source ? [sourceLine(r.source)] : [])))];
  return names.length ? `According to: ${names.join('; ')}` : null;
}

/** "Counts as reported: killed: at least 12 or 17; injured: 30" (differing reports side by side), or null without counts. */
function countsSummary(e: MergedEvent): string | null {
  const counts = countsText(e.reports);
  return counts ? `Counts as reported: ${counts}` : null;
}
