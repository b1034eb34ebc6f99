import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { CsvToolButton } from './CsvToolButton.js';
import { ImportCsvDialog } from './ImportCsvDialog.js';
import '../styles/importCsv.css';

export interface ImportCsvButtonProps {
  table: TableName;
  /** The table's name as the screen shows it (Visits), for the dialog's title. */
  label: string;
}

/** Beside Export CSV: adds the rows of a CSV file to the table, all of them or none. */
export function ImportCsvButton({ table, label }: ImportCsvButtonProps) {
  return (
    <CsvToolButton
      className="import-csv"
      label={t('import.button')}
      clearNoticeOnOpen
      dialog={(onDone) => <ImportCsvDialog table={table} label={label} onDone={onDone} />}
    />
  );
}
