import { useId, useRef, useState } from 'react';
import type { CsvEncoding, CsvImportPreview, TableName } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { t, type MessageKey } from '../messages.js';
import { EncodingSelect } from './EncodingSelect.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FileChooser } from '../components/FileChooser.js';
import { useShownModal } from '../components/useShownModal.js';
import { ImportCsvPreview } from './ImportCsvPreview.js';
import { readFileBase64 } from './readFileBase64.js';

/** The API takes at most 70,000,000 base64 characters: 52.5 MB of file. */
const MAX_BYTES = 52_000_000;

type Busy = null | { kind: 'reading'; fraction: number } | { kind: 'checking' | 'importing' };

/**
 * Choose a file, see what an import would write (its columns, first rows and every problem),
 * choose the field a column fills, and import every row as one action, or nothing.
 */
export function ImportCsvDialog({
  table,
  label,
  onDone,
}: {
  table: TableName;
  label: string;
  onDone: (notice: string | null) => void;
}) {
  const { ref, titleId, dialogProps } = useShownModal();
  const hintId = useId();
  const [file, setFile] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  // Null until the user picks one: the archive finds it from the file.
  const [encoding, setEncoding] = useState<CsvEncoding | null>(null);
  const [preview, setPreview] = useState<CsvImportPreview | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers to an earlier file or mapping arrive late: only the newest request is shown.
  const request = useRef(0);

  const check = async (
    base64: string,
    chosen: Record<string, string | null>,
    keepError = false,
    readAs = encoding,
  ) => {
    const n = ++request.current;
    setBusy({ kind: 'checking' });
    if (!keepError) setError(null);
    try {
      const answer = await archive.previewCsvImport({
        table,
        file: base64,
        ...(Object.keys(chosen).length > 0 ? { mapping: chosen } : {}),
        ...(readAs ? { encoding: readAs } : {}),
      });
      if (n === request.current) setPreview(answer);
    } catch (e) {
      if (n === request.current) {
        setPreview(null);
        setError(errorMessage(e));
      }
    } finally {
      if (n === request.current) setBusy(null);
    }
  };

  const choose = async (picked: File | undefined) => {
    const n = ++request.current;
    // The fields chosen for columns are kept: a corrected file has the same headers.
    setFile(null);
    setEncoding(null);
    setPreview(null);
    setError(null);
    if (!picked) return;
    if (picked.size === 0) return setError(t('import.empty'));
    if (picked.size > MAX_BYTES) {
      return setError(t('import.tooBig', { size: Math.ceil(picked.size / 1_000_000) }));
    }
    setBusy({ kind: 'reading', fraction: 0 });
    try {
      const base64 = await readFileBase64(picked, (fraction) => {
        if (n === request.current) setBusy({ kind: 'reading', fraction });
      });
      if (n !== request.current) return;
      setFile(base64);
      await check(base64, mapping, false, null);
    } catch {
      if (n === request.current) {
        setBusy(null);
        setError(t('import.unreadable'));
      }
    }
  };

  const map = (header: string, field: string | null) => {
    const chosen = { ...mapping, [header]: field };
    setMapping(chosen);
    if (file) void check(file, chosen);
  };

  const start = async () => {
    if (!file || !preview) return;
    setBusy({ kind: 'importing' });
    setError(null);
    try {
      const done = await archive.importCsv({
        table,
        file,
        ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
        ...(encoding ? { encoding } : {}),
      });
      onDone(t(`import.done.${table}` as MessageKey, { count: done.rows }));
    } catch (e) {
      setBusy(null);
      setError(errorMessage(e));
      // The archive changed since the preview: show what stands in the way now.
      void check(file, mapping, true);
    }
  };

  const ready = preview !== null && preview.problemCount === 0 && preview.rows > 0;
  return (
    <dialog
      {...dialogProps}
      className="import-csv-dialog"
      aria-busy={busy !== null}
      onClose={() => onDone(null)}
      onCancel={(event) => {
        if (busy?.kind === 'importing') event.preventDefault();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && busy === null) void start();
        }}
      >
        <h2 id={titleId}>{t('import.title', { table: label })}</h2>
        <FileChooser
          label={t('import.file')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          describedBy={hintId}
          disabled={busy?.kind === 'importing'}
          onFile={(chosen) => void choose(chosen)}
        />
        <p id={hintId} className="import-csv-hint">
          {t('import.fileHint')}
        </p>
        {busy?.kind === 'reading' ? (
          <progress aria-label={t('import.reading')} max={1} value={busy.fraction} />
        ) : null}
        {busy?.kind === 'checking' ? (
          <p role="status" className="import-csv-checking">
            <progress aria-label={t('import.checking')} />
            {t('import.checking')}
          </p>
        ) : null}
        {file && (preview || encoding || error) ? (
          <EncodingSelect
            value={encoding ?? preview?.encoding ?? 'utf-8'}
            disabled={busy !== null}
            onChange={(chosen) => {
              setEncoding(chosen);
              void check(file, mapping, false, chosen);
            }}
          />
        ) : null}
        {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
        {preview ? (
          <ImportCsvPreview
            table={table}
            preview={preview}
            mapping={mapping}
            onMap={map}
            disabled={busy !== null}
          />
        ) : null}
        <div className="import-csv-actions">
          <button
            type="button"
            disabled={busy?.kind === 'importing'}
            onClick={() => ref.current?.close()}
          >
            {t('import.cancel')}
          </button>
          {preview ? (
            <button type="submit" disabled={!ready || busy !== null}>
              {busy?.kind === 'importing'
                ? t('import.working')
                : t('import.start', { count: preview.rows })}
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}
