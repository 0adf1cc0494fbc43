// Direct quotes (“…”, «…», "…", split around "he said") and clear indirect speech
// ("X said that …"), each with its speaker resolved through the attribution frames.
import type { Quote, Span } from '../../../types.js';
import { firstTokenAtOrAfter, type DocumentContext, type QuoteRegion } from '../../context/document.js';
import type { TokenRelation } from './attribute.js';
import { describedPerson, type ResolvedSpeaker, type SpeakerResolver } from '../../reference/resolver.js';
import { type Frame, type Speaker, type SpeakerMemory, npBackward, resolveSpeaker, speakerPhraseEnd, tokSpan } from '../attribution.js';
import { POST_QUOTE_ONLY_VERBS, SPEECH_VERBS, TITLE_CUES } from '../../lexicons/attribution.js';
import { hasCommunicationSense, isCommunicationVerb } from '../../senses/word-senses.js';
import { addsAThingAt } from '../../reference/added-object.js';
import { governingSpeaker, subjectOf } from './governing-verb.js';
import { nestedSpeaker } from './nested-speaker.js';
import { perceivedSpeaker } from './perceived-speaker.js';
import { wordsBeforeInsertion } from './inserted-cue.js';
import { passiveAgent } from './passive-agent.js';
import { issuerReadAfter } from './read-document.js';
import { asks, colonSpeaker, loneSubjectBefore, participleSpeaker, samePronounBefore, subjectBefore } from './unverbed.js';
import { colonLeadSpeaker } from './colon-lead.js';
import { characterises } from './characterisation.js';
import { personBeforeBrackets } from './bracketed-source.js';
import { verbLemma } from './verb-lemma.js';
import { tokenisedLines } from '../../context/sentence-lines.js';
import { relationCovering } from './relation-covering.js';
import { resumesAfterLines } from './resumed-lines.js';
import { speakerBeforeInsertion } from './insertion-before.js';
import { modelCueUnspoken, modelReadsEarlierSentence } from './own-attribution.js';
import { phraseTokens, type TokenRange } from '../../reference/phrase-tokens.js';
import { dependents, isPassive, relationMatches, subjects, wordOfToken } from '../../syntax/query.js';
import { ORG_DESCRIPTORS } from '../../lexicons/nouns.js';
import { AUX_BE, AUX_HAVE, DETERMINERS, MODALS, PREPOSITIONS, isAdverb, isCapitalized, isPunct, npForward, spacedPossessiveAt } from '../../context/phrases.js';
import { dataWordList } from '../../lexicon-files.js';
import { spacedTitleStop } from '../../entities/spaced-abbreviations.js';

const ATTRIB_PUNCT = new Set([',', '–', '—', '-', ':']);
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", "''", '``', '«', '„']);
const CLOSE_MARKS = new Set(['”', '"', "''", '’’', '»', '“', '›', "'", '‘', '’']);

/** Offset of the first character inside the quotation (after its mark: one character, or two apostrophes). */
function insideOf(ctx: DocumentContext, q: QuoteRegion): number {
  return q.open + (ctx.text.startsWith("''", q.open) || ctx.text.startsWith('``', q.open) ? 2 : 1);
}

function wordCount(ctx: DocumentContext, q: QuoteRegion): number {
  let n = 0;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (!isPunct(ctx.low[i])) n++;
  return n;
}

/** Names, titles and scare quotes: short, or introduced as a title ("entitled “…”"). */
function isRealQuote(ctx: DocumentContext, q: QuoteRegion): boolean {
  const n = wordCount(ctx, q);
  if (n < 4) return false;
  if (titleCue(ctx, q) && !characterises(ctx, q)) return false;
  let capitals = 0;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (!isPunct(ctx.low[i]) && isCapitalized(ctx.toks[i].text)) capitals++;
  const inner = ctx.text.slice(insideOf(ctx, q), q.close).trim();
  if (capitals === n && !/[.!?,]$/.test(inner)) return false;
  return true;
}

/** A naming word ("entitled", "called", "dubbed") just before the quotation, in its own sentence: that word. */
function titleCue(ctx: DocumentContext, q: QuoteRegion): string | null {
  // only the quotation's own sentence: "His whereabouts are unknown. ¶ “We have …”" names nothing
  const window = ctx.text.slice(Math.max(0, q.open - 24), q.open).toLowerCase();
  const before = window.slice(lastSentenceBreak(window));
  // whole words ("recalled screaming “…”" names nothing), and the last naming word only where no
  // verb of speaking follows it ("X called 911, saying “…”" hands the quotation on as speech)
  const words = before.split(/[^\p{L}-]+/u);
  for (let k = words.length - 1; k >= 0; k--) {
    if (!TITLE_CUES.has(words[k])) continue;
    return words.slice(k + 1).some((w) => SPEECH_VERBS.has(w)) ? null : words[k];
  }
  return null;
}

/** Where the last sentence or paragraph break in text ends (0 without one). */
function lastSentenceBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[.!?]["”’')]*\s+|\n/g)) at = m.index + m[0].length;
  return at;
}

/**
 * A short quotation that opens its sentence and hands on to its speaker ("“That's right,” Ann
 * said", "“Why?” he asked"): a statement, however short, not a name or a term, which are written
 * inside a sentence ("dubbed the “Iron Lady”").
 */
function shortStatement(ctx: DocumentContext, mem: SpeakerMemory, q: QuoteRegion, runsOn: boolean): 'speaker' | 'unattributed' | null {
  if (wordCount(ctx, q) === 0 || !handsOn(ctx, q)) return null;
  const s = ctx.toks[q.tokStart].sentence;
  // only marks before it: any opening mark (the wire's "``" too) or a closing one a copy wrote for it
  for (let i = ctx.sentStart[s]; i < q.tokStart; i++) if (!CLOSE_MARKS.has(ctx.low[i]) && !OPENING_MARKS.has(ctx.low[i])) return null;
  // a pronoun's antecedent is a guess the quotation's length cannot check: on PolNeAR train, 10 of
  // 28 such short answers went to someone else ("“Absolutely not,” he said" after a supporter
  // described without a name), 3 of 48 with a name or description written out; the answer is
  // still speech, so it is kept with no speaker rather than lost
  const found = speakerAfter(ctx, mem, q);
  if (!found) return null;
  // … unless the sentence before, in the same paragraph, is about one person alone ("Mr. Price
  // conceded it had tried to do too much. “Absolutely,” he said.")
  // (or is that pronoun's subject with no one named: "He waved to the gallery. “I am sorry,” he said.")
  for (let t = q.tokEnd; t < found.end && t < ctx.toks.length; t++) if (PRONOUNS.has(ctx.low[t])) return loneSubjectBefore(ctx, q) || samePronounBefore(ctx, q, ctx.low[t], runsOn) ? 'speaker' : 'unattributed';
  return 'speaker';
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * A short quotation inside its sentence that a named person says with a verb of speaking ("Ann
 * Ruiz warned of “grave risks”", "Ruiz said the talks were “very useful”"): the model's relation
 * covers it, its source names a person, its cue is a speech verb (the lexicon's, or one whose first
 * WordNet sense is verb.communication), and the parse hangs it from that verb (see partOfWhatIsSaid).
 * Not a name or a term: not all capitals, not after an article, not after a naming word, the cue
 * itself included ("a product called “…”", "Ruiz called the plan “a disgrace”").
 */
function namedShortSpeech(ctx: DocumentContext, q: QuoteRegion, relations: TokenRelation[], sources: Map<TokenRelation, ResolvedSpeaker | null>): boolean {
  const n = wordCount(ctx, q);
  if (n < MIN_NAMED_SHORT || q.tokEnd <= q.tokStart || q.tokStart >= ctx.toks.length) return false;
  const rel = relationCovering(relations, q.tokStart, q.tokEnd);
  if (!rel?.source || rel.cue.to > q.tokStart) return false;
  let spoken = speechCue(ctx, rel.cue.from, rel.cue.to);
  for (let t = rel.cue.from; t < rel.cue.to && !spoken; t++) spoken = isCommunicationVerb(ctx.low[t]);
  if (!spoken) return false;
  if (sources.get(rel)?.kind !== 'person') return false;
  let named = false;
  for (let t = rel.source.from; t < rel.source.to && !named; t++) named = ctx.mentionAt[t] >= 0 && !PRONOUNS.has(ctx.low[t]);
  if (!named || afterArticle(ctx, q)) return false;
  if (titleCue(ctx, q)) return false;
  let capitals = 0;
  for (let i = q.tokStart; i < q.tokEnd; i++) if (!isPunct(ctx.low[i]) && isCapitalized(ctx.toks[i].text)) capitals++;
  return capitals < n && partOfWhatIsSaid(ctx, q, rel.cue);
}

const MIN_NAMED_SHORT = 1;

/** Relations by which a word modifies a noun or stands beside it: a quotation hanging so names or qualifies it. */
const NOUN_MODIFIER = ['amod', 'compound', 'compound:*', 'appos', 'nmod', 'nmod:*', 'flat', 'flat:*', 'nummod', 'det', 'det:*'];
/** Relations by which a word describes the noun it hangs from. */
const DESCRIPTOR = ['amod', 'compound', 'compound:*'];
/** Relations that make a quotation no argument of any clause: an interjection, a form of address, an unparsed word. */
const NO_ARGUMENT = ['discourse', 'vocative', 'dep', 'list', 'reparandum', 'goeswith', 'orphan'];

/**
 * The parse makes the quotation one phrase that is part of what is said: an argument of the verb of
 * speaking or of the clause it reports ("promised “a full inquiry”", "warned of “grave risks”",
 * "said the bill was “badly drafted”", "said the move would cause “real harm”"). A quotation that
 * modifies a noun or stands in apposition to one is a term, a title or a scare quote ("explained the
 * term “…”", "the company's “green” credentials", "the storm, labelled “…” by forecasters"), as is
 * one hung as an interjection ("the band's hit “Hey there” topped the charts") or one the parse
 * splits between two heads ("about the song “Let it be” on Monday"). A prepositional phrase the
 * parse hangs from the cue's object may as well hang from the cue ("described the deal as “a good
 * start”"). Further up the parse is not read: around quotation marks it errs too often.
 */
function partOfWhatIsSaid(ctx: DocumentContext, q: QuoteRegion, cue: { from: number; to: number }): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const inQuote = (w: number) => w >= 0 && syn.words[w].token >= q.tokStart && syn.words[w].token < q.tokEnd;
  const inCue = (w: number) => w >= 0 && syn.words[w].token >= cue.from && syn.words[w].token < cue.to;
  let head = -1;
  for (let t = q.tokStart; t < q.tokEnd; t++) {
    const w = wordOfToken(syn, t);
    if (w < 0 || syn.words[w].upos === 'PUNCT' || syn.words[w].head < 0 || inQuote(syn.words[w].head)) continue;
    if (head >= 0 && head !== w) return false;
    head = w;
  }
  // "the group's new single “…”": an adjective or noun before the quotation modifies a word inside
  // it, so the quotation ends a noun phrase begun before it and names what that phrase describes (a
  // possessive or article does not tell so: "the judge's “…”" is often her words)
  const first = wordOfToken(syn, q.tokStart);
  for (let w = first - 1; w >= 0 && w >= first - 4 && syn.words[w].token < q.tokStart; w--) {
    if (inQuote(syn.words[w].head) && DESCRIPTOR.some((r) => relationMatches(syn.words[w].deprel, r))) return false;
  }
  // "about the film “…”": a noun right before the opening mark that is no part of the cue's clause
  // itself (as "told reporters “…”" is) is what the quotation names
  let before = first - 1;
  while (before >= 0 && syn.words[before].upos === 'PUNCT' && syn.words[before].token < q.tokStart) before--;
  if (before >= 0 && syn.words[before].upos === 'NOUN' && !inQuote(syn.words[before].head) && !inCue(syn.words[before].head) && !inCue(before)) return false;
  if (head < 0) return true;
  const { deprel, head: gov } = syn.words[head];
  if (NO_ARGUMENT.some((r) => relationMatches(deprel, r))) return false;
  if (!NOUN_MODIFIER.some((r) => relationMatches(deprel, r))) return true;
  return deprel === 'nmod' && dependents(syn, head, 'case', 'mark').length > 0 && ['obj', 'iobj'].includes(syn.words[gov].deprel) && inCue(syn.words[gov].head);
}


/** The quotation ends in a comma, question or exclamation mark: the sentence goes on to say who spoke. */
function handsOn(ctx: DocumentContext, q: QuoteRegion): boolean {
  return /[,!?]\s*$/.test(ctx.text.slice(insideOf(ctx, q), q.close));
}

/** The word before the opening mark is an article: the quotation is inside a noun phrase. */
function afterArticle(ctx: DocumentContext, q: QuoteRegion): boolean {
  const before = firstTokenAtOrAfter(ctx.toks, q.open) - 1;
  return before >= 0 && ARTICLES.has(ctx.low[before]);
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Speaker written right after the closing mark: "…,” said X" / "…,” X said" / "” – brought X".
 * relayed: the phrase says who relays the words and the rule found who spoke them ("…,” the
 * paper quoted Ann Lee as saying").
 */
function speakerAfter(ctx: DocumentContext, mem: SpeakerMemory, q: QuoteRegion): { speaker: Speaker; end: number; relayed?: boolean } | null {
  let i = q.tokEnd;
  while (i < ctx.toks.length && (CLOSE_MARKS.has(ctx.low[i]) || ATTRIB_PUNCT.has(ctx.low[i]))) i++;
  let s = ctx.toks[q.tokEnd]?.sentence ?? 0;
  // "“…?” Ann asked": the splitter ends a sentence at the question mark, but the words after it
  // in the paragraph still say who asked
  const next = ctx.toks[i]?.sentence;
  const inner = ctx.text.slice(insideOf(ctx, q), q.close);
  // "“…,” ¶ Reliance said": a quotation ending in a comma hands on to its attribution even where
  // a copy (tokenised text's one sentence a line) broke the sentence and its paragraph after it
  const crossed = next === s + 1 && ctx.sentStart[next] === i && (/,\s*$/.test(inner) || (ctx.paraOfSent[next] === ctx.paraOfSent[s] && /[!?]\s*$/.test(inner)));
  if (crossed) s = next;
  // tokenised text writes a title apart ("Mr . Magruder wrote"), and the splitter ends a sentence at its stop
  while (s + 1 < ctx.sentences.length && spacedTitleStop(ctx.text, ctx.toks, ctx.sentStart[s + 1] - 1)) s++;
  const limit = ctx.sentStart[Math.min(ctx.sentences.length, s + 1)];
  const w = ctx.low[i];
  // "“…,” whispered X": a quotation ending in a comma, then any verb of speaking (WordNet's
  // verb.communication) before its speaker
  const handedOn = handsOn(ctx, q) && i > q.tokEnd && ctx.low[i + 1] !== 'by' && !!w && speakingVerbAt(ctx, i);
  if (w && (SPEECH_VERBS.has(w) || POST_QUOTE_ONLY_VERBS.has(w) || handedOn)) {
    const end = speakerPhraseEnd(ctx, i + 1, Math.max(limit, i + 1));
    const sp = resolveSpeaker(ctx, mem, i + 1, end);
    return sp ? { speaker: sp, end } : null;
  }
  // "…,” he said" / "…,” Ruiz added" / "…,” Europol's head of X, Anne Visser, said"; after a
  // quotation that hands on, also the verbs that attribute only there ("“…?” Ann asked")
  const afterOnly = handsOn(ctx, q);
  for (let j = i; j < Math.min(limit, i + 20); j++) {
    // any verb of speaking in the past tense closing such an attribution too ("“…,” one user quipped.")
    const onlyHere = !SPEECH_VERBS.has(ctx.low[j]) && afterOnly && (POST_QUOTE_ONLY_VERBS.has(ctx.low[j]) || spokenPast(ctx, j)) && attributesHere(ctx, j);
    // "“…?” Has the candidate ever continued …": a question of its own, not an attribution
    if ((onlyHere || crossed) && QUESTION_OPENERS.has(ctx.low[i])) return null;
    if ((SPEECH_VERBS.has(ctx.low[j]) || onlyHere) && j > i && !DETERMINERS.has(ctx.low[j - 1]) && !(ctx.low[j] === 'state' || ctx.low[j] === 'point' || ctx.low[j] === 'post' || ctx.low[j] === 'count')) {
      // "the press service quoted judge X as saying": X speaks
      const quoted = quotedAsSaying(ctx, j, limit);
      if (quoted) {
        const sp = resolveSpeaker(ctx, mem, quoted[0], quoted[1]);
        if (sp) return { speaker: sp, end: quoted[1] + 2, relayed: true };
      }
      let k = j;
      while (k > i && (isAdverb(ctx.low[k - 1]) || AUX_HAVE.has(ctx.low[k - 1]) || MODALS.has(ctx.low[k - 1]) || ctx.low[k - 1] === ',')) k--;
      const sp = resolveSpeaker(ctx, mem, i, k);
      return sp ? { speaker: sp, end: j + 1 } : null;
    }
    // "“…,” a detective, speaking on condition of anonymity, said": a participle or relative
    // clause set off by commas between the speaker and the verb is no part of the speaker phrase
    const verbAt = j > i && ctx.low[j] === ',' ? afterInsertion(ctx, j, limit) : -1;
    if (verbAt > 0) {
      const sp = resolveSpeaker(ctx, mem, i, j);
      return sp ? { speaker: sp, end: verbAt + 1 } : null;
    }
    // an apposition's commas belong to the speaker phrase; any other mark ends it
    // (an age set off after a name is one too: "…,” Ann Lee, 62, told the court")
    const appositive = ctx.low[j] === ',' && j > i && (ctx.mentionAt[j + 1] >= 0 || ctx.mentionAt[j - 1] >= 0 || closesAge(ctx, j));
    // "…,” Ann Lee, an official at the town's polling station, told AFP": the comma closing an
    // apposition that opened after a name, right before the verb of speaking, ends the speaker phrase
    if (ctx.low[j] === ',' && !appositive && SPEECH_VERBS.has(ctx.low[j + 1] ?? '') && closesApposition(ctx, i, j)) {
      const sp = resolveSpeaker(ctx, mem, i, j);
      return sp ? { speaker: sp, end: j + 2 } : null;
    }
    // a possessive, also as tokenised text writes it apart ("Ashgabat ' s")
    const possessive = ctx.low[j] === "'s" || ctx.low[j] === '’s' || ((ctx.low[j] === "'" || ctx.low[j] === '’') && ctx.low[j + 1] === 's');
    if (isPunct(ctx.low[j]) && !possessive && !appositive && !spacedTitleStop(ctx.text, ctx.toks, j)) break;
  }
  return null;
}

/** The quotation opens with a single mark ('…', ‘…’). */
function singleMarked(ctx: DocumentContext, q: QuoteRegion): boolean {
  return (ctx.text[q.open] === "'" && ctx.text[q.open + 1] !== "'") || ctx.text[q.open] === '‘';
}

/**
 * "'I came home at three and he was standing there,' she said": a clause of several words closed by
 * its own punctuation inside the single marks, an attribution right after them; a pair of
 * apostrophes read as marks or a scare quote has neither.
 */
function closesSentenceWithSpeech(ctx: DocumentContext, q: QuoteRegion): boolean {
  return wordCount(ctx, q) >= 5 && /[,.!?]\s*$/.test(ctx.text.slice(insideOf(ctx, q), q.close));
}

/** The speaker phrase names a person or organisation itself: no pronoun, no description. */
function namesSpeaker(ctx: DocumentContext, sp: Speaker | null): boolean {
  if (!sp || sp.pronoun) return false;
  for (let t = firstTokenAtOrAfter(ctx.toks, sp.span.start); t < ctx.toks.length && ctx.toks[t].start < sp.span.end; t++) {
    const m = ctx.mentions[ctx.mentionAt[t]];
    if (m?.type === 'PER' || m?.type === 'ORG') return true;
  }
  return false;
}

/** The comma at j closes an age set off after a name: "Ann Lee , 62 ,". */
function closesAge(ctx: DocumentContext, j: number): boolean {
  return j >= 3 && /^\d{1,3}$/.test(ctx.low[j - 1]) && ctx.low[j - 2] === ',' && ctx.mentions[ctx.mentionAt[j - 3]]?.type === 'PER';
}

/**
 * Tokens [i, j) are a name, a comma and a noun phrase opened by a determiner ("Ann Lee, an
 * official at …"): the comma at j closes that apposition. One comma only, and no verb inside.
 */
function closesApposition(ctx: DocumentContext, i: number, j: number): boolean {
  let comma = -1;
  for (let k = i; k < j; k++) {
    if (ctx.low[k] !== ',') continue;
    if (comma >= 0) return false;
    comma = k;
  }
  if (comma <= i || ctx.mentionAt[comma - 1] < 0 || !DETERMINERS.has(ctx.low[comma + 1] ?? '')) return false;
  const syn = ctx.syntax;
  for (let k = comma + 1; k < j; k++) {
    if (ctx.quoteAt[k] >= 0 || SPEECH_VERBS.has(ctx.low[k])) return false;
    const w = syn ? wordOfToken(syn, k) : -1;
    if (w >= 0 && (syn!.words[w].upos === 'VERB' || syn!.words[w].upos === 'AUX')) return false;
  }
  return true;
}

/** Relative pronouns that open a clause set off by commas ("X, who was at the scene, said"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

/**
 * The comma at j opens an insertion (a participle, "speaking on condition of anonymity", or a
 * relative clause) whose closing comma comes right before a verb of speaking in the same
 * sentence: that verb's token, else -1.
 */
function afterInsertion(ctx: DocumentContext, j: number, limit: number): number {
  const first = ctx.low[j + 1] ?? '';
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, j + 1) : -1;
  const participle = first.endsWith('ing') && w >= 0 && syn!.words[w].upos === 'VERB';
  if (!participle && !RELATIVES.has(first)) return -1;
  for (let k = j + 2; k < Math.min(limit, j + 24); k++) {
    if (ctx.quoteAt[k] >= 0) return -1;
    // a possessive tokenised text writes apart ("the Post ' s editor") is no mark that ends the clause
    if (!isPunct(ctx.low[k]) || spacedPossessiveAt(ctx, k)) continue;
    return ctx.low[k] === ',' && SPEECH_VERBS.has(ctx.low[k + 1] ?? '') ? k + 1 : -1;
  }
  return -1;
}

/**
 * A verb of speaking at token t: its first WordNet sense in verb.communication, read off the word or
 * its lemma in the parse ("testified" → testify, "quipped" → quip: WordNet's own suffix rules miss
 * "-ied" and the doubled consonant).
 */
function speakingVerbAt(ctx: DocumentContext, t: number): boolean {
  if (isCommunicationVerb(ctx.low[t])) return true;
  const lemma = verbLemma(ctx, t);
  return !!lemma && isCommunicationVerb(lemma);
}

/**
 * A verb of speaking in the past tense at token j, as attributions are written: its first sense one
 * of speaking ("quipped"), or, where it closes its sentence right after the speaker ("“…,” Ann Lee
 * maintained."), any sense of speaking: nothing else can follow a quotation handed on so.
 */
function spokenPast(ctx: DocumentContext, j: number): boolean {
  // not a passive ("Her suggestions are redacted."), nor a verb that opens a quotation of its own
  // ("…,” the crowd chanted “…”): that one is the crowd's, not the first
  if (!ctx.low[j].endsWith('ed') || AUX_BE.has(ctx.low[j - 1] ?? '') || OPENING_MARKS.has(ctx.low[j + 1] ?? '')) return false;
  if (speakingVerbAt(ctx, j)) return true;
  const lemma = verbLemma(ctx, j);
  const closes = j + 1 >= ctx.toks.length || ctx.toks[j + 1].sentence !== ctx.toks[j].sentence || ['.', '!'].includes(ctx.low[j + 1]);
  return !!lemma && closes && hasCommunicationSense(lemma);
}

/** Words that open a question: a sentence starting with one asks, it does not attribute. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([...AUX_BE, ...AUX_HAVE, ...MODALS, 'do', 'does', 'did']);

/** Verbs whose object is the one addressed ("asked the members"); "continued his attacks" goes on doing something else. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['asked', 'answered', 'replied']);

/**
 * An attribution-only verb (POST_QUOTE_ONLY_VERBS) at j closes its attribution: nothing follows,
 * or a preposition ("asked before leaving"), or it addresses someone ("asked reporters").
 */
function attributesHere(ctx: DocumentContext, j: number): boolean {
  const next = ctx.low[j + 1];
  return next === undefined || isPunct(next) || PREPOSITIONS.has(next) || ADDRESSING_VERBS.has(ctx.low[j]);
}

/** "quoted X as saying": the tokens of X. */
function quotedAsSaying(ctx: DocumentContext, v: number, limit: number): [number, number] | null {
  if (ctx.low[v] !== 'quoted' && ctx.low[v] !== 'cited') return null;
  for (let k = v + 2; k < Math.min(limit, v + 12); k++) {
    if (ctx.low[k] === 'as' && (ctx.low[k + 1] === 'saying' || ctx.low[k + 1] === 'telling')) return [v + 1, k];
    // a title's stop written apart ("quoted Mr . Lee as saying") is part of the name, not its end
    if (isPunct(ctx.low[k]) && !spacedTitleStop(ctx.text, ctx.toks, k)) return null;
  }
  return null;
}

/** Speaker written right before the opening mark: "Ortiz remarked: “…”". */
function speakerBefore(ctx: DocumentContext, mem: SpeakerMemory, q: QuoteRegion): Speaker | null {
  const r = speakerRangeBefore(ctx, q);
  return r ? resolveSpeaker(ctx, mem, r.a, r.b) : null;
}

/**
 * The verb of speaking right before the quotation's colon or comma ("…, with a spokesman stating:
 * “…”"), or, with clauses, that of a clause of speaking ending there ("X answered, “…”"); else -1.
 */
function cueBefore(ctx: DocumentContext, q: QuoteRegion, clauses = true): number {
  let i = q.tokStart - 1;
  while (i >= 0 && (CLOSE_MARKS.has(ctx.low[i]) || ctx.low[i] === '«' || ctx.low[i] === '„')) i--;
  if (ctx.low[i] !== ':' && ctx.low[i] !== ',') return -1;
  if (SPEECH_VERBS.has(ctx.low[i - 1]) || speakingParticiple(ctx, i - 1)) return i - 1;
  return clauses ? spokenClauseBefore(ctx, i) : -1;
}

/** Relations by which a word completes its verb's clause: what is told, to whom, how. */
const COMPLEMENT = ['obj', 'iobj', 'obl', 'obl:*', 'nmod', 'nmod:*'];

/**
 * "he then answered, “…”", "she told the court in a firm voice, “…”": a clause of a verb of speaking
 * (its first WordNet sense, by the parse's lemma) in the past tense that ends at the mark before the
 * quotation, its complements after it: that verb's token, else -1.
 */
function spokenClauseBefore(ctx: DocumentContext, mark: number): number {
  const syn = ctx.syntax;
  let w = syn && mark > 0 ? wordOfToken(syn, mark - 1) : -1;
  const s = ctx.toks[mark].sentence;
  for (let up = 0; w >= 0 && up < 4; up++) {
    const word = syn!.words[w];
    if (word.token < ctx.sentStart[s]) return -1;
    if (word.upos === 'VERB') {
      const past = /ed$/.test(ctx.low[word.token]) || SPEECH_VERBS.has(ctx.low[word.token]);
      return past && !isPassive(syn!, w) && isCommunicationVerb(word.lemma.toLowerCase()) ? word.token : -1;
    }
    if (!COMPLEMENT.some((r) => relationMatches(word.deprel, r))) return -1;
    w = word.head;
  }
  return -1;
}

/** "stating", "declaring": a participle of a verb of speaking (WordNet's verb.communication, by the parse's lemma). */
function speakingParticiple(ctx: DocumentContext, t: number): boolean {
  const lemma = t >= 0 && ctx.low[t].endsWith('ing') ? verbLemma(ctx, t) : null;
  return !!lemma && isCommunicationVerb(lemma);
}

/**
 * The model's cue is another verb, before the one that introduces the quotation ("Obama stated
 * that he opposed it, with a spokesman stating: “…”"): the model's source is not the speaker.
 */
function cueElsewhere(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation | null): boolean {
  // only a verb right before the mark: a clause ending there may be reported by the model's cue
  // ("X said the police had interviewed witnesses, “…”" is X's)
  const v = cueBefore(ctx, q, false);
  return !!rel && v >= 0 && rel.cue.to <= v && ctx.toks[rel.cue.from].sentence === ctx.toks[v].sentence;
}

/**
 * The tokens of the speaker phrase of "X said: “…”" (a verb of speaking, then a colon or comma
 * right before the opening mark): the verb's subject as the parse gives it, when a noun phrase ends
 * right before the verb ("According to Ann Lee the minister said: “…”" is the minister's), else the
 * noun phrase before the verb.
 */
function speakerRangeBefore(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const v = cueBefore(ctx, q);
  if (v < 0) return null;
  let k = v;
  while (k > 0 && (isAdverb(ctx.low[k - 1]) || AUX_HAVE.has(ctx.low[k - 1]))) k--;
  const s = ctx.toks[v].sentence;
  const syn = ctx.syntax;
  const vw = syn ? wordOfToken(syn, v) : -1;
  const subj = vw >= 0 ? subjects(syn!, vw).filter((x) => syn!.words[x].token < k).pop() : undefined;
  const sx = subj !== undefined ? syn!.words[subj] : undefined;
  let subjectApart: TokenRange | null = null;
  if (sx && (sx.upos === 'NOUN' || sx.upos === 'PROPN') && sx.token >= ctx.sentStart[s]) {
    const r = phraseTokens(ctx, subj!);
    if (r && r.b === k) return r;
    subjectApart = r;
  }
  const start = npBackward(ctx, k, ctx.sentStart[s]);
  // "Ann Lee, who …, told her: “…”", "An official looked up and said: “…”": no noun phrase right
  // before the verb, whose subject the parse finds before an insertion or a conjunct's verb
  return start < k ? { a: start, b: k } : subjectApart ?? speakerBeforeInsertion(ctx, k);
}

/**
 * "Replied the ministry's spokesman, Ann Lee, “…”", "Said Lee: “…”": a sentence that opens with a
 * verb of speaking, its speaker after it and then the quotation (wire copy's inverted lead-in). The
 * verb is the sentence's first word and written with a capital; the speaker is what stands between
 * it and the comma or colon before the quotation, when that holds a name or a noun for someone
 * (resolveSpeaker reads it as any speaker phrase).
 */
function invertedSpeaker(ctx: DocumentContext, mem: SpeakerMemory, q: QuoteRegion): Speaker | null {
  let mark = q.tokStart - 1;
  while (mark >= 0 && (CLOSE_MARKS.has(ctx.low[mark]) || OPENING_MARKS.has(ctx.low[mark]))) mark--;
  if (mark <= 0 || (ctx.low[mark] !== ':' && ctx.low[mark] !== ',')) return null;
  const s = ctx.toks[mark].sentence;
  let v = ctx.sentStart[s];
  while (v < mark && OPENING_MARKS.has(ctx.low[v])) v++;
  const w = ctx.low[v];
  // a past tense ("Replied", "Said", "Continued"), as such lead-ins are written
  const past = w.endsWith('ed') || w === 'said';
  if (v + 1 >= mark || !isCapitalized(ctx.toks[v].text) || !(SPEECH_VERBS.has(w) || POST_QUOTE_ONLY_VERBS.has(w)) || !past) return null;
  // the phrase is one noun phrase: no verb of speaking or clause mark inside it
  for (let k = v + 1; k < mark; k++) if ((SPEECH_VERBS.has(ctx.low[k]) && ctx.mentionAt[k] < 0) || ctx.low[k] === 'that' || ctx.quoteAt[k] >= 0) return null;
  return resolveSpeaker(ctx, mem, v + 1, mark);
}

export interface QuoteInput {
  ctx: DocumentContext;
  mem: SpeakerMemory;
  framesBySentence: Frame[][];
  /** Attribution relations the model found (token ranges), [] without a model. */
  relations: TokenRelation[];
  speakers: SpeakerResolver;
  /** Each relation's resolved source (resolveSources). */
  sources: Map<TokenRelation, ResolvedSpeaker | null>;
}

type Found = Quote & { para: number; resolved: ResolvedSpeaker | null; carried: boolean };

/** An organisation speaks: so the rules say, or its phrase names one ("the state news agency TASS") and no person. */
function isOrganisation(ctx: DocumentContext, sp: Speaker): boolean {
  if (sp.kind === 'org') return true;
  if (sp.kind === 'person') return false;
  let org = false;
  for (let t = firstTokenAtOrAfter(ctx.toks, sp.span.start); t < ctx.toks.length && ctx.toks[t].start < sp.span.end; t++) {
    const m = ctx.mentions[ctx.mentionAt[t]];
    if (m?.type === 'PER') return false;
    if (m?.type === 'ORG' || ORG_DESCRIPTORS.has(ctx.low[t])) org = true;
  }
  return org;
}

/**
 * Does the speaker at `span` relay what `rel`'s source said ("The ministry called it “…”, the agency
 * reported")? Asked only of an organisation (an agency, a newspaper): a person named after a quotation
 * speaks it even when the clause before names someone else ("his father told him …, “I would …,” Mr X
 * said": X's words; on PolNeAR train, both such cases were the person's). Only when `rel` is a whole
 * attribution of its own before the quotation in its sentence (a source and a verb of speaking: "the
 * elite know that “…”, Ms X said" is X's quotation, "know" says nothing), and the speaker is the source
 * of another relation whose content holds both.
 */
function relays(ctx: DocumentContext, relations: TokenRelation[], rel: TokenRelation, q: QuoteRegion, span: Span): boolean {
  const source = rel.source;
  if (!source) return false;
  const sentence = ctx.toks[q.tokStart].sentence;
  const from = ctx.sentStart[sentence];
  if (source.from < from || rel.cue.from < from || source.to > q.tokStart || rel.cue.to > q.tokStart) return false;
  const verb = ctx.low[rel.cue.to - 1];
  if (!SPEECH_VERBS.has(verb) && !isCommunicationVerb(verb)) return false;
  const holds = (o: TokenRelation, r: { from: number; to: number }) => o.content.some((c) => c.from <= r.from && r.to <= c.to);
  return relations.some((o) => {
    if (o === rel || !o.source) return false;
    const src = tokSpan(ctx, o.source.from, o.source.to);
    return src.start <= span.start && span.end <= src.end && holds(o, rel.cue) && holds(o, source);
  });
}

/**
 * A rule-found speaker as an entity. The rules may already have resolved a description to a
 * name ("the head of X" → the person named beside X): that name is looked up among the
 * mentions; otherwise the phrase is read again.
 */
function fromRules(ctx: DocumentContext, speakers: SpeakerResolver, sp: Speaker): ResolvedSpeaker | null {
  const named = speakers.byName(sp.name, sp.span);
  if (named) return named;
  const a = firstTokenAtOrAfter(ctx.toks, sp.span.start);
  let b = a;
  while (b < ctx.toks.length && ctx.toks[b].end <= sp.span.end) b++;
  return b > a ? speakers.resolve(a, b) : null;
}

/**
 * Named speakers first: the model's, then the rules'; a description only when nobody is named,
 * or when it speaks for the one the rules name ("Mr Lee's spokesman said": not Mr Lee).
 */
function preferNamed(model: ResolvedSpeaker | null, rules: () => ResolvedSpeaker | null): ResolvedSpeaker | null {
  if (model && model.kind !== 'description') return model;
  // "… said a union leader. … He said …": the pronoun already went to the one described, whom a
  // rule's nearest name is not
  if (model && /^(?:he|she)$/i.test(model.text)) return model;
  // "his lawyer said", "the company's spokesman said": someone in a role its owner's words name,
  // whom the rules' nearest name is not
  if (model?.ownedRole) return model;
  // "A senior official said …. “…,” the official said": the one introduced, whom the rules'
  // nearest name is not
  if (model?.introduced) return model;
  // "“…,” the officer said" with no officer named in the last sentences: the resolver looked for
  // that one (a title, an introduced description, the person of the last two sentences) and kept
  // the description; the rules' nearest name, however far back, is a guess (a weekday on a dateline
  // typed a person)
  if (model?.kind === 'description' && /^the\s/i.test(model.text) && describedPerson(model.text)) return model;
  const r = rules();
  if (r && r.kind !== 'description' && !(model?.speaksFor && sameEntity(model.speaksFor, r))) return r;
  return model ?? r;
}

function sameEntity(a: { name: string; entityId?: string }, b: { name: string; entityId?: string }): boolean {
  return a.entityId && b.entityId ? a.entityId === b.entityId : a.name === b.name;
}

/** "asked Admiral Y": an active "ask" at token v with a person right after it (or after a title word). */
function asksSomeone(ctx: DocumentContext, v: number): boolean {
  if (!asks(ctx, v)) return false;
  const person = (t: number) => ctx.mentions[ctx.mentionAt[t] ?? -1]?.type === 'PER';
  return person(v + 1) || (isCapitalized(ctx.toks[v + 1]?.text ?? '') && person(v + 2));
}

/** Each relation's source resolved in text order, so a pronoun sees who spoke before it. */
export function resolveSources(ctx: DocumentContext, relations: TokenRelation[], speakers: SpeakerResolver): Map<TokenRelation, ResolvedSpeaker | null> {
  const out = new Map<TokenRelation, ResolvedSpeaker | null>();
  const ordered = relations.filter((r) => r.source).sort((x, y) => x.source!.from - y.source!.from);
  for (const r of ordered) {
    // "the man described by X as “…”": a passive cue's agent speaks, whatever the model took for the source
    const agent = passiveAgent(ctx, r);
    // "Ann Lee (D-Ore.) said": the model may read the bracketed state, which stands for her
    const named = agent ?? personBeforeBrackets(ctx, r.source!.from, r.source!.to);
    const resolved = (named ? speakers.resolve(named.a, named.b) : null) ?? speakers.resolveSaying(r.source!.from, r.source!.to, [...wordsBeforeInsertion(ctx, r), ...r.content]);
    // one who asks hands the turn to whom they ask: an asker is not the salient speaker a later
    // "he said" goes back to ("X asked Admiral Y that question. … “…,” he said" is Y)
    if (resolved && !asksSomeone(ctx, r.cue.to - 1)) speakers.remember(resolved, ctx.toks[r.source!.from].start);
    out.set(r, resolved);
  }
  return out;
}

export function extractDirectQuotes({ ctx, mem, framesBySentence, relations, speakers, sources }: QuoteInput): Quote[] {
  const out: Found[] = [];
  // a sentence a line: a mark reopened on the next line runs the same quotation on
  const runsOn = tokenisedLines(ctx.text, ctx.doc.paragraphs);
  // the index of the region the last quotation found was read from
  let lastRegion = -1;
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const q = ctx.quotes[qi];
    const prev = out[out.length - 1];
    const real = q.continues || isRealQuote(ctx, q);
    const short = real ? null : shortStatement(ctx, mem, q, runsOn);
    const namedShort = !real && !short && namedShortSpeech(ctx, q, relations, sources);
    if ((!real && !short && !namedShort && !goesOn(ctx, q, prev)) || q.tokStart >= ctx.toks.length || q.tokEnd <= q.tokStart) continue;
    // a short answer whose pronoun has no sure antecedent ("“Not yet,” he said"): kept, unattributed
    const unattributed = short === 'unattributed' && !goesOn(ctx, q, prev);
    const s = ctx.toks[q.tokStart].sentence;
    const para = ctx.paraOfSent[s];
    const after = speakerAfter(ctx, mem, q);
    const inverted = after ? null : invertedSpeaker(ctx, mem, q);
    const before = after ? null : speakerBefore(ctx, mem, q);
    const rule = after?.speaker ?? before ?? inverted;
    // a quotation in single marks is taken only where its attribution names the speaker beside it:
    // a pair of apostrophes read as marks, or a quotation a pronoun or a description speaks, costs
    // more than it gains (a place typed a person takes "he said")
    // (or, for a clause closed inside the marks with its attribution right after them, where a
    // description speaks or "he" / "she" surely goes back to someone: checked once resolved)
    const weakSingle = singleMarked(ctx, q) && !namesSpeaker(ctx, rule);
    if (weakSingle && !(after && closesSentenceWithSpeech(ctx, q))) continue;
    // a quotation run on over sentences the model read apart: the relation of its first one
    const firstSentenceEnd = ctx.sentStart[ctx.toks[q.tokStart].sentence + 1] ?? ctx.toks.length;
    const rel = relationCovering(relations, q.tokStart, q.tokEnd) ?? (firstSentenceEnd < q.tokEnd ? relationCovering(relations, q.tokStart, firstSentenceEnd) : null);
    // "Replied X, “…”": the speaker stands between the verb and the quotation, wherever the model's source lies
    const invertedFound = inverted ? fromRules(ctx, speakers, inverted) : null;
    const invertedNamed = invertedFound && invertedFound.kind !== 'description' ? invertedFound : null;
    // "…, with a spokesman stating: “…”": the verb right before the quotation is its cue, whatever
    // source the model read off an earlier one
    const beforeFound = before && cueElsewhere(ctx, q, rel) ? fromRules(ctx, speakers, before) : null;
    // "“…,” X said" in the quotation's own sentence: a relation the model read off an earlier
    // sentence's attribution (its source and cue there) is another quotation's, not this one's; so
    // is one whose cue is no verb of saying ("Greeks must understand that “…,” he said")
    const ownAfter = !!after && !after.relayed && (modelReadsEarlierSentence(ctx, q, rel) || modelCueUnspoken(ctx, q, rel));
    // "X said the witness told them she could not see “…”": the model's source reports the speech
    // of a verb of speaking inside its content, whose subject said the words
    const nestedFound = rel && !ownAfter ? resolveRange(speakers, nestedSpeaker(ctx, q, rel)) : null;
    const modelSource = invertedNamed ?? beforeFound ?? nestedFound ?? (rel && !ownAfter ? sources.get(rel) ?? null : null);
    // "…,” the paper quoted Ann Lee as saying": the model reads the paper, the subject of "quoted",
    // but the one quoted spoke
    // "A told her, “…,” X said": a verb of speaking of its own opens the quotation; X reports A's words
    const openingCue = after && !after.relayed ? cueBefore(ctx, q) : -1;
    const openedFound = openingCue >= 0 && ctx.syntax ? resolveRange(speakers, subjectOf(ctx, wordOfToken(ctx.syntax, openingCue))) : null;
    const relayedFound = after?.relayed ? fromRules(ctx, speakers, after.speaker) : openedFound;
    // "“…,” X read from a letter signed by Y": Y wrote the words X reads out
    const issuerRead = relayedFound ? null : issuerReadAfter(ctx, q);
    const readFound = issuerRead ? speakers.resolve(issuerRead.a, issuerRead.b) : null;
    // "X said she heard a cop yell, “…”": the one heard speaks, not the hearer nor whoever reports them
    const heardFound = resolveRange(speakers, perceivedSpeaker(ctx, q));
    // "X called it “…”, the agency Y reported": Y relays X's words, so X speaks even when only Y is named
    let resolved = heardFound ?? relayedFound ?? readFound ?? (rel && modelSource && rule && isOrganisation(ctx, rule) && relays(ctx, relations, rel, q, rule.span) ? modelSource : preferNamed(modelSource, () => {
      const r = rule ? fromRules(ctx, speakers, rule) : null;
      // the rules' nearest person for a description the article set apart from them ("the man"),
      // or one of the other gender ("the woman" is not the man who spoke before)
      return r && modelSource && (speakers.setApart(modelSource, r) || speakers.contradictsDescription(r, modelSource)) ? null : r;
    }));
    // "As X asked, “A” to apply “B”": a second quotation of a sentence whose first one has a
    // speaker, with no attribution of its own there, is the same speaker's, not a source the model
    // found outside the sentence
    // "According to X, the minister said: “…”": X relays what the one saying it right before the
    // quotation said (the model reads X, the source of "according to")
    if (before && rel && ctx.low[rel.cue.from] === 'according') {
      const range = speakerRangeBefore(ctx, q);
      const r = range ? speakers.resolve(range.a, range.b) : null;
      if (r) resolved = r;
    }
    const modelElsewhere = !resolved || (!!rel?.source && ctx.toks[rel.source.from].sentence !== s);
    if (!rule && prev?.resolved && prev.sentence.start === ctx.sentences[s].start && modelElsewhere) resolved = prev.resolved;
    // a new paragraph of a quotation left open: the same speaker, however the opening paragraph
    // found it (the same quotation; one carried from the paragraph before passes it on no further)
    let carried = false;
    if (!resolved && q.continues && prev?.resolved) {
      resolved = prev.resolved;
      carried = prev.carried;
    }
    // a short quoted phrase with nobody saying it is a name or a term ("green zones"), and so is
    // one after an article ("an “Action Plan for …”") even when an attribution covers it: a noun
    // phrase's words, not a statement (PolNeAR's contents open at the article 66 times in train,
    // at a quotation right after one 4 times in 4,023 quoted contents)
    // A quotation a verb of speaking hands on to its speaker phrase ("“…,” they said", "They said:
    // “…”", the model's cue with its source) is speech even when that phrase resolves to nobody:
    // kept with no speaker, not lost
    const phrase = wordCount(ctx, q) < 8 && !/[.!?]\s*$/.test(ctx.text.slice(insideOf(ctx, q), q.close));
    // (nor given someone the fallbacks below guess: its own speaker phrase is there, unresolved)
    const cued = !!rule || (!!rel?.source && speechCue(ctx, rel.cue.from, rel.cue.to));
    if (phrase && ((!resolved && !cued) || afterArticle(ctx, q))) continue;
    const unresolvedCue = phrase && !resolved;
    if (!resolved) {
      const f = (framesBySentence[s] ?? []).find((fr) => fr.kind === 'pre' && fr.at < q.tokStart && q.tokStart < fr.scopeEnd);
      if (f) resolved = fromRules(ctx, speakers, f.speaker);
    }
    // named with no verb of speaking before the quotation: "X: “…”", "…, predicting that “…”"
    if (!resolved) resolved = resolveRange(speakers, colonSpeaker(ctx, q) ?? participleSpeaker(ctx, q));
    // led up to by the sentence before, which ends in a colon: "X sent out this message: ¶ “…”"
    if (!resolved) resolved = resolveRange(speakers, colonLeadSpeaker(ctx, q));
    if (!resolved) {
      // the previous sentence of the paragraph reports someone ("X proudly reported …. “…”")
      for (let p = s - 1; p >= 0 && ctx.paraOfSent[p] === para && !resolved; p--) {
        const f = (framesBySentence[p] ?? []).find((fr) => fr.kind === 'pre' || fr.kind === 'post');
        if (f) resolved = fromRules(ctx, speakers, f.speaker);
      }
    }
    if (!resolved && prev && prev.para === para) resolved = prev.resolved;
    // in text written a sentence a line, the line before is the sentence before: the one who spoke
    // or reported last there, as the model read it ("He said the crews came at once. ¶ Later , “…”")
    // (else a rule frame there: "…, she said around noon.")
    if (!resolved && runsOn && s > 0 && ctx.paraOfSent[s - 1] !== para) {
      resolved = lastSpeakerOf(ctx, ctx.paraOfSent[s - 1], prev, sources);
      const f = resolved ? undefined : (framesBySentence[s - 1] ?? []).find((fr) => fr.kind === 'pre' || fr.kind === 'post');
      if (f) resolved = fromRules(ctx, speakers, f.speaker);
    }
    // "X watched the crane fall. “…”": the person the paragraph's sentence before is about
    if (!resolved) resolved = resolveRange(speakers, subjectBefore(ctx, q, runsOn));
    // a paragraph that opens with a quotation nobody is named for continues the previous
    // paragraph's speaker: the last quotation or report there ("…,” he said. ¶ “…”")
    // (once: a quotation given its speaker this way passes it on to none, so a transcript's
    // run of quoted paragraphs is not all put on one name)
    if (!resolved && opensParagraph(ctx, q) && para > 0 && !attributedNext(ctx, q)) {
      resolved = lastSpeakerOf(ctx, para - 1, prev && !prev.carried ? prev : undefined, sources);
      carried = !!resolved;
    }
    // still nobody: a verb of speaking the parse ties the quotation to ("X said his boss was “…”")
    if (!resolved) resolved = resolveRange(speakers, governingSpeaker(ctx, q));
    // "“….” ¶ Ann Lee said.": an attribution the copy broke off into a paragraph of its own
    if (!resolved) resolved = resolveRange(speakers, attributionLineAfter(ctx, q));
    if (weakSingle && rule?.pronoun && !(resolved && speakers.agreesWithPronoun(resolved, rule.pronoun))) continue;
    if (unattributed || unresolvedCue) resolved = null;
    // "“…,” he said" is never a woman the article calls "she": the rules' nearest name knows no gender
    if (resolved && rule?.pronoun && speakers.contradictsPronoun(resolved, rule.pronoun)) resolved = null;
    if (resolved) {
      speakers.remember(resolved, q.open);
      if (rule) mem.remember(rule, q.open);
    }
    // a quote split by its attribution ("“A,” Ms X told the BBC. “B.”") stays two quotes of one
    // speaker: the gold files list each quotation on its own (dev: 8 of 11 missed quotes were
    // such second parts while they were joined)
    const inner: Span = { start: insideOf(ctx, q), end: q.close };
    const sentence = ctx.sentences[s];
    const cue = rel ? tokSpan(ctx, rel.cue.from, rel.cue.to) : null;
    // "“A . ¶ B . ¶ “C . ”": the quotation reopened after lines of it that carry no mark, unless an
    // attribution beside C names someone else
    const resumed = runsOn && !!prev && qi > 0 && resumesAfterLines(ctx, ctx.quotes[qi - 1], q) && (!rule || !resolved || !prev.resolved || sameSpeaker(resolved, prev.resolved));
    const runOn = runsOn && (q.continues || resumed) && !!prev && lastRegion === qi - 1;
    lastRegion = qi;
    if (runOn && prev) {
      prev.end = inner.end;
      prev.text = ctx.text.slice(prev.start, inner.end);
      // "“A . ¶ “B , ” he said .": the attribution after the last line speaks for the whole
      if (!prev.resolved && resolved) Object.assign(prev, speakerFields(ctx, resolved), { resolved });
      continue;
    }
    out.push({
      start: inner.start, end: inner.end, text: ctx.text.slice(inner.start, inner.end), kind: 'direct',
      ...speakerFields(ctx, resolved), ...(cue ? { cue: { start: cue.start, end: cue.end, text: ctx.text.slice(cue.start, cue.end) } } : {}),
      sentence: { start: sentence.start, end: sentence.end }, para, resolved, carried,
    });
  }
  // a pull quote repeats words said earlier: the same speaker
  for (const q of out) {
    if (q.speaker) continue;
    const words = q.text.replace(/[.,!?”"]+$/, '').trim();
    const said = out.find((o) => o !== q && o.speaker && o.start < q.start && words.length > 10 && o.text.toLowerCase().includes(words.toLowerCase()));
    if (said) Object.assign(q, speakerFields(ctx, said.resolved));
  }
  return out.map(({ para: _p, resolved: _r, carried: _c, ...q }) => q);
}

/** Two resolutions name the same speaker: one entity, or one name where either has none. */
function sameSpeaker(x: ResolvedSpeaker, y: ResolvedSpeaker): boolean {
  return x.entityId && y.entityId ? x.entityId === y.entityId : x.name === y.name;
}

/**
 * A speaker phrase's tokens resolved, a description included ("The spokesman: “…”" is the
 * spokesman's): the gold files give an unnamed speaker as a description ("spokesman for Tony Blair").
 */
function resolveRange(speakers: SpeakerResolver, r: TokenRange | null): ResolvedSpeaker | null {
  return r ? speakers.resolve(r.a, r.b) : null;
}

/**
 * "“…,” he said. “We are friends.”": a short quotation that is a whole sentence, right after the
 * sentence of a quotation with a speaker in the same paragraph, goes on with that speaker's words
 * (not after a question, which the next quotation may answer in another voice).
 */
function goesOn(ctx: DocumentContext, q: QuoteRegion, prev: Found | undefined): boolean {
  if (!prev?.resolved || wordCount(ctx, q) === 0 || !/[.!]\s*$/.test(ctx.text.slice(insideOf(ctx, q), q.close))) return false;
  if (/\?\s*$/.test(prev.text)) return false;
  const s = ctx.toks[q.tokStart].sentence;
  if (ctx.paraOfSent[s] !== prev.para || s === 0) return false;
  // the previous quotation closes in the sentence before, and this one fills its own sentence
  const prevEnd = firstTokenAtOrAfter(ctx.toks, prev.end);
  if (ctx.toks[Math.min(prevEnd, ctx.toks.length - 1)].sentence !== s - 1) return false;
  for (let i = ctx.sentStart[s]; i < q.tokStart; i++) if (!OPENING_MARKS.has(ctx.low[i])) return false;
  for (let i = q.tokEnd; i < ctx.toks.length && ctx.toks[i].sentence === s; i++) if (!isPunct(ctx.low[i])) return false;
  return true;
}

/**
 * Nothing but quotation marks before the quotation in its paragraph, and nothing but marks after
 * it in its sentence: a quotation followed by its own attribution ("“…?” Ann said", "“…” ― Ann")
 * is that speaker's even when the extractor missed it.
 */
function opensParagraph(ctx: DocumentContext, q: QuoteRegion): boolean {
  const s = ctx.toks[q.tokStart].sentence;
  const para = ctx.paraOfSent[s];
  if (s > 0 && ctx.paraOfSent[s - 1] === para) return false;
  // any opening mark, the wire's "``" included
  for (let i = ctx.sentStart[s]; i < q.tokStart; i++) if (!CLOSE_MARKS.has(ctx.low[i]) && !OPENING_MARKS.has(ctx.low[i])) return false;
  const last = ctx.toks[Math.max(q.tokStart, q.tokEnd - 1)].sentence;
  for (let i = q.tokEnd; i < ctx.toks.length && ctx.toks[i].sentence === last; i++) if (!isPunct(ctx.low[i])) return false;
  return true;
}

/**
 * The sentence after the quotation attributes it: a verb of speaking there with nothing reported
 * after it ("“…?” Trump said, looking out.", "“…!” his niece, Ann Lee, shouted to the crowd.").
 * "“…” Mr Blair said the government would act" reports something else.
 */
function attributedNext(ctx: DocumentContext, q: QuoteRegion): boolean {
  const para = ctx.paraOfSent[ctx.toks[q.tokStart].sentence];
  let i = q.tokEnd;
  while (i < ctx.toks.length && isPunct(ctx.low[i])) i++;
  if (i >= ctx.toks.length || ctx.paraOfSent[ctx.toks[i].sentence] !== para) return false;
  const s = ctx.toks[i].sentence;
  for (; i < ctx.toks.length && ctx.toks[i].sentence === s; i++) {
    const w = ctx.low[i];
    // a verb of speaking in the past tense, as attributions are written ("out" is one in WordNet too)
    if (!SPEECH_VERBS.has(w) && !POST_QUOTE_ONLY_VERBS.has(w) && !(w.endsWith('ed') && isCommunicationVerb(w))) continue;
    const next = ctx.low[i + 1] ?? '.';
    if (isPunct(next) || PREPOSITIONS.has(next) || ctx.toks[i + 1]?.sentence !== s) return true;
  }
  return false;
}

/**
 * "“… was already dead.” ¶ Roesler said.": the quotation ends its paragraph and the next paragraph
 * is one short sentence of a speaker phrase and a verb of speaking, nothing reported after it; it
 * can only attribute the quotation before it. The speaker phrase's tokens.
 */
function attributionLineAfter(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  let i = q.tokEnd;
  while (i < ctx.toks.length && CLOSE_MARKS.has(ctx.low[i])) i++;
  if (i >= ctx.toks.length || q.tokEnd <= q.tokStart) return null;
  const s = ctx.toks[i].sentence;
  const last = ctx.toks[q.tokEnd - 1].sentence;
  // (only closing marks between: the splitter may make the last one a sentence of its own)
  if (ctx.sentStart[s] !== i || ctx.paraOfSent[s] !== ctx.paraOfSent[last] + 1) return null;
  const end = ctx.sentStart[s + 1] ?? ctx.toks.length;
  // the paragraph is that one sentence
  if (end < ctx.toks.length && ctx.paraOfSent[ctx.toks[end].sentence] === ctx.paraOfSent[s]) return null;
  let v = end - 1;
  while (v > i && isPunct(ctx.low[v])) v--;
  if (v - i < 1 || v - i > 6 || !(SPEECH_VERBS.has(ctx.low[v]) || POST_QUOTE_ONLY_VERBS.has(ctx.low[v]))) return null;
  for (let k = i; k < v; k++) if (isPunct(ctx.low[k]) || ctx.quoteAt[k] >= 0) return null;
  return { a: i, b: v };
}

/** Who spoke last in paragraph para: its last quotation's speaker or the last report's source, whichever comes later. */
function lastSpeakerOf(ctx: DocumentContext, para: number, prev: Found | undefined, sources: Map<TokenRelation, ResolvedSpeaker | null>): ResolvedSpeaker | null {
  let at = -1;
  let who: ResolvedSpeaker | null = null;
  if (prev && prev.para === para && prev.resolved) {
    at = prev.start;
    who = prev.resolved;
  }
  for (const [r, sp] of sources) {
    if (!sp || !r.source || sp.kind === 'description') continue;
    const t = ctx.toks[r.source.from];
    if (ctx.paraOfSent[t.sentence] === para && t.start > at) {
      at = t.start;
      who = sp;
    }
  }
  return who;
}

/** The Quote fields that name the speaker (none when nobody is found). */
export function speakerFields(ctx: DocumentContext, r: ResolvedSpeaker | null): Pick<Quote, 'speaker' | 'speakerSpan' | 'speakerText' | 'sourceSpan' | 'speakerEntityId' | 'speaksFor'> {
  if (!r) return { speaker: null };
  return {
    speaker: r.name, speakerSpan: r.span, speakerText: r.text, sourceSpan: r.sourceSpan,
    ...(r.entityId ? { speakerEntityId: r.entityId } : {}), ...(r.speaksFor ? { speaksFor: r.speaksFor } : {}),
  };
}

const INDIRECT_VERBS = new Set(dataWordList('words', 'indirect-speech-verbs.txt'));

/** A cue of speech (said, told, warned, according to …), not of thought or feeling (believes, wants, hopes). */
function speechCue(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (INDIRECT_VERBS.has(ctx.low[i]) || SPEECH_VERBS.has(ctx.low[i]) && !['believe', 'believed', 'believes', 'estimate', 'estimated', 'estimates', 'put', 'count', 'counted', 'calculate', 'calculated'].includes(ctx.low[i])) return true;
  return false;
}

/**
 * Indirect speech: the model's relations whose content is not a quotation ("X said (that) …",
 * "…, X said", "according to X, …"), with a speech cue. Without a model: the rule frames.
 */
export function extractIndirectQuotes(input: QuoteInput, direct: Quote[]): Quote[] {
  const { ctx, relations } = input;
  const out: Quote[] = [];
  for (const r of relations) {
    if (!r.source || !speechCue(ctx, r.cue.from, r.cue.to)) continue;
    const first = r.content[0];
    const last = r.content[r.content.length - 1];
    let a = first.from;
    let b = last.to;
    // the words of a dateline are not what was said ("GOMA, Congo — Shells struck …, the governor said")
    const body = ctx.bodyStart[ctx.toks[a].sentence];
    if (a < body && body < b) a = body;
    while (a < b && (isPunct(ctx.low[a]) || ctx.low[a] === 'that')) a++;
    while (b > a && isPunct(ctx.low[b - 1])) b--;
    if (b - a < 4) continue;
    // quoted words inside: the quotation is a direct quote of the same speaker, and the gold
    // files list it alone (a mixed quote is not also reported speech)
    let quoted = false;
    for (let i = a; i < b && !quoted; i++) if (ctx.quoteAt[i] >= 0) quoted = true;
    if (quoted) continue;
    const s = ctx.toks[a].sentence;
    if (ctx.repeatSent[s] || ctx.headingSent[s]) continue;
    const span = tokSpan(ctx, a, b);
    // words of a direct quotation run on over unmarked lines (resumed-lines.ts) are its speaker's
    if (direct.some((d) => d.start <= span.start && span.end <= d.end)) continue;
    const resolved = input.sources.get(r) ?? null;
    const cue = tokSpan(ctx, r.cue.from, r.cue.to);
    const sentence = ctx.sentences[s];
    // spans' fields written out: V8 (Node 20) adds each field after a leading spread in the runtime, about 1 µs each
    out.push({
      start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end), kind: 'indirect', ...speakerFields(ctx, resolved),
      cue: { start: cue.start, end: cue.end, text: ctx.text.slice(cue.start, cue.end) }, sentence: { start: sentence.start, end: sentence.end },
    });
  }
  // what the model missed and the rule frames read ("according to X, …" at a sentence's start …);
  // never words the model reads as the speaker of the same cue ("Jane Roe, his lawyer, told the paper
  // that …": the frame would take the name before the verb for what was said, and the paper for who
  // said it). A speaker of another cue inside the content is not enough: "X has proposed a plan,
  // officials said" is still what the officials said.
  const overlaps = (q: Span, o: Span) => o.start < q.end && q.start < o.end;
  const speakerOfItsCue = (q: Quote) =>
    !!q.cue && relations.some((r) => r.source && overlaps(q.cue!, tokSpan(ctx, r.cue.from, r.cue.to)) && overlaps(q, tokSpan(ctx, r.source.from, r.source.to)));
  for (const q of ruleIndirectQuotes(input, direct)) if (!out.some((o) => overlaps(q, o)) && !speakerOfItsCue(q)) out.push(q);
  return out.sort((x, y) => x.start - y.start);
}

/** "X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE". */
function ruleIndirectQuotes({ ctx, framesBySentence, speakers }: QuoteInput, direct: Quote[]): Quote[] {
  const out: Quote[] = [];
  const insideDirect = (a: number, b: number) => direct.some((d) => a < d.end + 2 && b > d.start - 2);
  framesBySentence.forEach((frames, s) => {
    if (ctx.repeatSent[s]) return;
    for (const f of frames) {
      const verb = ctx.low[f.at];
      if (!INDIRECT_VERBS.has(verb) || !f.clausal || addsAThingAt(ctx, f.at)) continue;
      let a = f.scopeStart;
      let b = f.scopeEnd;
      if (f.kind === 'pre') {
        while (a < b && (ctx.low[a] === 'that' || ctx.low[a] === ',' || ctx.low[a] === 'reporters' || ctx.timeAt[a] >= 0 || ctx.low[a] === 'on')) a++;
      } else if (f.kind === 'according') {
        a = ctx.toks.findIndex((t, k) => k > f.at && t.start >= f.evidence.end);
        if (ctx.low[a] === ',') a++;
        if (a < 0 || a >= b) continue;
      }
      while (b > a && isPunct(ctx.low[b - 1])) b--;
      // the words of a dateline are not what was said
      const body = ctx.bodyStart[s] ?? a;
      if (a < body && body < b) a = body;
      // "said in a statement read on radio": circumstances, not a statement
      if (f.kind === 'pre' && PREPOSITIONS.has(ctx.low[a])) continue;
      // stop at an opening quote mark: the quote itself is direct
      // quoted words inside: a direct quote, listed alone (not cut into a fragment before the mark)
      let quoted = false;
      for (let k = a; k < b && !quoted; k++) if (ctx.quoteAt[k] >= 0) quoted = true;
      if (quoted) continue;
      if (b - a < 4) continue;
      const span = tokSpan(ctx, a, b);
      if (insideDirect(span.start, span.end)) continue;
      if (DETERMINERS.has(ctx.low[a]) && b - a < 6 && f.kind === 'pre' && !f.clausal) continue;
      const sentence = ctx.sentences[s];
      const resolved = preferNamed(null, () => fromRules(ctx, speakers, f.speaker));
      const cue = f.kind === 'according' ? tokSpan(ctx, f.at, f.at + 2) : f.evidence;
      out.push({
        start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end), kind: 'indirect', ...speakerFields(ctx, resolved),
        cue: { start: cue.start, end: cue.end, text: ctx.text.slice(cue.start, cue.end) }, sentence: { start: sentence.start, end: sentence.end },
      });
    }
  });
  return out;
}

