import { useState } from 'react';
import type { CsvExportInput, Query } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { currentLanguage, t } from '../messages.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { CsvToolButton } from './CsvToolButton.js';
import { useShownModal } from '../components/useShownModal.js';
import '../styles/exportCsv.css';

type Choices = Required<Omit<CsvExportInput, 'query' | 'language'>>;

/** The lists the dialog offers, in the order shown: each one's label and its options' words. */
const LISTS = {
  delimiter: {
    label: 'export.delimiter',
    options: { comma: 'export.comma', semicolon: 'export.semicolon', tab: 'export.tab' },
  },
  dates: { label: 'export.dates', options: { iso: 'export.datesIso', shown: 'export.datesShown' } },
  labels: {
    label: 'export.labels',
    options: { codes: 'export.labelsCodes', shown: 'export.labelsShown' },
  },
} as const;
const LIST_NAMES = ['delimiter', 'dates', 'labels'] as const;

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
  return (
    <CsvToolButton
      className="export-csv"
      label={t('export.button')}
      dialog={(onDone) => <ExportCsvDialog query={query} total={total} onDone={onDone} />}
    />
  );
}

function ExportCsvDialog({
  query,
  total,
  onDone,
}: ExportCsvButtonProps & { onDone: (notice: string | null) => void }) {
  const { ref, titleId, dialogProps } = useShownModal();
  const [choices, setChoices] = useState(remembered);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      {...dialogProps}
      className="export-csv-dialog"
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
        {LIST_NAMES.map((name) => (
          <label key={name}>
            {t(LISTS[name].label)}
            <select
              value={choices[name]}
              onChange={(e) => set({ [name]: e.target.value } as Partial<Choices>)}
            >
              {Object.entries(LISTS[name].options).map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
        ))}
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
