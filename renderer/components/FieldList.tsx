import type { CellValue } from '../../db/api.js';
import { t } from '../messages.js';

export interface FieldItem {
  label: string;
  value: CellValue | undefined;
  /** Long text (a summary, outcomes) gets the full width and keeps its line breaks. */
  long?: boolean;
}

/** Labelled values of a record; empty ones show a dash so that "unknown" is visible. */
export function FieldList({ items }: { items: FieldItem[] }) {
  return (
    <dl className="field-list">
      {items.map(({ label, value, long }) => (
        <div key={label} className={long ? 'field field-long' : 'field'}>
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' ? t('panel.empty') : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
