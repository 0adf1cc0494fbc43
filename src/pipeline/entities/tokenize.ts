// A small PTB-like tokenizer for name lists and unlabeled newswire (the run-time pipeline uses
// the segment stage). Splits punctuation and possessive 's, keeps "U.S." and "al-Assad" whole.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function simpleTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let tok = m[0];
    // keep a final period only on abbreviations such as "U.S." / "Corp."-like single letters
    if (tok.endsWith('.') && !/\.[\p{L}\p{N}]+\.$|^\p{Lu}\.$/u.test(tok)) {
      tok = tok.slice(0, -1);
      pushPossessive(out, tok);
      out.push('.');
      continue;
    }
    pushPossessive(out, tok);
  }
  return out;
}

function pushPossessive(out: string[], tok: string): void {
  const m = /^(.+)(['’]s)$/iu.exec(tok);
  if (m) out.push(m[1], m[2]);
  else out.push(tok);
}
