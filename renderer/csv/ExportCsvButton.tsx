import { useEffect, useId, useRef, useState } from 'react';
import type { CsvExportInput, Query } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { currentLanguage, t } from '../messages.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import '../styles/exportCsv.css';

type Choices = Required<Omit<CsvExportInput, 'query' | 'language'>>;

const SETTINGS_KEY = 'archive.csvExport';
const DEFAULTS: Choices = { delimiter: 'comma', bom: true, dates: 'iso', labels: 'codes' };

/** The choices of the last export, so that a user who needs semicolons picks them once. */
function remembered(): Choices {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Choices>;
    return { ...DEFAULTS, ...saved };
  } catch {
    return DEFAULTS;
  }
}

/** A link the browser follows as a download: web mode's exports arrive that way. */
function download(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

export interface ExportCsvButtonProps {
  /** The table's query as shown: its columns, sort and search (every row is exported). */
  query: Query;
  total: number | null;
}

export function ExportCsvButton({ query, total }: ExportCsvButtonProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="export-csv">
      <button type="button" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      {notice ? (
        <p role="status" className="export-csv-notice">
          {notice}
        </p>
      ) : null}
      {open ? (
        <ExportCsvDialog
          query={query}
          total={total}
          onDone={(message) => {
            setOpen(false);
            setNotice(message);
          }}
        />
      ) : null}
    </div>
  );
}

function ExportCsvDialog({
  query,
  total,
  onDone,
}: ExportCsvButtonProps & { onDone: (notice: string | null) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [choices, setChoices] = useState(remembered);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const set = (change: Partial<Choices>) => setChoices((c) => ({ ...c, ...change }));

  const start = async () => {
    setBusy(true);
    setError(null);
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(choices));
    try {
      const answer = await archive.exportCsv({ query, ...choices, language: currentLanguage() });
      if (answer.download) download(answer.download);
      onDone(
        answer.file && answer.rows !== null
          ? t('export.saved', { count: answer.rows, file: answer.file })
          : null,
      );
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="export-csv-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onClose={() => onDone(null)}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <h2 id={titleId}>{t('export.title')}</h2>
        <p>{total === null ? t('export.rowsCounting') : t('export.rows', { count: total })}</p>
        {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
        <label>
          {t('export.delimiter')}
          <select
            value={choices.delimiter}
            onChange={(e) => set({ delimiter: e.target.value as Choices['delimiter'] })}
          >
            <option value="comma">{t('export.comma')}</option>
            <option value="semicolon">{t('export.semicolon')}</option>
            <option value="tab">{t('export.tab')}</option>
          </select>
        </label>
        <label>
          {t('export.dates')}
          <select
            value={choices.dates}
            onChange={(e) => set({ dates: e.target.value as Choices['dates'] })}
          >
            <option value="iso">{t('export.datesIso')}</option>
            <option value="shown">{t('export.datesShown')}</option>
          </select>
        </label>
        <label>
          {t('export.labels')}
          <select
            value={choices.labels}
            onChange={(e) => set({ labels: e.target.value as Choices['labels'] })}
          >
            <option value="codes">{t('export.labelsCodes')}</option>
            <option value="shown">{t('export.labelsShown')}</option>
          </select>
        </label>
        <label className="export-csv-check">
          <input
            type="checkbox"
            checked={choices.bom}
            onChange={(e) => set({ bom: e.target.checked })}
          />
          {t('export.bom')}
        </label>
        <div className="export-csv-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('export.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {busy ? t('export.working') : t('export.start')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
