// "opened fire on the staff, killing two", "suspected of shooting three people, killing one", "two people were
// killed in a shooting": a killing the parse ties to gunfire is the gunman's deed, a killing of its own, and not
// the toll an attack counts (attack-toll.ts). Shots are aimed at their victims; a blast's or a raid's dead are
// what it cost ("a bomb went off, killing 40 people", "bandits stormed the depot, killing nine").
import type { DocumentContext } from '../../context/document.js';
import { dependents, wordOfToken } from '../../syntax/query.js';

/** Nouns of a shooting as a happening ("in a shooting at the plant", "in the gunfire"). */
const GUNFIRE_NOUNS = new Set(['shooting', 'shootings', 'gunfire', 'shootout']);

/** Relations by which a participle or a second verb hangs on the verb told before it ("shot and killed", "opened fire, killing"). */
const BESIDE = new Set(['conj', 'advcl', 'xcomp']);

/** Is word w a verb of shooting: "shoot", "fire" ("fired on the crowd") or "open" with "fire" as its object? */
function shootingVerb(ctx: DocumentContext, w: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[w];
  if (word.upos !== 'VERB') return false;
  const lemma = word.lemma.toLowerCase();
  if (lemma === 'shoot' || lemma === 'fire') return true;
  return lemma === 'open' && dependents(syn, w, 'obj').some((o) => syn.words[o].lemma.toLowerCase() === 'fire');
}

/** Does the killing verb at token i stand beside a verb of shooting, or happen "in" a shooting? */
export function killedByGunfire(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const w = wordOfToken(syn, i);
  if (w < 0) return false;
  const { deprel, head } = syn.words[w];
  if (head >= 0 && BESIDE.has(deprel.split(':')[0])) {
    // "returned with a gun and opened fire, killing two": the parse hangs the participle on the first of the verbs
    const before = [head, ...dependents(syn, head, 'conj').filter((c) => c < w)];
    if (before.some((v) => shootingVerb(ctx, v))) return true;
  }
  // "a gunman who opened fire at the party, killing one": the parse may make the participle the sentence's verb, the
  // gunman its subject and the shooting a relative clause on him
  if (dependents(syn, w, 'nsubj').some((s) => dependents(syn, s, 'acl:relcl').some((v) => shootingVerb(ctx, v)))) return true;
  // "shot three people, killing one" may hang the verbs the other way round
  if (dependents(syn, w, 'conj', 'advcl').some((d) => shootingVerb(ctx, d))) return true;
  // "two people were killed and another wounded in a shooting": the place phrase may hang on the second verb
  const verbs = [w, ...dependents(syn, w, 'conj')];
  return verbs.some((v) => dependents(syn, v, 'obl', 'obl:*').some((o) => GUNFIRE_NOUNS.has(syn.words[o].text.toLowerCase())));
}
