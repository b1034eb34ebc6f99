import { useMemo } from 'react';
import type { HistoryEntry, RecordDetail, TableName } from '../../db/api.js';
import { archive } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t, type MessageKey } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { formatDateTime } from './formatDateTime.js';
import {
  historyFieldLabel,
  historyValue,
  isShownField,
  knownNames,
  type KnownNames,
} from './historyValue.js';

function Entry({ entry, names }: { entry: HistoryEntry; names: KnownNames }) {
  const what = t(`history.op.${entry.op}` as MessageKey);
  const when = t('history.by', { when: formatDateTime(entry.at), user: entry.user });
  const fields = entry.changes.filter((c) => isShownField(c.field));
  const quiet = entry.op === 'delete' || entry.op === 'restore';
  return (
    <li className={entry.undone ? 'history-entry is-undone' : 'history-entry'}>
      <h3>
        {what}
        <span className="history-when">{when}</span>
        {entry.undone ? <span className="history-undone">{t('history.undone')}</span> : null}
      </h3>
      {fields.length > 0 ? (
        <table aria-label={`${what}, ${when}`}>
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((change) => (
              <tr key={change.field}>
                <th scope="row">{historyFieldLabel(change.field)}</th>
                <td>{historyValue(change.field, change.before, names)}</td>
                <td>{historyValue(change.field, change.after, names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : quiet ? null : (
        <p className="muted">{t('history.noFields')}</p>
      )}
    </li>
  );
}

/**
 * One record's changes, newest first: when, who, what, and each field before and after, with
 * the changes that were undone marked. It asks again after every change to the archive.
 */
export function RecordHistory({
  table,
  id,
  detail,
}: {
  table: TableName;
  id: string;
  detail: RecordDetail | undefined;
}) {
  const history = useArchive<HistoryEntry[]>(
    () => archive.recordHistory({ table, id }),
    `history/${table}/${id}`,
  );
  const names = useMemo(() => knownNames(detail), [detail]);
  const entries = useMemo(() => [...(history.value ?? [])].reverse(), [history.value]);
  if (history.error) {
    return (
      <ErrorAlert
        message={history.error}
        actionLabel={t('errors.retry')}
        onDismiss={history.retry}
      />
    );
  }
  if (!history.value) return <p className="muted">{t('history.loading')}</p>;
  if (entries.length === 0) return <p className="muted">{t('history.none')}</p>;
  return (
    <ol className="history-list" aria-label={t('record.historyTab')} aria-busy={history.loading}>
      {entries.map((entry) => (
        <Entry key={entry.seq} entry={entry} names={names} />
      ))}
    </ol>
  );
}
