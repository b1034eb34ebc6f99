import { SCHEMA_VERSION } from '../db/migrate.js';
import {
  progressSentence,
  wholePercent,
  type OnOpenProgress,
  type OpenProgress,
} from '../db/open/openProgress.js';
import { t } from '../i18n/messages.js';

/** Percent steps between two lines of a migration's progress: ten lines at most for each. */
const STEP = 10;

export interface UpgradeProgressPrinter {
  onProgress: OnOpenProgress;
  /** Said once the archive is open: the last line, when an upgrade was said. */
  done(): void;
}

/** Whether two reports are of the same phase (and, while upgrading, of the same migration). */
function samePhase(a: OpenProgress | undefined, b: OpenProgress): boolean {
  if (a?.phase !== b.phase) return false;
  return a.phase !== 'upgrading' || b.phase !== 'upgrading' || a.version === b.version;
}

/**
 * What an archive's upgrade prints on stderr, one line per change: each phase as it begins, and
 * the backup's and a migration's progress every tenth of it. Opening an archive whose schema is current says
 * nothing; an upgrade says itself whatever its length, since it happens once per new version of
 * the app and writes a backup the person may want to know about.
 */
export function upgradeProgressPrinter(err: (line: string) => void): UpgradeProgressPrinter {
  let last: OpenProgress | undefined;
  let lastStep = -1;
  const onProgress: OnOpenProgress = (progress) => {
    const counted = progress.phase === 'backingUp' || progress.phase === 'upgrading';
    if (counted && progress.fraction !== null) {
      const step = Math.floor(wholePercent(progress.fraction) / STEP);
      // The phase's first line said it began: 0% would say it again.
      if (step === 0 || (samePhase(last, progress) && step === lastStep)) return;
      lastStep = step;
      last = progress;
      err(progressSentence({ ...progress, fraction: (step * STEP) / 100 }));
      return;
    }
    lastStep = -1;
    last = progress;
    err(progressSentence(progress));
  };
  return {
    onProgress,
    done: () => {
      if (last) {
        const version = last.phase === 'upgrading' ? last.version : SCHEMA_VERSION;
        err(t('upgrade.done', { version }));
      }
    },
  };
}
