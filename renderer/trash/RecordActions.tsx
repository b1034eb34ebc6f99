import type { TableName } from '../../db/api.js';
import { MergeButton } from '../merge/MergeButton.js';
import { DeleteRecordButton } from './DeleteRecordButton.js';
import '../styles/trash.css';

export interface RecordActionsProps {
  table: TableName;
  id: string;
  name: string;
  /** A visit's meetings, once known. */
  meetings?: number;
  /** Closes the panel: its record went to the trash. */
  onDeleted: () => void;
}

/** The buttons of a record panel that act on the whole record: Delete…, and Merge with…. */
export function RecordActions({ table, id, name, meetings, onDeleted }: RecordActionsProps) {
  return (
    <div className="record-actions">
      {table === 'people' || table === 'organisations' ? (
        <MergeButton table={table} id={id} name={name} />
      ) : null}
      <DeleteRecordButton
        table={table}
        id={id}
        name={name}
        {...(meetings === undefined ? {} : { meetings })}
        onDeleted={onDeleted}
      />
    </div>
  );
}
