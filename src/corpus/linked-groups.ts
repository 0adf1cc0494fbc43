// Groups that pairs link transitively (union-find): near-duplicate documents are one report, paired
// event lemmas one head. The representative is the group's smallest string, so it does not depend
// on the order of the pairs.

/** Each item's group representative, grouping the pairs transitively: the group's smallest string (itself when unpaired). */
export function groupRoots(pairs: Iterable<readonly [string, string]>): (item: string) => string {
  const parent = new Map<string, string>();
  const find = (item: string): string => {
    let root = item;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    // point every item on the way at the root, so the next look-up is one step
    for (let x = item; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return find;
}
