/**
 * Building a demo archive for the benchmarks, and the generation rate it reached. The file is
 * built under a temporary name and renamed when complete, so an interrupted build never leaves a
 * half-filled archive that a later run would take for the real one.
 */
import fs from 'node:fs';
import os from 'node:os';
import { generateDemo } from '../db/demo/demo.js';
import { openArchive } from '../db/open/open.js';

export interface GenerationFigures {
  visits: number;
  meetings: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Processor time of this process alone: the rate on a machine shared with other work. */
  cpuSeconds: number;
  rowsPerCpuSecond: number;
  /** The one-minute load average when the build began. */
  loadAverage: number;
}

export function removeArchive(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

export function generateArchive(
  file: string,
  visits: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): GenerationFigures {
  const part = `${file}.part`;
  removeArchive(part);
  const loadAverage = os.loadavg()[0] ?? 0;
  const db = openArchive(part, { create: true });
  const cpu = process.cpuUsage();
  try {
    const result = generateDemo(db, { visits, seed, ...(onProgress ? { onProgress } : {}) });
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    db.close();
    removeArchive(file);
    fs.renameSync(part, file);
    return {
      ...result,
      rowsPerSecond: result.rows / result.seconds,
      cpuSeconds,
      rowsPerCpuSecond: result.rows / cpuSeconds,
      loadAverage,
    };
  } catch (e) {
    if (db.open) db.close();
    removeArchive(part);
    throw e;
  }
}
