// Ctrl-C (SIGINT) or SIGTERM during a long write: the first asks the work to stop and keep what it
// has done, a second quits at once. Outside `catchInterrupts` the default (exit at once) applies.

export interface Interrupts {
  /** Aborted at the first signal. */
  signal: AbortSignal;
  /** Restores the default handling. */
  dispose(): void;
}

/** Exit status of a process stopped by a signal, as the shell reports it (128 + its number). */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export function catchInterrupts(message: string): Interrupts {
  const controller = new AbortController();
  const handler = (sig: 'SIGINT' | 'SIGTERM') => {
    if (controller.signal.aborted) process.exit(SIGNAL_EXIT[sig]);
    process.stderr.write(`\n${message}\n`);
    controller.abort(sig);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
