// `chronicle eval event-agreement --gold A --second B --corpus DIR [--json]`: how far two hand
// annotations of the same texts' events agree, each scored as the gold against the other.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { loadAnchoredOrPlain, readListed, resolveAnchors, type AnchoredGoldFile } from './lib/gold-anchored.js';
import { eventAgreement, type AgreementFigures } from './lib/event-agreement.js';

const usage = `Usage: chronicle eval event-agreement --gold A --second B --corpus DIR [--json]

Inter-annotator agreement on events. A and B are anchored golds ("anchoredTo": "timeml") of the
same files under DIR; B's documents must be among A's. Each is scored as the gold against the
other as prediction with eval gold's matching (same type, overlapping evidence; the gold's
optional events count neither way). strict leaves the predicting side's optional events out;
lenient lets them match but never counts them as false; untyped reads every type as one; other
and typed restrict both sides to 'other' events or to the rest.`;

function anchoredFile(path: string): AnchoredGoldFile {
  const loaded = loadAnchoredOrPlain(path);
  if (!('anchored' in loaded)) throw new UsageError(`${path}: not an anchored gold (no "anchoredTo")`);
  return loaded.anchored;
}

const row = (name: string, x: AgreementFigures[keyof AgreementFigures]) =>
  `  ${name.padEnd(8)} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;

const command: Subcommand = {
  summary: 'Agreement of two hand annotations of the same texts\' events (P/R/F1 both ways)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { gold: { type: 'string' }, second: { type: 'string' }, corpus: { type: 'string' }, json: { type: 'boolean' } }, false);
    requireOptions(values, { gold: 'A', second: 'B', corpus: 'DIR' });
    const a = anchoredFile(values.gold);
    const b = anchoredFile(values.second);
    const extra = Object.keys(b.documents).filter((k) => !(k in a.documents));
    if (extra.length) throw new UsageError(`${values.second}: documents not in ${values.gold}: ${extra.join(', ')}`);
    const raws = await readListed(a, values.corpus);
    const texts = new Map([...raws].map(([key, raw]) => [key, raw.content]));
    const first = resolveAnchors(a, texts);
    // B over A's documents, so that a text B left without events counts as one with none
    const second = resolveAnchors({ ...b, documents: { ...Object.fromEntries(Object.keys(a.documents).map((k) => [k, {}])), ...b.documents } }, texts);
    const report = {
      documents: Object.keys(a.documents).length,
      secondAgainstFirst: eventAgreement(first, second, texts),
      firstAgainstSecond: eventAgreement(second, first, texts),
    };
    if (values.json) {
      printJson(report);
      return 0;
    }
    for (const [title, f] of [[`${values.second} scored against ${values.gold}`, report.secondAgainstFirst], [`${values.gold} scored against ${values.second}`, report.firstAgainstSecond]] as const) {
      console.log(`${title} (${report.documents} documents):`);
      for (const [name, x] of Object.entries(f)) console.log(row(name, x));
    }
    return 0;
  },
};
export default command;
