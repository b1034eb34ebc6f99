import { useId } from 'react';
import {
  TABLE_FIELDS,
  type CellValue,
  type CsvImportPreview,
  type TableName,
} from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDate } from '../formatDate.js';
import { hasMessage, sentenceOf, t, type MessageKey } from '../messages.js';
import { fieldLabel } from '../grid/textColumn.js';

const CHOOSE = '\u0000choose';

function cellText(table: TableName, field: string, value: CellValue): string {
  const kind = (TABLE_FIELDS[table] as Record<string, { kind: string }>)[field]?.kind;
  if (kind === 'date') return formatDate(value);
  if (kind === 'country') return countryName(value);
  const status = `status.${String(value)}`;
  if (kind === 'enum' && hasMessage(status)) return t(status);
  return value === null ? '' : String(value);
}

/** What an import would write: the file's form, the field of each column, its first rows, its problems. */
export function ImportCsvPreview({
  table,
  preview,
  mapping,
  onMap,
  disabled,
}: {
  table: TableName;
  preview: CsvImportPreview;
  /** The fields the user chose, by header; other columns fill what their header names. */
  mapping: Record<string, string | null>;
  onMap: (header: string, field: string | null) => void;
  disabled: boolean;
}) {
  const problemsId = useId();
  const shown = preview.columns.filter((c) => c.field !== null);
  const more = preview.problemCount - preview.problems.length;
  return (
    <div className="import-csv-preview">
      <p>
        {t('import.summary', {
          count: preview.rows,
          encoding: preview.encoding.toUpperCase(),
          delimiter: t(`import.delimiter.${preview.delimiter}` as MessageKey),
        })}{' '}
        {t('import.newRecords')}
      </p>
      {preview.problemCount > 0 ? (
        <section className="import-csv-problems" aria-labelledby={problemsId}>
          <h3 id={problemsId}>{t('import.problems', { count: preview.problemCount })}</h3>
          <p>{t('import.fixHint')}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                {p.field
                  ? t('import.problem', { line: p.line, field: p.field, message: sentenceOf(p) })
                  : t('import.problemNoField', { line: p.line, message: sentenceOf(p) })}
              </li>
            ))}
          </ul>
          {more > 0 ? <p>{t('import.moreProblems', { count: more })}</p> : null}
        </section>
      ) : (
        <p role="status" className="import-csv-ok">
          {t('import.noProblems')}
        </p>
      )}
      <table className="import-csv-columns">
        <caption>{t('import.columns')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.columnHeader')}</th>
            <th scope="col">{t('import.columnField')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map(({ header, field, note }, i) => {
            const chosen = Object.hasOwn(mapping, header);
            const unmatched = !chosen && field === null && !note;
            const value = chosen ? (mapping[header] ?? '') : unmatched ? CHOOSE : (field ?? '');
            return (
              <tr key={i}>
                <th scope="row">{header || t('import.unnamed')}</th>
                <td>
                  <select
                    aria-label={t('import.columnSelect', { header })}
                    value={value}
                    disabled={disabled}
                    onChange={(e) => onMap(header, e.target.value || null)}
                  >
                    {unmatched ? (
                      <option value={CHOOSE} disabled>
                        {t('import.choose')}
                      </option>
                    ) : null}
                    <option value="">{t('import.leaveOut')}</option>
                    {preview.fields.map((f) => (
                      <option key={f} value={f}>
                        {fieldLabel(f)}
                      </option>
                    ))}
                  </select>
                  {note ? (
                    <p className="import-csv-note">{hasMessage(note) ? t(note) : note}</p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.sample.length > 0 && shown.length > 0 ? (
        <div className="import-csv-sample">
          <table>
            <caption>{t('import.sample')}</caption>
            <thead>
              <tr>
                {shown.map(({ field }) => (
                  <th scope="col" key={field}>
                    {fieldLabel(field ?? '')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row, r) => (
                <tr key={r}>
                  {shown.map(({ field }) => (
                    <td key={field}>{cellText(table, field ?? '', row[field ?? ''] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
