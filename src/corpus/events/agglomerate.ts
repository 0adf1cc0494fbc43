// Average-link agglomerative clustering: repeatedly join the two clusters whose members are, on
// average, most alike, while that average stays at or above a threshold. Average link, not single
// link, so one strong pair cannot chain two otherwise unrelated groups together.

/** Cluster index of each item. `similarity(i, j)` is read once per pair. */
export function averageLink(count: number, similarity: (i: number, j: number) => number, threshold: number): number[] {
  // sum[a][b]: total similarity between the members of clusters a and b
  const sum = Array.from({ length: count }, () => new Float64Array(count));
  for (let i = 0; i < count; i++)
    for (let j = i + 1; j < count; j++) {
      const s = similarity(i, j);
      sum[i][j] = s;
      sum[j][i] = s;
    }
  const size = new Array<number>(count).fill(1);
  const alive = new Array<boolean>(count).fill(true);
  const owner = Array.from({ length: count }, (_, i) => i);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < count; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < count; j++) {
        if (!alive[j]) continue;
        const s = sum[i][j] / (size[i] * size[j]);
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    // fold bj into bi
    for (let k = 0; k < count; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      sum[bi][k] += sum[bj][k];
      sum[k][bi] = sum[bi][k];
    }
    size[bi] += size[bj];
    alive[bj] = false;
    for (let k = 0; k < count; k++) if (owner[k] === bj) owner[k] = bi;
  }
  return owner;
}
