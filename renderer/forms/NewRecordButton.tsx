import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { isFormTable } from './formFields.js';

/** "New visit", "New person"…: opens the form of a new record of a section's table. */
export function NewRecordButton({ table, onClick }: { table: TableName; onClick: () => void }) {
  if (!isFormTable(table)) return null;
  return (
    <div className="section-actions">
      <button type="button" className="primary" onClick={onClick}>
        {t(`forms.new.${table}`)}
      </button>
    </div>
  );
}
