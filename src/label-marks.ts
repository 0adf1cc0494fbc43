// A label shown to a reader (a figure's "what is counted", a claim's quantity) written with the wire's
// quote marks, two backquotes and two apostrophes (``…'', as AP and the Penn Treebank write them; `…'
// for single quotes), reads with real quotation marks: “…”, ‘…’. A label is cut out of a sentence, so
// it may start or stop inside a quotation: a mark whose partner lies outside it is dropped. Labels
// only: the stored text, every span over it and every sentence shown as evidence keep the marks as the
// source wrote them.

interface Mark {
  at: number;
  written: string;
  /** Double marks pair with double marks, single with single. */
  double: boolean;
  opens: boolean;
}

// The wire's marks, typographic double quotes and the straight double quote. A straight apostrophe is
// a mark only where it can close an open quotation, never inside a word ("Rally's") or before one ("'n'").
const MARK = /``|''|[`'"“”]/gu;
const WIRE = new Set(['``', "''", '`', "'"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_WORD_BEFORE = /^$|[\s([{]/u;
const NO_WORD_AFTER = /^$|[\s.,;:!?)\]}]/u;

/** The label with wire quote marks as quotation marks, and no mark left without its partner. */
export function labelQuoteMarks(label: string): string {
  if (!/[`'"“”]/u.test(label)) return label;
  const shown = new Map<number, { length: number; by: string }>();
  const open: Mark[] = [];
  const drop = (m: Mark) => shown.set(m.at, { length: m.written.length, by: '' });
  for (const found of label.matchAll(MARK)) {
    const mark = markAt(label, found.index, found[0], open);
    if (!mark) continue;
    if (mark.opens) {
      open.push(mark);
      continue;
    }
    const partner = lastIndex(open, (o) => o.double === mark.double);
    if (partner < 0) {
      drop(mark);
      continue;
    }
    const [opener, ...unclosed] = open.splice(partner);
    unclosed.forEach(drop);
    // a pair the wire wrote (even half of it: ``Rally's') is shown as quotation marks; others as written
    if (WIRE.has(opener.written) || WIRE.has(mark.written)) {
      shown.set(opener.at, { length: opener.written.length, by: mark.double ? '“' : '‘' });
      shown.set(mark.at, { length: mark.written.length, by: mark.double ? '”' : '’' });
    }
  }
  open.forEach(drop);
  return rebuild(label, shown);
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** What the mark found at `at` is, given the marks still open; null for an apostrophe. */
function markAt(label: string, at: number, written: string, open: readonly Mark[]): Mark | null {
  const before = label[at - 1] ?? '';
  const after = label[at + written.length] ?? '';
  const mark = (double: boolean, opens: boolean): Mark => ({ at, written, double, opens });
  switch (written) {
    case '``':
    case '“':
      return mark(true, true);
    case "''":
    case '”':
      return mark(true, false);
    case '`':
      return mark(false, true);
    case '"': {
      const opensHere = NO_WORD_BEFORE.test(before) && !NO_WORD_AFTER.test(after);
      const closesHere = !NO_WORD_BEFORE.test(before) && NO_WORD_AFTER.test(after);
      return mark(true, opensHere || (!closesHere && !open.some((o) => o.double)));
    }
    default: {
      // "'": an apostrophe inside or before a word, or a plural's ("the workers' union"), unless it
      // closes a backquote, or ends a label the wire opened with `` and closed with one mark (``Rally's')
      if (WORD_CHAR.test(after)) return null;
      if (open.some((o) => o.written === '`')) return mark(false, false);
      const rest = label.slice(at + 1);
      return open.some((o) => o.written === '``') && !/[\p{L}\p{N}]/u.test(rest) ? mark(true, false) : null;
    }
  }
}

/** The label with each mark shown as decided; a dropped mark takes a space beside it with it. */
function rebuild(label: string, shown: ReadonlyMap<number, { length: number; by: string }>): string {
  let out = '';
  let from = 0;
  for (const at of [...shown.keys()].sort((a, b) => a - b)) {
    const { length, by } = shown.get(at)!;
    out += label.slice(from, at);
    from = at + length;
    if (by) {
      out += by;
      continue;
    }
    const next = label[from] ?? '';
    if (/\s/u.test(next) && (out === '' || /\s$/u.test(out))) from++;
    else if (next === '' || /\s/u.test(next)) out = out.trimEnd();
  }
  return out + label.slice(from);
}
