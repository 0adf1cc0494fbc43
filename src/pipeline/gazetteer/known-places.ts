// Which gazetteer places are well known: those a general dictionary (WordNet) lists under their
// name, in the region or country where the gazetteer puts them. The gazetteer's population says
// little of fame (Venice, Italy counts 51,298 people, its historic centre; the Florida namesake
// 22,211), and it holds alternate names for only a few dozen cities, so a place's entry in WordNet
// is the measure: WordNet lists Venice in Veneto, St. Louis in Missouri, Toronto in Ontario and
// Ontario in Canada, and none of their small namesakes. No list of places is kept here.
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { kmApart } from './geo.js';
import { nameKey } from './normalize.js';

/** WordNet's lexicographer file of places (noun.location). */
const LOCATION_FILE = 15;
/** Part-holonym steps climbed from a place towards a region or country the gazetteer holds. */
const MAX_HOPS = 4;
/** How far from the centre of the region WordNet names a reading may lie and still be in it (Texas: El Paso about 850 km). */
const REACH_KM = 900;
/** Distance from that centre that weighs like a town ten times smaller (as for a state written after a town). */
const KM_PER_DECADE = 150;

const knownEntries = new WeakMap<Entry, boolean>();
const plainEntries = new WeakMap<Entry, boolean>();

/** A name's readings that WordNet's places of that name are; `all`: whether each of those places is one of them. */
interface Known {
  readonly readings: readonly Entry[];
  readonly all: boolean;
}
const knownByName = new WeakMap<Gazetteer, Map<string, Known>>();

/**
 * Whether WordNet knows this town or region under one of its spellings. Each place WordNet lists
 * under a name is the reading of that name, of each kind (town, region), that lies in the nearest
 * region or country above it in WordNet that the gazetteer holds, the largest and nearest there:
 * WordNet's Springfield in Illinois is the state capital, not a village of Illinois, and
 * Melbourne, Arkansas is not known through WordNet's Melbourne, Florida.
 */
export function isKnownPlace(g: Gazetteer, e: Entry, wn: WordNet | null = installedWordNet()): boolean {
  if (wn === null || (e.kind !== 'P' && e.kind !== 'R')) return false;
  let known = knownEntries.get(e);
  if (known === undefined) {
    known = g.spellings(e).some((name) => knownReadings(g, wn, name).readings.includes(e));
    knownEntries.set(e, known);
  }
  return known;
}

/**
 * Whether the entry is known under a name every one of whose WordNet places the gazetteer holds:
 * then WordNet's knowing it alone is a reason to choose it (Venice). Not "Brunswick", whose German
 * city the gazetteer holds only as Braunschweig: that a Brunswick in Maine is known says little.
 */
export function isPlainlyKnown(g: Gazetteer, e: Entry, wn: WordNet | null = installedWordNet()): boolean {
  if (wn === null || !isKnownPlace(g, e, wn)) return false;
  let plain = plainEntries.get(e);
  if (plain === undefined) {
    plain = g.spellings(e).some((name) => {
      const k = knownReadings(g, wn, name);
      return k.all && k.readings.includes(e);
    });
    plainEntries.set(e, plain);
  }
  return plain;
}

/** The readings of a name that WordNet's places of that name are. */
function knownReadings(g: Gazetteer, wn: WordNet, name: string): Known {
  let cache = knownByName.get(g);
  if (!cache) knownByName.set(g, (cache = new Map()));
  // by the name as written: "St. Louis" and "Saint-Louis" share a key, not a WordNet lemma
  let found = cache.get(name);
  if (!found) {
    const readings = g.byKey(nameKey(name)).filter((e) => e.kind === 'P' || e.kind === 'R');
    const out = new Set<Entry>();
    let all = true;
    for (const id of readings.length ? placeSynsets(wn, name) : []) {
      const held = enclosing(g, wn, id);
      let placed = false;
      for (const kind of ['P', 'R'] as const) {
        const best = bestWithin(readings.filter((e) => e.kind === kind), held);
        if (best) out.add(best);
        placed ||= best !== undefined;
      }
      all &&= placed;
    }
    cache.set(name, (found = { readings: [...out], all }));
  }
  return found;
}

/** The reading that lies in one of the enclosing entries, largest and nearest first. */
function bestWithin(readings: readonly Entry[], held: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  let bestScore = -Infinity;
  for (const e of readings) {
    for (const h of held) {
      if (h === e || h.cc !== e.cc) continue;
      const km = h.kind === 'C' ? 0 : kmApart(h, e);
      if (km > REACH_KM) continue;
      const score = Math.log10(Math.max(e.pop, 1)) - km / KM_PER_DECADE;
      if (score > bestScore) [best, bestScore] = [e, score];
    }
  }
  return best;
}

/** Instance synsets of places written so ("st._louis"): the name itself, not a base form WordNet found for it. */
function placeSynsets(wn: WordNet, name: string): string[] {
  // WordNet writes names without accents ("san_jose" for San José)
  const lemma = name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '_');
  if (!/^[a-z]/.test(lemma)) return [];
  return wn.synsets(lemma, 'n').filter((id) => {
    if (wn.lexFile(id) !== LOCATION_FILE) return false;
    const s = wn.synset(id);
    return s !== null && s.words.includes(lemma) && s.pointers.some((p) => p.symbol === '@i');
  });
}

/** The countries and regions the gazetteer holds at the first level above a place that it holds any ("part of" links). */
function enclosing(g: Gazetteer, wn: WordNet, id: string): Entry[] {
  let frontier = [id];
  const seen = new Set(frontier);
  for (let hop = 0; hop < MAX_HOPS && frontier.length; hop++) {
    const next: string[] = [];
    const held: Entry[] = [];
    for (const sid of frontier) {
      for (const p of wn.synset(sid)?.pointers ?? []) {
        if (p.symbol !== '#p' || seen.has(p.target)) continue;
        seen.add(p.target);
        next.push(p.target);
        for (const word of wn.synset(p.target)?.words ?? []) held.push(...g.byKey(nameKey(word.replace(/_/g, ' '))).filter((h) => h.kind === 'C' || h.kind === 'R'));
      }
    }
    if (held.length) return held;
    frontier = next;
  }
  return [];
}
