// BILOU tag set: O, then B/I/L/U for each type. BILOU beats BIO for linear models because
// the last and single tokens of a name get their own weights.
import type { EntityType } from '../../types.js';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PARTS = ['B', 'I', 'L', 'U'] as const;

export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const NUM_TAGS = TAGS.length;

/** Tag index → part ('O','B','I','L','U') and type index (-1 for O). */
export function tagPart(tag: number): string {
  return tag === 0 ? 'O' : PARTS[(tag - 1) % 4];
}
export function tagType(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}
export function tagIndex(part: 'B' | 'I' | 'L' | 'U', type: number): number {
  return 1 + type * 4 + PARTS.indexOf(part);
}

/** allowed[prev * NUM_TAGS + next]: BILOU well-formedness, so Viterbi never outputs a broken span. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++) {
    for (let n = 0; n < NUM_TAGS; n++) {
      const pp = tagPart(p);
      const np = tagPart(n);
      const inside = pp === 'B' || pp === 'I';
      let ok: boolean;
      if (inside) ok = (np === 'I' || np === 'L') && tagType(p) === tagType(n);
      else ok = np === 'O' || np === 'B' || np === 'U';
      a[p * NUM_TAGS + n] = ok ? 1 : 0;
    }
  }
  return a;
})();
export const ALLOWED_START = Uint8Array.from(TAGS, (_, t) => (['O', 'B', 'U'].includes(tagPart(t)) ? 1 : 0));
export const ALLOWED_END = Uint8Array.from(TAGS, (_, t) => (['O', 'L', 'U'].includes(tagPart(t)) ? 1 : 0));

export interface TokenSpan {
  start: number; // first token
  end: number; // one past the last token
  type: number; // index into TYPES
}

/** Spans from a BILOU tag sequence (assumed well-formed, as Viterbi guarantees). */
export function bilouSpans(tags: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const part = tagPart(tags[i]);
    if (part === 'U') out.push({ start: i, end: i + 1, type: tagType(tags[i]) });
    else if (part === 'B') start = i;
    else if (part === 'L' && start >= 0) {
      out.push({ start, end: i + 1, type: tagType(tags[i]) });
      start = -1;
    } else if (part === 'O') start = -1;
  }
  return out;
}

/** BILOU tags from IOB2/IOB1 labels ("B-PER", "I-PER", "O"). */
export function bilouFromIob(labels: readonly string[]): Uint8Array {
  const spans = iobSpans(labels);
  const out = new Uint8Array(labels.length);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = tagIndex('U', s.type);
    else {
      out[s.start] = tagIndex('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = tagIndex('I', s.type);
      out[s.end - 1] = tagIndex('L', s.type);
    }
  }
  return out;
}

/** Entity spans of IOB labels with conlleval semantics (an I- after O or another type starts a span). */
export function iobSpans(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const lab = i < labels.length ? labels[i] : 'O';
    const prefix = lab === 'O' ? 'O' : lab.slice(0, 1);
    const type = lab === 'O' ? -1 : TYPES.indexOf(lab.slice(2) as EntityType);
    const continues = cur !== null && prefix === 'I' && type === cur.type;
    if (cur && !continues) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (!cur && prefix !== 'O' && type >= 0) cur = { start: i, end: i + 1, type };
  }
  return out;
}
