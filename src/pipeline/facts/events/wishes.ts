// Verbs of wishing (data/wish-verbs.json): what someone wants, hopes or wishes for is a possibility. Read from
// the parse, a verb is a wish only in its wishing sense: "wanted" as a passive or as a participle on a noun ("a man
// wanted for murder", "is wanted by police over the killing") is sought by the police, and the deed it names stays
// as the text tells it.
import { readFileSync } from 'node:fs';
import type { Syntax } from '../../../types.js';
import { projectPath } from '../../../paths.js';
import { dependents } from '../../syntax/query.js';

interface WishData {
  wishes: string[];
  soughtWhenPassive: string[];
}

let data: { wishes: ReadonlySet<string>; soughtWhenPassive: ReadonlySet<string> } | undefined;

function wishData() {
  if (data) return data;
  const raw = JSON.parse(readFileSync(projectPath('data', 'wish-verbs.json'), 'utf8')) as WishData;
  data = { wishes: new Set(raw.wishes), soughtWhenPassive: new Set(raw.soughtWhenPassive) };
  return data;
}

/** A past participle ("wanted") as a passive ("is wanted", "wanted by police") or on a noun ("the man wanted for", "a wanted man"). */
function passiveOrModifier(syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  if (dependents(syn, w, 'aux:pass', 'nsubj:pass', 'obl:agent').length) return true;
  const participle = word.text.toLowerCase() !== word.lemma.toLowerCase() && word.text.toLowerCase().endsWith('ed');
  return participle && (word.deprel === 'acl' || word.deprel === 'amod');
}

/** Is word w a verb of wishing used in its wishing sense ("want to meet", "hoped the gunman would be caught")? */
export function isWish(syn: Syntax, w: number): boolean {
  return wishData().wishes.has(syn.words[w].lemma.toLowerCase()) && !isSought(syn, w);
}

/** Is word w a verb of wishing in its sense of being sought by the police or a court ("a man wanted for murder")? */
export function isSought(syn: Syntax, w: number): boolean {
  return wishData().soughtWhenPassive.has(syn.words[w].lemma.toLowerCase()) && passiveOrModifier(syn, w);
}
