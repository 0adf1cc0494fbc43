// `chronicle train event-coref`: learns which event head lemmas name one happening ("killed" and
// "murder") from ECB+ training topics, and writes the pairs event coreference reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { defaultContext } from '../pipeline/index.js';
import { groupStories, DEFAULT_MENTION_COREF } from '../corpus/events/mention-coref.js';
import { DEFAULT_LEMMA_PAIRS, learnLemmaPairs, type AnnotatedMention, type LemmaPairModel } from '../corpus/events/lemma-pairs.js';
import { REPORTING_LEMMAS } from '../pipeline/facts/lexicons/events.js';
import { readEcbTopic, readValidatedSentences } from '../eval/ecb/read.js';
import { analyseEcbDocument } from '../eval/ecb/analyse.js';
import { corefDocument, corefMentions } from '../eval/ecb/mentions.js';
import { parseTopics } from '../eval/event-coref.js';

const usage = `Usage: chronicle train event-coref --ecb DIR --topics LIST --out FILE [--min-topics N] [--min-rate X]

Reads the gold event mentions of ECB+ topics LIST (train topics only), groups each topic's
documents into stories as event coreference does, and keeps a pair of different head lemmas when
its mentions in one story corefer at least X of the time (default ${DEFAULT_LEMMA_PAIRS.minRate}) in at least N
topics (default ${DEFAULT_LEMMA_PAIRS.minTopics}). Writes the pairs as JSON, e.g. models/event-lemma-pairs.json.`;

const command: Subcommand = {
  summary: 'Learn event head lemmas that name one event (for event coreference) from ECB+ train topics',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      ecb: { type: 'string' },
      topics: { type: 'string' },
      out: { type: 'string' },
      'min-topics': { type: 'string' },
      'min-rate': { type: 'string' },
    }, false);
    if (!values.ecb || !values.topics || !values.out) throw new UsageError(`--ecb, --topics and --out are required\n${usage}`);
    const minTopics = values['min-topics'] === undefined ? DEFAULT_LEMMA_PAIRS.minTopics : Number(values['min-topics']);
    const minRate = values['min-rate'] === undefined ? DEFAULT_LEMMA_PAIRS.minRate : Number(values['min-rate']);
    if (!Number.isInteger(minTopics) || minTopics < 1 || !(minRate > 0 && minRate <= 1)) throw new UsageError('--min-topics must be a positive integer and --min-rate in (0, 1]');
    const topics = parseTopics(values.topics);
    const validated = readValidatedSentences(join(values.ecb, 'coreference_sentences.csv'));
    const ctx = defaultContext();
    const annotated: AnnotatedMention[][] = [];
    for (const topic of topics) {
      const analysed = readEcbTopic(values.ecb, topic, validated).map((d) => analyseEcbDocument(d, ctx));
      const story = groupStories(analysed.map(corefDocument), DEFAULT_MENTION_COREF.storyThreshold);
      const cluster = new Map(analysed.flatMap((a) => a.doc.mentions.map((m) => [m.key, m.cluster] as const)));
      annotated.push(
        analysed
          .flatMap(corefMentions)
          .filter((m) => !REPORTING_LEMMAS.has(m.lemma))
          .map((m) => ({ lemma: m.lemma, story: String(story.get(m.doc)), cluster: cluster.get(m.key) ?? m.key })),
      );
      process.stderr.write(`topic ${topic}: ${annotated[annotated.length - 1].length} mentions\n`);
    }
    const pairs = learnLemmaPairs(annotated, { minTopics, minRate });
    const model: LemmaPairModel = { pairs, info: { trainedOn: `ECB+ topics ${values.topics}`, minTopics, minRate } };
    mkdirSync(dirname(values.out), { recursive: true });
    // one pair a line, so the file reads as a list
    const lines = pairs.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
    writeFileSync(values.out, `{\n  "info": ${JSON.stringify(model.info)},\n  "pairs": [\n${lines}\n  ]\n}\n`);
    console.log(`${pairs.length} lemma pairs → ${values.out}`);
    return 0;
  },
};
export default command;
