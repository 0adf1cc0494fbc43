// Words of road crashes, read by the sense rules and the event stage alike: "hit-and-run" names a crash however the
// text spaces or hyphenates it, and a driver or a motor vehicle as the doer makes a death a crash's, not a killing.
import type { DocumentContext } from '../context/document.js';
import { installedWordNet, isKindOf } from '../lexicons/wordnet.js';

/** Nouns after "hit-and-run" that make it a way of fighting, not a crash ("hit-and-run raids", "hit-and-run tactics"), nor one of a ball game ("a hit-and-run play"). */
const FIGHTING_HEADS: ReadonlySet<string> = new Set(['attack', 'attacks', 'raid', 'raids', 'tactic', 'tactics', 'strike', 'strikes', 'assault', 'assaults', 'ambush', 'ambushes', 'warfare', 'operation', 'operations', 'war', 'play', 'plays']);

/**
 * The token after "hit-and-run" when token i opens one: "hit-and-run" as one token, "hit - and - run" spaced, or
 * "hit and run"; -1 when it opens none. A hit-and-run of fighters ("hit-and-run raids") is no crash.
 */
export function hitAndRunEnd(ctx: DocumentContext, i: number): number {
  const low = ctx.low;
  if (!low[i]?.startsWith('hit')) return -1;
  // the tokens joined, hyphens or none between the three words however the text spaced them ("hit -and-run")
  let joined = '';
  for (let k = i; k < Math.min(low.length, i + 5); k++) {
    joined += low[k];
    if (!HIT_AND_RUN_PREFIX.test(joined)) return -1;
    if (joined === 'hit-and-run' || joined === 'hitandrun') return FIGHTING_HEADS.has(low[k + 1] ?? '') ? -1 : k + 1;
  }
  return -1;
}

/** What "hit-and-run" or "hit and run" joined without spaces begins with. */
const HIT_AND_RUN_PREFIX = /^hit(-?(a(n(d(-?(r(u(n)?)?)?)?)?)?)?)?$/;

/** Does a "hit-and-run" stand anywhere in [a, b)? */
export function holdsHitAndRun(ctx: DocumentContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (hitAndRunEnd(ctx, k) > 0) return true;
  return false;
}

const roadUserCache = new Map<string, boolean>();
/** "the driver", "a motorist", "a pickup truck": a noun whose first WordNet sense is one who drives or a motor vehicle. */
export function isRoadUserWord(word: string): boolean {
  let yes = roadUserCache.get(word);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const first = wn?.synsets(word, 'n')[0];
  yes = !!wn && !!first && isKindOf(wn, first, (syn) => syn.words.some((w) => ROAD_USER_KINDS.includes(w)), { maxHops: 4 });
  roadUserCache.set(word, yes);
  return yes;
}

/** WordNet synsets a road user's first sense lies under. */
const ROAD_USER_KINDS: readonly string[] = ['driver', 'motor_vehicle'];
