// Reads article bodies from Reuters-21578 SGML files (<BODY> elements), decoding the few
// character references the collection uses. Latin-1: one file has a stray 0xFC byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readReutersBodies(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => /\.sgm$/i.test(f)).sort();
  if (files.length === 0) throw new Error(`no .sgm files in ${dir}`);
  const bodies: string[] = [];
  for (const f of files) {
    const sgml = readFileSync(join(dir, f), 'latin1');
    for (const m of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      const text = m[1]
        .replace(/&#(\d+);/g, (_, n: string) => (Number(n) >= 32 ? String.fromCharCode(Number(n)) : ' '))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s*Reuter\s*$/, '');
      bodies.push(text);
    }
  }
  return bodies;
}
