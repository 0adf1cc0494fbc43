// One document named on the command line (`show NAME`, `--doc NAME`): by id or unique id prefix,
// else by source: a path, a path suffix ("politics/100") or a base name. Several matches are
// reported, never one picked.
import type { DocSummary, Store, StoredDocument } from '../store/interface.js';
import { sourceMatches } from '../outlet.js';
import { UsageError } from './command.js';
import { truncate } from './output.js';

export type Found = { kind: 'one'; doc: StoredDocument } | { kind: 'ambiguous'; matches: DocSummary[] } | { kind: 'none' };

export async function findDocument(store: Store, name: string): Promise<Found> {
  if (/^[0-9a-f]{6,}$/i.test(name)) {
    const byId = await store.getDocument(name);
    if (byId && byId.id.startsWith(name.toLowerCase())) return { kind: 'one', doc: byId };
  }
  const matches = (await store.listDocuments()).filter((d) => sourceMatches(d.source, name));
  if (matches.length > 1) return { kind: 'ambiguous', matches };
  const doc = await store.getDocument(matches[0]?.id ?? name);
  return doc ? { kind: 'one', doc } : { kind: 'none' };
}

/** The id of the document `--doc NAME` names; a usage error naming the candidates when it is none or several. */
export async function documentIdOf(store: Store, name: string): Promise<string> {
  const found = await findDocument(store, name);
  if (found.kind === 'one') return found.doc.id;
  if (found.kind === 'none') throw new UsageError(`no document "${name}" (give an id, an id prefix, a source path, its end or its base name; see chronicle docs)`);
  const listed = found.matches.slice(0, 10).map((d) => `  ${d.id.slice(0, 16)}  ${d.source}  ${truncate(d.title, 50)}`);
  throw new UsageError(`"${name}" names ${found.matches.length} documents; give one of these ids or a longer path:\n${listed.join('\n')}`);
}
