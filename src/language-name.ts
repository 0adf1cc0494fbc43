// A language code in words ("de" → "German") for messages, the ingest summary and the reader; the
// code itself where the runtime has no name for it, and "an unknown language" for 'und'.
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  if (code === 'und') return 'an unknown language';
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a well-formed tag
  }
}
