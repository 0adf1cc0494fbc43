// Input text (a file name, an error message, an article's words) made safe for one line of a log
// or a terminal. Not the CLI's alone: the queue worker (src/ingest/queue.ts) logs with it too.

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that can
// reorder what a terminal shows.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Article text made safe to show: every control character written visibly (␛ for ESC, <U+202E> …). */
export function visibleControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // the Control Pictures block
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * A path or message from the input on one line of a summary: control characters made visible
 * (as visibleControls does), line breaks too, so that a file named with a newline or an escape
 * sequence can neither split its line nor rewrite the screen. Piped output included: one line per
 * failure is what a log is read by.
 */
export function oneLine(s: string): string {
  return visibleControls(s).replace(/\n/g, '\u240a');
}

/** A read failure as the ingest summary lists it: "  ✗ PATH: WHY". */
export function failureLine(f: { input: string; error: string }): string {
  return `  ✗ ${oneLine(f.input)}: ${oneLine(f.error)}`;
}
