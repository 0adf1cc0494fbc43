// Claim groups as `chronicle claims` computes them (loadClaimGroups: it reads every figure at
// once); --doc keeps the groups a chosen document takes part in.
import type { ClaimGroup } from '../corpus/claims/group.js';
import { loadClaimGroups } from '../corpus/index.js';
import { resolveDocIds } from './documents.js';
import type { ExportContext } from './tables/table.js';

export async function claimGroupsInScope({ store, filters }: ExportContext): Promise<ClaimGroup[]> {
  const only = await resolveDocIds(store, filters);
  const groups = await loadClaimGroups(store);
  return only ? groups.filter((g) => g.claims.some((c) => only.has(c.docId))) : groups;
}
