import { expect, test } from 'vitest';
import { runModel } from './model/modelRun.js';
import { tempArchive } from './tempArchive.js';

test('200 random steps from three windows in two processes lose no acknowledged write and leave every derived structure sound', async () => {
  const { db, file } = tempArchive();
  const report = await runModel({ db, file, steps: 200, seed: 12 });
  expect(report.problems).toEqual([]);
  expect(report.lost).toBe(0);
  expect(report.steps).toBe(200);
  // The run reached every kind of step it was meant to.
  expect(Object.keys(report.byKind).sort()).toEqual(
    [
      'backUp',
      'create',
      'edit',
      'emptyTrash',
      'importCsv',
      'merge',
      'redo',
      'restore',
      'restoreOlderBackup',
      'restoreBackup',
      'staleEdit',
      'trash',
      'undo',
    ].sort(),
  );
}, 120_000);
