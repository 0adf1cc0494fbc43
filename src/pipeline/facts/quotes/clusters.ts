// Word clusters for the attribution model: the distributional clusters shipped inside the
// parser model (learned from unlabelled news). Speech and thought verbs share clusters
// ("argued", "contended", "cautioned"), so a cue word never seen as a cue in training is
// still recognised by its company.
import { existsSync } from 'node:fs';
import { projectPath } from '../../../paths.js';
import { hashString, IntTable } from '../../entities/hash.js';
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from '../../syntax/index.js';

export const CLUSTER_LEVELS = 3;

/** Cluster ids by the hash of the lower-cased word (the hash the features already have per token). */
export class WordClusters {
  private readonly rows: IntTable;
  /** CLUSTER_LEVELS ids + 1 per row, coarse first. */
  private readonly ids: Int32Array;

  constructor(clusters: ReadonlyMap<string, Int32Array>) {
    this.rows = new IntTable(clusters.size);
    this.ids = new Int32Array(clusters.size * CLUSTER_LEVELS);
    let next = 0;
    for (const [word, ids] of clusters) {
      const low = word.toLowerCase();
      const key = wordHash(low);
      // "noting" and "Noting": the lower-case entry wins
      let row = this.rows.get(key);
      if (row >= 0 && low !== word) continue;
      if (row < 0) this.rows.set(key, (row = next++));
      for (let l = 0; l < CLUSTER_LEVELS; l++) this.ids[row * CLUSTER_LEVELS + l] = l < ids.length ? ids[l] + 1 : 0;
    }
  }

  /** The word's row for id(), −1 for a word without clusters. */
  row(hashOfLowerCaseWord: number): number {
    return this.rows.get(hashOfLowerCaseWord);
  }

  /** A row's cluster id + 1 at a level (0 coarse … 2 fine); 0 for row −1. */
  id(row: number, level: number): number {
    return row < 0 ? 0 : this.ids[row * CLUSTER_LEVELS + level];
  }
}

/** The hash the attribution features give a lower-cased word. */
export function wordHash(low: string): number {
  return hashString(low, 1);
}

let shipped: WordClusters | null | undefined;

/** The shipped parser's clusters (the model the syntax stage loads, so no second copy); null without one. */
export function shippedWordClusters(): WordClusters | null {
  if (shipped === undefined) {
    const file = projectPath('models', DEFAULT_SYNTAX_MODEL);
    shipped = existsSync(file) ? new WordClusters(loadSyntaxModel(file).resources.clusters) : null;
  }
  return shipped;
}
