// Place accuracy for `eval gold --places FILE`: each gold LOC entity that names a place on the
// map is looked up among the places Chronicle resolved for its mentions and judged against the
// gazetteer ref a person chose for it. The gold files give no coordinates, so the refs live in a
// separate file of eval data (never read by the pipeline).
import { readFileSync } from 'node:fs';
import type { GoldFile } from './gold-format.js';
import { normaliseName } from './gold-names.js';
import type { Analysis, Place } from '../../types.js';

/**
 * Gold name → the gazetteer ref(s) it means. null: no referent to score (a building, a street,
 * a currency area, a village the gazetteer lacks); such a name still counts as wrong when it is
 * resolved to some other place (`strayed`).
 */
export interface PlaceRefs {
  about?: string;
  places: Record<string, string | string[] | null>;
}

export interface PlaceAccuracy {
  right: number;
  total: number;
  accuracy: number;
  /** Gold names with no referent that were still placed somewhere. */
  strayed: string[];
  /** Gold names with a referent, placed wrongly or not at all. */
  wrong: string[];
  /** Gold LOC names the refs file does not cover. */
  unmapped: string[];
}

export function loadPlaceRefs(path: string): PlaceRefs {
  return JSON.parse(readFileSync(path, 'utf8')) as PlaceRefs;
}

const describe = (p: Place) => `${p.name} (${p.countryCode ?? '-'}, ${p.kind}, ${p.ref})`;

/** The place a document gave a gold name: the ref most of the name's mentions resolved to. */
function resolvedFor(a: Analysis, forms: Set<string>): Place | null {
  const counts = new Map<string, { place: Place; n: number }>();
  for (const pm of a.places) {
    if (!forms.has(normaliseName(pm.text))) continue;
    const c = counts.get(pm.place.ref) ?? { place: pm.place, n: 0 };
    c.n++;
    counts.set(pm.place.ref, c);
  }
  let best: { place: Place; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.place ?? null;
}

export function scorePlaces(gold: GoldFile, analyses: Map<string, Analysis>, refs: PlaceRefs): PlaceAccuracy {
  const byName = new Map(Object.entries(refs.places).map(([k, v]) => [normaliseName(k), v]));
  const out: PlaceAccuracy = { right: 0, total: 0, accuracy: 1, strayed: [], wrong: [], unmapped: [] };
  for (const [doc, g] of Object.entries(gold.documents)) {
    const a = analyses.get(doc);
    if (!a) continue;
    for (const e of g.entities ?? []) {
      if (e.type !== 'LOC') continue;
      const key = normaliseName(e.name);
      if (!byName.has(key)) {
        out.unmapped.push(`${e.name} (${doc})`);
        continue;
      }
      const want = byName.get(key) ?? null;
      const got = resolvedFor(a, new Set([e.name, ...(e.mentions ?? [])].map(normaliseName)));
      if (want === null) {
        if (got) out.strayed.push(`${e.name} (${doc}): ${describe(got)}`);
        continue;
      }
      out.total++;
      const ok = got !== null && (Array.isArray(want) ? want.includes(got.ref) : want === got.ref);
      if (ok) out.right++;
      else out.wrong.push(`${e.name} (${doc}): ${got ? describe(got) : 'not placed'}, want ${[want].flat().join(' or ')}`);
    }
  }
  out.accuracy = out.total ? Math.round((out.right / out.total) * 1000) / 1000 : 1;
  return out;
}
