// `npm run test:crash [-- --kills N --migration-kills M --seed S]`: kills a writer of the
// archive N times and an upgrade M times, checking the archive after every kill; with
// `--results`, writes the counts into bench/RESULTS.md (`npm run bench:crash` does, for 1,000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crashSection, writeCrashSection } from './crashResults.js';
import { bundleWriter } from './crashRun.js';
import { runMigrationCrashes } from './migrationCrashes.js';
import type { MigrationCrashCounts } from './migrationCrashes.js';
import { runWriteCrashes } from './writeCrashes.js';
import type { WriteCrashCounts } from './writeCrashes.js';

export interface CrashTestResult {
  write: WriteCrashCounts;
  migration: MigrationCrashCounts;
  seconds: number;
}

export async function crashTest(options: {
  kills: number;
  migrationKills: number;
  seed?: number;
  onKill?: (done: number) => void;
}): Promise<CrashTestResult> {
  const started = Date.now();
  const writer = await bundleWriter();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-crash-'));
  try {
    const writeDir = path.join(dir, 'write');
    const migrationDir = path.join(dir, 'migration');
    fs.mkdirSync(writeDir);
    fs.mkdirSync(migrationDir);
    const write = await runWriteCrashes({
      kills: options.kills,
      dir: writeDir,
      writer,
      seed: options.seed,
      onKill: options.onKill,
    });
    const migration = await runMigrationCrashes({
      kills: options.migrationKills,
      dir: migrationDir,
      writer,
      seed: options.seed,
    });
    return { write, migration, seconds: (Date.now() - started) / 1000 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(writer), { recursive: true, force: true });
  }
}

export function describeCrashTest(result: CrashTestResult): string {
  const { write, migration } = result;
  return [
    `Writer killed ${write.kills} times: ${write.printed} batches printed as committed, ${write.found} found whole, ${write.duringOpen} kills while opening, ${write.problems.length} problems.`,
    `Upgrade killed ${migration.kills} times: ${migration.old} left at the old version, ${migration.partway} complete up to a version between, ${migration.upgraded} complete at the new one, ${migration.backupsChecked} pre-migration backups checked, ${migration.problems.length} problems.`,
    `${result.seconds.toFixed(1)} s in all.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '50' },
      'migration-kills': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      results: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const kills = Number(values.kills);
  const result = await crashTest({
    kills,
    migrationKills: Number(values['migration-kills']),
    seed: Number(values.seed),
    onKill: (done) => {
      if (done % 50 === 0) process.stderr.write(`${done} of ${kills} kills\n`);
    },
  });
  console.log(describeCrashTest(result));
  if (values.results) {
    const command = `npm run test:crash -- --kills ${kills} --migration-kills ${values['migration-kills']} --seed ${values.seed}`;
    const resultsFile = path.join(import.meta.dirname, '../bench/RESULTS.md');
    writeCrashSection(resultsFile, crashSection(result, command, new Date()));
  }
  const problems = [...result.write.problems, ...result.migration.problems];
  for (const problem of problems.slice(0, 20)) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main();
}
