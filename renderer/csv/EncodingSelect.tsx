import { useId } from 'react';
import { CSV_ENCODINGS, type CsvEncoding } from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';

/**
 * The encoding a CSV file is read in: the one found is chosen first, and the preview's rows show
 * the text as it will be stored, so that a user sees garbled names and picks another.
 */
export function EncodingSelect({
  value,
  onChange,
  disabled,
}: {
  value: CsvEncoding;
  onChange: (encoding: CsvEncoding) => void;
  disabled: boolean;
}) {
  const hintId = useId();
  return (
    <div className="import-csv-encoding">
      <label>
        {t('import.encoding')}{' '}
        <select
          value={value}
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.value as CsvEncoding)}
        >
          {CSV_ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {t(`import.encodingName.${e}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="import-csv-hint">
        {t('import.encodingHint')}
      </p>
    </div>
  );
}
