// Who a phrase refers to, within its document: the coreference that the quote stage uses for
// speakers, the event stage for parties and the entity stage for a relative's owner ("his son"),
// so it belongs to none of them. A phrase resolves as follows:
//  - a name → its mention's entity (canonical name: "Mr Clarke" → "Charles Clarke");
//  - he / she / they / it → the nearest compatible antecedent (a small coreference step: gender
//    from titles, number, and salience: who spoke or was a sentence's subject recently);
//  - "the home secretary" → the person the article names with that title;
//  - "a spokesman for X", "X's lawyer" → stays a description, tied to X;
//  - a nameless source stays described, never invented.
import type { Mention, Span } from '../../types.js';
import { lastStartingAtOrBefore, type DocumentContext } from '../context/document.js';
import { ANONYMOUS_SOURCE_HEADS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS, PERSON_NOUNS } from '../lexicons/nouns.js';
import { SPEECH_VERBS } from '../lexicons/attribution.js';
import { DETERMINERS, PREPOSITIONS, isPunct } from '../context/phrases.js';
import { isBusinessWord, isCollectiveWord, isCommunicationVerb, isGovernmentBodyWord, isMembershipGroupWord, isPersonItself, isPersonWord } from '../senses/word-senses.js';
import { organisationKinds, singular } from './kind-evidence.js';
import { countryOf, organisationCountries } from './organisation-countries.js';
import { renamedBy } from './renamed.js';
import { pronounGenders } from './gender-evidence.js';
import { givenNameGender, givenNameGenderWithForms } from './given-name-gender.js';
import { clauseSubjectTokens } from './clause-owner.js';
import { boundSubjectTokens } from './bound-subject.js';
import { clauseOf, headOfSpan, nounPhraseSpan, subjects, wordOfToken } from '../syntax/query.js';
import type { TokenRange } from './phrase-tokens.js';
import { surnameReferences } from './surname-refs.js';
import { lastIssuerOf } from './issuer.js';
import { isDocumentNoun } from './document-nouns.js';
import { isWrittenWordsNoun, issuerTiedToDocument } from './document-issuer.js';
import { isPublicationNoun } from './publication-nouns.js';
import { commonNounFirst, installedWordNet } from '../lexicons/wordnet.js';
import { isBodyNoun } from '../senses/body-nouns.js';
import { FEMALE_TITLES, MALE_TITLES } from './title-genders.js';
import { writesTokensApart } from '../segment/spaced-hyphens.js';
import { addsAThingAt } from './added-object.js';
import { subjectPronounOf } from './subject-pronoun.js';
import { surnameOf } from '../entities/names.js';
import { toldKilled } from './killed-person.js';
import { describedSubjectBefore } from './described-subject.js';

export interface ResolvedSpeaker {
  /** Canonical name of the entity, or the description as written. */
  name: string;
  /** The source as written ("he", "Mr Clarke", "a spokesman for the ministry"). */
  text: string;
  /** The source as written, in the text. */
  sourceSpan: Span;
  /** The mention that names the speaker (an antecedent for a pronoun), else sourceSpan. */
  span: Span;
  entityId?: string;
  kind: 'person' | 'org' | 'description';
  /** For a description tied to a body or person ("a spokesman for X"): X. */
  speaksFor?: { name: string; entityId?: string };
  /** A role its owner's words name ("his lawyer", "the company's spokesman"): never some nearer named person. */
  ownedRole?: boolean;
  /** A description that goes back to one the article introduced without a name ("a senior official" … "the official"): never some nearer named person either. */
  introduced?: boolean;
}

const NOBODY: ReadonlySet<string> = new Set();
/** Subject pronouns for one person of a known gender. */
const PERSONAL_GENDERED: ReadonlySet<string> = new Set(['he', 'she']);
/** Words of a title before a name, at most ("Secretary of the Interior", "Lt. Gen."). */
const MAX_TITLE_WORDS = 6;
/** Titles that are not part of a name (a peer's "Lord" is). */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'judge', 'president', 'chancellor']);
/** Two to four capitals: an office's initials, written before a surname as a title. */
const OFFICE_INITIALS = /^\p{Lu}{2,4}$/u;

/** A name's words without honorifics, nor an office's initials before a surname ("ADA Fairman", "DA Roe"), which title the person as "Mr" does. */
function nameWithoutTitles(words: string[]): string[] {
  return words.filter((w, k) => !HONORIFICS.has(w.toLowerCase()) && !(k === 0 && words.length === 2 && OFFICE_INITIALS.test(w)));
}
/** Words that make a different office of a title ("shadow chancellor" is not the chancellor). */
const TITLE_MODIFIERS = new Set(['shadow', 'deputy', 'vice', 'former', 'ex', 'junior', 'assistant', 'acting', 'interim', 'associate']);
/** "one of the sources": the phrase starts at the quantifier. */
const QUANTIFIERS = new Set(['one', 'some', 'each', 'all', 'both', 'many', 'most', 'several', 'none', 'two', 'three']);
/** "a spokesman", "one analyst": someone, not the one the article names in that role. */
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'another']);
/** Determiners of a document already met ("the statement", "that letter"). */
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
const TIE_WORDS = new Set(['for', 'of', 'at', 'to', 'from', 'in', 'with', 'close']);
/** Possessives of a body: they belong to their clause's subject when it is one. */
const OWNER_PRONOUNS = new Set(['its', 'their']);
/** Pronouns that own the noun after them ("his lawyer", "its chairman"). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Pronouns that open a relative clause about the noun before them. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
const AUX_BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s']);
/** Pronouns for one person or thing, or the speaker and the addressed: not the group a "they" is. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'i', 'we', 'you']);
const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', she: 'f', her: 'f' };
/** Pronouns a body is referred to by. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself', 'they', 'them', 'their', 'themselves', 'we']);
/**
 * Possessive, object and reflexive forms refer as their subject form does ("its chief executive",
 * "their spokesman", "the board backed him"): a phrase may be read at any of them.
 */
const PRONOUN_SUBJECT: Record<string, string> = {
  his: 'he', him: 'he', himself: 'he', her: 'she', hers: 'she', herself: 'she',
  its: 'it', itself: 'it', them: 'they', their: 'they', theirs: 'they', themselves: 'they',
};

export class SpeakerResolver {
  /** Speakers so far, by where they spoke: salience for pronouns. */
  private spoken: Array<{ at: number; speaker: ResolvedSpeaker }> = [];
  /** Speakers the article describes without a name ("a Sun spokesman"), by where they spoke. */
  private described: Array<{ at: number; speaker: ResolvedSpeaker }> = [];
  /** Named people who spoke as a title of two or more words ("the prime minister"), by those words as written: the first one met. */
  private readonly titleSpoken = new Map<string, ResolvedSpeaker>();
  private genderOf = new Map<string, 'm' | 'f'>();
  /** People whose gender comes only from their first name (givenNameGender). */
  private nameGendered = new Set<string>();
  /** Per mention: the mention naming the same person in full (fullNameOf), and its name's words. */
  private fullNames = new Map<Mention, Mention>();
  private partsOf = new Map<Mention, string[]>();
  /** Countries the article writes in front of its organisations, built when a description needs them. */
  private orgCountries: Map<string, Set<string>> | undefined;
  /** The nouns the article gives its organisations (names and descriptors), built when a description needs them. */
  private orgKinds: Map<string, Set<string>> | undefined;
  /** Untagged bare surnames of people named in full ("says Early"), by token. */
  private readonly refAt = new Map<number, Mention>();
  /** The mentions with those references among them, in text order: the antecedent candidates. */
  private readonly candidates: Mention[];

  /** The text arrives tokenised ("a co - worker"): descriptions are given as written together. */
  private readonly tokensApart: boolean;
  /** A sentence's subject he / she by token: whom it stands for (pronounReferent). */
  private readonly referents = new Map<number, ResolvedSpeaker | null>();
  /** People the phrase being resolved cannot stand for: those its words name (resolveSaying). */
  private namedInWords: ReadonlySet<string> = NOBODY;

  constructor(private readonly ctx: DocumentContext) {
    this.tokensApart = writesTokensApart(ctx.text);
    const refs = [...surnameReferences(ctx), ...this.titleReferences()];
    for (const r of refs) this.refAt.set(this.tokenAt(r.start), r);
    this.candidates = refs.length ? [...ctx.mentions, ...refs].sort((x, y) => x.start - y.start) : ctx.mentions;
    // gender from titles in front of any mention of an entity
    for (const m of ctx.mentions) {
      if (!isPerson(m)) continue;
      const i = this.tokenAt(m.start);
      // a title is written with a capital: "I will miss Steve" says nothing of Steve
      const titleAt = (k: number) => (k >= 0 && /^\p{Lu}/u.test(ctx.toks[k].text) ? ctx.low[k] : '');
      const before = titleAt(i - 1);
      // a mention's own first word is a title only with a name after it: a lone "King" or "Prince" is a surname
      const first = this.tokenAt(m.end - 1) > i ? titleAt(i) : '';
      const g = MALE_TITLES.has(first) || MALE_TITLES.has(before) ? 'm' : FEMALE_TITLES.has(first) || FEMALE_TITLES.has(before) ? 'f' : undefined;
      const full = this.fullNameOf(m);
      const key = full.entityId ?? full.canonical ?? full.text;
      if (g && !this.genderOf.has(key)) this.genderOf.set(key, g);
    }
    // then from the article's own pronouns where the parse says whom they are ("Hale said he …"):
    // without it a name with no title had no gender, and "she" could go to a man
    const keyOf = (m: Mention) => {
      const full = this.fullNameOf(m);
      return full.entityId ?? full.canonical ?? full.text;
    };
    for (const [key, g] of pronounGenders(ctx, keyOf)) if (!this.genderOf.has(key)) this.genderOf.set(key, g);
    // last, what news at large uses the first name of a full name for ("Tom Hale"): a lone name
    // ("Hale", "Jordan") may be a surname, and says nothing
    for (const m of ctx.mentions) {
      if (!isPerson(m)) continue;
      const key = keyOf(m);
      const parts = this.nameParts(this.fullNameOf(m));
      const g = parts.length >= 2 ? givenNameGenderWithForms(parts[0]) : undefined;
      if (!g || this.genderOf.has(key)) continue;
      this.genderOf.set(key, g);
      this.nameGendered.add(key);
    }
  }

  /**
   * Whether a person the article gives one gender is who a subject he / she of the other stands
   * for (an object "her" read as a speaker phrase is the rules' slip, not the speaker's gender).
   */
  contradictsPronoun(s: ResolvedSpeaker, pronoun: string): boolean {
    return this.contradictsGender(s, pronoun === 'he' || pronoun === 'she' ? PRONOUN_GENDER[pronoun] : undefined);
  }

  /**
   * Whether "he" or "she" surely went to this speaker: a description it went back to ("a relative"),
   * or a person the article gives that gender; a name of no known gender (a place typed a person) is no sure antecedent.
   */
  agreesWithPronoun(s: ResolvedSpeaker, pronoun: string): boolean {
    if (s.kind === 'description') return true;
    const want = pronoun === 'he' || pronoun === 'she' ? PRONOUN_GENDER[pronoun] : undefined;
    return s.kind === 'person' && !!want && this.genderOf.get(s.entityId ?? s.name) === want;
  }

  /** Whether a person the article gives one gender is who a description of the other is ("the woman", "a local man"). */
  contradictsDescription(s: ResolvedSpeaker, description: ResolvedSpeaker): boolean {
    return this.contradictsGender(s, description.kind === 'description' ? nounGender(description.text) : undefined);
  }

  /** Whether a person the article gives one gender is told of with the other (`want`; nothing when unknown). */
  private contradictsGender(s: ResolvedSpeaker, want: string | undefined): boolean {
    const g = s.kind === 'person' ? this.genderOf.get(s.entityId ?? s.name) : undefined;
    return !!want && !!g && g !== want;
  }

  remember(s: ResolvedSpeaker, at: number): void {
    if (s.kind !== 'description') this.spoken.push({ at, speaker: s });
    // only one the article introduces as someone new ("a Sun spokesman"): a definite description
    // ("the retired neurosurgeon") names someone already met, whom the salience rules find
    else if (INDEFINITE.has(s.text.split(/\s+/, 1)[0].toLowerCase()) && describedPerson(s.text)) this.described.push({ at, speaker: s });
    // "the prime minister" as a named person's words: the first person so titled keeps the title
    const written = s.text.toLowerCase().split(/\s+/);
    const title = written.join(' ');
    if (s.kind === 'person' && written[0] === 'the' && written.length > 2 && written.length <= 4 && endsTitle(written[written.length - 1]) && !this.titleSpoken.has(title)) this.titleSpoken.set(title, s);
  }

  /**
   * The speaker named by tokens [a, b) of what they say in `words` (token ranges): a lone "he" or
   * "she" never goes back to someone those words name in the third person ("“Jermayne fired the
   * shot,” he said" is not Jermayne's). Not an owner ("his lawyer said Lee was innocent" may well be
   * Lee's lawyer), nor a description.
   */
  resolveSaying(a: number, b: number, words: ReadonlyArray<{ from: number; to: number }>): ResolvedSpeaker | null {
    if (b - a !== 1 || !PERSONAL_GENDERED.has(this.ctx.low[a])) return this.resolve(a, b);
    const named = new Set<string>();
    for (const w of words) {
      for (const m of this.mentionsIn(w.from, w.to)) {
        if (!isPerson(m)) continue;
        const full = this.fullNameOf(m);
        named.add(full.entityId ?? full.canonical ?? full.text);
      }
    }
    if (!named.size) return this.resolve(a, b);
    this.namedInWords = named;
    try {
      return this.resolve(a, b);
    } finally {
      this.namedInWords = NOBODY;
    }
  }

  /** The speaker named by tokens [a, b). */
  resolve(a: number, b: number): ResolvedSpeaker | null {
    const { ctx } = this;
    while (a < b && (isPunct(ctx.low[a]) || ctx.low[a] === 'and')) a++;
    b = this.beforeRelativeClause(a, b);
    while (b > a && isPunct(ctx.low[b - 1]) && ctx.low[b - 1] !== '.') b--;
    // "Later the spokesman …": an adverb before the phrase is not part of it
    if (a + 1 < b && DETERMINERS.has(ctx.low[a + 1]) && ctx.mentionAt[a] < 0 && !DETERMINERS.has(ctx.low[a]) && !QUANTIFIERS.has(ctx.low[a])) a++;
    if (b <= a) return null;
    // "groups of young people", "hundreds of students": the people, not the number or the group
    const partOf = partitiveHead(ctx.low.slice(a, b));
    if (partOf > 0 && !this.mentionsIn(a, b).length) a += partOf;
    const sourceSpan = { start: ctx.toks[a].start, end: ctx.toks[b - 1].end };
    const text = ctx.text.slice(sourceSpan.start, sourceSpan.end);
    const base = { text, sourceSpan };
    const words = ctx.low.slice(a, b);
    const mentions = this.mentionsIn(a, b);
    // "Il Sole 24 Ore, Italy's business newspaper, …": a name (even one the tagger cut short) before its apposition
    const named = /^((?:[A-Z0-9][\p{L}\p{N}'’.-]*\s){0,4}[A-Z0-9][\p{L}\p{N}'’.-]*),\s/u.exec(text);
    if (named && !DETERMINERS.has(words[0]) && mentions.length && mentions[0].start < sourceSpan.start + named[1].length && mentions[0].type === 'ORG') {
      // "Senate Majority Leader Trent Lott, R-Miss.": a person named in that run is who it is
      const person = mentions.find((x) => isPerson(x) && x.end <= sourceSpan.start + named[1].length);
      if (person) return this.fromMention(base, person, 'person');
      const m = mentions[0];
      return { text: base.text, sourceSpan: base.sourceSpan, name: named[1].length > (m.canonical ?? m.text).length ? named[1] : m.canonical ?? m.text, span: { start: m.start, end: m.end }, kind: 'org', ...(m.entityId ? { entityId: m.entityId } : {}) };
    }
    // "Otis Ferry, a former pupil and leader of …": the name the apposition describes
    const lead = mentions[0];
    if (lead && (lead.start <= sourceSpan.start || this.firstNameBefore(lead, a) || this.titlesBefore(lead, a) || this.roleWordsBefore(lead, a)) && ctx.low[this.tokenAt(lead.end - 1) + 1] === ',' && this.tokenAt(lead.end - 1) + 1 < b) {
      return this.fromMention(base, lead, isPerson(lead) ? 'person' : lead.type === 'ORG' ? 'org' : 'description');
    }
    // "Secretary of State Ann Lee", "Secretary of the Interior Ann Lee": titles, then the name that
    // ends the phrase (after a body's name in the title's field, so not always the first mention)
    const closing = mentions[mentions.length - 1];
    if (closing && isPerson(closing) && this.tokenAt(closing.end - 1) === b - 1 && this.titlesBefore(closing, a)) return this.fromMention(base, closing, 'person');
    // "X, the chief executive of Y", "the chief executive of Y, X", "X is the chief executive of Y":
    // the sentence names who the description is (before reading Y as its owner)
    const renamed = renamedBy(ctx, a, b);
    if (renamed) {
      if ('mention' in renamed) return this.fromMention(base, renamed.mention, isPerson(renamed.mention) ? 'person' : 'org');
      const r = this.resolve(renamed.pronoun, renamed.pronoun + 1);
      if (r && r.kind !== 'description') return { ...r, ...base };
    }
    // "The head of the FBI inquiry in Ohio, Ken Roe": a description with a person's name in
    // apposition after its comma is that person, not a description tied to him (the tie rule below)
    const tail = mentions[mentions.length - 1];
    const tailAt = tail ? this.tokenAt(tail.start) : -1;
    if (tail && isPerson(tail) && tailAt - 1 > a && ctx.low[tailAt - 1] === ',' && this.tokenAt(tail.end - 1) === b - 1) {
      return this.fromMention(base, tail, 'person');
    }
    const tie = words.findIndex((w, k) => k > 0 && (TIE_WORDS.has(w) || w === "'s" || w === '’s'));
    const headWord = words[(tie > 0 ? tie : words.length) - 1];
    // "a spokesman for X", "X's lawyer", "sources close to X": a description tied to X
    const possessed = tie > 0 && (words[tie] === "'s" || words[tie] === '’s') && tie < words.length - 1 &&
      !mentions.some((m) => m.type === 'PER' && m.start >= ctx.toks[a + tie].end);
    if (mentions.length && ((tie > 0 && !possessed && (PERSON_DESCRIPTORS.has(headWord) || ANONYMOUS_SOURCE_HEADS.has(headWord)) && !this.mentionCovers(mentions, a, a + tie)) || possessed)) {
      const owner = possessed ? mentions.find((m) => m.end <= ctx.toks[a + tie].start) ?? mentions[0] : mentions[mentions.length - 1];
      const full = isPerson(owner) ? this.fullNameOf(owner) : owner;
      const ownerName = full.canonical ?? full.text;
      // "Mr Lee's lawyer" is named as "a lawyer for X" is: "lawyer for Ann Lee" (a person's
      // role only: "Indonesia's government" stays as written)
      const role = possessed && (PERSON_DESCRIPTORS.has(words[words.length - 1]) || isRoleNoun(words[words.length - 1]));
      // "Acme's statement": a document speaks for the one who issued it, its owner
      if (possessed && isDocumentNoun(words[words.length - 1])) return this.fromMention(base, full, isPerson(full) ? 'person' : 'org');
      const name = role ? `${ctx.text.slice(ctx.toks[a + tie + 1].start, sourceSpan.end)} for ${ownerName}` : describe(text, this.tokensApart);
      return { text: base.text, sourceSpan: base.sourceSpan, name, span: sourceSpan, kind: 'description', speaksFor: { name: ownerName, ...(full.entityId ? { entityId: full.entityId } : {}) }, ...(role ? { ownedRole: true } : {}) };
    }
    // the phrase's head, not a name inside its prepositional phrase ("the Russian House in Ankara")
    const heads = mentions.filter((m) => !PREPOSITIONS.has(ctx.low[this.tokenAt(m.start) - 1] ?? '') || this.tokenAt(m.start) === a);
    const pool = heads.length ? heads : mentions;
    // "one Weibo commenter", "a Clinton aide": someone (a person noun heads the phrase) whom the
    // name only describes, never the name's bearer; the description stays tied to the name. ("a CNN
    // tally" is not someone: the body speaks through its document.)
    const last = words[words.length - 1];
    const someone = PERSON_DESCRIPTORS.has(last) || ANONYMOUS_SOURCE_HEADS.has(last) || isRoleNoun(last);
    if (someone && pool.length && INDEFINITE.has(words[0]) && ctx.mentionAt[b - 1] < 0 && !words.some((w) => TIE_WORDS.has(w)) && pool.every((m) => m.end <= ctx.toks[b - 1].start)) {
      const owner = pool[pool.length - 1];
      const named = isPerson(owner) ? this.fullNameOf(owner) : owner;
      return { text: base.text, sourceSpan: base.sourceSpan, name: describe(text, this.tokensApart), span: sourceSpan, kind: 'description', speaksFor: { name: named.canonical ?? named.text, ...(named.entityId ? { entityId: named.entityId } : {}) } };
    }
    const person = pool.filter(isPerson);
    if (person.length) return this.fromMention(base, person[person.length - 1], 'person');
    // "a Conservative Party spokesman": a person described by the body they speak for
    if (pool.length && someone && ctx.mentionAt[b - 1] < 0) {
      // "Apple CEO", "the Airbus chief executive": the person the article names in that role, if it does
      const definite = !INDEFINITE.has(words[0]);
      const titled = definite ? this.titledPerson(words[0] === 'the' ? words.slice(1) : words, a) : null;
      if (titled) return this.fromMention(base, titled, 'person');
      const owner = pool[pool.length - 1];
      return { text: base.text, sourceSpan: base.sourceSpan, name: describe(text, this.tokensApart), span: sourceSpan, kind: 'description', speaksFor: { name: owner.canonical ?? owner.text, ...(owner.entityId ? { entityId: owner.entityId } : {}) } };
    }
    // "the United Nations refugee agency": a body of the organisation, which speaks for it
    const body = this.bodyOfOrganisation(pool, words, a, b);
    if (body) return { text: base.text, sourceSpan: base.sourceSpan, name: describe(text, this.tokensApart), span: sourceSpan, kind: 'description', speaksFor: { name: body.canonical ?? body.text, ...(body.entityId ? { entityId: body.entityId } : {}) } };
    // "the US company", "the German group", "Israeli police": a place or nationality modifying a
    // common noun describes the speaker, it is not the speaker; read the phrase as a description
    const onlyModifiers = pool.length > 0 && pool.every((m) => (m.type === 'LOC' || m.type === 'MISC') && this.modifiesNoun(m, a, b));
    if (pool.length && !onlyModifiers) {
      const org = pool.filter((m) => m.type === 'ORG');
      const m = org.length ? org[org.length - 1] : pool[pool.length - 1];
      return this.fromMention(base, m, m.type === 'ORG' ? 'org' : 'description');
    }
    if (b - a === 1) {
      // a pronoun nobody can be found for names no one: better no speaker than "he"
      const w = PRONOUN_SUBJECT[words[0]] ?? words[0];
      if (PRONOUN_GENDER[w]) return this.describedAntecedent(base, a, PRONOUN_GENDER[w]) ?? this.describedSubject(base, a) ?? this.antecedent(base, a, PRONOUN_GENDER[w], 4) ?? this.antecedent(base, a, PRONOUN_GENDER[w], 1000);
      // "its" / "their": the organisation that is its clause's subject ("Airbus won an order from Qatar Airways for 60 of its jets")
      if (OWNER_PRONOUNS.has(words[0])) {
        const subj = clauseSubjectTokens(ctx, a);
        const owner = subj ? this.resolve(subj.a, subj.b) : null;
        if (owner && owner.kind === 'org') return { ...owner, ...base };
      }
      // "The protesters … . “…,” they chanted": a group of people the nearest plural subject names
      if (w === 'they') {
        const group = this.pluralSubjectBefore(a);
        if (group) {
          const r = this.resolve(group.a, group.b);
          if (r && r.kind === 'description') return { ...r, ...base, name: r.name, span: r.sourceSpan };
          // a bare plural only WordNet knows for people ("Miners marched …"), which no list of
          // speaker nouns has: the group as written
          if (!r && group.b - group.a === 1 && this.ctx.mentionAt[group.a] < 0) {
            const span = { start: this.ctx.toks[group.a].start, end: this.ctx.toks[group.a].end };
            return { text: base.text, sourceSpan: base.sourceSpan, name: this.ctx.text.slice(span.start, span.end), span, kind: 'description' };
          }
        }
      }
      // "A statement from Acme said …. “…,” it added": the document that just spoke, so its issuer
      if (w === 'it') {
        const issuer = this.documentJustSpoke(a);
        if (issuer) return { ...issuer, ...base };
      }
      if (w === 'they' || w === 'it' || w === 'we') return this.antecedent(base, a, 'group', 4);
      if (w === 'i' || w === 'you') return null;
    }
    const owned = this.ownedRole(base, words, a, b);
    if (owned) return owned;
    // "said an editorial in the daily X", "a statement from Acme said": the issuer the parse ties the document to
    const noun = words[words.length - 1];
    if (!mentions.length && words.length <= 3 && DETERMINERS.has(words[0]) && /^[a-z]+$/.test(noun) && isWrittenWordsNoun(noun)) {
      const issuer = issuerTiedToDocument(ctx, b - 1);
      if (issuer >= 0) {
        const m = ctx.mentions[ctx.mentionAt[issuer]];
        return this.fromMention(base, m, isPerson(m) ? 'person' : 'org');
      }
    }
    // not a noun phrase for a speaker ("What the book", a clause read as one): nobody
    // "said MWEB Operations": capitalised words the parse reads as one proper name, which the tagger
    // missed, name the speaker as written (not a date: "said Tuesday")
    if (!mentions.length && this.untaggedName(a, b)) return { text: base.text, sourceSpan: base.sourceSpan, name: text, span: sourceSpan, kind: 'description' };
    if (!onlyModifiers && !describesSomeone(words)) return null;
    // "the home secretary", "the chancellor", "company CEO": the person the article names with that title
    // ("one juror" is someone new, as "a juror" is: not the person the last sentences were about)
    if ((words[0] === 'the' || (!DETERMINERS.has(words[0]) && !INDEFINITE.has(words[0]) && isRoleNoun(words[words.length - 1]))) && b - a <= 5) {
      const titled = this.titledPerson(words[0] === 'the' ? words.slice(1) : words, a);
      if (titled) return this.fromMention(base, titled, 'person');
      // "the company said": the organisation the last sentences were about
      if (b - a <= 4 && isBusinessWord(words[words.length - 1])) {
        // "the Italian company": an organisation the article gives another country is not it, one
        // it gives that country is, even a few sentences back
        const cc = onlyModifiers && pool.length === 1 ? countryOf(ctx, pool[0]) : null;
        const body = this.antecedent(base, a, 'group', 2, -Infinity, cc) ?? (cc ? this.antecedent(base, a, 'group', 1000, -Infinity, cc, true) : null);
        // a body the article calls an office, authority or agency of government is no company
        if (body && !this.governmentBody(body.entityId ?? body.name)) return body;
      }
      // "the agency", "the airline": the body the article gave that noun, in its name or a descriptor
      // (after the business rule: "the company" is the one the last sentences were about, not the
      // last with "Company" in its name)
      const kind = this.namedKind(base, a, words[words.length - 1]);
      if (kind) return kind;
      // "Rally's Inc. said it adopted a plan. … The company said …": with no organisation in the last
      // sentences, the one the article opened on, the subject of its first clause with one
      if (words[0] === 'the' && b - a <= 4 && isBusinessWord(words[words.length - 1]) && !onlyModifiers) {
        const lead = this.leadOrganisation(a);
        if (lead && !this.governmentBody(lead.entityId ?? lead.canonical ?? lead.text)) return this.fromMention(base, lead, 'org');
        // "… at the Acme plant …. One witness told NBC …. “…,” the company said": else the one body
        // the article named before that is no body of government and no audience someone told
        const only = this.onlyBodyBefore(a);
        if (only) return this.fromMention(base, only, 'org');
      }
      // "Europol said …. The agency said …": a body's noun right after an organisation spoke, with no
      // other organisation named between, is that organisation (as "the chancellor" is the person who just spoke);
      // so is "the paper" or "the magazine" right after a publication spoke
      if (b - a === 2 && (ORG_DESCRIPTORS.has(words[1]) || isPublicationNoun(words[1]))) {
        const last = this.spoken[this.spoken.length - 1];
        // only one the text named as it spoke: a description resolved earlier may be wrong, and would be passed on
        const named = last && last.speaker.span.start >= last.speaker.sourceSpan.start && last.speaker.span.end <= last.speaker.sourceSpan.end;
        if (last && named && last.speaker.kind === 'org' && this.justSpoke(last, a)) return { ...last.speaker, ...base };
      }
      // "… according to a senior source …. “…,” the source said": the source introduced so (WordNet's
      // first sense of "source" is no person, and a named person near it is not the anonymous source)
      if (words[0] === 'the' && b - a === 2 && ANONYMOUS_SOURCE_HEADS.has(words[1])) {
        const met = this.describedAs(words[1], a);
        if (met) return { ...met, ...base, introduced: true };
      }
      // "the chancellor said" right after the article's person spoke or was the subject: that person
      // (any noun WordNet knows for a person, not the list alone: "the 54-year-old businessman")
      // (an age alone, "the 29-year-old", names no new office: the person of the last two sentences,
      // however little they have said)
      const aged = isAgeNoun(words[words.length - 1]);
      if (PERSON_DESCRIPTORS.has(words[words.length - 1]) || isRoleNoun(words[words.length - 1]) || aged) {
        // "A bank spokeswoman said …. …, the spokeswoman said": the one introduced with that noun
        const met = words[0] === 'the' && b - a === 2 ? this.describedAs(words[1], a) : null;
        if (met) return { ...met, ...base, introduced: true };
        // "the prime minister said …. According to X, the prime minister said": a title the article
        // already gave a named speaker in these words stays theirs, whoever is more salient now
        const titled = words[0] === 'the' && !aged ? this.titleSpoken.get(words.join(' ')) : undefined;
        if (titled) return { ...titled, ...base };
        // "the woman said" is never a man the article names (nor "the man" a woman)
        const salient = this.antecedent(base, a, nounGender(text) ?? 'any', 2, aged ? -Infinity : 1);
        if (salient && !this.holdsOtherOffice(salient.span, words.slice(1)) && !this.seenApart(salient, words, a)) return salient;
      }
    }
    // "“…,” the statement said": the one the article said issued that statement
    const issued = this.issuedBy(words, a) ?? this.bodyBeforeDocument(words, a);
    if (issued) return { ...issued, ...base };
    // "Ana Ruiz, a former judge": the name before the apposition, even when no tagger found it
    const apposed = /^((?:[A-Z][\p{L}'’-]+\s){1,3}[A-Z][\p{L}'’-]+),\s/u.exec(text);
    if (apposed && !DETERMINERS.has(words[0])) return { text: base.text, sourceSpan: base.sourceSpan, name: apposed[1], span: sourceSpan, kind: 'person' };
    return { text: base.text, sourceSpan: base.sourceSpan, name: describe(text, this.tokensApart), span: sourceSpan, kind: 'description' };
  }

  /**
   * Where a relative clause on an earlier word of tokens [a, b) begins (b when none): "A Kellogg
   * officer, who asked not to be named," names the officer; the clause only says more of them, and a
   * name inside it ("who worked for Acme") is nobody the phrase names. The clause opens at a relative
   * pronoun (a speaker phrase asks nothing, so "who" there is one), or where the parse hangs a
   * relative clause on a word before it (the parse may also make such a "who" the sentence's subject).
   */
  private beforeRelativeClause(a: number, b: number): number {
    const syn = this.ctx.syntax;
    for (let t = a + 1; t < b; t++) {
      if (RELATIVE_PRONOUNS.has(this.ctx.low[t])) return t;
      if (!syn) continue;
      let w = wordOfToken(syn, t);
      for (let hops = 0; w >= 0 && hops < 8; w = syn.words[w].head, hops++) {
        if (syn.words[w].deprel !== 'acl:relcl') continue;
        // a clause whose verb lies past the phrase is the parse hanging the cue on a word of it
        // ("the singer 's spokesman X told …" read as "the singer [X told]"), no clause inside it
        if (syn.words[w].token >= b) break;
        const owner = syn.words[w].head;
        if (owner >= 0 && syn.words[owner].token >= a && syn.words[owner].token < t) return t;
        break;
      }
    }
    return b;
  }

  /**
   * "Tanya R. Welch, his lawyer": the tagger may leave a first name out of a person's name when a
   * middle initial follows it, so the phrase starts with one or two capitalised words that are no
   * title or role ("Judge", "President") and then the mention: they are part of that name.
   */
  private firstNameBefore(lead: Mention, a: number): boolean {
    const { ctx } = this;
    if (!isPerson(lead)) return false;
    const first = this.tokenAt(lead.start);
    if (first - a < 1 || first - a > 2) return false;
    for (let k = a; k < first; k++) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(ctx.toks[k].text) || ctx.mentionAt[k] >= 0 || HONORIFICS.has(ctx.low[k]) || MALE_TITLES.has(ctx.low[k]) || FEMALE_TITLES.has(ctx.low[k]) || isRoleNoun(ctx.low[k]) || PERSON_DESCRIPTORS.has(ctx.low[k])) return false;
    }
    return true;
  }

  /**
   * "columnist Ada Roe, a former Lund aide": a role written in lower case before a person's name,
   * as news titles people it does not capitalise ("commentator", "defence lawyer"); the apposition
   * after the comma describes that person, so a name inside it is no speaker. Not a role tied to
   * someone ("a lawyer for Roe, …"), whose owner the tie rules read.
   */
  private roleWordsBefore(lead: Mention, a: number): boolean {
    const { ctx } = this;
    if (!isPerson(lead)) return false;
    const first = this.tokenAt(lead.start);
    if (first - a < 1 || first - a > MAX_TITLE_WORDS || !isRoleNoun(ctx.low[first - 1])) return false;
    for (let k = a; k < first; k++) {
      if (ctx.mentionAt[k] >= 0 || !/^[a-z][a-z-]*$/.test(ctx.toks[k].text) || TIE_WORDS.has(ctx.low[k])) return false;
    }
    return true;
  }

  /**
   * "Lt. Gen. Mark Hale, commander of …": only titles before a person's mention, abbreviated
   * ("Lt.", "Gen.", "Sen.") or a title or role word written with a capital ("General", "Deputy").
   */
  private titlesBefore(lead: Mention, a: number): boolean {
    const { ctx } = this;
    if (!isPerson(lead)) return false;
    const first = this.tokenAt(lead.start);
    if (first - a < 1 || first - a > MAX_TITLE_WORDS) return false;
    // "Secretary of State", "Minister for Health", "Secretary of the Interior": after a title word,
    // "of" or "for" (and "the") and the capitalised words of its field, a body's name among them
    const notPerson = (k: number) => ctx.mentionAt[k] < 0 || ctx.mentions[ctx.mentionAt[k]].type !== 'PER';
    let field = false;
    for (let k = a; k < first; k++) {
      const t = ctx.toks[k].text;
      const w = ctx.low[k];
      const fieldAt = ctx.low[k + 1] === 'the' ? k + 2 : k + 1;
      if ((w === 'of' || w === 'for') && k > a && fieldAt < first && /^\p{Lu}/u.test(ctx.toks[fieldAt].text) && notPerson(fieldAt)) {
        field = true;
        k = fieldAt - 1;
        continue;
      }
      if (field && /^\p{Lu}\p{Ll}+$/u.test(t) && notPerson(k)) continue;
      const abbreviation = /^\p{Lu}\p{Ll}{0,4}\.$/u.test(t);
      const titleWord = /^\p{Lu}\p{Ll}+$/u.test(t) && (HONORIFICS.has(w) || MALE_TITLES.has(w) || FEMALE_TITLES.has(w) || TITLE_MODIFIERS.has(w) || isRoleNoun(w) || PERSON_DESCRIPTORS.has(w));
      if (ctx.mentionAt[k] >= 0 || (!abbreviation && !titleWord)) return false;
    }
    return true;
  }

  /** Tokens [a, b) are two to four capitalised words, each a proper noun in the parse, outside any date or quotation. */
  private untaggedName(a: number, b: number): boolean {
    const { ctx } = this;
    const syn = ctx.syntax;
    if (!syn || b - a < 2 || b - a > 4) return false;
    for (let t = a; t < b; t++) {
      const w = wordOfToken(syn, t);
      if (w < 0 || syn.words[w].upos !== 'PROPN' || !/^\p{Lu}/u.test(ctx.toks[t].text) || ctx.timeAt[t] >= 0 || ctx.quoteAt[t] >= 0) return false;
    }
    return true;
  }

  /**
   * The sentence token i's turn starts in: for a speaker phrase right after a quotation ("“…. ….,”
   * the company said"), the quotation's first sentence, since the sentences it fills are the
   * speaker's words, not the narrative that makes someone salient; otherwise token i's own.
   */
  private turnSentence(i: number): number {
    const { ctx } = this;
    let k = i - 1;
    while (k >= 0 && ctx.quoteAt[k] < 0 && isPunct(ctx.low[k]) && ctx.toks[k].sentence === ctx.toks[i].sentence) k--;
    const q = k >= 0 && k < i - 1 ? ctx.quotes[ctx.quoteAt[k]] : undefined;
    return q && ctx.quoteAt[i] < 0 ? ctx.toks[q.tokStart].sentence : ctx.toks[i].sentence;
  }

  /**
   * The issuer of the document that spoke last, in token i's sentence or the one before ("A
   * statement from Acme said", "Acme's statement said"), with no other organisation named since.
   */
  private documentJustSpoke(i: number): ResolvedSpeaker | null {
    const last = this.spoken[this.spoken.length - 1];
    if (!last || !this.justSpoke(last, i)) return null;
    const words = last.speaker.text.toLowerCase().split(/\s+/);
    const tie = words.findIndex((w, k) => k > 0 && (TIE_WORDS.has(w) || w === "'s" || w === '’s'));
    const head = tie > 0 && words[tie] !== "'s" && words[tie] !== '’s' ? words[tie - 1] : words[words.length - 1];
    return head !== undefined && /^[a-z]+$/.test(head) && isDocumentNoun(head) ? last.speaker : null;
  }

  /** Did this speaker (remembered at a character offset) speak in token i's sentence or the one before, with no other organisation named since? */
  private justSpoke(last: { at: number; speaker: ResolvedSpeaker }, i: number): boolean {
    const { ctx } = this;
    if (last.at >= ctx.toks[i].start || ctx.toks[i].sentence - ctx.toks[this.tokenAt(last.at)].sentence > 1) return false;
    const from = last.speaker.span.end;
    const to = ctx.toks[i].start;
    return !ctx.mentions.some((m) => m.type === 'ORG' && m.start >= from && m.end <= to && (m.entityId ?? m.canonical ?? m.text) !== (last.speaker.entityId ?? last.speaker.name));
  }

  /** A speaker the rules named: the mention whose name it is (written at span), if any. */
  byName(name: string, span: Span): ResolvedSpeaker | null {
    const text = this.ctx.text.slice(span.start, span.end);
    const base = { text, sourceSpan: span };
    let found: Mention | null = null;
    for (const m of this.ctx.mentions) {
      if ((m.canonical ?? m.text) === name || m.text === name) {
        found = m;
        if (m.start >= span.start && m.end <= span.end) break;
      }
    }
    if (found) return this.fromMention(base, found, isPerson(found) ? 'person' : found.type === 'ORG' ? 'org' : 'description');
    return null;
  }

  // (a speaker's base fields are written out, not spread: V8 (Node 20) adds each field after a leading spread in the runtime, about 1 µs each)
  private fromMention(base: { text: string; sourceSpan: Span }, mention: Mention, kind: ResolvedSpeaker['kind']): ResolvedSpeaker {
    const m = isPerson(mention) ? this.fullNameOf(mention) : mention;
    return { text: base.text, sourceSpan: base.sourceSpan, name: m.canonical ?? m.text, span: { start: m.start, end: m.end }, kind, ...(m.entityId ? { entityId: m.entityId } : {}) };
  }

  /**
   * "Mr Blair" or "Blair" → the mention of the full name the article gave ("Tony Blair"): the
   * nearest one before, else the first after.
   */
  private fullNameOf(m: Mention): Mention {
    let full = this.fullNames.get(m);
    if (!full) this.fullNames.set(m, (full = this.findFullName(m)));
    return full;
  }

  private findFullName(m: Mention): Mention {
    const words = (m.canonical ?? m.text).split(/\s+/);
    const bare = nameWithoutTitles(words);
    if (bare.length !== 1 || words.length > 2) return m;
    const surname = bare[0];
    let before: Mention | null = null;
    let after: Mention | null = null;
    for (const o of this.ctx.mentions) {
      if (o.type !== 'PER' || o === m) continue;
      // "Judge Letitia Clark" names her in full; "Judge Clark" does not
      const parts = this.nameParts(o);
      // "Anthony Hale III" names Hale in full
      if (parts.length < 2 || surnameOf(parts) !== surname) continue;
      if (o.start < m.start) before = o;
      else if (!after) after = o;
    }
    return before ?? after ?? m;
  }

  /** A mention's name without honorifics, word by word (made once per mention). */
  private nameParts(o: Mention): string[] {
    let parts = this.partsOf.get(o);
    if (!parts) this.partsOf.set(o, (parts = nameWithoutTitles((o.canonical ?? o.text).split(/\s+/))));
    return parts;
  }

  private mentionsIn(a: number, b: number): Mention[] {
    const out: Mention[] = [];
    let last = -1;
    for (let i = a; i < b; i++) {
      const mi = this.ctx.mentionAt[i];
      if (mi >= 0 && mi !== last) out.push(this.ctx.mentions[mi]);
      const ref = mi < 0 ? this.refAt.get(i) : undefined;
      if (ref) out.push(ref);
      last = mi;
    }
    return out;
  }

  private mentionCovers(mentions: Mention[], a: number, b: number): boolean {
    const s = this.ctx.toks[a].start;
    const e = this.ctx.toks[b - 1].end;
    return mentions.some((m) => m.start <= s && m.end >= e);
  }

  /**
   * The entity a pronoun at token i refers to: the most salient compatible one of the last few
   * sentences. Salience: having spoken (most), being a sentence's first name or a speech verb's
   * subject, then recency.
   */
  private antecedent(base: { text: string; sourceSpan: Span }, i: number, want: 'm' | 'f' | 'group' | 'any', sentences: number, minScore = -Infinity, country: ReadonlySet<string> | null = null, countryRequired = false): ResolvedSpeaker | null {
    const { ctx } = this;
    const countries = country ? (this.orgCountries ??= organisationCountries(ctx, (o) => this.tokenAt(o))) : null;
    const s = this.turnSentence(i);
    const firstSent = Math.max(0, s - sentences);
    const limit = ctx.toks[i].start;
    const scored = new Map<string, { score: number; m: Mention }>();
    /** Organisations the article gives the wanted country: when there are any, only they are candidates. */
    const countryMatched = new Set<string>();
    const bound = this.boundSubject(i);
    const groupPronoun = want === 'group' && GROUP_PRONOUNS.has(ctx.low[i]);
    for (const m of this.candidates) {
      if (m.start >= limit) break;
      const mi = this.tokenAt(m.start);
      const ms = ctx.toks[mi].sentence;
      if (ms < firstSent) continue;
      // a name inside a quotation is no antecedent outside it; inside the same quotation it is
      // ("Ruiz was the best of us, and he knew it")
      if (ctx.quoteAt[mi] >= 0 && ctx.quoteAt[mi] !== ctx.quoteAt[i]) continue;
      if (want === 'group' ? m.type !== 'ORG' || isPerson(m) : !isPerson(m)) continue;
      // "Microsoft's Internet Explorer (IE) browser": a name an organisation owns is its product or part, not a body that speaks
      if (want === 'group' && this.ownedName(mi)) continue;
      const named = isPerson(m) ? this.fullNameOf(m) : m;
      const key = named.entityId ?? named.canonical ?? named.text;
      if (key === bound || this.namedInWords.has(key)) continue;
      const g = this.genderOf.get(key);
      if ((want === 'm' || want === 'f') && g && g !== want) continue;
      const given = countries?.get(key);
      if (given && ![...country!].some((cc) => given.has(cc))) continue;
      if (countryRequired && !given) continue;
      if (given) countryMatched.add(key);
      let score = -(s - ms) * 2;
      if (mi === ctx.sentStart[ms] || ctx.low[mi - 1] === ',' && mi - 1 === ctx.sentStart[ms] || this.opensSentence(m, mi, ctx.sentStart[ms])) score += 2;
      if (this.speaksNext(m)) score += 2;
      // "it" or "they" for a body: one that was a clause's subject ("Acme said it …", "…, which
      // Acme bought") more than one named in passing ("a deal with Acme")
      if (groupPronoun && this.headRelation(m).startsWith('nsubj')) score += 1;
      const prev = scored.get(key);
      if (!prev || score > prev.score) scored.set(key, { score, m });
    }
    if (want === 'm' || want === 'f') {
      for (let ps = firstSent; ps <= s; ps++) {
        const t = subjectPronounOf(ctx, ps);
        if (t < 0 || t >= i || PRONOUN_GENDER[ctx.low[t]] !== want) continue;
        const r = this.pronounReferent(t);
        const key = r ? r.entityId ?? r.name : '';
        const m = r?.kind === 'person' && key !== bound && !this.namedInWords.has(key) ? this.candidates.find((c) => c.start === r.span.start && c.end === r.span.end) : undefined;
        if (!m) continue;
        // the person stands as that sentence's subject, as a name opening it would
        const score = -(s - ps) * 2 + 2;
        const prev = scored.get(key);
        if (!prev || score > prev.score) scored.set(key, { score, m: prev?.m ?? m });
      }
    }
    const spokeBonus = new Set<string>();
    for (const { at, speaker } of this.spoken) {
      if (at >= limit || ctx.toks[this.tokenAt(at)].sentence < firstSent) continue;
      if (want === 'group' ? speaker.kind !== 'org' : speaker.kind !== 'person') continue;
      const g = this.genderOf.get(speaker.entityId ?? speaker.name);
      if ((want === 'm' || want === 'f') && g && g !== want) continue;
      // having spoken makes one salient once: a speaker named twice is not twice as likely
      const key = speaker.entityId ?? speaker.name;
      let prev = scored.get(key);
      // "Acme said …. The company said …. “…,” the company said": one who spoke in these sentences
      // through a description or a pronoun is a candidate, even when its name lies further back
      if (!prev && !country && key !== bound && !this.namedInWords.has(key)) {
        const m = this.candidates.find((c) => c.start === speaker.span.start && c.end === speaker.span.end);
        if (m && m.start < limit && ctx.quoteAt[this.tokenAt(m.start)] < 0) scored.set(key, (prev = { score: -(s - ctx.toks[this.tokenAt(at)].sentence) * 2, m }));
      }
      if (prev && !spokeBonus.has(key)) {
        prev.score += 3;
        spokeBonus.add(key);
      }
    }
    // of two people as salient, "she" is the one whose first name news uses for women rather than
    // one of no known gender (a gender the article's own titles or pronouns give is not weighed
    // again: measured, that cost a dev speaker)
    if (want === 'm' || want === 'f') for (const [key, v] of scored) if (this.nameGendered.has(key) && this.genderOf.get(key) === want) v.score += 1;
    let best: { score: number; m: Mention } | undefined;
    for (const [key, v] of scored) {
      if (countryMatched.size && !countryMatched.has(key)) continue;
      if (!best || v.score > best.score || (v.score === best.score && v.m.start > best.m.start)) best = v;
    }
    return best && best.score >= minScore ? this.fromMention(base, best.m, want === 'group' ? 'org' : 'person') : null;
  }

  /** Who the he / she at token t stands for (subject-pronoun.ts), resolved once: names in a quotation being attributed do not bear on it. */
  private pronounReferent(t: number): ResolvedSpeaker | null {
    if (this.referents.has(t)) return this.referents.get(t) ?? null;
    const words = this.namedInWords;
    this.namedInWords = NOBODY;
    try {
      const r = this.resolve(t, t + 1);
      this.referents.set(t, r);
      return r;
    } finally {
      this.namedInWords = words;
    }
  }

  /** The relation by which the parse hangs a mention's head word ('' without a parse). */
  private headRelation(m: Mention): string {
    const syn = this.ctx.syntax;
    const head = syn ? headOfSpan(syn, m) : null;
    return head === null ? '' : syn!.words[head].deprel;
  }

  /** The entity an object pronoun at token i cannot be: its own clause's subject ("Ballmer described him"), if resolved. */
  private boundSubject(i: number): string | null {
    const subj = boundSubjectTokens(this.ctx, i);
    const r = subj ? this.resolve(subj.a, subj.b) : null;
    return r && r.kind !== 'description' ? r.entityId ?? r.name : null;
  }

  /**
   * "… said a Sun spokesman. “…,” he said": a he / she right after a speaker the article
   * describes without a name is that speaker, when no person is named in its sentence or since (the
   * salience rules read only names, and gave the pronoun to someone who spoke before).
   */
  /**
   * "his lawyer", "her agent", "its chairman", "the company's spokesman": someone in a role for whom
   * the owner (a possessive pronoun, or a noun phrase before "'s") refers to, never that one nor the
   * rules' nearest name (which gave a client his lawyer's words). The person the article names in
   * apposition with the same words ("his lawyer, Ann Lee") is who it is; else a description tied to
   * the owner ("lawyer for Omar Haddad"), or as written when the owner resolves to nobody named.
   * "The company's statement": a document speaks for its owner, who issued it.
   */
  private ownedRole(base: { text: string; sourceSpan: Span }, words: string[], a: number, b: number): ResolvedSpeaker | null {
    const { ctx } = this;
    const pronoun = POSSESSIVE_PRONOUNS.has(words[0]) ? PRONOUN_SUBJECT[words[0]] : undefined;
    const tie = pronoun ? 0 : words.findIndex((w, k) => k > 1 && (w === "'s" || w === '’s'));
    const noun = words[words.length - 1];
    if (tie < 0 || b - a - tie < 2 || b - a - tie > 4 || (!pronoun && tie > 3)) return null;
    if (!words.slice(tie + 1).every((w) => /^[a-z][a-z-]*$/.test(w))) return null;
    const document = !pronoun && isDocumentNoun(noun);
    if (!document && !PERSON_DESCRIPTORS.has(noun) && !isRoleNoun(noun)) return null;
    if (!document) {
      const apposed = this.apposedWith(words, a);
      if (apposed) return this.fromMention(base, apposed, 'person');
    }
    const gender = pronoun ? PRONOUN_GENDER[pronoun] : undefined;
    const owner = !pronoun ? this.resolve(a, a + tie) : gender ? this.antecedent(base, a, gender, 4) : this.antecedent(base, a, 'group', 4);
    const named = owner && owner.kind !== 'description' ? owner : null;
    if (document) return named ? { ...named, ...base } : null;
    if (!named) return pronoun ? null : { text: base.text, sourceSpan: base.sourceSpan, name: describe(base.text, this.tokensApart), span: base.sourceSpan, kind: 'description', ownedRole: true };
    const role = ctx.text.slice(ctx.toks[a + tie + 1].start, base.sourceSpan.end);
    return { text: base.text, sourceSpan: base.sourceSpan, name: `${role} for ${named.name}`, span: base.sourceSpan, kind: 'description', speaksFor: { name: named.name, ...(named.entityId ? { entityId: named.entityId } : {}) }, ownedRole: true };
  }

  /** The last person before token `before` written beside these words with a comma ("his lawyer, Ann Lee", "Ann Lee, his lawyer"). */
  private apposedWith(words: string[], before: number): Mention | null {
    const { ctx } = this;
    const n = words.length;
    const at = (i: number) => i >= 0 && i + n <= ctx.toks.length && words.every((w, k) => ctx.low[i + k] === w);
    let found: Mention | null = null;
    for (const m of ctx.mentions) {
      if (m.type !== 'PER' || m.start >= ctx.toks[before].start) continue;
      const mi = this.tokenAt(m.start);
      const me = this.tokenAt(m.end - 1) + 1;
      if ((ctx.low[mi - 1] === ',' && at(mi - 1 - n)) || (ctx.low[me] === ',' && at(me + 1))) found = m;
    }
    return found;
  }

  /** "A shopkeeper described …. “…,” he said": the description the sentence before introduced as its subject (described-subject.ts). */
  private describedSubject(base: { text: string; sourceSpan: Span }, i: number): ResolvedSpeaker | null {
    const r = describedSubjectBefore(this.ctx, i);
    if (!r) return null;
    const span = { start: this.ctx.toks[r.a].start, end: this.ctx.toks[r.b - 1].end };
    return { text: base.text, sourceSpan: base.sourceSpan, name: describe(this.ctx.text.slice(span.start, span.end), this.tokensApart), span, kind: 'description' };
  }

  private describedAntecedent(base: { text: string; sourceSpan: Span }, i: number, want: 'm' | 'f'): ResolvedSpeaker | null {
    const { ctx } = this;
    const limit = ctx.toks[i].start;
    let last: { at: number; speaker: ResolvedSpeaker } | undefined;
    for (const d of this.described) if (d.at < limit && (!last || d.at > last.at)) last = d;
    if (!last || ctx.toks[i].sentence - ctx.toks[this.tokenAt(last.at)].sentence > 2) return null;
    const g = nounGender(last.speaker.text);
    if (g && g !== want) return null;
    // from the description's own sentence: "X was asked by a caller …. “…,” he said" is X
    const from = ctx.sentences[ctx.toks[this.tokenAt(last.at)].sentence].start;
    if (this.spoken.some((x) => x.speaker.kind === 'person' && x.at > last!.at && x.at < limit)) return null;
    // "… said one competitor. However, the Daiwa officer defended …. “…,” he said": someone else described since
    for (let k = ctx.toks[this.tokenAt(last.at)].sentence + 1; k <= ctx.toks[i].sentence; k++) if (this.personSubject(k, last.at, limit)) return null;
    for (const m of this.candidates) {
      if (m.start < from || !isPerson(m) || ctx.quoteAt[this.tokenAt(m.start)] >= 0) continue;
      if (m.start >= limit) break;
      const full = this.fullNameOf(m);
      const mg = this.genderOf.get(full.entityId ?? full.canonical ?? full.text);
      if (!mg || mg === want) return null;
    }
    return { ...last.speaker, ...base };
  }

  /**
   * The nearest plural subject before token i, in its sentence or the one before, when a plural
   * common noun for people heads it ("the protesters", "local farmers"): its noun phrase's tokens
   * (relative clauses and appositions left out). Another subject between (a name, "the government",
   * "protests") is what a "they" refers to or rules this one out: null.
   */
  private pluralSubjectBefore(i: number): TokenRange | null {
    const { ctx } = this;
    const syn = ctx.syntax;
    if (!syn) return null;
    const s = ctx.toks[i].sentence;
    for (let k = s; k >= Math.max(0, s - 1); k--) {
      for (let w = syn.sentenceWordStart[k + 1] - 1; w >= syn.sentenceWordStart[k]; w--) {
        const x = syn.words[w];
        // a sentence the parse rooted at its subject noun ("The protesters, however, struggle …"
        // read as a noun with "struggle" in apposition) names its subject there too
        const subject = /^nsubj/.test(x.deprel) || (x.head < 0 && x.upos === 'NOUN' && w === this.firstNounOf(k));
        if (x.token >= i || !subject || ctx.quoteAt[x.token] >= 0) continue;
        // "Doctors said the patients were …": the subject of what someone said is not who a "they" after it is
        if (this.inReportedClause(w)) continue;
        if (x.upos === 'PRON') {
          // "they" before it is the same group, and "what", "who" refer inside their sentence: read on
          // to what that one refers to; another person or thing ("he", "it") is nearer
          if (PERSONAL_PRONOUNS.has(ctx.low[x.token])) return null;
          continue;
        }
        const word = ctx.low[x.token];
        // the parse's lemma tells an irregular plural ("women" → "woman", "children" → "child")
        const lemma = x.lemma.toLowerCase();
        // and WordNet a noun for people the lists lack ("miners"): its most frequent sense is a person
        const one = lemma !== word ? lemma : singular(word);
        const plural = isPluralRole(word) || (one !== word && (PERSON_DESCRIPTORS.has(one) || PERSON_NOUNS.has(one) || isRoleNoun(one) || isPersonWord(one)));
        if ((x.upos !== 'NOUN' && !this.commonAtSentenceStart(w)) || ctx.mentionAt[x.token] >= 0 || !plural) return null;
        const span = nounPhraseSpan(syn, w);
        const a = this.tokenAt(span.start);
        let b = this.tokenAt(span.end - 1) + 1;
        if (b > x.token + 1) b = x.token + 1;
        return a < b ? { a, b } : null;
      }
    }
    return null;
  }

  /**
   * Word w opens its sentence (after punctuation alone), the parse tags it a proper noun for its
   * capital, and WordNet's most frequent sense writes it in lower case: a common noun ("Doctors said
   * …" is doctors, no name).
   */
  private commonAtSentenceStart(w: number): boolean {
    const syn = this.ctx.syntax!;
    const x = syn.words[w];
    if (x.upos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(x.text)) return false;
    let start = w;
    while (start > 0 && !syn.sentenceWordStart.includes(start) && syn.words[start - 1].upos === 'PUNCT') start--;
    if (!syn.sentenceWordStart.includes(start)) return false;
    const wn = installedWordNet();
    return wn !== null && commonNounFirst(wn, x.text);
  }

  /** Word w stands in a clause that is the complement of a speech verb with a subject of its own ("Doctors said [the patients were …]"). */
  private inReportedClause(w: number): boolean {
    const syn = this.ctx.syntax!;
    for (let h = syn.words[w].head, from = w, hops = 0; h >= 0 && hops < 8; from = h, h = syn.words[h].head, hops++) {
      if (syn.words[from].deprel !== 'ccomp' || !SPEECH_VERBS.has(syn.words[h].text.toLowerCase())) continue;
      if (subjects(syn, h).length) return true;
    }
    return false;
  }

  /**
   * The organisation an article opens on: the first sentence before token i whose main clause has a
   * subject is about an organisation named there ("Rally's Inc. said …"), else null.
   */
  private leadOrganisation(i: number): Mention | null {
    const { ctx } = this;
    const syn = ctx.syntax;
    if (!syn) return null;
    const last = ctx.toks[i].sentence;
    for (let k = 0; k < last; k++) {
      if (ctx.headingSent[k]) continue;
      for (let w = syn.sentenceWordStart[k]; w < syn.sentenceWordStart[k + 1]; w++) {
        if (syn.words[w].head >= 0) continue;
        const subj = subjects(syn, w);
        if (!subj.length) continue;
        const m = ctx.mentions[ctx.mentionAt[syn.words[subj[0]].token] ?? -1];
        return m && m.type === 'ORG' && ctx.quoteAt[syn.words[subj[0]].token] < 0 ? m : null;
      }
    }
    return null;
  }

  /**
   * The one organisation named before token i, outside quotations, that is neither a body of
   * government nor only an audience (the object of a verb of speaking: "told NBC", "said to
   * Reuters"); null when there is none or more than one.
   */
  private onlyBodyBefore(i: number): Mention | null {
    const { ctx } = this;
    const syn = ctx.syntax;
    const limit = ctx.toks[i].start;
    let found: Mention | null = null;
    for (const m of ctx.mentions) {
      if (m.start >= limit) break;
      if (m.type !== 'ORG' || ctx.quoteAt[this.tokenAt(m.start)] >= 0 || this.governmentBody(m.entityId ?? m.canonical ?? m.text)) continue;
      const head = syn ? headOfSpan(syn, m) : null;
      const word = head === null ? null : syn!.words[head];
      const governor = word && word.head >= 0 ? syn!.words[word.head] : null;
      if (word && governor && /^(?:obj|iobj|obl)/.test(word.deprel) && isCommunicationVerb(governor.lemma.toLowerCase())) continue;
      if (found && (found.entityId ?? found.text) !== (m.entityId ?? m.text)) return null;
      found ??= m;
    }
    return found;
  }

  /**
   * Whether the article names or describes the organisation (by entity id, else name) as a body of
   * government ("Serious Fraud Office", "the competition authority"): what "the company" or "the
   * firm" cannot be.
   */
  private governmentBody(key: string): boolean {
    const kinds = (this.orgKinds ??= organisationKinds(this.ctx)).get(key);
    return !!kinds && [...kinds].some((k) => isGovernmentBodyWord(k));
  }

  /**
   * The name at token i is owned by an organisation: "its …", "Microsoft's …", or the abbreviation
   * in brackets right after such a name ("Microsoft's Internet Explorer (IE)").
   */
  private ownedName(i: number): boolean {
    const { ctx } = this;
    const prev = ctx.low[i - 1];
    const orgAt = (t: number) => t >= 0 && ctx.mentions[ctx.mentionAt[t] ?? -1]?.type === 'ORG';
    if (prev === 'its') return true;
    if (prev === "'s" || prev === '’s') return orgAt(i - 2);
    if (prev === '(' && (ctx.mentionAt[i - 2] ?? -1) >= 0) return this.ownedName(this.tokenAt(ctx.mentions[ctx.mentionAt[i - 2]].start));
    return false;
  }

  /** The first noun or name of sentence k, in the parse (-1: none). */
  private firstNounOf(k: number): number {
    const syn = this.ctx.syntax!;
    for (let w = syn.sentenceWordStart[k]; w < syn.sentenceWordStart[k + 1]; w++) if (syn.words[w].upos === 'NOUN' || syn.words[w].upos === 'PROPN') return w;
    return -1;
  }

  /** Sentence k's main clause has a subject headed by a person noun, outside a quotation, between offsets from and to. */
  private personSubject(k: number, from: number, to: number): boolean {
    const syn = this.ctx.syntax;
    if (!syn) return false;
    for (let w = syn.sentenceWordStart[k]; w < syn.sentenceWordStart[k + 1]; w++) {
      if (syn.words[w].head >= 0) continue;
      for (const sj of subjects(syn, w)) {
        const x = syn.words[sj];
        if (x.start <= from || x.start >= to || x.upos !== 'NOUN' || this.ctx.quoteAt[x.token] >= 0) continue;
        const lemma = x.lemma.toLowerCase();
        if (PERSON_DESCRIPTORS.has(lemma) || ANONYMOUS_SOURCE_HEADS.has(lemma) || isRoleNoun(lemma)) return true;
      }
    }
    return false;
  }

  /** The last speaker introduced without a name whose head noun is this one, in the last few sentences. */
  private describedAs(noun: string, i: number): ResolvedSpeaker | null {
    const { ctx } = this;
    const limit = ctx.toks[i].start;
    let found: ResolvedSpeaker | null = null;
    for (const d of this.described) {
      if (d.at >= limit || ctx.toks[i].sentence - ctx.toks[this.tokenAt(d.at)].sentence > 4) continue;
      if (headNoun(d.speaker.text) === noun) found = d.speaker;
    }
    return found;
  }

  /**
   * A person's mention opens its sentence behind words of its own phrase ("Crown Prince Hassan, …":
   * the tagger left "Crown" out of the name): every token before it in the sentence hangs in the
   * parse from the name's head, as a title or modifier (not a preposition or conjunction).
   */
  private opensSentence(m: Mention, mi: number, first: number): boolean {
    const syn = this.ctx.syntax;
    if (!syn || !isPerson(m) || mi <= first || mi - first > 3) return false;
    let head = wordOfToken(syn, this.tokenAt(m.end - 1));
    while (head >= 0 && syn.words[head].head >= 0 && syn.words[syn.words[head].head].start >= m.start && syn.words[syn.words[head].head].end <= m.end) head = syn.words[head].head;
    if (head < 0) return false;
    for (let t = first; t < mi; t++) {
      const w = wordOfToken(syn, t);
      if (w < 0 || !NAME_MODIFIERS.has(syn.words[w].deprel) || syn.words[w].head !== head) return false;
    }
    return true;
  }

  /**
   * The organisation before token i that the article names or describes with this noun ("the
   * Federal Bureau of Investigation" … "the bureau"; "Europol, the EU's police agency" … "the
   * agency"): the one mentioned last. Only a name's head counts ("the state" is not "Ohio State
   * University"); any noun the article ties to the name as a descriptor does ("airframer").
   */
  private namedKind(base: { text: string; sourceSpan: Span }, i: number, noun: string): ResolvedSpeaker | null {
    const { ctx } = this;
    if (!/^[a-z][a-z-]+$/.test(noun)) return null;
    const kinds = (this.orgKinds ??= organisationKinds(ctx));
    const want = singular(noun);
    const limit = ctx.toks[i].start;
    let found: Mention | null = null;
    for (const m of ctx.mentions) {
      if (m.start >= limit) break;
      if (m.type !== 'ORG' || isPerson(m) || ctx.quoteAt[this.tokenAt(m.start)] >= 0) continue;
      if (kinds.get(m.entityId ?? m.canonical ?? m.text)?.has(want)) found = m;
    }
    return found ? this.fromMention(base, found, 'org') : null;
  }

  /**
   * The organisation whose body the phrase names: its name stands before a body noun that heads the
   * phrase, with only lower-case words of the phrase's own between them ("the United Nations refugee agency", "the
   * Hamas-run health ministry"). The noun must name a part of an organisation (isBodyNoun: "agency",
   * "ministry", "office"); a kind of organisation ("the Hamas militant group") says what the name is. Where WordNet knows that word and the noun as one noun ("the Xinhua news
   * agency"), the phrase says what the organisation is, and no body is meant; null then, and without WordNet.
   */
  private bodyOfOrganisation(pool: Mention[], words: string[], a: number, b: number): Mention | null {
    const ctx = this.ctx;
    const last = words[words.length - 1];
    const wn = installedWordNet();
    if (!wn || !ORG_DESCRIPTORS.has(last) || !isBodyNoun(last, wn) || ctx.mentionAt[b - 1] >= 0) return null;
    // the name, then only lower-case words up to the noun (the parse may hang the name on one of them)
    const org = pool.filter((m) => m.type === 'ORG' && this.tokenAt(m.end - 1) < b - 1).pop();
    if (!org) return null;
    const from = this.tokenAt(org.end - 1) + 1;
    const between = ctx.toks.slice(from, b - 1).map((t) => t.text);
    if (between.length === 0 || !between.every((w) => /^[a-z][a-z-]*$/.test(w))) return null;
    return wn.synsets(`${between[between.length - 1].toLowerCase()}_${last}`, 'n').length ? null : org;
  }

  /** The parse attaches the mention to a common noun of tokens [a, b) outside any name ("US" in "the US company"). */
  private modifiesNoun(m: Mention, a: number, b: number): boolean {
    const syn = this.ctx.syntax;
    if (!syn) return false;
    let w = wordOfToken(syn, this.tokenAt(m.end - 1));
    while (w >= 0 && syn.words[w].head >= 0 && syn.words[syn.words[w].head].start >= m.start && syn.words[syn.words[w].head].end <= m.end) w = syn.words[w].head;
    const head = w >= 0 ? syn.words[w].head : -1;
    if (head < 0 || syn.words[head].upos !== 'NOUN') return false;
    const t = syn.words[head].token;
    // not a time ("Britain last week", which the parse may read as one phrase)
    return t >= a && t < b && this.ctx.mentionAt[t] < 0 && this.ctx.timeAt[t] < 0;
  }

  /** "Charles Clarke said" / "Charles Clarke, the home secretary, said": the name is a speech verb's subject. */
  private speaksNext(m: Mention): boolean {
    let k = this.tokenAt(m.end - 1) + 1;
    const stop = Math.min(this.ctx.toks.length, k + 12);
    if (this.ctx.low[k] === ',') {
      while (k < stop && this.ctx.low[k] !== ',' || k === this.tokenAt(m.end - 1) + 1) k++;
      k++;
    }
    // "Lee added 101 yards" adds a thing: no one speaks
    return SPEECH_VERBS.has(this.ctx.low[k] ?? '') && !addsAThingAt(this.ctx, k);
  }

  /** A description (as the model's source gave it) that the article set apart from the person another reading found. */
  setApart(description: ResolvedSpeaker, other: ResolvedSpeaker): boolean {
    if (description.kind !== 'description' || other.kind !== 'person') return false;
    const a = this.tokenAt(description.sourceSpan.start);
    let b = a;
    while (b < this.ctx.toks.length && this.ctx.toks[b].end <= description.sourceSpan.end) b++;
    // only a description of a person can be taken for one ("the ad" quoting Trump is not set apart from him)
    const head = this.ctx.low[b - 1] ?? '';
    if (!PERSON_DESCRIPTORS.has(head) && !isRoleNoun(head)) return false;
    return b > a && b - a <= 3 && this.seenApart(other, this.ctx.low.slice(a, b), a);
  }

  /**
   * "Dempsey talked with the man …" earlier: the article set the description (the same words) and
   * this person side by side in one sentence, as two people, so a later "the man wrote" is not
   * him, however salient he is. An apposition or a copula ("Dempsey, the man who …", "Dempsey is the
   * man") says the opposite and does not count.
   */
  private seenApart(who: ResolvedSpeaker, words: string[], before: number): boolean {
    const { ctx } = this;
    const key = who.entityId ?? who.name;
    const n = words.length;
    for (let i = 1; i + n <= before; i++) {
      if (!words.every((w, k) => ctx.low[i + k] === w)) continue;
      const s = ctx.toks[i].sentence;
      if (ctx.low[i - 1] === ',' || AUX_BE_FORMS.has(ctx.low[i - 1])) continue;
      // the two in one clause ("Hale talked with the man"), not two clauses with their own
      // subjects ("Christie calls him X, while Trump calls the governor Y")
      const clause = this.clauseAt(i + n - 1);
      for (let t = ctx.sentStart[s]; t < ctx.toks.length && ctx.toks[t].sentence === s; t++) {
        const mi = ctx.mentionAt[t];
        if (mi < 0 || (t > i - 1 && t < i + n) || ctx.low[t + 1] === ',' && t + 2 === i) continue;
        if (clause < 0 || this.clauseAt(t) !== clause) continue;
        // a name given in quotation marks is what the description is called ("refers to the governor as “Chris”")
        if (ctx.quoteAt[t] >= 0) continue;
        const m = ctx.mentions[mi];
        if (!isPerson(m)) continue;
        const full = this.fullNameOf(m);
        if ((full.entityId ?? full.canonical ?? full.text) === key) return true;
      }
    }
    return false;
  }

  /** The word heading token t's clause in the parse (-1 without one). */
  private clauseAt(t: number): number {
    const syn = this.ctx.syntax;
    const w = syn ? wordOfToken(syn, t) : -1;
    return w >= 0 ? clauseOf(syn!, w) : -1;
  }

  /**
   * "the statement", "that letter": a document, not a person or a body, whose issuer the article
   * gave where it wrote that noun before ("a statement by X", "X said in a statement"): that issuer,
   * when it is a name (or resolves to one).
   */
  private issuedBy(words: string[], a: number): ResolvedSpeaker | null {
    const noun = words[words.length - 1];
    if (words.length < 2 || words.length > 3 || !DOCUMENT_DETERMINERS.has(words[0]) || !/^[a-z]+$/.test(noun)) return null;
    if (PERSON_DESCRIPTORS.has(noun) || ORG_DESCRIPTORS.has(noun) || ANONYMOUS_SOURCE_HEADS.has(noun) || isRoleNoun(noun) || isPluralRole(noun) || isBusinessWord(noun)) return null;
    // a person's or body's name written there: "its report" or "he said in a statement" would
    // stake the document on a pronoun's guess
    // or a government the article describes without a name ("a statement from the Indian government")
    const government = (x: TokenRange) => this.mentionsIn(x.a, x.b).every((m) => m.type !== 'PER') && isGovernmentBodyWord(this.ctx.low[x.b - 1]);
    const r = lastIssuerOf(this.ctx, noun, a, (x) => this.mentionsIn(x.a, x.b).some((m) => isPerson(m) || m.type === 'ORG') || government(x));
    const who = r ? this.resolve(r.a, r.b) : null;
    return who && (who.kind !== 'description' || government(r!)) ? who : null;
  }

  /**
   * "France Telecom said …. “…,” a statement said", "A Kraft representative confirmed …. “…,” a
   * statement reads": a document the article gives no issuer ("a statement", "a press release"),
   * right after a body spoke or someone spoke for one (in its sentence or the one before, no other
   * organisation named since), is that body's.
   */
  private bodyBeforeDocument(words: string[], a: number): ResolvedSpeaker | null {
    const noun = words[words.length - 1];
    if (words.length < 2 || words.length > 3 || (words[0] !== 'a' && words[0] !== 'an') || !/^[a-z]+$/.test(noun)) return null;
    if (!isDocumentNoun(noun) || PERSON_DESCRIPTORS.has(noun) || ORG_DESCRIPTORS.has(noun) || isRoleNoun(noun)) return null;
    const limit = this.ctx.toks[a].start;
    let last: { at: number; speaker: ResolvedSpeaker } | undefined;
    for (const x of [...this.spoken, ...this.described]) if (x.at < limit && (!last || x.at > last.at)) last = x;
    if (!last || !this.justSpoke(last, a)) return null;
    if (last.speaker.kind === 'org') return last.speaker;
    const body = last.speaker.kind === 'description' ? last.speaker.speaksFor : undefined;
    const named = body ? this.byName(body.name, last.speaker.span) : null;
    return named?.kind === 'org' ? named : null;
  }

  /** "Deputy Prime Minister X" is not "the prime minister": the title before the name, with a modifier. */
  private holdsOtherOffice(span: Span, title: string[]): boolean {
    const { ctx } = this;
    const mi = this.tokenAt(span.start);
    return title.every((w, k) => ctx.low[mi - title.length + k] === w) && TITLE_MODIFIERS.has(ctx.low[mi - title.length - 1] ?? '');
  }

  /**
   * Whether the title words ending at token k make another office of the title after them: a
   * modifier right there ("shadow home secretary") or anywhere in the capitalised run before it
   * ("Deputy Prime Minister John Prescott" holds no office of "minister" that "the prime minister" names).
   */
  private modifiedTitle(k: number): boolean {
    const { ctx } = this;
    if (TITLE_MODIFIERS.has(ctx.low[k] ?? '')) return true;
    for (let j = k, steps = 0; j >= 0 && steps < MAX_TITLE_WORDS && ctx.mentionAt[j] < 0 && /^\p{Lu}/u.test(ctx.toks[j].text); j--, steps++) {
      if (TITLE_MODIFIERS.has(ctx.low[j])) return true;
    }
    return false;
  }

  /** A person named with these title words ("Home Secretary Charles Clarke", "Charles Clarke, the home secretary"). */
  private titledPerson(title: string[], before: number): Mention | null {
    const { ctx } = this;
    if (!title.length || !title.every(isTitleWord) || !endsTitle(title[title.length - 1])) return null;
    let best: Mention | null = null;
    for (const m of ctx.mentions) {
      if (m.type !== 'PER') continue;
      const mi = this.tokenAt(m.start);
      const me = this.tokenAt(m.end - 1) + 1;
      // "Home Secretary Charles Clarke", not "shadow home secretary X" or "Deputy Prime Minister X"
      const titleBefore = (title.every((w, k) => ctx.low[mi - title.length + k] === w) && !this.modifiedTitle(mi - title.length - 1))
        // the tagger may keep the title inside the name's span ("Judge Letitia Clark")
        || (title.every((w, k) => ctx.low[mi + k] === w) && mi + title.length < me && !TITLE_MODIFIERS.has(ctx.low[mi - 1] ?? ''));
      const apposed = ctx.low[me] === ',' && (ctx.low[me + 1] === 'the' ? title.every((w, k) => ctx.low[me + 2 + k] === w) : title.every((w, k) => ctx.low[me + 1 + k] === w));
      if (!titleBefore && !apposed) continue;
      // nearest before the description, else the first after it; one the article tells was killed
      // only where no other person bears the title (killed-person.ts)
      if (mi < before) {
        if (!best || toldKilled(ctx, best) || !toldKilled(ctx, m)) best = m;
      } else if (!best) return m;
    }
    return best;
  }

  /**
   * "Prime Minister Avi Dor … Later, the 61-year-old prime minister met …. “…,” he said": a definite
   * description by the title the article gave a person before the name is a mention of that person,
   * for the pronouns after it (as "the prime minister said" is already that person's words).
   */
  private titleReferences(): Mention[] {
    const { ctx } = this;
    const out: Mention[] = [];
    // only a person named before the description can be it (titleIn): none named, no title looked for
    let firstPerson = Infinity;
    for (const m of ctx.mentions) if (m.type === 'PER' && m.start < firstPerson) firstPerson = m.start;
    for (let t = 0; t + 1 < ctx.toks.length; t++) {
      if (ctx.low[t] !== 'the' || ctx.quoteAt[t] >= 0 || ctx.toks[t + 1].start <= firstPerson) continue;
      let e = t + 1;
      while (e < ctx.toks.length && e - t <= 4 && ctx.mentionAt[e] < 0 && /^[a-z0-9][a-z0-9.-]*$/.test(ctx.toks[e].text)) e++;
      const found = this.titleIn(t + 1, e);
      // "the prime minister Avi Dor" names the person itself
      if (!found || ctx.mentionAt[found.end] >= 0) continue;
      const full = this.fullNameOf(found.person);
      out.push({
        start: ctx.toks[t + 1].start, end: ctx.toks[found.end - 1].end, text: ctx.text.slice(ctx.toks[t + 1].start, ctx.toks[found.end - 1].end),
        type: 'PER', canonical: full.canonical ?? full.text, ...(full.entityId ? { entityId: full.entityId } : {}),
      });
    }
    return out;
  }

  /** The first title in tokens [a, b) (its longest form) that the article gave a person named before token a. */
  private titleIn(a: number, b: number): { person: Mention; end: number } | null {
    for (let end = a + 1; end <= b; end++) {
      // no title ends in a word that cannot end one: asked once per end, not once per start
      if (!isTitleWord(this.ctx.low[end - 1]) || !endsTitle(this.ctx.low[end - 1])) continue;
      for (let start = a; start < end; start++) {
        const person = this.titledPerson(this.ctx.low.slice(start, end), a);
        if (person && person.start < this.ctx.toks[a].start) return { person, end };
      }
    }
    return null;
  }

  private tokenAt(offset: number): number {
    return lastStartingAtOrBefore(this.ctx.toks, offset);
  }
}

/** A lower-case word a title may hold ("prime", "minister", "vice-president"). */
function isTitleWord(w: string): boolean {
  return /^[a-z][a-z.-]*$/.test(w);
}

/** endsTitle's answers by word. */
const titleEnds = new Map<string, boolean>();

/**
 * Can a title end in this word: a person descriptor, a word for a doer ("-or", "-er", "-ist" …) or a
 * role noun; not a plural ("officials", "analysts": several people, never the one named before them:
 * "… union leader Rui Costa, officials said" is what the officials said, not Costa).
 */
function endsTitle(last: string): boolean {
  // asked of every word after every "the" of every article: answered once per word
  let yes = titleEnds.get(last);
  if (yes === undefined) {
    yes = (PERSON_DESCRIPTORS.has(last) || /(?:or|er|ist|ary|ian|ent|lor)$/.test(last) || isRoleNoun(last)) && !isPluralRole(last);
    titleEnds.set(last, yes);
  }
  return yes;
}

/** "the 29-year-old": a person named by their age, as news refers back to someone it has named. */
function isAgeNoun(w: string): boolean {
  return /^\d{1,3}-year-old$/.test(w);
}

/** A noun for someone's role ("ceo", "executive", "co-founder"): a person noun, never a pronoun or a name. */
function isRoleNoun(w: string): boolean {
  return /^[a-z][a-z-]+$/.test(w) && (isPersonWord(w) || isPersonItself(w));
}

/** A plural of a person noun ("officials", "analysts", "secretaries"): its singular is one. */
function isPluralRole(w: string): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return PERSON_DESCRIPTORS.has(singular) || PERSON_NOUNS.has(singular) || isRoleNoun(singular);
}

/**
 * "groups of young people", "a crowd of students", "dozens of protesters": a word for a number or a
 * group (WordNet), "of", then a plural noun for people: the index of that noun phrase's first word
 * (-1 when the phrase is no such partitive).
 */
function partitiveHead(words: string[]): number {
  const k = DETERMINERS.has(words[0]) ? 1 : 0;
  if (words.length < k + 3 || words[k + 1] !== 'of') return -1;
  // a number or quantifier picks some out and stays ("one of the captains", "four of the sources"):
  // only a plural ("groups", "hundreds") or a word after an article ("a crowd") counts the people
  const counted = words[k].endsWith('s') || (k === 1 && (words[0] === 'a' || words[0] === 'an'));
  if (!counted || QUANTIFIERS.has(words[k]) || !isCollectiveWord(singular(words[k]))) return -1;
  // a body bound by kin or membership is itself the speaker ("the families of the victims", "a union of dockers")
  if (isMembershipGroupWord(singular(words[k]))) return -1;
  const last = words[words.length - 1];
  if (!(isPluralRole(last) || (PERSON_NOUNS.has(last) && singular(last) !== last) || last === 'people')) return -1;
  // one noun phrase: no clause or second phrase after the head
  for (let i = k + 2; i < words.length; i++) if (isPunct(words[i]) || TIE_WORDS.has(words[i])) return -1;
  return k + 2;
}

/** A person's mention, also when the tagger missed that "Mr X" is one. */
function isPerson(m: Mention): boolean {
  return m.type === 'PER' || /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s/.test(m.text);
}

/** A phrase that can name a speaker without a name: "officials", "a source close to …", "the agency". */
function describesSomeone(words: string[]): boolean {
  const first = words[0];
  const plain = (w: string) => w.replace(/s$/, '');
  const known = (w: string) => PERSON_NOUNS.has(w) || PERSON_DESCRIPTORS.has(w) || ANONYMOUS_SOURCE_HEADS.has(w) || ORG_DESCRIPTORS.has(w) || PERSON_DESCRIPTORS.has(plain(w)) || ORG_DESCRIPTORS.has(plain(w));
  // "hospital sources", "diplomatic officials": plain lower-case modifiers before a head that names someone
  const last = words[words.length - 1];
  if (words.length <= 3 && known(last) && words.every((w) => /^[a-z][a-z-]*$/.test(w))) return true;
  if (!DETERMINERS.has(first) && !known(first) && !/^(?:one|two|three|several|many|senior|former|top)$/.test(first)) return false;
  // "a friend of the actress", "a neighbour of the victim": a head WordNet knows for a person, before what ties it to someone
  const tie = words.findIndex((w, k) => k > 0 && TIE_WORDS.has(w));
  const head = tie > 1 ? words[tie - 1] : undefined;
  return words.length <= 8 && (words.some(known) || words.length <= 4 || (head !== undefined && isRoleNoun(head)));
}

/** Relations of a word before a name that belong to the name's own phrase ("Crown" in "Crown Prince Hassan"). */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(['compound', 'flat', 'amod', 'det']);

/** The head noun of a description as written: its last word before a tie or comma ("spokesman" in "a spokesman for X"). */
function headNoun(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  const tie = words.findIndex((w, k) => k > 0 && (TIE_WORDS.has(w) || w === ','));
  return (words[(tie > 0 ? tie : words.length) - 1] ?? '').replace(/[^a-z-]/g, '');
}

/** A description whose head names one person ("a Sun spokesman", "the spokeswoman for X"; not "officials"). */
export function describedPerson(text: string): boolean {
  const head = headNoun(text);
  if (!head || isPluralRole(head)) return false;
  return PERSON_DESCRIPTORS.has(head) || ANONYMOUS_SOURCE_HEADS.has(head) || isRoleNoun(head);
}

/** The gender a person noun carries in its form ("spokeswoman", "spokesman"), if any. */
function nounGender(text: string): 'm' | 'f' | undefined {
  const head = headNoun(text);
  if (/woman$/.test(head)) return 'f';
  if (/man$/.test(head)) return 'm';
  return undefined;
}

/**
 * A description without its leading article ("a spokesman for X" → "spokesman for X"); "one" before
 * a noun is an article too ("one analyst" is "an analyst"), not in "one of the sources".
 */
function describe(text: string, tokensApart: boolean): string {
  const [first, second] = text.split(/\s+/, 2).map((w) => w.toLowerCase());
  const article = DETERMINERS.has(first) || (first === 'one' && second !== undefined && second !== 'of');
  const words = article && text.includes(' ') ? text.slice(text.indexOf(' ') + 1) : text;
  // tokenised text writes a hyphenated word apart ("a co - worker"): the word as written together
  return tokensApart ? words.replace(/(?<=\p{L}) - (?=\p{L})/gu, '-') : words;
}
