// A progress bar on stderr, drawn only when stderr is a terminal (never in pipes, CI or --json runs)
// unless CHRONICLE_PROGRESS=1 asks for it.

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number): void;
  done(): void;
}

const silent: Progress = { tick() {}, setTotal() {}, done() {} };

/** Whether to draw: stderr is a terminal, or CHRONICLE_PROGRESS=1 asks for the line anyway (a log, a test). */
export function progressWanted(): boolean {
  return process.stderr.isTTY === true || process.env.CHRONICLE_PROGRESS === '1';
}

export function createProgress(label: string, total: number | null, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return silent;
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  let knownTotal = total;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const secs = Math.max(0.001, (now - started) / 1000);
    const rate = count / secs;
    let line = `${label} ${count}`;
    if (knownTotal && knownTotal > 0) {
      const frac = Math.min(1, count / knownTotal);
      const width = 24;
      const filled = Math.round(frac * width);
      const eta = rate > 0 ? Math.max(0, (knownTotal - count) / rate) : 0;
      line = `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${knownTotal} ${rate.toFixed(0)}/s ETA ${formatSeconds(eta)}`;
    } else {
      line += ` ${rate.toFixed(0)}/s`;
    }
    process.stderr.write(`\r\x1b[2K${line}`);
  };
  return {
    tick(n = 1) {
      count += n;
      draw(false);
    },
    setTotal(t) {
      knownTotal = t;
    },
    done() {
      draw(true);
      process.stderr.write('\n');
    },
  };
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}
