// A light lemma for event heads: inflectional suffixes off ("arrested", "arrests", "arresting" →
// "arrest"), a doubled final consonant undone, and a noun made of its verb cut back to the verb's
// stem ("election" → "elect"). Applied to the parse's lemma where the syntax stage ran.

export function lightLemma(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  // a noun made of its verb names the verb's event: "nomination" and "nominated", "election" and "elected"
  if (w.length >= 8 && /(at|ct|pt)ion$/.test(w)) return w.slice(0, -3);
  // one consonant before "-ied"/"-ying" is a verb in "-ie" ("died", "dying" → "die"); more is one in "-y" ("tried" → "try")
  if (/^[^aeiou]ie[ds]$/.test(w)) return w.slice(0, -1);
  if (/^[^aeiou]ying$/.test(w)) return w[0] + 'ie';
  if (/ies$/.test(w) || /ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/(ss|us|is)$/.test(w)) return w;
  else if (/(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w)) w = w.slice(0, -1);
  // "stopped" → "stop", but keep "kill", "fall", "press"
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  // "arrive"/"arriv", "charge"/"charg": one key for both
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
