// An event's participants through the document's coreference: a description or pronoun ("a
// 34-year-old man", "the man", "he") that the speaker step's resolver (the one `eval entity-coref`
// measures) ties to a name carries that name as its referent, and one participant told in several
// words is listed once in the event, under the words the event's sentence uses first (a description
// renamed by the name after its comma, "the ministry's spokesman, Ivan Petrov", is that person). Words that
// stand for nobody the document names are left out where they tell a reader nothing: a pronoun, and a
// headline's shorthand ("Man arrested at airport") for an event the body tells.
import type { EventRecord, EventRole, Mention, Span } from '../../../types.js';
import { firstTokenAtOrAfter, sentenceOfToken, tokensCovering, type DocumentContext } from '../../context/document.js';
import type { SpeakerResolver } from '../../reference/resolver.js';
import { headOfSpan, wordAt, wordsInSpan } from '../../syntax/query.js';

/** Determiners that introduce someone new ("a man") or point back at someone met ("the man"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

interface Participant {
  role: EventRole;
  /** The entity the role names or stands for; null when the coreference finds none. */
  entity: string | null;
}

/** Each event with its actors and targets resolved (see above). */
export function withRoleReferents<E extends EventRecord>(ctx: DocumentContext, speakers: SpeakerResolver, events: E[]): E[] {
  // descriptions an earlier event named ("a 34-year-old man" → Dmytro Karpenko), for a pronoun after them
  // (read in text order, whatever order the events are listed in)
  const described: Participant[] = [];
  const out = [...events];
  const inTextOrder = events.map((e, i) => ({ e, i })).sort((x, y) => x.e.trigger.start - y.e.trigger.start);
  for (const { e, i } of inTextOrder) {
    const told = { inBody: !inHeading(ctx, e.sentence) };
    const actors = resolveRoles(ctx, speakers, e.actors, told, [], described);
    // someone already among the actors is not listed again as a target
    const targets = resolveRoles(ctx, speakers, e.targets, told, actors, described);
    for (const p of [...actors, ...targets]) if (p.entity && p.role.referent && INDEFINITE.has(firstWord(p.role))) described.push(p);
    out[i] = { ...e, actors: actors.map((p) => p.role), targets: targets.map((p) => p.role) };
  }
  return out;
}

function resolveRoles(ctx: DocumentContext, speakers: SpeakerResolver, roles: EventRole[], told: { inBody: boolean }, listed: Participant[], described: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const role of roles) {
    const found = participant(ctx, speakers, role);
    const p = found.entity === null ? (describedBefore(ctx, described, role) ?? found) : found;
    if (p.entity && listed.some((q) => q.entity === p.entity)) continue;
    const same = p.entity ? out.find((q) => q.entity === p.entity) : undefined;
    if (same) {
      // "he … Karpenko": the name reads better than the pronoun that stood for it
      if (same.role.referent && isPronoun(ctx, same.role) && !p.role.referent) same.role = p.role;
      continue;
    }
    // "a 34-year-old man … the man (named as X)", "three men … the men": a definite description points
    // back at the indefinite one with its head noun; the first words the event used stay, with the name if any
    // (a name of its own, "the Court", is listed as itself)
    const introduced = p.entity && !p.role.referent ? undefined : out.find((q) => q.entity === null && repeatsHead(ctx, q.role, p.role));
    if (introduced) {
      if (p.role.referent && p.entity) {
        introduced.role = { ...introduced.role, referent: p.role.referent };
        introduced.entity = p.entity;
      }
      continue;
    }
    if (sameByHeadNoun(ctx, out, p)) continue;
    if (p.entity === null && tellsNothing(ctx, role, told)) continue;
    out.push(p);
  }
  return out;
}

/**
 * "The Riga District Court … the court": a definite description whose head noun is the head noun of a
 * name among the event's participants is that name's participant, when no other name the document
 * gives has that head noun. Folds p into the one listed (the first words stay, with the name) and says
 * whether it did.
 */
function sameByHeadNoun(ctx: DocumentContext, out: Participant[], p: Participant): boolean {
  const described = (q: Participant) => q.entity === null && DEFINITE.has(firstWord(q.role));
  const named = (q: Participant) => q.entity !== null && !q.role.referent;
  for (const q of out) {
    const [name, description] = described(p) && named(q) ? [q, p] : named(p) && described(q) ? [p, q] : [null, null];
    if (!name || !description) continue;
    const noun = headNoun(ctx, description.role);
    if (noun === null || noun !== headNoun(ctx, name.role) || !onlyNameWithHead(ctx, noun, name.entity!)) continue;
    if (description === q) {
      q.role = { ...q.role, referent: { start: p.role.start, end: p.role.end, name: p.role.text } };
      q.entity = p.entity;
    }
    return true;
  }
  return false;
}

/** The lower-cased lemma of a span's head word when it is a noun (common or in a name), else null. */
function headNoun(ctx: DocumentContext, span: Span): string | null {
  const syn = ctx.syntax;
  const h = syn ? headOfSpan(syn, span) : null;
  return h !== null && (syn!.words[h].upos === 'NOUN' || syn!.words[h].upos === 'PROPN') ? syn!.words[h].lemma.toLowerCase() : null;
}

/** Whether every person or organisation name the document gives with this head noun is the entity's. */
function onlyNameWithHead(ctx: DocumentContext, noun: string, entity: string): boolean {
  return ctx.mentions.every((m) => (m.type !== 'PER' && m.type !== 'ORG') || m.entityId === entity || headNoun(ctx, m) !== noun);
}

/**
 * Whether a role that stands for nobody the document names would only puzzle a reader: a lone
 * pronoun ("after he was arrested", its name given only later), or a headline's words when the body
 * tells the event (a headline's "Man" is the body's "a 34-year-old man").
 */
function tellsNothing(ctx: DocumentContext, role: EventRole, told: { inBody: boolean }): boolean {
  const syn = ctx.syntax;
  const words = syn ? wordsInSpan(syn, role) : [];
  if (words.length === 1 && syn!.words[words[0]].upos === 'PRON') return true;
  return told.inBody && inHeading(ctx, role);
}

/** Whether a span starts in the title or a heading. */
function inHeading(ctx: DocumentContext, span: Span): boolean {
  return ctx.headingSent[sentenceOfToken(ctx, firstTokenAtOrAfter(ctx.toks, span.start))] === 1;
}

/** The role with its referent, and the entity it names (its own name, or the one its words resolve to). */
function participant(ctx: DocumentContext, speakers: SpeakerResolver, role: EventRole): Participant {
  const own = ownName(ctx, role);
  if (own) return { role, entity: own };
  const { a, b } = tokensCovering(ctx.toks, role);
  // "the ministry's spokesman, Ivan Petrov": the resolver reads the description with the name it
  // renames (the parser does not always hang that name from it as an apposition)
  const name = apposedName(ctx, role);
  const renamed = name ? speakers.resolve(a, firstTokenAtOrAfter(ctx.toks, name.end)) : null;
  if (renamed && renamed.kind !== 'description' && renamed.entityId && overlaps(renamed.span, name!)) {
    return { role: { ...role, referent: { start: renamed.span.start, end: renamed.span.end, name: renamed.name } }, entity: renamed.entityId };
  }
  const r = b > a ? speakers.resolve(a, b) : null;
  // only a person or body named outside the role's words: a name inside them is the role's own business
  // ("migrants intercepted in Mauritania" are not Mauritania)
  if (!r || r.kind === 'description' || !r.entityId || overlaps(r.span, role)) return { role, entity: null };
  return { role: { ...role, referent: { start: r.span.start, end: r.span.end, name: r.name } }, entity: r.entityId };
}

/**
 * "Spain extradited a 34-year-old man …, a year after he was arrested": a lone he or she the resolver
 * ties to nobody is the person described earlier in its sentence, when that description is named
 * (an earlier event's participant with a referent) and no person is named between them.
 */
function describedBefore(ctx: DocumentContext, described: Participant[], role: EventRole): Participant | null {
  const syn = ctx.syntax;
  const words = syn ? wordsInSpan(syn, role) : [];
  if (words.length !== 1 || !PERSONAL.has(syn!.words[words[0]].text.toLowerCase())) return null;
  const sentence = sentenceOfToken(ctx, firstTokenAtOrAfter(ctx.toks, role.start));
  let nearest: Participant | null = null;
  for (const d of described) {
    if (d.role.end > role.start || sentenceOfToken(ctx, firstTokenAtOrAfter(ctx.toks, d.role.start)) !== sentence) continue;
    if (!nearest || d.role.start > nearest.role.start) nearest = d;
  }
  if (!nearest || ctx.mentions.some((m) => m.type === 'PER' && m.start >= nearest!.role.end && m.end <= role.start)) return null;
  return { role: { ...role, referent: nearest.role.referent }, entity: nearest.entity };
}

/** Pronouns for one person, in any case. */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Text that closes an apposition: a comma, the sentence's end or a bracket, not a list's "and"/"or". */
const CLOSES_APPOSITION = /^\s*(?:[,.;:)]|$)/u;
const LIST_GOES_ON = /^\s*,?\s*(?:and|or)\s/iu;
/** Characters read after a role or name for the apposition's punctuation. */
const NEAR = 16;

/** Whether a role describes with a common noun ("the ministry's spokesman"), not a name or pronoun. */
function describes(ctx: DocumentContext, role: EventRole): boolean {
  const syn = ctx.syntax;
  const h = syn ? headOfSpan(syn, role) : null;
  return h !== null && syn!.words[h].upos === 'NOUN' && !ctx.mentions.some((m) => m.start <= syn!.words[h].start && syn!.words[h].end <= m.end);
}

/** The person's name set off by commas right after a describing role: "the spokesman, Ivan Petrov, …". */
function apposedName(ctx: DocumentContext, role: EventRole): Mention | null {
  const comma = /^\s*,\s*/u.exec(ctx.text.slice(role.end, role.end + NEAR));
  if (!comma || !describes(ctx, role)) return null;
  const m = ctx.mentions.find((x) => x.start === role.end + comma[0].length);
  if (!m || m.type !== 'PER') return null;
  const after = ctx.text.slice(m.end, m.end + NEAR);
  return CLOSES_APPOSITION.test(after) && !LIST_GOES_ON.test(after) ? m : null;
}

/** The entity of a person or organisation whose name is the whole role ("Dmytro Karpenko", "the FBI"). */
function ownName(ctx: DocumentContext, role: EventRole): string | null {
  const m = ctx.mentions.find((x) => x.start < role.end && role.start < x.end);
  if (!m || (m.type !== 'PER' && m.type !== 'ORG') || !m.entityId || m.end < role.end) return null;
  const before = ctx.text.slice(role.start, Math.max(role.start, m.start)).trim().toLowerCase();
  return before === '' || DEFINITE.has(before) ? m.entityId : null;
}

/** Is `later` a definite description whose head noun repeats that of `earlier`, an indefinite or counted one ("a man", "three men")? */
function repeatsHead(ctx: DocumentContext, earlier: EventRole, later: EventRole): boolean {
  const syn = ctx.syntax;
  if (!syn || !DEFINITE.has(firstWord(later))) return false;
  const first = wordAt(syn, earlier.start);
  if (!INDEFINITE.has(firstWord(earlier)) && (first === null || syn.words[first].upos !== 'NUM')) return false;
  const h1 = headOfSpan(syn, earlier);
  const h2 = headOfSpan(syn, later);
  return h1 !== null && h2 !== null && syn.words[h1].upos === 'NOUN' && syn.words[h1].lemma.toLowerCase() === syn.words[h2].lemma.toLowerCase();
}

function isPronoun(ctx: DocumentContext, role: EventRole): boolean {
  const syn = ctx.syntax;
  const h = syn ? headOfSpan(syn, role) : null;
  return h !== null && syn!.words[h].upos === 'PRON';
}

const firstWord = (r: EventRole) => r.text.trimStart().split(/\s+/, 1)[0].toLowerCase();
const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
