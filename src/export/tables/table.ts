// What every exportable table provides: its items, streamed, and how each becomes a JSON Lines
// record or CSV rows.
import type { Store } from '../../store/interface.js';
import type { Cell } from '../csv.js';
import type { ExportFilters } from '../documents.js';
import type { RecordKind } from '../records.js';

export interface ExportProgress {
  setTotal(total: number): void;
  tick(n?: number): void;
}

export interface ExportContext {
  store: Store;
  filters: ExportFilters;
  progress: ExportProgress;
}

export interface Table<T> {
  /** The marker of its JSON Lines records ({"chronicle": kind, "version": 1, …}). */
  kind: RecordKind;
  items(ctx: ExportContext): AsyncGenerator<T>;
  record(item: T): object;
  /** JSON Lines records written after the items (kind, record), e.g. the user's settings. */
  trailer?(ctx: ExportContext): AsyncGenerator<{ kind: RecordKind; record: object }>;
  columns: string[];
  rows(item: T): Cell[][];
}

/** Erases the item type so tables of different items fit one registry. */
export type AnyTable = Table<never> & { items(ctx: ExportContext): AsyncGenerator<unknown>; record(item: unknown): object; rows(item: unknown): Cell[][] };

export function defineTable<T>(table: Table<T>): AnyTable {
  return table as unknown as AnyTable;
}
