// The Mozilla Readability baseline, run on linkedom like our extractor. Loaded on demand:
// it is a dev dependency, so a production install may not have it.
import { DOMParser } from 'linkedom';
import type { Extractor } from './extract-benchmark.js';

interface ReadabilityResult {
  textContent?: string | null;
}
type ReadabilityCtor = new (doc: Document, opts?: Record<string, unknown>) => { parse(): ReadabilityResult | null };

export async function loadReadability(): Promise<Extractor> {
  let mod: { Readability?: ReadabilityCtor; default?: { Readability?: ReadabilityCtor } };
  try {
    mod = (await import('@mozilla/readability')) as typeof mod;
  } catch {
    throw new Error('the readability baseline needs @mozilla/readability: install it with `npm install --save-dev @mozilla/readability`');
  }
  const Readability = mod.Readability ?? mod.default?.Readability;
  if (!Readability) throw new Error('@mozilla/readability did not export Readability');
  return (html: string) => {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return new Readability(doc).parse()?.textContent ?? '';
  };
}
