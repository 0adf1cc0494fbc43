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
const MIN_RULE_COUNT = 3;

function keyForm(form: string, upos: string): string {
  return upos === 'PROPN' ? form : form.toLowerCase();
}

export function learnLemmas(examples: Iterable<{ form: string; upos: string; lemma: string }>): LemmaTable {
  const exactCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  for (const { form, upos, lemma } of examples) {
    if (lemma === '_' || form.length === 0) continue;
    const f = keyForm(form, upos);
    bump(exactCounts, `${f}\t${upos}`, lemma);
    // rewrite rule: strip the part after the common prefix, append the lemma's rest
    let p = 0;
    while (p < f.length && p < lemma.length && f[p] === lemma[p]) p++;
    const rule = `${f.length - p}\t${lemma.slice(p)}`;
    for (let e = 1; e <= MAX_ENDING && e <= f.length; e++) bump(ruleCounts, `${upos}\t${f.slice(f.length - e)}`, rule);
  }
  const exact = new Map<string, string>();
  for (const [k, lemmas] of exactCounts) exact.set(k, mostFrequent(lemmas)[0]);
  const rules = new Map<string, [number, string]>();
  for (const [k, rs] of ruleCounts) {
    const [best, count] = mostFrequent(rs);
    if (count < MIN_RULE_COUNT) continue;
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

export function lemmatize(table: LemmaTable, form: string, upos: string): string {
  const f = keyForm(form.includes('\u2019') || form.includes('\u2018') ? form.replace(TYPOGRAPHIC_APOSTROPHES, "'") : form, upos);
  const known = table.exact.get(`${f}\t${upos}`);
  if (known !== undefined) return known;
  if (upos === 'PROPN' || upos === 'NUM' || upos === 'PUNCT' || upos === 'SYM' || upos === 'X') return upos === 'PROPN' ? form : f;
  for (let e = Math.min(MAX_ENDING, f.length - 1); e >= 1; e--) {
    const rule = table.rules.get(`${upos}\t${f.slice(f.length - e)}`);
    if (!rule || rule[0] >= f.length) continue;
    const lemma = f.slice(0, f.length - rule[0]) + rule[1];
    // a suffix rule that leaves no vowel ("fled" → "fl") mistook an irregular form for a regular one: keep the form
    return HAS_VOWEL.test(lemma) ? lemma : f;
  }
  return f;
}
