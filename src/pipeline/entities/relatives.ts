// Relatives introduced by first name: "introduced by his son Nick", "his wife Sandra", "Elian's
// mother Elizabeth" (persons, whatever the tagger typed them). The parse attaches the name to a
// kinship noun (data/kinship.txt) owned by a pronoun or a name. A pronoun's person is the one the
// speaker step's coreference resolves it to (what `eval entity-coref` measures: gender, salience,
// recency), not merely the nearest full name, and the relative takes that person's family name
// ("Nick" → Nick Howard), so he is neither his father nor a namesake; where it resolves the pronoun
// to nobody named in full, the relative gets no family name. A name owner gives the last word of the
// full name the article gives that person ("Elian's mother" after "Elian Gonzalez"), else no family
// name (a lone first name is not a surname). A full name renaming a kinship noun ("his sister Katie
// Hale", "his father, club coach Greg Hale") is marked the relative of the namesake it is introduced
// through: resolution gives a bare surname they share to that namesake, where it is still a candidate.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { Doc, Mention, Segmentation, Span, Syntax } from '../../types.js';
import { dependents, headOfSpan, wordAt } from '../syntax/query.js';
import { surnameOf } from './names.js';
import { buildDocumentContext, firstTokenAtOrAfter } from '../context/document.js';
import { SpeakerResolver } from '../reference/resolver.js';
import { lineParagraphs } from '../segment/line-paragraphs.js';

/** The full name of the person a possessive pronoun ("his", "her") stands for, or null where it cannot tell. */
export type PossessorOf = (mentions: Mention[], pronoun: Span) => string | null;

/**
 * The speaker step's pronoun resolution over a plain text (paragraphs are its lines, as the
 * extractor writes them), built once for the mentions it is first asked about.
 */
export function speakerPossessor(text: string, seg: Segmentation, syn: Syntax): PossessorOf {
  let built: { mentions: Mention[]; resolver: SpeakerResolver } | undefined;
  return (mentions, pronoun) => {
    if (built?.mentions !== mentions) {
      const doc: Doc = { id: '', text, title: '', sources: [], removed: [], paragraphs: lineParagraphs(text),
        meta: { authors: [], publisher: null, dateline: null, published: { value: null, precision: 'none' } } };
      built = { mentions, resolver: new SpeakerResolver(buildDocumentContext(doc, seg, mentions, [], [], syn)) };
    }
    const at = firstTokenAtOrAfter(seg.tokens, pronoun.start);
    const r = built.resolver.resolve(at, at + 1);
    return r && r.kind === 'person' ? r.name : null;
  };
}

let shipped: Set<string> | undefined;

export function shippedKinship(): Set<string> {
  shipped ??= new Set(
    readFileSync(projectPath('data', 'kinship.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return shipped;
}

/** Relations by which a name renames the noun it hangs on ("his son Nick", "his son, Nick"). */
const NAMING = new Set(['appos', 'flat', 'compound', 'nmod']);

export function nameRelatives(mentions: Mention[], syn: Syntax, possessorOf: PossessorOf, kinship: Set<string> = shippedKinship()): Mention[] {
  if (syn.words.length === 0) return mentions;
  return mentions.map((m, i) => {
    if (m.title) return m;
    const w = wordAt(syn, m.start);
    if (w === null) return m;
    if (/\s/.test(m.text)) {
      const through = m.type === 'PER' ? namesakeOwner(mentions, m, w, syn, possessorOf, kinship) : null;
      return through ? { ...m, relativeOf: through } : m;
    }
    const kin = kinNoun(syn, w, kinship);
    if (kin === null) {
      // "a 3-year-old daughter Ava", "the stepson Sholto": a lone name right after a kinship noun
      // is the relative, a person, though no one owns the noun to give a family name
      return m.type !== 'PER' && m.type !== 'MISC' && !m.typeSettled && afterKinNoun(syn, w, kinship) ? { ...m, type: 'PER' as const } : m;
    }
    // "his son Nick" is a person whatever the tagger made of the lone first name
    const person = m.type === 'PER' ? m : { ...m, type: 'PER' as const };
    const owner = syn.words[kin.owner].upos === 'PRON' ? familyNameOf(possessorOf(mentions, syn.words[kin.owner])) : namedOwner(mentions, syn.words[kin.owner].start);
    return owner ? { ...person, familyName: owner } : person;
  });
}

/**
 * The full name of the namesake through whom the article introduces a full name renaming a kinship
 * noun ("Tom Hale … his sister Katie Hale" → "Tom Hale"): the kinship noun's owner, where it bears
 * the same family name; else null. An owner the article writes by first name alone ("Tavi's father
 * Pablo Hale") does not count: the article calls that person by first name, so the surname may well
 * mean the relative.
 */
function namesakeOwner(mentions: Mention[], m: Mention, first: number, syn: Syntax, possessorOf: PossessorOf, kinship: Set<string>): string | null {
  const head = headOfSpan(syn, m);
  const kin = head === null ? null : kinNoun(syn, head, kinship, first);
  if (!kin) return null;
  const owner = syn.words[kin.owner];
  const possessor = owner.upos === 'PRON' ? possessorOf(mentions, owner)?.replace(/[’']s$/, '').split(/\s+/) : null;
  const name = possessor ? (possessor.length >= 2 ? possessor : null) : isFirstNameAlone(mentions, owner.start) ? null : namedOwnerName(mentions, owner.start);
  return name !== null && surnameOf(name).toLowerCase() === surnameOf(m.text.split(/\s+/)).toLowerCase() ? name.join(' ') : null;
}

/** Whether the name at `at` is one word that opens a full person name of the article ("Tavi" of "Tavi Hale"). */
function isFirstNameAlone(mentions: Mention[], at: number): boolean {
  const p = mentions.find((x) => x.start <= at && at < x.end);
  const word = p?.text.replace(/[’']s$/, '');
  return !!word && !/\s/.test(word) && mentions.some((x) => x.type === 'PER' && x.text.startsWith(`${word} `));
}

/** Whether the word right before word w, with nothing but a space between, is a lower-case kinship noun. */
function afterKinNoun(syn: Syntax, w: number, kinship: Set<string>): boolean {
  const before = syn.words[w - 1];
  return before !== undefined && before.upos === 'NOUN' && /^\p{Ll}+$/u.test(before.text) && kinship.has(before.text) && before.end < syn.words[w].start;
}

/** The kinship noun a name renames (by the parse, through a coordination: "Larissa and Sholto")
 *  and the word that owns it: a pronoun ("his son") or a name ("Elian's mother"). With `viaRole`,
 *  also through a role the name, whose first word `roleFrom` is, is given between them ("his father,
 *  club coach Greg Hale"). */
function kinNoun(syn: Syntax, w: number, kinship: Set<string>, roleFrom?: number): { noun: number; owner: number } | null {
  const own = w;
  let word = syn.words[w];
  // "Lee's aunt": the name owns the kinship noun, it does not rename it (a bare surname so read
  // took its own surname twice, "Lee Lee"); but where a full name of that surname renames the noun
  // ("Lee's daughter, the painter Ana Lee") the owner is her namesake, kept apart as before
  if (word.deprel === 'nmod:poss' && !renamedByNamesake(syn, w)) return null;
  if (word.deprel === 'conj' && word.head >= 0) word = syn.words[(w = word.head)];
  const candidates: number[] = [];
  // a misparsed conjunct ("… and dreams of Elian's mother Elizabeth") still follows its noun
  if (own !== w && own > 0) candidates.push(own - 1);
  // a name after a preposition is where the relative is, not what he is called ("his father in Havana")
  if (dependents(syn, w, 'case').length > 0) return null;
  if (NAMING.has(word.deprel.split(':')[0]) && word.head >= 0) candidates.push(word.head);
  // The parse sometimes hangs the name elsewhere ("his wife Sandra" as two objects): the word
  // just before, when it is a kinship noun with a possessive pronoun, is the noun it renames.
  if (w > 0) candidates.push(w - 1);
  if (roleFrom !== undefined) candidates.push(...beforeRole(syn, w, roleFrom));
  const isKin = (i: number) => kinship.has(syn.words[i].lemma.toLowerCase()) || kinship.has(syn.words[i].text.toLowerCase());
  const ownerOf = (c: number) => syn.words.findIndex((d) => d.head === c && d.deprel === 'nmod:poss' && (d.upos === 'PRON' || d.upos === 'PROPN'));
  for (const c of candidates) {
    if (!isKin(c)) continue;
    let owner = ownerOf(c);
    // "his mother … and sister Katie Hale": a second kinship noun shares the first's owner
    if (owner < 0 && roleFrom !== undefined) owner = ownerOfFirstConjunct(syn, c, isKin, ownerOf);
    if (owner >= 0) return { noun: c, owner };
  }
  return null;
}

/** Words after a kinship noun in which a name renaming it is looked for ("daughter, the painter Ana Lee"). */
const RENAMING_REACH = 5;

/** Owner word w's kinship noun (its head) is followed, within a few words, by the owner's own word again: a namesake renames it. */
function renamedByNamesake(syn: Syntax, w: number): boolean {
  const kin = syn.words[w].head;
  if (kin < 0) return false;
  for (let k = kin + 1; k < syn.words.length && k <= kin + RENAMING_REACH; k++) if (syn.words[k].upos === 'PROPN' && syn.words[k].text === syn.words[w].text.replace(/[’']s?$/, '')) return true;
  return false;
}

/**
 * The owner of the kinship noun a bare one is coordinated with ("his mother Alice Hale, 58, and
 * sister Katie Hale"): the noun has "and"/"or" and no determiner of its own, and the nearest kinship
 * noun before it in its clause (no verb between; the parse may hang the conjunct elsewhere) has an
 * owner; else -1.
 */
function ownerOfFirstConjunct(syn: Syntax, c: number, isKin: (i: number) => boolean, ownerOf: (i: number) => number): number {
  if (dependents(syn, c, 'cc').length === 0 || dependents(syn, c, 'det').length > 0) return -1;
  for (let k = c - 1; k >= 0 && syn.words[k].head >= 0; k--) {
    const upos = syn.words[k].upos;
    if (upos === 'VERB' || upos === 'AUX') return -1;
    if (isKin(k)) return ownerOf(k);
  }
  return -1;
}

/**
 * The words a kinship noun may stand on before a role the name (head `w`, first word `nameStart`) is
 * given ("his father, club coach Greg Hale"): the word before the role noun right before the name
 * that the parse joins to it (with its compound words; a comma between skipped), and the head of the
 * noun the name renames by the parse ("his father, coach Greg Hale" read as two appositions).
 */
function beforeRole(syn: Syntax, w: number, nameStart: number): number[] {
  const out: number[] = [];
  const word = syn.words[w];
  if (NAMING.has(word.deprel.split(':')[0]) && word.head >= 0) {
    const role = syn.words[word.head];
    if (NAMING.has(role.deprel.split(':')[0]) && role.head >= 0) out.push(role.head);
  }
  const role = nameStart - 1;
  if (role < 0 || syn.words[role].upos !== 'NOUN' || (syn.words[role].head !== nameStart && syn.words[role].head !== w && word.head !== role)) return out;
  let first = role;
  while (first > 0 && syn.words[first - 1].head === role && syn.words[first - 1].deprel === 'compound') first--;
  const before = first - 1 >= 0 && syn.words[first - 1].text === ',' ? first - 2 : first - 1;
  if (before >= 0) out.push(before);
  return out;
}

/** Family name of the person a possessive name is ("Clinton's wife", "Elian's mother"): the last
 *  word of that person's full name in the article (the name itself, or one whose first or last word
 *  it is); a name not typed a person, or one the article never gives in full, gives none. */
function namedOwner(mentions: Mention[], at: number): string | null {
  return namedOwnerName(mentions, at)?.at(-1) ?? null;
}

/** The words of the full name the article gives the person a possessive name is (see namedOwner). */
function namedOwnerName(mentions: Mention[], at: number): string[] | null {
  const p = mentions.find((x) => x.start <= at && at < x.end);
  if (!p || p.type !== 'PER' || p.familyName) return null;
  const words = (m: Mention) => m.text.replace(/[’']s$/, '').split(/\s+/);
  const own = words(p);
  const full = own.length >= 2 ? own : mentions.filter((m) => m.type === 'PER' && !m.familyName && !m.title).map(words).find((w) => w.length >= 2 && (w[0] === own[0] || w.at(-1) === own[0]));
  return full ?? null;
}

/** The surname of a full name ("Peter Holm" → "Holm", "Peter Holm III" → "Holm"); a single word is no family name. */
function familyNameOf(name: string | null): string | null {
  const words = name?.replace(/[’']s$/, '').split(/\s+/) ?? [];
  return words.length >= 2 ? surnameOf(words) : null;
}
