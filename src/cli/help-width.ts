// Help text fits an 80-column terminal whatever width its source was written to: a long line breaks at
// spaces under itself (a synopsis under its first option, an option's description under the
// description's column, prose under its own indent), and the words carried over run on into the next
// line when that line continues the same text, so a paragraph stays a paragraph. Wording unchanged.

/** The width `chronicle … --help` fits. */
export const HELP_WIDTH = 80;

/** Breaks `text` at spaces into lines of at most `width` characters, the later ones after `indent`
 *  (a word longer than the width stays whole on its own line). */
export function wrapWords(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** Where a long line's later lines start. */
function hangingIndent(line: string): string {
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  // "Usage: chronicle show <id> [--db FILE] …": under the first word after the command's name
  const usage = /^(\s*(?:Usage: )?chronicle [a-z-]+(?: [a-z-]+)? )/.exec(line);
  if (usage) return ' '.repeat(Math.min(usage[1].length, 24));
  // "  --db FILE     database …", "  gold       Score …": under the description, when it starts
  // within the first half
  const option = /^(\s*\S(?:.*?\S)? {2,})\S/.exec(line);
  if (option && option[1].length <= HELP_WIDTH / 2) return ' '.repeat(option[1].length);
  // "  - a point" / "  * a point": under the point's text
  const bullet = /^(\s*[-*•] )\S/.exec(line);
  if (bullet) return ' '.repeat(bullet[1].length);
  return lead;
}

function isSynopsis(line: string): boolean {
  return /^\s*(?:Usage: )?chronicle /.test(line) || /^\s*\[/.test(line);
}

/** The spaces inside [ ] and < > as NUL, so that wrapping keeps each bracketed item on one line. */
function keepBracketsWhole(line: string): string {
  let depth = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '[' || ch === '<') depth++;
    else if ((ch === ']' || ch === '>') && depth > 0) depth--;
    out += ch === ' ' && depth > 0 ? '\u0000' : ch;
  }
  return out;
}

/** A line the words carried over from a wrapped line may run on into: the same text, not a new item
 *  (after a synopsis, only its own options: not the next form of the command). */
function continues(next: string, indent: string, synopsis: boolean): boolean {
  if (!next.trim() || !next.startsWith(indent) || /^\s/.test(next.slice(indent.length))) return false;
  const rest = next.slice(indent.length);
  if (synopsis) return rest.startsWith('[');
  // a new option, point or column row starts afresh
  return !/^[-*•]/.test(rest) && !/\S {2,}\S/.test(rest);
}

/** `text` in lines of at most `width` characters (a single word longer than that stays whole). */
export function fitHelp(text: string, width = HELP_WIDTH): string {
  const out: string[] = [];
  let carry: string | null = null;
  let carriedSynopsis = false;
  for (const source of text.split('\n')) {
    let line = source;
    if (carry !== null) {
      const indent = /^\s*/.exec(carry)?.[0] ?? '';
      if (continues(source, indent, carriedSynopsis)) line = `${carry} ${source.slice(indent.length)}`;
      else out.push(carry);
      carry = null;
    }
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    const indent = hangingIndent(line);
    // a synopsis breaks between its [options] and <args>, never inside one ("[--type" / "T]")
    const wrapped = isSynopsis(line)
      ? wrapWords(keepBracketsWhole(line), width, indent)
          .map((l) => l.replace(/\u0000/g, ' '))
          // an item too long for a line of its own breaks after all
          .flatMap((l) => (l.length > width ? wrapWords(l, width, indent) : [l]))
      : wrapWords(line, width, indent);
    out.push(...wrapped.slice(0, -1));
    carry = wrapped[wrapped.length - 1];
    carriedSynopsis = isSynopsis(line);
  }
  if (carry !== null) out.push(carry);
  return out.join('\n');
}
