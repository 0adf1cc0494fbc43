// Claim groups as `chronicle claims` computes them (loadClaimGroups: it reads every figure at
// once); --doc keeps the groups a chosen document takes part in.
import type { ClaimGroup, ClaimInput } from '../corpus/claims/group.js';
import { loadClaimGroups } from '../corpus/index.js';
import { withFigureSources, type SourceFields } from '../figure-sources.js';
import { resolveDocIds } from './documents.js';
import { claimReason } from '../claim-reason.js';
import type { ExportContext } from './tables/table.js';

/** A claim group whose claims name their source as the figures export does. */
export type SourcedClaimGroup = Omit<ClaimGroup, 'claims'> & { claims: Array<ClaimInput & SourceFields> };

export async function claimGroupsInScope({ store, filters }: ExportContext): Promise<SourcedClaimGroup[]> {
  const only = await resolveDocIds(store, filters);
  const all = await loadClaimGroups(store);
  const groups = only ? all.filter((g) => g.claims.some((c) => only.has(c.docId))) : all;
  const claims = await withFigureSources(store, groups.flatMap((g) => g.claims));
  let i = 0;
  return groups.map((g) => {
    const sourced = g.claims.map(() => claims[i++]);
    // the reason names the sources as the claims' source columns do
    return { ...g, reason: claimReason(g.reason, sourced), claims: sourced };
  });
}
