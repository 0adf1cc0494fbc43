// The corpus type pass over analyses held in memory (evaluations): the same decisions as after
// an ingest (corpusTypes), each retyped document's mentions resolved again as analysis did.
import type { Analysis, Mention } from '../../types.js';
import type { AliasTable } from '../../pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../pipeline/entities/resolve.js';
import { corpusTypes, type VotedMention } from '../../pipeline/entities/type-votes.js';

/** The analyses with the corpus's types; those with no mention retyped are returned as they are. */
export function retypeAnalyses(analyses: Analysis[], aliases: AliasTable): Analysis[] {
  const voted: VotedMention[] = [];
  for (const a of analyses) for (const m of a.mentions) if (m.typeVote) voted.push({ docId: a.doc.id, start: m.start, end: m.end, vote: m.typeVote });
  const tagged = new Map(voted.map((m) => [`${m.docId}\u0000${m.start}:${m.end}`, m.vote.tagged]));
  const moved = new Map<string, Map<string, Mention['type']>>();
  for (const d of corpusTypes(voted)) {
    if (d.type === tagged.get(`${d.docId}\u0000${d.start}:${d.end}`)) continue;
    (moved.get(d.docId) ?? moved.set(d.docId, new Map()).get(d.docId)!).set(`${d.start}:${d.end}`, d.type);
  }
  return analyses.map((a) => {
    const types = moved.get(a.doc.id);
    if (!types) return a;
    // the types analysis resolved from, with the corpus's where it speaks
    const input: Mention[] = a.mentions.map((m) => ({ ...m, type: types.get(`${m.start}:${m.end}`) ?? m.typeVote?.tagged ?? m.type }));
    const resolved = resolveDocumentEntities(input, aliases, { docId: a.doc.id, text: a.doc.text });
    return { ...a, mentions: input.map((m, i) => ({ ...m, entityId: resolved[i].entityId, canonical: resolved[i].canonical, type: resolved[i].type })) };
  });
}
