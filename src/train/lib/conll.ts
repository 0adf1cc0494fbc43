// Reads CoNLL-2003 files: "word POS chunk NER" per line, blank lines between sentences,
// -DOCSTART- between documents. Only the word and the NER label are kept: run-time text has
// no POS or chunk tags.

export interface ConllSentence {
  words: string[];
  labels: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], labels: [] };
  const endSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], labels: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sent.words.push(cols[0]);
    sent.labels.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  endDoc();
  return docs;
}

export function countTokens(docs: ConllDoc[]): number {
  let n = 0;
  for (const d of docs) for (const s of d.sentences) n += s.words.length;
  return n;
}
