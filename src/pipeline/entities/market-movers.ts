// Business news reports a company by its share price: "Kinki Nippon slid 1.5% and HIS dropped
// 3.3%", "shares in Velmora fell 2%", "Velmora shares rose 4 cents". The thing whose price moves
// by a stated amount is a company, whatever the tagger said (it takes unknown Japanese names for
// places, all-capital ones for nothing). Indices stay what the tagger made them (MISC), and a
// place the gazetteer knows is left alone ("Japan fell into recession").
import type { Mention, Syntax } from '../../types.js';
import { caseMarker, children, dependents } from '../syntax/query.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { dataWordList } from '../lexicon-files.js';

const MOVES = new Set(dataWordList('words', 'market-move-verbs.txt'));
const AMOUNTS = new Set(['%', 'percent', 'cent', 'cents', 'pence', 'points', 'point']);
const SHARES = new Set(['share', 'stock']);

export function typeMarketMovers(text: string, mentions: Mention[], syn: Syntax | undefined): Mention[] {
  if (!syn || syn.words.length === 0) return mentions;
  const out = [...mentions];
  syn.words.forEach((v, i) => {
    if (v.upos !== 'VERB' || !MOVES.has(v.lemma.toLowerCase()) || !children(syn, i).some((c) => statesAmount(syn, c))) return;
    for (const subject of dependents(syn, i, 'nsubj')) for (const s of [subject, ...dependents(syn, subject, 'conj')]) for (const name of companyWords(syn, s)) markCompany(text, syn, out, name);
  });
  return out.sort((a, b) => a.start - b.start);
}

function statesAmount(syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  return AMOUNTS.has(word.text.toLowerCase()) || children(syn, w).some((c) => AMOUNTS.has(syn.words[c].text.toLowerCase()));
}

/** The name a price belongs to: the subject itself, or X of "shares in X" / "X shares". */
function companyWords(syn: Syntax, s: number): number[] {
  const word = syn.words[s];
  if (word.upos === 'PROPN') return [s];
  if (word.upos !== 'NOUN' || !SHARES.has(word.lemma.toLowerCase())) return [];
  const owners = dependents(syn, s, 'compound').filter((c) => syn.words[c].upos === 'PROPN');
  const named = dependents(syn, s, 'nmod').filter((c) => syn.words[c].upos === 'PROPN' && ['in', 'of'].includes(caseMarker(syn, c) ?? ''));
  return [...owners, ...named].flatMap((n) => [n, ...dependents(syn, n, 'conj')]);
}

function markCompany(text: string, syn: Syntax, out: Mention[], w: number): void {
  const word = syn.words[w];
  const k = out.findIndex((m) => m.start <= word.start && word.end <= m.end);
  if (k >= 0) {
    const m = out[k];
    if (m.type === 'ORG' || m.type === 'MISC' || m.title || (m.type === 'PER' && /\s/.test(m.text))) return;
    if (candidates(gazetteer(), m.text).entries.length > 0) return;
    out[k] = { ...m, type: 'ORG' };
    return;
  }
  // a name the tagger missed: the word with its compound and flat parts, if it looks like a name
  const parts = [w, ...dependents(syn, w, 'compound', 'flat')].filter((p) => syn.words[p].upos === 'PROPN').sort((a, b) => a - b);
  const start = syn.words[parts[0]].start;
  const end = syn.words[parts[parts.length - 1]].end;
  if (parts.some((p) => !/^\p{Lu}/u.test(syn.words[p].text)) || out.some((m) => m.start < end && start < m.end)) return;
  if (!/^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u.test(text.slice(start, end))) return;
  out.push({ start, end, type: 'ORG', text: text.slice(start, end) });
}
