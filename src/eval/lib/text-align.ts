// Offsets of a source file's text against the text the extract stage made of it: the stage
// normalises whitespace and may drop a paragraph (boilerplate, a repeated line), so the two are
// aligned on their non-space characters, resynchronising on the next run of characters after a gap.

/** Characters compared to find where the two texts agree again after a difference. */
const RESYNC = 24;

export interface TextAlignment {
  /** Offset in the derived text of each source offset (-1: dropped or whitespace). */
  toDerived: Int32Array;
}

export function alignTexts(source: string, derived: string): TextAlignment {
  const nonSpace = (t: string) => {
    const at: number[] = [];
    let chars = '';
    for (let i = 0; i < t.length; i++) if (!/\s/.test(t[i])) {
      at.push(i);
      chars += t[i];
    }
    return { at, chars };
  };
  const s = nonSpace(source);
  const d = nonSpace(derived);
  const toDerived = new Int32Array(source.length).fill(-1);
  let j = 0;
  for (let i = 0; i < d.chars.length && j < s.chars.length; ) {
    if (d.chars[i] === s.chars[j]) {
      toDerived[s.at[j]] = d.at[i];
      i++;
      j++;
      continue;
    }
    const next = s.chars.indexOf(d.chars.slice(i, i + RESYNC), j);
    if (next >= 0) j = next;
    else i++;
  }
  return { toDerived };
}

/** The derived span covering a source span's characters, or null when none of them survived. */
export function derivedSpan(a: TextAlignment, start: number, end: number): { start: number; end: number } | null {
  let lo = -1;
  let hi = -1;
  for (let k = start; k < Math.min(end, a.toDerived.length); k++) {
    const v = a.toDerived[k];
    if (v < 0) continue;
    if (lo < 0) lo = v;
    hi = v;
  }
  return lo < 0 ? null : { start: lo, end: hi + 1 };
}
