import { describe, expect, test } from 'vitest';
import { MEASURES } from '../measures.js';
import { renderReport, type BenchReport } from '../report.js';
import { summarize } from '../timing.js';

describe('summarize', () => {
  test('gives the median and the 95th percentile, whatever the order of the samples', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(summarize(samples, samples)).toEqual({ median: 10, p95: 19, cpuMedian: 10, runs: 20 });
  });
});

describe('renderReport', () => {
  const timing = (median: number) => ({ median, p95: median * 2, cpuMedian: median, runs: 30 });
  const report: BenchReport = {
    date: '2026-11-22 06:00 UTC',
    machine: ['Machine: test'],
    archive: { file: 'bench/data/bench.db', visits: 10, meetings: 45, rows: 300, megabytes: 1 },
    generation: [
      {
        label: 'fresh',
        built: 'this run',
        visits: 10,
        rows: 300,
        seconds: 0.01,
        cpuSeconds: 0.01,
        loadAverage: 1,
        judged: true,
      },
    ],
    notes: [],
    generationGoal: 300_000,
    shellVersion: null,
    results: MEASURES.map((measure, i) => ({
      measure,
      ours: timing(i === 0 ? 7 : 1),
      shell: null,
      rows: 100,
      plan: ['SCAN t'],
    })),
  };

  test('says plainly which goals were missed and that the yardstick comparison was skipped', () => {
    const text = renderReport(report);
    const first = text.split('\n').find((l) => l.startsWith(`| ${MEASURES[0]!.name}`));
    expect(first).toMatch(/\| 7\.00 \| 14\.0 \|.*\| < 5 ms \| \*\*no\*\* \|$/);
    const second = text.split('\n').find((l) => l.startsWith(`| ${MEASURES[1]!.name}`));
    expect(second).toMatch(/\| yes \|$/);
    expect(text).toContain('| fresh | this run | 10 | 300 | 0.0 | 30,000 |');
    expect(text).toContain(
      'it could not be compiled on this machine (no C compiler), so the comparison was skipped',
    );
    expect(text).toContain('npm run bench');
    const missed = text.split('## Goals missed')[1]!.split('## Query plans')[0]!;
    expect(missed).toContain(
      'Generation, fresh: 30,000 rows/s against the goal of 300,000 rows/s.',
    );
    expect(missed).toContain(`${MEASURES[0]!.name}: median 7.00 ms against the goal of < 5 ms.`);
    expect(missed).not.toContain(MEASURES[1]!.name);
  });
});
