// A lemmatizer learned from a treebank's lemma column: the most frequent lemma of each
// (form, UPOS) seen in training, else the most frequent suffix rewrite for the longest known
// ending of the form under that UPOS ("-ies" → "-y" for NOUN, "-ed" → "" for VERB …).

export interface LemmaTable {
  /** "form\tUPOS" (form lower-cased unless PROPN) → lemma. */
  exact: Map<string, string>;
  /** "UPOS\tending" → [characters to strip, text to append]. */
  rules: Map<string, [number, string]>;
}

const MAX_ENDING = 5;

/** How suffix rules are learned; `LEMMA_RULES` is the shipped choice (measured by `scripts/lemma-cv.mjs`). */
export interface LemmaRuleOptions {
  /** Count each distinct (form, UPOS, lemma) once, not each token: a frequent irregular ("are" → "be") outvotes no regular type. */
  byType: boolean;
  /** Forms sharing fewer than this many first letters with their lemma ("are"/"be", "went"/"go") teach no rule. */
  minPrefix: number;
  /** Least count (types or tokens) the best rewrite of an ending needs to become a rule. */
  minSupport: number;
}

export const LEMMA_RULES: LemmaRuleOptions = { byType: true, minPrefix: 1, minSupport: 2 };

/**
 * Only open-class words take suffix rules: the treebank lists the closed classes' words, so an unseen
 * form under such a tag is a mistag or a misspelling ("Net" read as PART must not become "not").
 */
const OPEN_CLASSES = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

function keyForm(form: string, upos: string): string {
  return upos === 'PROPN' ? form : form.toLowerCase();
}

export function learnLemmas(examples: Iterable<{ form: string; upos: string; lemma: string }>, opts: LemmaRuleOptions = LEMMA_RULES): LemmaTable {
  const exactCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  const seen = new Set<string>();
  for (const { form, upos, lemma } of examples) {
    if (lemma === '_' || form.length === 0) continue;
    const f = keyForm(form, upos);
    bump(exactCounts, `${f}\t${upos}`, lemma);
    // rewrite rule: strip the part after the common prefix, append the lemma's rest
    let p = 0;
    while (p < f.length && p < lemma.length && f[p] === lemma[p]) p++;
    if (p < opts.minPrefix || !OPEN_CLASSES.has(upos)) continue;
    if (opts.byType) {
      const type = `${f}\t${upos}\t${lemma}`;
      if (seen.has(type)) continue;
      seen.add(type);
    }
    const rule = `${f.length - p}\t${lemma.slice(p)}`;
    for (let e = 1; e <= MAX_ENDING && e <= f.length; e++) bump(ruleCounts, `${upos}\t${f.slice(f.length - e)}`, rule);
  }
  const exact = new Map<string, string>();
  for (const [k, lemmas] of exactCounts) exact.set(k, mostFrequent(lemmas)[0]);
  const rules = new Map<string, [number, string]>();
  for (const [k, rs] of ruleCounts) {
    const [best, count] = mostFrequent(rs);
    if (count < opts.minSupport) continue;
    const [strip, add] = best.split('\t');
    rules.set(k, [Number(strip), add]);
  }
  return { exact, rules };
}

function mostFrequent(counts: Map<string, number>): [string, number] {
  let best = '';
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return [best, bestCount];
}

const HAS_VOWEL = /[aeiouy]/;

const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019]/g;

/**
 * Every lemma the table's exact entries give an open-class word: the evidence that a suffix rule's
 * stem is a word ("invade" is one, whether seen as a verb or a noun; a name's "France" is no stem of "francs").
 */
const vocabularies = new WeakMap<LemmaTable, Set<string>>();
function lemmaVocabulary(table: LemmaTable): Set<string> {
  let v = vocabularies.get(table);
  if (!v) {
    v = new Set();
    for (const [key, lemma] of table.exact) if (OPEN_CLASSES.has(key.slice(key.lastIndexOf('\t') + 1))) v.add(lemma);
    vocabularies.set(table, v);
  }
  return v;
}

const DOUBLED_FINAL = /([bcdfgklmnprstvz])\1$/;

/**
 * A rule's stem and the spellings it may stand for: itself, with a final "e" restored ("invad" →
 * "invade"), or with a doubled final consonant undone ("stemm" → "stem"). The first that the
 * treebank knows as an open-class lemma wins; with none known, the rule's own output stands.
 */
function stemSpellings(stem: string): string[] {
  const out = [stem, `${stem}e`];
  if (DOUBLED_FINAL.test(stem)) out.push(stem.slice(0, -1));
  return out;
}

export function lemmatize(table: LemmaTable, form: string, upos: string, useEvidence = true): string {
  const f = keyForm(form.includes('\u2019') || form.includes('\u2018') ? form.replace(TYPOGRAPHIC_APOSTROPHES, "'") : form, upos);
  const known = table.exact.get(`${f}\t${upos}`);
  if (known !== undefined) return known;
  if (upos === 'PROPN') return form;
  if (!OPEN_CLASSES.has(upos)) return f;
  let first: string | undefined;
  const vocabulary = useEvidence ? lemmaVocabulary(table) : undefined;
  for (let e = Math.min(MAX_ENDING, f.length - 1); e >= 1; e--) {
    const rule = table.rules.get(`${upos}\t${f.slice(f.length - e)}`);
    if (!rule || rule[0] >= f.length) continue;
    // a suffix rule that leaves no vowel ("fled" → "fl") mistook an irregular form for a regular one: keep the form
    const lemma = f.slice(0, f.length - rule[0]) + rule[1];
    const stem = HAS_VOWEL.test(lemma) ? lemma : f;
    if (!vocabulary) return stem;
    first ??= stem;
    // respelling only what a rule cut a suffix from ("dam" is no "dame")
    const spelt = rule[0] > 0 && stem !== f ? stemSpellings(stem).find((s) => vocabulary.has(s)) : vocabulary.has(stem) ? stem : undefined;
    if (spelt !== undefined) return spelt;
  }
  return first ?? f;
}
