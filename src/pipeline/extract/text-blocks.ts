// Splits a plain-text page copy into candidate blocks. A copy either has one block per
// line (pasted web pages) or hard-wrapped paragraphs (wire copy at ~70 columns, new
// paragraphs indented or after a blank line); both come out as one block per paragraph.

export interface TextBlock {
  text: string;
  /** A blank line (or the start) came before it. */
  afterBlank: boolean;
  /** Items set apart by runs of spaces or tabs ("Home  News  Politics"): a menu row pasted from a page. */
  spaced?: boolean;
}

const BULLET = /^[\s\u00a0]*(?:[•·▪●◦‣∙*]|-(?=\s))\s*/;

function looksHardWrapped(lines: string[]): boolean {
  let nonEmpty = 0;
  let long = 0;
  let maxLen = 0;
  for (const l of lines) {
    const n = l.trim().length;
    if (n === 0) continue;
    nonEmpty++;
    if (n >= 45) long++;
    if (n > maxLen) maxLen = n;
  }
  return nonEmpty >= 4 && maxLen <= 100 && long >= nonEmpty * 0.5;
}

export function splitTextBlocks(content: string): TextBlock[] {
  let text = content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content;
  if (/[\u00a0\u2007\u202f]/.test(text)) text = text.replace(/[\u00a0\u2007\u202f]/g, ' ');
  const lines = text.split('\n');
  const wrapped = looksHardWrapped(lines);
  const blocks: TextBlock[] = [];
  let current: string[] = [];
  let afterBlank = true;
  let currentAfterBlank = true;
  const flush = () => {
    if (current.length === 0) return;
    const joined = current.length === 1 ? current[0] : current.join(' ');
    const gappy = /\s\s|[\t\v\f]/.test(joined);
    const block: TextBlock = { text: gappy ? joined.replace(/\s+/g, ' ') : joined, afterBlank: currentAfterBlank };
    if (gappy && current.length === 1 && (joined.match(/\S(?: {2,}|\t)\S/g)?.length ?? 0) >= 2) block.spaced = true;
    blocks.push(block);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.replace(BULLET, '').trim();
    if (line.length === 0) {
      flush();
      afterBlank = true;
      continue;
    }
    const indented = /^[ \t]{2,}\S/.test(raw);
    if (!wrapped || indented || current.length === 0) {
      flush();
      currentAfterBlank = afterBlank;
    }
    current.push(line);
    afterBlank = false;
  }
  flush();
  return blocks;
}
