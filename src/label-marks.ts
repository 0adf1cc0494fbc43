// A label shown to a reader (a figure's "what is counted", a claim's quantity) written with the wire's
// quote marks, two backquotes and two apostrophes (``…'', as AP and the Penn Treebank write them; `…'
// for single quotes), reads with real quotation marks: “…”, ‘…’. Labels only: the stored text, every
// span over it and every sentence shown as evidence keep the marks as the source wrote them.

/** The label with wire quote marks as quotation marks; a mark left dangling at either end dropped. */
export function labelQuoteMarks(label: string): string {
  if (!label.includes('`') && !label.includes("''")) return label;
  const curly = label
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    // a single backquote opens what the next apostrophe not inside a word closes (`poison pill')
    .replace(/`([^`'\n]*?)'(?!\p{L})/gu, '‘$1’');
  // a quotation the label stops inside of ("denounce the Miami ``") or one begun before it
  return curly.replace(/\s*[“`]\s*$/u, '').replace(/^\s*”\s*/u, '');
}
