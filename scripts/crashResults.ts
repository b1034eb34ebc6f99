// Writes the crash test's counts into bench/RESULTS.md, below the marker whose text the
// benchmark keeps when it reruns, replacing the counts of the previous run.
import fs from 'node:fs';
import os from 'node:os';
import type { CrashTestResult } from './crashTest.js';
import { describeCrashTest } from './crashTest.js';

const KEPT = '<!-- findings: written by hand, kept when the benchmark reruns -->';
const START = '<!-- crash test: written by `npm run bench:crash` -->';
const END = '<!-- end of crash test -->';

export function crashSection(result: CrashTestResult, command: string, at: Date): string {
  return [
    START,
    '',
    `## Crash test (${at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `\`${command}\` on ${os.cpus().length} cores, Node ${process.version}. A child process writes`,
    'batches (a visit and 1–12 meetings, one transaction each) through db/write/write.ts and prints',
    'each batch after its commit; it is killed with SIGKILL at random moments. After every kill:',
    'integrity_check, foreign_key_check, every printed batch whole, no batch in part. Then an',
    'upgrade of a version 1 archive through every migration and a heavy test one is killed at',
    'random moments: the archive must be at the old version untouched or complete up to a later',
    'one (its schema exactly that version’s), and the pre-migration backup sound.',
    '',
    ...describeCrashTest(result)
      .split('\n')
      .map((line) => `- ${line}`),
    '',
    END,
  ].join('\n');
}

export function writeCrashSection(resultsFile: string, section: string): void {
  let text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) text = text.slice(0, start) + text.slice(end + END.length);
  if (!text.includes(KEPT)) text = `${text.trimEnd()}\n\n${KEPT}\n`;
  const at = text.indexOf(KEPT) + KEPT.length;
  fs.writeFileSync(
    resultsFile,
    `${text.slice(0, at)}\n\n${section}${text.slice(at).replace(/^\n*/, '\n\n')}`,
  );
}
