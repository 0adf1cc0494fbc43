// JSON as pages write it in their JSON-LD scripts: strict JSON first, else the same text with the
// two slips browsers and search engines forgive — trailing commas ("[a, b, ]") and raw line breaks
// or tabs inside strings — repaired. A page whose JSON-LD fails strict parsing loses its dates
// and authors otherwise.

/** The text with raw control characters inside strings escaped and commas before ] or } dropped. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c < ' ') out += c === '\n' ? '\\n' : c === '\t' ? '\\t' : ' ';
      else out += c;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === ',') {
      // A comma followed only by whitespace and a closing bracket is a trailing comma.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === ']' || text[j] === '}') continue;
    }
    out += c;
  }
  return out;
}

/** Parsed JSON, repaired once if strict parsing fails; undefined when neither parses. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return undefined;
    }
  }
}
