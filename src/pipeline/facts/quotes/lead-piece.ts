// A content piece the role tagger marked before the source, when the cue runs straight on into
// the rest of the content ("At the rally Mayor Lee said the plan would fail"): the words before
// the source are a circumstance of the telling or the end of the sentence before, not what was
// said. The interrupted clause ("The plan, Lee said, will fail", see interrupted.ts) sets its
// attribution off with a comma after the cue, so a comma, dash or colon there keeps the piece,
// as does a lone relative word standing for the content ("which she said was a mistake"), a
// noun the cue's relative clause describes ("a delay he said was avoidable"), and a phrase the
// parse hangs from the content ("If it rains Lee said the match would move": a condition of
// what was said).
import { QuoteState, type AttributionTokens, type TokenSyntax } from './tokens.js';

type Range = { from: number; to: number };

const SET_OFF = new Set([',', ';', ':', '—', '–', '-', '--']);
const RELATIVE_WORDS = new Set(['which', 'what', 'whatever', 'who', 'whom', 'that', 'how', 'why', 'where', 'when']);
const RELATIVE_CLAUSES = new Set(['acl:relcl', 'acl']);

export function withoutLeadBeforeSource(v: AttributionTokens, cue: Range, source: Range | null, pieces: Range[]): Range[] {
  if (pieces.length < 2 || !source) return pieces;
  const [lead, next] = pieces;
  if (v.quote[lead.from] === QuoteState.Open) return pieces;
  if (lead.to > source.from || source.to > cue.from || next.from < cue.to) return pieces;
  for (let i = cue.to; i < next.from; i++) if (SET_OFF.has(v.low[i])) return pieces;
  if (lead.to - lead.from === 1 && RELATIVE_WORDS.has(v.low[lead.from])) return pieces;
  if (v.syntax && (describedByCue(v, v.syntax, cue, source, lead) || hangsFromContent(v.syntax, lead, pieces.slice(1)))) return pieces;
  return pieces.slice(1);
}

/**
 * The cue sits in a relative clause on a word of the lead ("a delay that he said was
 * avoidable"), or the lead ends on a noun the source follows at once: a relative clause without
 * "that" ("a delay he said was avoidable"), which the parser seldom labels as one, unless the
 * lead hangs from the cue ("At dawn the mayor said …": a circumstance of the telling). Never
 * when the source is a relative word: it stands for the lead, which speaks ("a host who said …").
 */
function describedByCue(v: AttributionTokens, sx: TokenSyntax, cue: Range, source: Range, lead: Range): boolean {
  if (RELATIVE_WORDS.has(v.low[source.from])) return false;
  const leadHead = sx.head[headToken(sx, lead)];
  const fromCue = leadHead >= cue.from && leadHead < cue.to;
  if (lead.to === source.from && sx.upos[lead.to - 1] === 'NOUN' && !fromCue) return true;
  let relative = false;
  for (let i = headToken(sx, cue), steps = 0; i >= 0 && steps < 4; i = sx.head[i], steps++) {
    relative ||= RELATIVE_CLAUSES.has(sx.deprel[i]);
    if (sx.head[i] >= lead.from && sx.head[i] < lead.to) return relative;
  }
  return false;
}

/** The lead's head word hangs from a word of the rest of the content. */
function hangsFromContent(sx: TokenSyntax, lead: Range, rest: Range[]): boolean {
  const h = sx.head[headToken(sx, lead)];
  return rest.some((p) => h >= p.from && h < p.to);
}

/** The first token of a range whose head lies outside it. */
function headToken(sx: TokenSyntax, r: Range): number {
  for (let i = r.from; i < r.to; i++) if (sx.head[i] < r.from || sx.head[i] >= r.to) return i;
  return r.from;
}
