// The marks a tokenised or typeset text opens a quotation with. A lone "'" is left out: it stands
// as often for an apostrophe or an elision as for a single quotation mark.

/** Opening quotation marks, as tokens: curly and straight doubles, a curly single, PTB's `` and '', guillemets, „. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "''", '``', '«', '„']);
