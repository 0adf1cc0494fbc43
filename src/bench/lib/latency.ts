// Latency percentiles as the benchmarks report them (nearest rank, milliseconds, two decimals).

export interface LatencySummary {
  n: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function latencySummary(samplesMs: number[]): LatencySummary {
  const xs = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => (xs.length ? round(xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]) : 0);
  return { n: xs.length, p50Ms: at(50), p95Ms: at(95), p99Ms: at(99), maxMs: xs.length ? round(xs[xs.length - 1]) : 0 };
}

const round = (x: number) => Math.round(x * 100) / 100;
