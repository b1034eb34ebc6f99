/**
 * The model-based test: random steps (edits, stale edits, trash, restore, merges, undo and redo,
 * CSV imports, backups and their restores, empty trash) from three windows in two processes on
 * one archive file, each step checked against the model of acknowledged writes and against a
 * recomputation of every derived structure.
 */
import type { Database } from 'better-sqlite3';
import { createRandom } from '../../demo/demoRandom.js';
import { olderBackup } from './olderBackup.js';
import { startProcesses } from './modelProcesses.js';
import { modelProblems, newModel } from './modelState.js';
import { runStep, type StepWorld } from './modelStep.js';
import { pickStep, type StepKind } from './modelSteps.js';

export interface ModelOptions {
  db: Database;
  file: string;
  steps: number;
  seed: number;
}

export interface ModelReport {
  steps: number;
  byKind: Record<string, number>;
  processes: 2;
  windows: number;
  acknowledged: number;
  lost: number;
  problems: string[];
}

const WINDOWS = [
  { process: 0, session: 'p0-window-a' },
  { process: 0, session: 'p0-window-b' },
  { process: 1, session: 'p1-window-a' },
] as const;

export async function runModel(options: ModelOptions): Promise<ModelReport> {
  const { db, file } = options;
  const random = createRandom(options.seed);
  const report: ModelReport = {
    steps: 0,
    byKind: {},
    processes: 2,
    windows: WINDOWS.length,
    acknowledged: 0,
    lost: 0,
    problems: [],
  };
  const sessions = WINDOWS.map((w) => w.session);
  let step = 0;
  let kind: StepKind = 'create';
  const world: StepWorld = {
    model: newModel(sessions),
    backups: new Map(),
    older: olderBackup(file),
    sessions,
    fail: (what) => report.problems.push(`step ${step} (${kind}): ${what}`),
    acknowledged: () => report.acknowledged++,
  };
  const processes = await startProcesses(db, file);
  try {
    for (step = 1; step <= options.steps && report.problems.length === 0; step++) {
      kind = pickStep(random);
      const window = random.pick(WINDOWS);
      const result = await runStep(
        kind,
        { db, random, call: processes.call, ...window, serial: step },
        world,
      );
      report.steps++;
      report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
      // A refusal is an answer (a conflict, a record deleted for good); a failure is not.
      if (result && !result.ok && result.error.code === 'internal') {
        world.fail(result.error.message);
      }
      try {
        const { lost, other } = modelProblems(db, world.model);
        report.lost += lost.length;
        for (const problem of [...lost, ...other]) world.fail(problem);
      } catch (e) {
        // An archive the checks cannot even read (a schema left behind) is a problem too.
        world.fail(`the archive cannot be checked: ${(e as Error).message}`);
      }
    }
  } finally {
    await processes.close();
  }
  return report;
}
