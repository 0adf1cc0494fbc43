import type { Command } from '../command.js';
import { parseFlags, parseOptionalPositiveInt } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';
import { readableDate } from '../../readable-date.js';
import { loadClaimGroups } from '../../corpus/index.js';
import type { ClaimGroup } from '../../corpus/claims/group.js';
import { terseCount } from '../../vague-amount.js';
import { comparePublished } from '../../date-interval.js';
import { labelQuoteMarks } from '../../label-marks.js';
import { withFigureSources } from '../../figure-sources.js';
import { documentLabel } from '../annotation-listing.js';
import { speakerLine } from '../../speaker-wording.js';
import { claimReason, type ClaimSource } from '../../claim-reason.js';

const RELATION_WORDS: Record<ClaimGroup['relation'], string> = {
  same: 'same value', estimates: 'differing estimates', contradictory: 'contradictory', update: 'update over time',
};

/** A group whose reason names its sources as its figure lines do. */
function sourcedReason<G extends { reason: string; claims: ClaimSource[] }>(g: G): G {
  return { ...g, reason: claimReason(g.reason, g.claims) };
}

const command: Command = {
  summary: 'Figures about the same quantity from several sources, side by side; --disputed for disagreements',
  usage: `Usage: chronicle claims [--disputed] [--limit N] [--db FILE] [--json]

Groups figures that measure the same quantity (same population, kind and activity, same unit,
no clash of the years their sentences name) from at least two reports and two sources, and says
how their values relate. A count of one incident (killed, injured …) is grouped by its event
instead: the counts that the reports of one merged event give ("killed in the attack in Goma"),
the same disagreement \`chronicle events --merged\` shows in its conflicts column. Figures are
listed earliest article first (an article dated without a year after those with one).
Each claim allows an interval: exact v = v; about v = v ± one unit of its last significant
digit; at least / more than v = v and up; up to v = 0 to v. Then:
  same           every report gives the same value
  update         a running toll (killed, injured, detained, …) that rises from earlier to later
                 reports (every date with a year)
  contradictory  two reports whose intervals do not meet
  estimates      the values differ but the intervals meet: both true only at their edges
                 ("about 1,700" vs "up to 2,500")
Differing estimates and contradictions are disputed (--disputed lists only those).
--limit N lists at most N groups (default: every one; the table says how many there are).
--json prints [{id, quantity, relation, disputed, reason, claims:[{value, qualifier, vagueWords (a vague amount's own words, when it is one), qualifierWords (the bound as the source wrote it, "nearly", when not how qualifier reads), unit, what, source, sourceText, sourceEntityId, sourceSpan, docId, published, start, end, evidence}]}]:
source is named as \`chronicle figures\` names it (for a figure in reported speech, the speaker of that
quote), sourceText the words as written, sourceEntityId its entity when it names one (else null),
sourceSpan where the words stand; a source not tied to a person or body is shown as written, in
quotation marks, "(not identified)".`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, disputed: { type: 'boolean' }, limit: { type: 'string' } }, false);
    const limit = parseOptionalPositiveInt(values.limit, 'limit');
    // each claim's source as `chronicle figures` resolves it (for a figure in reported speech, that quote's speaker)
    const { all, groups, docs } = await withStore(values.db, async (store) => {
      const all = (await loadClaimGroups(store)).filter((g) => !values.disputed || g.disputed);
      const shown = limit ? all.slice(0, limit) : all;
      const claims = await withFigureSources(store, shown.flatMap((g) => g.claims));
      let i = 0;
      // each article named as the figures and events listings name it (its bare id told a reader nothing)
      const docIds = [...new Set(claims.map((c) => c.docId))];
      const docs = new Map(values.json || !docIds.length ? [] : (await store.documentSummaries(docIds)).map((d) => [d.id, d]));
      return { all, groups: shown.map((g) => sourcedReason({ ...g, claims: g.claims.map(() => claims[i++]) })), docs };
    });
    if (values.json) {
      printJson(
        groups.map((g) => ({
          id: g.id,
          quantity: g.quantity,
          relation: g.relation,
          disputed: g.disputed,
          reason: g.reason,
          claims: g.claims.map((c) => ({
            value: c.value, qualifier: c.qualifier, ...(c.vagueWords ? { vagueWords: c.vagueWords } : {}), unit: c.unit ?? null, what: c.what,
            source: c.source, sourceText: c.sourceText, sourceEntityId: c.sourceEntityId, sourceSpan: c.sourceSpan, docId: c.docId,
            published: c.published ?? null, start: c.start, end: c.end, evidence: c.evidence,
          })),
        })),
      );
      return 0;
    }
    // Says what it covers: the web UI's Claims page also lists events the articles report
    // differently, and "No disputed quantities" read as if nothing in the corpus were disputed.
    // The command line's own place for those (events --merged) is named first, in 80 columns.
    if (groups.length === 0)
      console.log(values.disputed
        ? 'No disputed figures (a quantity that several sources give differently).\nEvents whose reports disagree: chronicle events --merged (its conflicts column),\nor the web UI\'s Claims page and event pages.'
        : 'No quantity is counted by more than one document yet.');
    for (const g of groups) {
      // a database stored before labels were written with quotation marks shows them so too
      console.log(`${g.disputed ? '⚠ DISPUTED  ' : ''}${labelQuoteMarks(g.quantity)}  [${RELATION_WORDS[g.relation]}]`);
      console.log(`  grouped: ${g.reason}`);
      for (const c of [...g.claims].sort((x, y) => comparePublished(x.published, y.published))) {
        console.log(`  ${terseCount(c)}${c.unit && c.unit !== 'people' ? ' ' + c.unit : ''}  — ${(c.source && speakerLine({ speaker: c.source, speakerText: c.sourceText, speakerEntityId: c.sourceEntityId })) || 'unattributed'}  (${documentLabel(c.docId, docs.get(c.docId))}${c.published ? ', ' + readableDate(c.published) : ''}) “${c.evidence}”`);
      }
      console.log('');
    }
    if (groups.length < all.length) console.log(`Showing ${groups.length} of ${all.length} groups; raise --limit to see more.`);
    return 0;
  },
};
export default command;
