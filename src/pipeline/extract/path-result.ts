import type { Evidence } from '../../types.js';
import type { Piece } from './assemble.js';

/** A value found by one extraction path, with where it came from. */
export interface Found<T> {
  value: T;
  evidence: Evidence;
  /** Piece whose text is the evidence, to turn into a span once the text is assembled. */
  piece?: number;
}

/** What the HTML or text path hands to the shared metadata step. */
export interface PathResult {
  pieces: Piece[];
  title: Found<string> | null;
  authors: Found<string[]> | null;
  publisher: Found<string> | null;
  published: Found<{ iso: string; precision: 'day' | 'month' | 'year' | 'month-day' }> | null;
  url?: string;
  /** Headline lines that may say who found the story (title first). */
  headlines: string[];
}
