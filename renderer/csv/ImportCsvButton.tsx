import { useState } from 'react';
import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { ImportCsvDialog } from './ImportCsvDialog.js';
import '../styles/importCsv.css';

export interface ImportCsvButtonProps {
  table: TableName;
  /** The table's name as the screen shows it (Visits), for the dialog's title. */
  label: string;
}

/** Beside Export CSV: adds the rows of a CSV file to the table, all of them or none. */
export function ImportCsvButton({ table, label }: ImportCsvButtonProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="import-csv">
      <button
        type="button"
        onClick={() => {
          setNotice(null);
          setOpen(true);
        }}
      >
        {t('import.button')}
      </button>
      {notice ? (
        <p role="status" className="import-csv-notice">
          {notice}
        </p>
      ) : null}
      {open ? (
        <ImportCsvDialog
          table={table}
          label={label}
          onDone={(message) => {
            setOpen(false);
            setNotice(message);
          }}
        />
      ) : null}
    </div>
  );
}
