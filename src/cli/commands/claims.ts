import type { Command } from '../command.js';
import { parseFlags } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';
import { loadClaimGroups } from '../../corpus/index.js';

const command: Command = {
  summary: 'Figures about the same quantity from several sources, side by side; --disputed for disagreements',
  usage: `Usage: chronicle claims [--disputed] [--db FILE] [--json]

Groups figures that count the same thing (same population, same activity) across documents,
and marks a group disputed when no single number fits every claim given its qualifier
("about 1,700" vs "up to 2,500").
--json prints [{quantity, disputed, claims:[{value, qualifier, source, docId, evidence}]}].`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, disputed: { type: 'boolean' } }, false);
    const groups = (await withStore(values.db, loadClaimGroups)).filter((g) => !values.disputed || g.disputed);
    if (values.json) {
      printJson(
        groups.map((g) => ({
          id: g.id,
          quantity: g.quantity,
          disputed: g.disputed,
          claims: g.claims.map((c) => ({ value: c.value, qualifier: c.qualifier, what: c.what, source: c.source, docId: c.docId, start: c.start, end: c.end, evidence: c.evidence })),
        })),
      );
      return 0;
    }
    if (groups.length === 0) console.log(values.disputed ? 'No disputed quantities.' : 'No quantity is counted by more than one document yet.');
    for (const g of groups) {
      console.log(`${g.disputed ? '⚠ DISPUTED  ' : ''}${g.quantity}`);
      for (const c of g.claims) {
        const q = c.qualifier === 'exact' ? '' : `${c.qualifier.replace('_', ' ')} `;
        console.log(`  ${q}${c.value.toLocaleString('en-US')}  — ${c.source ?? 'unattributed'}  (${c.docId}) “${c.evidence}”`);
      }
      console.log('');
    }
    return 0;
  },
};
export default command;
