// ECB+ (Cybulska and Vossen 2014) reader: one topic folder of XML documents into tokens and the
// gold event mentions of its validated sentences, each with its gold cluster. Entity, time and
// place annotations are ignored on purpose: Chronicle reads those itself.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';

export interface EcbToken {
  id: number;
  sentence: number;
  text: string;
}

export interface EcbEventMention {
  /** "DOC#m_id", unique within the corpus. */
  key: string;
  doc: string;
  /** Token ids (t_id) of the mention, in order. */
  tokens: number[];
  sentence: number;
  /** ACTION_OCCURRENCE, NEG_ACTION_STATE … */
  tag: string;
  /** Gold cluster: the cross-document instance id, a document-local chain id, or the mention itself (a singleton). */
  cluster: string;
}

export interface EcbDocument {
  name: string;
  topic: string;
  tokens: EcbToken[];
  mentions: EcbEventMention[];
}

/** Validated sentences: "topic/file-stem" → sentence numbers (coreference_sentences.csv). */
export type ValidatedSentences = Map<string, Set<number>>;

export function readValidatedSentences(csvPath: string): ValidatedSentences {
  const out: ValidatedSentences = new Map();
  const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [topic, file, sentence] = line.split(',').map((x) => x.trim());
    if (!topic || !file || sentence === undefined || sentence === '') continue;
    const key = `${topic}_${file}`;
    const set = out.get(key) ?? new Set<number>();
    set.add(Number(sentence));
    out.set(key, set);
  }
  return out;
}

const isEventTag = (tag: string) => tag.startsWith('ACTION_') || tag.startsWith('NEG_ACTION_');

/** Parses one ECB+ document; keeps event mentions in validated sentences (all when `validated` is null). */
export function parseEcbDocument(xml: string, topic: string, validated: Set<number> | null): EcbDocument {
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const root = dom.querySelector('Document');
  const name = root?.getAttribute('doc_name') ?? '';
  const tokens: EcbToken[] = [];
  for (const t of dom.querySelectorAll('token')) {
    tokens.push({ id: Number(t.getAttribute('t_id')), sentence: Number(t.getAttribute('sentence')), text: t.textContent ?? '' });
  }
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  // markables with anchors are mentions; those without are instance (or chain) descriptions
  const anchored = new Map<string, { tag: string; tokens: number[] }>();
  const instanceOf = new Map<string, string>();
  for (const m of dom.querySelectorAll('Markables > *')) {
    const id = m.getAttribute('m_id') ?? '';
    const anchors = [...m.querySelectorAll('token_anchor')].map((a) => Number(a.getAttribute('t_id')));
    if (anchors.length) anchored.set(id, { tag: m.tagName, tokens: anchors });
    else instanceOf.set(id, m.getAttribute('instance_id') || `${name}#chain${id}`);
  }
  const clusterOf = new Map<string, string>();
  for (const rel of dom.querySelectorAll('Relations > *')) {
    if (rel.tagName !== 'CROSS_DOC_COREF' && rel.tagName !== 'INTRA_DOC_COREF') continue;
    const target = rel.querySelector('target')?.getAttribute('m_id') ?? '';
    const cluster = instanceOf.get(target) ?? `${name}#chain${target}`;
    for (const s of rel.querySelectorAll('source')) clusterOf.set(s.getAttribute('m_id') ?? '', cluster);
  }
  const mentions: EcbEventMention[] = [];
  for (const [id, m] of anchored) {
    if (!isEventTag(m.tag)) continue;
    const sentence = sentenceOf.get(m.tokens[0]) ?? -1;
    if (validated && !validated.has(sentence)) continue;
    const key = `${name}#${id}`;
    mentions.push({ key, doc: name, tokens: m.tokens, sentence, tag: m.tag, cluster: clusterOf.get(id) ?? key });
  }
  mentions.sort((a, b) => a.tokens[0] - b.tokens[0]);
  return { name, topic, tokens, mentions };
}

/** Every document of one topic folder (DIR/topics/N or DIR/N), validated sentences only. */
export function readEcbTopic(dir: string, topic: string, validated: ValidatedSentences): EcbDocument[] {
  const folder = [join(dir, 'topics', topic), join(dir, topic)].find((p) => existsSync(p));
  if (!folder) throw new Error(`ECB+ topic ${topic} not found under ${dir}`);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.xml$/, '');
      const doc = parseEcbDocument(readFileSync(join(folder, f), 'utf8'), topic, validated.get(stem) ?? new Set());
      return doc;
    });
}
