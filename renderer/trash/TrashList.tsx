import { useId, useState } from 'react';
import type { CountResult, ListResult, Query, Row } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Pager } from '../tableTools/Pager.js';
import { formatDateTime } from '../history/formatDateTime.js';
import { t, type MessageKey } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { showNotice } from '../changes/notices.js';
import { recordTitle } from '../records/recordTitle.js';
import { trashDetail, trashFields, type TrashTable } from './trashColumns.js';

const PAGE = 100;
const NO_ROWS: Row[] = [];

/**
 * The trashed records of one table, newest deletion first, with a box per row to select it and
 * Restore for the selection. A click on a row selects it too; Space on its box does by keyboard.
 */
export function TrashList({ table }: { table: TrashTable }) {
  const bodyId = useId();
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tableName = t(`nav.${table}` as MessageKey);

  const query: Query = {
    table,
    trash: true,
    columns: trashFields(table),
    sort: [{ field: 'updated_at', dir: 'desc' }],
    limit: PAGE,
    offset,
    withTotal: false,
  };
  const list = useArchive<ListResult>(() => archive.listRecords(query), JSON.stringify(query));
  const count = useArchive<CountResult>(
    () => archive.countRecords({ table, trash: true }),
    `trash-count/${table}`,
  );
  const rows = list.value?.rows ?? NO_ROWS;
  const total = count.value?.count ?? null;
  const shownIds = rows.map((row) => String(row.id));
  const chosen = shownIds.filter((id) => selected.has(id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const { count: restored } = await archive.restoreRecords({ table, ids: chosen });
      setSelected(new Set());
      showNotice({ key: 'trash.restored', params: { count: restored } }, { undo: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="trash-toolbar">
        <button type="button" disabled={chosen.length === 0 || busy} onClick={() => void restore()}>
          {t('trash.restore')}
        </button>
        <span className="muted" aria-live="polite">
          {chosen.length > 0 ? t('trash.selected', { count: chosen.length }) : ''}
        </span>
      </div>
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {list.error ? (
        <ErrorAlert message={list.error} actionLabel={t('errors.retry')} onDismiss={list.retry} />
      ) : null}
      <table aria-label={t('trash.gridLabel', { table: tableName })} aria-busy={list.loading}>
        <thead>
          <tr>
            <th scope="col" className="trash-check">
              <input
                type="checkbox"
                aria-label={t('trash.selectAll')}
                checked={allChosen}
                disabled={rows.length === 0}
                onChange={() => setSelected(allChosen ? new Set() : new Set(shownIds))}
              />
            </th>
            <th scope="col">{t('trash.record')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('trash.about')}</span>
            </th>
            <th scope="col">{t('trash.deleted')}</th>
          </tr>
        </thead>
        <tbody id={bodyId}>
          {rows.map((row) => {
            const id = String(row.id);
            const name = recordTitle(table, row);
            const isChosen = selected.has(id);
            return (
              <tr
                key={id}
                className={isChosen ? 'is-selected' : undefined}
                onClick={(event) => {
                  if ((event.target as HTMLElement).tagName !== 'INPUT') toggle(id);
                }}
              >
                <td className="trash-check">
                  <input
                    type="checkbox"
                    aria-label={t('trash.select', { name })}
                    checked={isChosen}
                    onChange={() => toggle(id)}
                  />
                </td>
                <td>{name}</td>
                <td className="muted">{trashDetail(table, row)}</td>
                <td>{row.updated_at ? formatDateTime(String(row.updated_at)) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p className="muted">
          {list.loading ? t('trash.loading') : t('trash.none', { table: tableName.toLowerCase() })}
        </p>
      ) : null}
      <Pager
        offset={offset}
        shown={rows.length}
        total={total}
        canPrevious={offset > 0}
        canNext={total === null ? rows.length === PAGE : offset + rows.length < total}
        onPrevious={() => setOffset(Math.max(0, offset - PAGE))}
        onNext={() => setOffset(offset + PAGE)}
        controls={bodyId}
      />
    </>
  );
}
