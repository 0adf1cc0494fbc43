// A wire story's credit line ("(Reporting by A in Amsterdam; Editing by B)") and its dateline's
// agency ("BRUSSELS, March 7 (Agency) -") name who wrote and sent the story, not who is in it. The
// names stay mentions (a careful reader lists the reporters as people of the article) but carry
// the role "credit": they are no event's participants and link no two entities or stories. The
// tagger reads a credit line's names out of any sentence, and an editor's name at the end of an
// article comes out an organisation or a place as often as a person: every name a credit clause
// lists before anything else ("in Amsterdam") is a person, and the clause settles it.
import type { Mention, Span } from '../../types.js';

/** A credit clause's words: "Reporting by", "Additional reporting by", "Editing by". */
const CLAUSE_WORDS = String.raw`(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|reported)\s+by`;
/** A credit clause opening a line or a bracket: "(Reporting by", "Additional reporting by", "Editing by". */
const CLAUSE = String.raw`${CLAUSE_WORDS}\b`;
/** A bracketed credit anywhere ("… said. (Reporting by A; Editing by B)"), or a line that is one. */
const CREDIT_LINE = new RegExp(String.raw`\(\s*${CLAUSE}[^()\n]*\)?|(?:^|(?<=\n))[ \t]*${CLAUSE}[^\n]*`, 'giu');
/** At a line's start near the top: the town in capitals, an optional date, the agency in brackets, a dash. */
const DATELINE_AGENCY = /(?:^|(?<=\n))[ \t]*(?:THE[ \t]+)?\p{Lu}[\p{Lu}.'’ -]*(?:,[^\n(]{0,40})?[ \t]*\(([^()\n]{2,40})\)[ \t]*(?:--|[-_–—])/gu;
/** How far into the text a dateline may start (after a headline and byline). */
const OPENING = 1500;

/** The last text creditSpans read and its answer: the entities and the facts stage both ask of each document. */
let lastCredits: { text: string; spans: readonly Span[] } | null = null;

/** The spans of the text that credit the story: its credit lines and its dateline's agency. */
export function creditSpans(text: string): readonly Span[] {
  if (lastCredits?.text === text) return lastCredits.spans;
  const out: Span[] = [];
  for (const m of text.matchAll(CREDIT_LINE)) out.push({ start: m.index, end: m.index + m[0].length });
  // a dateline lies on one line (no part of the pattern crosses one): one starting by OPENING ends
  // before the first line break after it, and the rest of a long text need not be scanned
  const lineEnd = text.indexOf('\n', OPENING);
  for (const m of (lineEnd < 0 ? text : text.slice(0, lineEnd)).matchAll(DATELINE_AGENCY)) {
    if (m.index > OPENING) break;
    const start = m.index + m[0].lastIndexOf(`(${m[1]})`) + 1;
    out.push({ start, end: start + m[1].length });
  }
  const spans = Object.freeze(out.sort((a, b) => a.start - b.start));
  lastCredits = { text, spans };
  return spans;
}

/** Whether a span lies inside one of the credit spans. */
export function inCredit(credits: readonly Span[], s: Span): boolean {
  return credits.some((c) => c.start <= s.start && s.end <= c.end);
}

/** The mentions with those inside a credit line or dateline agency marked with the role "credit". */
export function markCredits(text: string, mentions: Mention[]): Mention[] {
  const credits = creditSpans(text);
  if (!credits.length) return mentions;
  return mentions.map((m) => (inCredit(credits, m) ? { ...m, role: 'credit' as const } : m));
}

/** A credit clause's start up to the mention: "Editing by ", "Reporting by A and ". */
const CLAUSE_BEFORE = new RegExp(String.raw`(?:^|[(;]\s*)${CLAUSE_WORDS}\s+([^;()\n]*)$`, 'iu');
/** Earlier names of the same clause and their joiners: capitalised words, commas, "and", "&". */
const NAMES_SO_FAR = /^(?:\p{Lu}[\p{L}'’.-]*|,|and|&|\s)*$/u;

/** The mentions with the credit-line people made persons, and those persons (settled by the clause). */
export function typeCreditNames(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.map((m) => {
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const c = CLAUSE_BEFORE.exec(text.slice(Math.max(lineStart, m.start - 160), m.start));
    if (!c || !NAMES_SO_FAR.test(c[1])) return m;
    const person: Mention = m.type === 'PER' ? m : { ...m, type: 'PER' };
    settled.add(person);
    return person;
  });
  return { mentions: out, settled };
}
