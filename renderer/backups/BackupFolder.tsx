import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BackupFolderInfo } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t } from '../messages.js';

/**
 * Where the backups go, and another folder for them: the desktop asks in its own folder dialog;
 * web mode, which has none, takes the path typed here.
 */
export function BackupFolder({ onChanged }: { onChanged: () => void }) {
  const [info, setInfo] = useState<BackupFolderInfo | null>(null);
  const [typing, setTyping] = useState(false);
  const [folder, setFolder] = useState('');
  const [create, setCreate] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  useEffect(() => {
    archive.getBackupFolder({}).then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const change = async (input: Parameters<typeof archive.setBackupFolder>[0]) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const next = await archive.setBackupFolder(input);
      setInfo(next);
      if (next.changed) {
        setTyping(false);
        setNotice(t('backups.folderChanged', { folder: next.folder }));
        onChanged();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = () => {
    if (info?.dialog) void change({});
    else setTyping(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change({ folder, create });
  };

  if (!info) return error ? <ErrorAlert message={error} /> : null;
  return (
    <div className="backup-folder">
      <p>
        {t(info.chosen ? 'backups.folderChosen' : 'backups.folderBeside', { folder: info.folder })}
      </p>
      <div className="backup-folder-actions">
        {typing ? null : (
          <button type="button" onClick={choose} disabled={busy}>
            {t('backups.chooseFolder')}
          </button>
        )}
        {info.chosen ? (
          <button type="button" onClick={() => void change({ reset: true })} disabled={busy}>
            {t('backups.folderReset')}
          </button>
        ) : null}
      </div>
      {typing ? (
        <form onSubmit={submit}>
          <label htmlFor={fieldId}>{t('backups.folderField')}</label>
          <input
            id={fieldId}
            type="text"
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder={t('backups.folderPlaceholder')}
            spellCheck={false}
            autoFocus
          />
          <label>
            <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} />{' '}
            {t('backups.folderCreate')}
          </label>
          <div className="backup-folder-actions">
            <button type="submit" disabled={busy || folder.trim() === ''}>
              {t('backups.folderUse')}
            </button>
            <button type="button" onClick={() => setTyping(false)}>
              {t('backups.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
