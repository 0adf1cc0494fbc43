// How ingest cost develops as the database grows: every `step` documents, the speed over the last
// step (wall clock and per CPU second), resident memory and database size.
import { existsSync, statSync } from 'node:fs';

export interface GrowthPoint {
  docs: number;
  seconds: number;
  /** Over the step that ended here. */
  docsPerSecond: number;
  /** Over the step, per second of CPU used by this process and its worker threads: the cost per
   * document, independent of what else the machine runs. */
  docsPerCpuSecond: number;
  rssMb: number;
  dbMb: number | null;
}

export interface GrowthRecorder {
  /** One more document saved. */
  count(): void;
  /** Records the last, partial step. */
  finish(): void;
  readonly points: GrowthPoint[];
  readonly docs: number;
  elapsedSeconds(): number;
  cpuSeconds(): number;
}

/** `step` 0 records nothing; `dbFile` null (PostgreSQL) leaves sizes out. */
export function growthRecorder(step: number, dbFile: string | null, onPoint: (p: GrowthPoint) => void = () => {}): GrowthRecorder {
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const elapsedSeconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = () => {
    const c = process.cpuUsage(cpuStart);
    return (c.user + c.system) / 1e6;
  };
  const points: GrowthPoint[] = [];
  let docs = 0;
  let last = { docs: 0, seconds: 0, cpu: 0 };
  const record = () => {
    const seconds = elapsedSeconds();
    const cpu = cpuSeconds();
    const point = {
      docs,
      seconds: round(seconds),
      docsPerSecond: round((docs - last.docs) / Math.max(seconds - last.seconds, 1e-9)),
      docsPerCpuSecond: round((docs - last.docs) / Math.max(cpu - last.cpu, 1e-9)),
      rssMb: round(process.memoryUsage().rss / 2 ** 20),
      dbMb: dbFile === null ? null : databaseMb(dbFile),
    };
    points.push(point);
    last = { docs, seconds, cpu };
    onPoint(point);
  };
  return {
    count() {
      docs++;
      if (step > 0 && docs % step === 0) record();
    },
    finish() {
      if (step > 0 && docs !== last.docs) record();
    },
    points,
    get docs() {
      return docs;
    },
    elapsedSeconds,
    cpuSeconds,
  };
}

/** A SQLite database with its write-ahead log, in MB. */
export function databaseMb(path: string): number {
  const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
  return round((size(path) + size(`${path}-wal`)) / 2 ** 20);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
