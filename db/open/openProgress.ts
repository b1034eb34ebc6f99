import { t } from '../../i18n/messages.js';

/**
 * What opening an archive is doing, said while it runs: only an upgrade takes long (the check
 * and the backup before it, then each migration), so nothing is said when none is due.
 */
export type OpenProgress =
  /** The archive's pages are checked before it is upgraded (a damaged one is not). */
  | { phase: 'checking' }
  /**
   * The archive is copied to its backups folder before it is upgraded; `fraction` (0 to 1) is how
   * much is copied, null when the copy has just begun or cannot say.
   */
  | { phase: 'backingUp'; fraction: number | null }
  /** The backup is checked whole before the archive is upgraded. */
  | { phase: 'checkingBackup' }
  /**
   * Migration `version` of `latest` runs; `fraction` (0 to 1) is how much of it is done, for the
   * migrations that say it, null when it has just begun.
   */
  | { phase: 'upgrading'; version: number; latest: number; fraction: number | null };

export type OnOpenProgress = (progress: OpenProgress) => void;

/** The sentence a person reads for a phase, in the app's language, with its whole percent. */
export function progressSentence(progress: OpenProgress): string {
  switch (progress.phase) {
    case 'checking':
      return t('upgrade.checking');
    case 'checkingBackup':
      return t('upgrade.checkingBackup');
    case 'backingUp':
      return progress.fraction === null
        ? t('upgrade.backingUp')
        : t('upgrade.backingUpPercent', { percent: wholePercent(progress.fraction) });
    case 'upgrading': {
      const { version, latest, fraction } = progress;
      return fraction === null
        ? t('upgrade.migrating', { version, latest })
        : t('upgrade.migratingPercent', { version, latest, percent: wholePercent(fraction) });
    }
  }
}

/** How much of the phase is done (0 to 1), or null for a phase that says no fraction. */
export function progressFraction(progress: OpenProgress): number | null {
  return progress.phase === 'checking' || progress.phase === 'checkingBackup'
    ? null
    : progress.fraction;
}

/** 0 to 100, rounded down: 100 only once the work is done. */
export function wholePercent(fraction: number): number {
  return Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
}
