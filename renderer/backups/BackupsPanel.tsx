import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { BackupFolder } from './BackupFolder.js';
import { formatDate } from '../formatDate.js';
import { currentLanguage, formatNumber, hasMessage, t } from '../messages.js';
import '../styles/backups.css';

/** `22 Nov 2026, 06:47`: the app's day format, with the local time of day. */
function when(at: string): string {
  const d = new Date(at);
  const day = [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const time = d.toLocaleTimeString(currentLanguage(), {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${formatDate(day)}, ${time}`;
}

/** Why a backup was taken, in words; a pre-migration backup names the schema it kept. */
function kindLabel(kind: string): string {
  const key = `backups.kind.${kind.replace(/-v\d+$/, '')}`;
  return hasMessage(key) ? t(key) : kind;
}

/** Web mode's settings for safety: back up now, and restore one of the archive's backups. */
export function BackupsPanel() {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setBackups(await archive.listBackups({}));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void run(async () => {});
  }, [run]);

  const backUp = () =>
    run(async () => {
      const made = await archive.backUpNow({});
      setNotice(t('backups.made', { when: when(made.at) }));
    });
  const restore = (name: string) =>
    run(async () => {
      setConfirming(null);
      const { restored, safetyCopy } = await archive.restoreBackup({ name });
      setNotice(
        t('backups.restored', {
          when: when(restored.at),
          visits: restored.counts.visits,
          meetings: restored.counts.meetings,
          before: when(safetyCopy.at),
        }),
      );
    });

  return (
    <section className="backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('backups.heading')}</h2>
      <p>{t('backups.intro')}</p>
      <button type="button" onClick={() => void backUp()} disabled={busy}>
        {t('backups.backUpNow')}
      </button>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {/* Right under a refused backup: where backups go, and another folder for them. */}
      <BackupFolder onChanged={() => void run(async () => {})} />
      {backups && backups.length === 0 ? <p>{t('backups.none')}</p> : null}
      {backups && backups.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('backups.taken')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <td>{when(backup.at)}</td>
                <td>{kindLabel(backup.kind)}</td>
                <td>
                  {t('backups.kilobytes', { size: formatNumber(Math.ceil(backup.bytes / 1024)) })}
                </td>
                <td>
                  {confirming === backup.name ? (
                    <>
                      <span>{t('backups.confirm')}</span>{' '}
                      <button
                        type="button"
                        onClick={() => void restore(backup.name)}
                        disabled={busy}
                      >
                        {t('backups.restoreConfirmed')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('backups.cancel')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      onClick={() => setConfirming(backup.name)}
                      disabled={busy}
                    >
                      {t('backups.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
