import { useState, type ReactNode } from 'react';
import type { RecordDetail, Row, TableName } from '../../db/api.js';
import { archive } from '../api.js';
import { t } from '../messages.js';
import { confirmDiscard } from '../unsavedChanges.js';
import { useArchive, type ArchiveAnswer } from '../app/useArchive.js';
import { isFormTable } from './formFields.js';
import { RecordEditor } from './RecordEditor.js';

export interface PanelRecord {
  /** The record's id, or null while a new one is entered. */
  id: string | null;
  detail: ArchiveAnswer<RecordDetail | null>;
  /** The record as last known: from the archive, else from the table's row or the last save. */
  record: Row | null;
  /** The record's title, or the new record's ("New visit"). */
  title: string;
  /** The form while the record is edited (or entered), else null. */
  editor: ReactNode;
  /** "Edit", for the panel's header, while the record is shown. */
  editButton: ReactNode;
}

/**
 * What a record panel shows and edits: the record asked of the archive, and whether its form is
 * open. A panel opened without a row is the form of a new record, which is shown once saved.
 */
export function usePanelRecord(
  table: TableName,
  row: Row | null,
  titleOf: (record: Row) => string,
  onClose: () => void,
): PanelRecord {
  const [id, setId] = useState(row ? String(row.id) : null);
  const [editing, setEditing] = useState(row === null);
  const [known, setKnown] = useState(row);
  // After a form closes, focus goes back to Edit, not to the top of the window.
  const [edited, setEdited] = useState(false);
  const detail = useArchive<RecordDetail | null>(
    () => (id === null ? Promise.resolve(null) : archive.getRecord({ table, id })),
    `${table}/${id ?? 'new'}`,
  );
  const record = detail.value?.record ?? known;
  const title = record ? titleOf(record) : isFormTable(table) ? t(`forms.new.${table}`) : '';
  const editor =
    editing && isFormTable(table) ? (
      <RecordEditor
        table={table}
        record={id === null ? null : (detail.value?.record ?? null)}
        related={detail.value?.related ?? {}}
        title={title}
        onSaved={(saved) => {
          setId(String(saved.id));
          setKnown(saved);
          setEditing(false);
          setEdited(true);
        }}
        onCancel={() => {
          if (id === null) onClose();
          setEditing(false);
          setEdited(true);
        }}
        onReload={detail.retry}
      />
    ) : null;
  const editButton =
    !editing && detail.value && isFormTable(table) ? (
      <button type="button" autoFocus={edited} onClick={() => confirmDiscard() && setEditing(true)}>
        {t('forms.edit')}
      </button>
    ) : null;
  return { id, detail, record, title, editor, editButton };
}
