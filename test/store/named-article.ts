// An article built without the pipeline for the corpus-pass suites: its names typed as given (as
// the tagger would), with their type votes and entities as analysis leaves them.
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Analysis, EntityType, Mention } from '../../src/types.js';
import { createAliasTable } from '../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../src/pipeline/entities/resolve.js';
import { typeEvidence } from '../../src/pipeline/entities/type-votes.js';
import { handDoc } from '../fixtures/hand-doc.js';

/** `names` in the order the text has them; the third element adds fields to a mention. */
export function namedArticle(id: string, text: string, names: Array<[string, EntityType, Partial<Mention>?]>): Analysis {
  let from = 0;
  const recognised: Mention[] = names.map(([name, type, extra]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} in ${text}`);
    from = start + name.length;
    return { start, end: from, text: name, type, ...extra };
  });
  // no gazetteer: these made-up names are no places
  const voted = typeEvidence(recognised, { isPlace: () => false });
  const resolved = resolveDocumentEntities(voted, createAliasTable([]), { docId: id });
  return { ...emptyAnalysis(handDoc(id, text)), mentions: voted.map((m, i) => ({ ...m, entityId: resolved[i].entityId, canonical: resolved[i].canonical, type: resolved[i].type })) };
}
