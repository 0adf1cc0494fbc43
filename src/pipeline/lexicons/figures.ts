// The figure lexicons: data files under data/figures/ a user can read and edit (qualifier
// phrases, currencies, units, change words, identifier words, street words), loaded once.
import type { Qualifier } from '../../types.js';
import { lexiconLines, readDataFile } from '../lexicon-files.js';

export type Change = 'up' | 'down';

export interface FigureLexicon {
  /** Qualifier phrases written before a number, as word lists, longest first. */
  qualifiers: ReadonlyArray<readonly [string[], Qualifier]>;
  /** Qualifier phrases written after a number ("or more"), longest first. */
  qualifiersAfter: ReadonlyArray<readonly [string[], Qualifier]>;
  /** Currency forms written before a number ("$", "us$", "usd"). */
  currenciesBefore: ReadonlyMap<string, string>;
  /** Currency forms written after a number, one to three lower-case words joined by a space ("yuan", "australian dollars"). */
  currenciesAfter: ReadonlyMap<string, string>;
  /** Forms after a number that are a fraction of a dollar ("cts": 0.01): the text's dollar says which. */
  dollarFractions: ReadonlyMap<string, number>;
  /** Currency codes some form of which is a dollar ("dollars", "dlrs", "$"): those a cent is a hundredth of. */
  dollarCodes: ReadonlySet<string>;
  /** Measure units: form → unit name. */
  units: ReadonlyMap<string, string>;
  /** First words of multi-word currency forms ("australian", "us", "pounds"). */
  currencyFirstWords: ReadonlySet<string>;
  changes: ReadonlyMap<string, Change>;
  identifiers: ReadonlySet<string>;
  /** Verb lemmas whose subject puts forward the figures below them ("promised", "highlighted"). */
  claimVerbs: ReadonlySet<string>;
  streets: ReadonlySet<string>;
}

const QUALIFIERS = new Set<Qualifier>(['exact', 'about', 'at_least', 'up_to', 'more_than']);

function rows(file: string): string[][] {
  return lexiconLines(readDataFile('figures', file)).map((l) => l.cells);
}

/** Reads the lexicon files; a malformed row names its file and line. */
export function loadFigureLexicon(): FigureLexicon {
  const qualifiers: Array<readonly [string[], Qualifier]> = [];
  const qualifiersAfter: Array<readonly [string[], Qualifier]> = [];
  for (const [phrase, q, position] of rows('qualifiers.tsv')) {
    if (!QUALIFIERS.has(q as Qualifier)) throw new Error(`data/figures/qualifiers.tsv: "${phrase}" has unknown qualifier "${q}"`);
    (position === 'after' ? qualifiersAfter : qualifiers).push([phrase.toLowerCase().split(/\s+/), q as Qualifier]);
  }
  for (const list of [qualifiers, qualifiersAfter]) list.sort((a, b) => b[0].length - a[0].length);
  const currenciesBefore = new Map<string, string>();
  const currenciesAfter = new Map<string, string>();
  const dollarFractions = new Map<string, number>();
  const dollarCodes = new Set<string>();
  for (const [form, code, position, fraction] of rows('currencies.tsv')) {
    if (position !== 'before' && position !== 'after') throw new Error(`data/figures/currencies.tsv: "${form}" has position "${position}"`);
    (position === 'before' ? currenciesBefore : currenciesAfter).set(form.toLowerCase(), code);
    if (fraction) {
      const f = Number(fraction);
      if (!(f > 0 && f < 1)) throw new Error(`data/figures/currencies.tsv: "${form}" has fraction "${fraction}"`);
      dollarFractions.set(form.toLowerCase(), f);
    } else if (/\$|dollar|dlr/.test(form.toLowerCase())) dollarCodes.add(code);
  }
  const units = new Map(rows('units.tsv').map(([form, unit]) => [form.toLowerCase(), unit]));
  const changes = new Map<string, Change>();
  for (const [word, dir] of rows('changes.tsv')) {
    if (dir !== 'up' && dir !== 'down') throw new Error(`data/figures/changes.tsv: "${word}" has direction "${dir}"`);
    changes.set(word.toLowerCase(), dir);
  }
  return {
    qualifiers,
    qualifiersAfter,
    currenciesBefore,
    currenciesAfter,
    dollarFractions,
    dollarCodes,
    currencyFirstWords: new Set([...currenciesAfter.keys()].filter((f) => f.includes(' ')).map((f) => f.split(' ')[0])),
    units,
    changes,
    identifiers: new Set(rows('not-figures.tsv').map(([w]) => w.toLowerCase())),
    claimVerbs: new Set(rows('claim-verbs.tsv').map(([w]) => w.toLowerCase())),
    streets: new Set(rows('streets.tsv').map(([w]) => w.toLowerCase())),
  };
}

let cached: FigureLexicon | undefined;

export function figureLexicon(): FigureLexicon {
  return (cached ??= loadFigureLexicon());
}

/** The currency written before a number at these lower-case tokens, or null. */
export function currencyBefore(lex: FigureLexicon, word: string | undefined): string | null {
  return word ? lex.currenciesBefore.get(word) ?? null : null;
}

/** The currency written after a number: one or two words; how many words it took. */
export function currencyAfter(lex: FigureLexicon, w1: string | undefined, w2: string | undefined, w3?: string): { code: string; words: number } | null {
  if (!w1) return null;
  // multi-word forms start with a word that is no currency of its own often enough ("australian"), so try them first
  if (w2 && lex.currencyFirstWords.has(w1)) {
    const three = w3 ? lex.currenciesAfter.get(`${w1} ${w2} ${w3}`) : undefined;
    if (three) return { code: three, words: 3 };
    const two = lex.currenciesAfter.get(`${w1} ${w2}`);
    if (two) return { code: two, words: 2 };
  }
  const one = lex.currenciesAfter.get(w1);
  return one ? { code: one, words: 1 } : null;
}
