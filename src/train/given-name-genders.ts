// `chronicle train given-name-genders`: learns which given names news uses for men and which for
// women from unlabelled text (see lib/given-name-genders.ts) and writes the table the speaker
// step reads when an article gives a person no gender of its own.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { readReutersBodies } from './lib/reuters.js';
import { iobLabels, sentenceWords } from './lib/ner-silver.js';
import { deserialiseModel } from '../pipeline/entities/model.js';
import { tagDocument } from '../pipeline/entities/tagger.js';
import { projectPath } from '../paths.js';
import { conllDocuments, conllVotes, decideGenders, GivenNameCounts } from './lib/given-name-genders.js';
import { skippedKeys, timemlDocuments, type SentenceWords } from './lib/gender-texts.js';

const usage = `Usage: chronicle train given-name-genders --out FILE [--conll FILE] [--reuters DIR] [--texts DIR]
       [--timeml DIR] [--skip GOLD.json|LIST.txt …] [options]

Counts, one vote per document, how news refers to a person by the first word of a full name:
a person named in two words or more votes with the first he/him/his or she/her after it in that
sentence or the next, unless another person is named first, and with "Mr"/"Mrs"/"Ms" before it.
People are CoNLL-2003's (--conll, its train file) or, in raw text (--reuters, Reuters-21578 SGML;
--texts, a folder of .txt articles such as PolNeAR train's; --timeml, every .tml file under DIR),
those the shipped entity model (models/ner.model.gz, tagger only) finds. --skip leaves out the
documents a gold file keys ("TimeBank/wsj_0505.tml"), or a text file lists one a line: the
held-out sets' texts. A vote also comes from the noun of an apposition right after the name
("Ann Lee, a spokeswoman for …", "…, his wife"). A name is kept when it has --min-votes votes and its
majority the share below of them. Never
give it a test split or a gold set. The same inputs give the same bytes.

  --out FILE          where to write the table, e.g. models/given-name-genders.tsv
  --min-votes N       votes a name needs (default 3)
  --male PCT          percent of its votes a man's name needs (default 80)
  --female PCT        percent of its votes a woman's name needs (default 70)

The shares differ because the noise does: news names more men, so a woman's name is followed by
another's "he" more often (the most-voted women's names draw 14-28% "he") than a man's by a
"she" (2-5%). With three votes (default), on the first three of the inputs, the table kept 291 names, 22 of
them women's; two would let a title word that opens a tagged name through ("Justice" voted 2 to 1 for "she").
The shipped table (CoNLL-2003 train, Reuters-21578, PolNeAR train, TempEval-3 but held-out
sets B and D) keeps 299 names, 25 of them women's.`;

const command: Subcommand = {
  summary: 'Learn the gender news gives given names (he/she after a name, Mr/Mrs titles)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      out: { type: 'string' }, conll: { type: 'string' }, reuters: { type: 'string' }, texts: { type: 'string' },
      timeml: { type: 'string' }, skip: { type: 'string', multiple: true },
      'min-votes': { type: 'string' }, male: { type: 'string' }, female: { type: 'string' },
    }, false);
    requireOptions(values, { out: 'FILE' });
    if (!values.conll && !values.reuters && !values.texts && !values.timeml) throw new UsageError('give at least one of --conll, --reuters, --texts, --timeml');
    const counts = new GivenNameCounts();
    let docs = 0;
    if (values.conll) for (const d of conllDocuments(readFileSync(values.conll, 'utf8'))) (counts.addDocument(conllVotes(d)), docs++);
    const raw: string[] = values.reuters ? readReutersBodies(values.reuters) : [];
    if (values.texts) for (const f of readdirSync(values.texts).filter((x) => x.endsWith('.txt')).sort()) raw.push(readFileSync(join(values.texts, f), 'utf8'));
    const split: SentenceWords[] = raw.map((text) => sentenceWords(text));
    if (values.timeml) split.push(...timemlDocuments(values.timeml, skippedKeys(values.skip ?? [])));
    if (split.length) {
      const model = deserialiseModel(readFileSync(projectPath('models', 'ner.model.gz')));
      for (const sentences of split) {
        // all-capitals wire copy gives the tagger no casing to find names by
        if (!sentences.some((s) => s.some((w) => /\p{Ll}/u.test(w)))) continue;
        const labels = iobLabels(tagDocument(model, { sentences }));
        let k = 0;
        counts.addDocument(conllVotes(sentences.map((s) => s.map((w): [string, string] => [w, labels[k++]]))));
        docs++;
      }
    }
    const minVotes = parsePositiveInt(values['min-votes'], 'min-votes', 3);
    const share = { m: parsePositiveInt(values.male, 'male', 80) / 100, f: parsePositiveInt(values.female, 'female', 70) / 100 };
    const kept = decideGenders(counts.votes, minVotes, share);
    const header = [
      '# Given names and the gender news uses them for, learned by `chronicle train given-name-genders`',
      `# (${docs} documents; at least ${minVotes} votes, ${Math.round(share.m * 100)}% of them male or ${Math.round(share.f * 100)}% female). name, gender, votes male, votes female.`,
    ];
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, [...header, ...kept.map((e) => `${e.name}\t${e.gender}\t${e.m}\t${e.f}`)].join('\n') + '\n');
    process.stderr.write(`${docs} documents, ${counts.votes.size} names voted on; kept ${kept.length} (${kept.filter((e) => e.gender === 'f').length} female); wrote ${values.out}\n`);
    return 0;
  },
};
export default command;
