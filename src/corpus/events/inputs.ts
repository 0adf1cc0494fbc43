// What event coreference needs to know of each event, built from one document's annotations:
// participants as entity ids (where a resolved mention covers the role, else name keys) and
// places (the event's own, looked up in the gazetteer if unresolved, and every resolved place its
// sentence names, each with its country for containment), and for a natural disaster what names it
// (disasters.ts). Per document, so callers can stream a corpus.
import { reportOnTimeline, type EventRecord, type Place } from '../../types.js';
import type { StoredAnnotation } from '../../store/interface.js';
import type { EventInput } from './coreference.js';
import { nameKey } from '../../pipeline/entities/names.js';
import { lookupPlace } from '../../pipeline/places/index.js';
import { DETERMINERS, PRONOUNS } from '../../pipeline/context/phrases.js';
import { DISASTER_THEME } from '../../pipeline/senses/word-senses.js';
import { compareCodeUnits } from './order.js';
import { disasterNames, isWideRegion, namedAsKnown } from './disasters.js';
import { hashString } from '../../pipeline/hash.js';

/** Any fixed seed: the wording's hash is compared only within one run. */
const WORDING_SEED = 0x5eed;

/** An unresolved role is a participant only when it names someone: a capitalised word that is not a
 *  pronoun or determiner ("Dubin Clark and Co"). "it", "he", "the ministers" name no one in
 *  particular, so two reports that both say "it agreed" share nobody. A role that opens its
 *  sentence is capitalised for that reason alone: its first word names no one ("More than 300 people"). */
function namesSomeone(text: string, opensSentence: boolean): boolean {
  return text.split(/\s+/).some((w, i) => !(opensSentence && i === 0) && /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
}

/** How many of a document's most-named people and organisations stand for its story. */
const SALIENT_COUNT = 5;

/** The people and organisations a document names most, at least twice each: what its story is about
 *  ("Tony Blair", "Labour Party"). Places and nationalities say where, not which story. */
export function salientEntities(annotations: StoredAnnotation[]): string[] {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (a.kind !== 'mention' || typeof a.data.entityId !== 'string' || (a.label !== 'PER' && a.label !== 'ORG')) continue;
    counts.set(a.data.entityId, (counts.get(a.data.entityId) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0])).slice(0, SALIENT_COUNT).map(([id]) => id);
}

export function eventInputsOf(
  docId: string,
  annotations: StoredAnnotation[],
  keep: (a: StoredAnnotation) => boolean = () => true,
  reportDate: string | null = null,
): EventInput[] {
  const mentions = annotations.filter((a) => a.kind === 'mention' && typeof a.data.entityId === 'string');
  const places = annotations.filter((a) => a.kind === 'place' && (a.data as { place?: Place }).place);
  const salient = salientEntities(annotations);
  const inputs: EventInput[] = [];
  for (const a of annotations) {
    if (a.kind !== 'event' || !keep(a)) continue;
    const e = a.data as unknown as EventRecord;
    const participants: string[] = [];
    for (const role of [...e.actors, ...e.targets]) {
      // a description or pronoun counts as the name it stands for ("the man" named elsewhere)
      const at = role.referent ?? role;
      const covering = mentions.filter((m) => m.start >= at.start && m.end <= at.end);
      if (covering.length) participants.push(...covering.map((m) => m.data.entityId as string));
      else if (namesSomeone(role.text, role.start === e.sentence?.start)) participants.push(nameKey(role.text));
    }
    const placeKeys = new Set<string>();
    const within = new Set<string>();
    const countries = new Set<string>();
    let wide = false;
    const addPlace = (place: Place | null | undefined, fallback: string) => {
      placeKeys.add(place?.ref ?? fallback);
      if (isWideRegion(place, fallback)) wide = true;
      if (!place?.countryCode) return;
      within.add(`cc:${place.countryCode}`);
      if (place.kind === 'country') countries.add(`cc:${place.countryCode}`);
    };
    const sites: string[] = [];
    // A disaster its own words place in a wide region ("the Asian tsunami") may hold another report's
    // country, whatever other places its sentence lists beside it ("…, the Middle East peace process and Northern Ireland").
    let ownWide = false;
    // a place inferred from the article (its country, a court or chamber it names elsewhere) is weak
    // evidence: it neither blocks a merge the sentences allow nor counts as the same place
    if (e.place && !e.place.inferred) {
      const place = e.place.place ?? lookupPlace(e.place.text);
      addPlace(place, nameKey(e.place.text));
      ownWide = isWideRegion(place, e.place.text);
      if (place?.kind !== 'country') sites.push(place?.ref ?? nameKey(e.place.text));
    }
    for (const p of places) if (p.start >= a.start && p.end <= a.end) addPlace((p.data as { place: Place }).place, '');
    placeKeys.delete('');
    inputs.push({
      docId, eventId: e.id, type: e.type, ...(e.theme ? { theme: e.theme } : {}), date: e.date?.iso ?? null,
      ...(e.date?.iso && e.date.isStart ? { dateIsStart: true } : {}), places: [...placeKeys],
      within: [...within], countries: [...countries], sites, participants, reportDate, salient, mentionCount: e.mentions?.length || 1,
      wording: `${hashString(a.text, WORDING_SEED).toString(36)}@${e.trigger.start - a.start}`,
      ...(e.theme === DISASTER_THEME ? {
        names: disasterNames(e),
        ...(ownWide || (wide && !within.size) ? { wide: true } : {}),
        definite: namedAsKnown([a.text, ...(e.mentions ?? []).map((m) => m.text)]),
        fact: reportOnTimeline(e),
      } : {}),
    });
  }
  return inputs;
}
