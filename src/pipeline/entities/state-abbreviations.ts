// "Charlotte, N.C.", "the Avon, Conn., company": a news-style state abbreviation right after a name
// and a comma is a place mention of its own, whatever span the tagger gave it. Wire copy writes a
// company's home town so, and the tagger, seeing "Ky." or "N.C." in business news, reads the
// abbreviation as an organisation, runs the town and the state into one name ("Avon, Conn."), or,
// where the sentence ends at the abbreviation's own period, runs it into the next sentence's first
// name ("Buffalo, N.Y. Slepian said"). The abbreviations are the state table's (the listed news
// forms and shortened state names), read only in that shape: several are also words ("Miss.",
// "Ind."). A town the tagger ran into the state is a place; a town it tagged apart is left to
// townsBeforeRegion, which asks the gazetteer.
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { stateTable } from '../gazetteer/state-table.js';
import { isCompanyDesignator } from './names.js';

/** ", N.C." or ", Conn." after a capitalised word (tokenised text: " , N . C .", " , Conn ."); the abbreviation is group 1.
 *  Not before a hyphen: "Kansas City, Mo.-based" is one modifier (MISC, as CoNLL writes it). The comma comes
 *  first and the look-behind takes it in: a look-behind first was tried at every character of the text. */
const AFTER_NAME = /,(?<=\p{Lu}[\p{L}'’.-]*[ \t]?,)[ \t]*((?:\p{Lu}[ \t]?\.[ \t]?){1,2}\p{Lu}[ \t]?\.|\p{Lu}\p{Ll}{1,5}[ \t]?\.)(?![\p{Lu}\p{N}-])/gu;

let shipped: ReadonlySet<string> | undefined;

/** The news-style abbreviations of the US states and Canadian provinces ("Calif.", "N.Y.", "Ont."). */
function shippedAbbreviations(): ReadonlySet<string> {
  return (shipped ??= new Set(stateTable(gazetteer()).byAbbreviation.keys()));
}

/** The rest of a span after `from`, as a mention of the span's type when it starts a capitalised word. */
function restAfter(text: string, m: Mention, from: number): Mention[] {
  const lead = /^[ \t,]+(?=\p{Lu})/u.exec(text.slice(from, m.end));
  if (!lead) return [];
  const start = from + lead[0].length;
  return [{ ...m, start, text: text.slice(start, m.end) }];
}

/**
 * Each state abbreviation after a name and a comma made a LOC mention of exactly its letters: an
 * untagged one added, a mistyped one retyped, a span holding the town and the state cut in two (the
 * town a place, unless it ends in a company designator), and a name run on after the abbreviation kept as a mention of its own.
 */
export function splitStateAbbreviations(text: string, mentions: Mention[], known: ReadonlySet<string> = shippedAbbreviations()): Mention[] {
  let out: Mention[] | undefined;
  for (const hit of text.matchAll(AFTER_NAME)) {
    if (!known.has(hit[1].replace(/[ \t]/gu, ''))) continue;
    const start = hit.index + hit[0].length - hit[1].length;
    // tokenised text's "Calif ." ends at the word, as its sentence's own stop would ("N . Y ." keeps its
    // letters' periods); the places stage shows it as "Calif." (places/entity-names.ts). The gold sets
    // differ on the stop: keeping it found 6 names on two sets and lost 8 on six others
    const written = hit[1].replace(/(?<=\p{Ll})[ \t]\.$/u, '');
    const end = start + written.length;
    const state: Mention = { start, end, type: 'LOC', text: written };
    const current: Mention[] = out ?? mentions;
    const over = current.filter((m) => m.start < end && start < m.end);
    if (over.length > 1) continue;
    const m = over[0];
    if (m && m.start === start && m.end === end && m.type === 'LOC') continue;
    // a titled name ("Mr. Conn.") or a span that begins inside the abbreviation is not this shape
    if (m && (m.title || (m.start > start && m.start < end) || (m.start < start && m.start > hit.index))) continue;
    const replacement: Mention[] = [state];
    if (m && m.start < start) {
      const townEnd = hit.index - (/[ \t]$/u.exec(text.slice(0, hit.index))?.[0].length ?? 0);
      // the tagger read town and state as one name: the town is a place, unless it ends in a designator ("Acme Corp., Del.")
      const town = text.slice(m.start, townEnd);
      replacement.push({ ...m, end: townEnd, text: town, type: isCompanyDesignator((town.split(/\s+/u).pop() ?? '').replace(/\.$/u, '')) ? m.type : 'LOC' });
    }
    if (m && m.end > start + hit[1].length) replacement.push(...restAfter(text, m, start + hit[1].length));
    out = [...current.filter((x) => x !== m), ...replacement].sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}
