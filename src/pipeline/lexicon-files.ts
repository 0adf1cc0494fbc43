// Reading the lexicons under data/: plain text a user can read and edit, one entry a line, columns
// separated by tabs, "#" at the start of a line making it a comment ("#" elsewhere is a word, as in
// "# 5"). One reader, so every lexicon file follows the same rules.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** One entry line of a lexicon file: its 1-based line number (for error messages) and its tab-separated cells. */
export interface LexiconLine {
  line: number;
  cells: string[];
}

/** The entry lines of a lexicon text: blank lines and comment lines dropped, cells trimmed. */
export function lexiconLines(text: string): LexiconLine[] {
  const out: LexiconLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() && !raw.trimStart().startsWith('#')) out.push({ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) });
  });
  return out;
}

/** The text of a file under data/ ("figures", "units.tsv"). */
export function readDataFile(...parts: string[]): string {
  return readFileSync(projectPath('data', ...parts), 'utf8');
}

/** A file of words under data/: every whitespace-separated word on its entry lines, as written. */
export function dataWordList(...parts: string[]): string[] {
  return lexiconLines(readDataFile(...parts)).flatMap((l) => l.cells.join(' ').split(/\s+/u).filter(Boolean));
}

/** An error that names the lexicon file and line at fault. */
export function lexiconError(file: string, line: number, problem: string): Error {
  return new Error(`${file}:${line}: ${problem}`);
}

/** Reads a table of words and their numeric values (columns: word, value); `file` names it in errors. */
export function parseNumberTable(text: string, file: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const { line, cells } of lexiconLines(text)) {
    const value = Number(cells[1]);
    if (cells.length !== 2 || !cells[0] || !cells[1] || !Number.isFinite(value)) throw lexiconError(file, line, 'expected a word and a number separated by a tab');
    out.set(cells[0], value);
  }
  return out;
}

/** A table of words and their numeric values under data/. */
export function dataNumberTable(...parts: string[]): ReadonlyMap<string, number> {
  return parseNumberTable(readDataFile(...parts), ['data', ...parts].join('/'));
}
