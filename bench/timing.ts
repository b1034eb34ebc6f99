/**
 * Repeated timings and their summary. A benchmark reports the median (what a user usually gets)
 * and the 95th percentile (what they get on a bad run), never a single run. Processor time is
 * kept beside wall time: on a machine shared with other work it shows what the call itself cost.
 */
export interface Timing {
  median: number;
  p95: number;
  /** Median processor time of the calls, in milliseconds. */
  cpuMedian: number;
  runs: number;
}

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

export function summarize(wall: readonly number[], cpu: readonly number[]): Timing {
  return {
    median: quantile(wall, 0.5),
    p95: quantile(wall, 0.95),
    cpuMedian: quantile(cpu, 0.5),
    runs: wall.length,
  };
}

/** Milliseconds of each of `runs` calls, after `warmup` calls whose time is dropped. */
export function timeRuns(fn: () => unknown, runs = 30, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const used = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  return summarize(wall, cpu);
}
