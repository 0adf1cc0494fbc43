// The longer names of an article indexed by their first and last token, so a short form is
// compared only with the names it could open or end. Comparing each short form with every longer
// name is quadratic: a reference document of 50,000 names spent seconds there.

export class NameEnds<T extends { tokens: string[] }> {
  private readonly byFirst = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();

  constructor(private readonly names: readonly T[]) {
    names.forEach((name, i) => {
      if (name.tokens.length === 0) return;
      push(this.byFirst, name.tokens[0], i);
      push(this.byLast, name.tokens[name.tokens.length - 1], i);
    });
  }

  /** The names whose first token is `token`, in their order. */
  opening(token: string): T[] {
    return (this.byFirst.get(token) ?? []).map((i) => this.names[i]);
  }

  /** The names whose last token is `token`, in their order. */
  ending(token: string): T[] {
    return (this.byLast.get(token) ?? []).map((i) => this.names[i]);
  }

  /** The names that share a first or a last token with `tokens` (which must not be empty), in their order. */
  sharingAnEnd(tokens: readonly string[]): T[] {
    const first = this.byFirst.get(tokens[0]) ?? [];
    const last = this.byLast.get(tokens[tokens.length - 1]) ?? [];
    return mergeAscending(first, last).map((i) => this.names[i]);
  }
}

function push(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (list) list.push(i);
  else index.set(key, [i]);
}

/** Two ascending lists of indexes as one, each index once. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
