import type { TableName } from '../../db/api.js';
import { RecordPicker } from '../records/RecordPicker.js';
import { recordName } from '../records/recordNames.js';
import { t } from '../messages.js';
import { DescribedInput } from './DescribedInput.js';
import type { LinkValue } from './formValues.js';
import { canQuickCreate, useQuickCreate } from './QuickCreate.js';

/**
 * One linked record picked by name. Where the record may not be in the archive yet (a person
 * met for the first time), "Create “…”…" opens a small form beside the field; the new record
 * is saved first, then picked.
 */
export function LinkEditor({
  id,
  table,
  label,
  value,
  onChange,
  onLeave,
  invalid,
  describedBy,
}: {
  id: string;
  table: TableName;
  label: string;
  value: LinkValue | null;
  onChange: (value: LinkValue | null) => void;
  onLeave: () => void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const pick = (link: LinkValue | null) => {
    onChange(link);
    onLeave();
  };
  const quick = useQuickCreate(table, pick);
  return (
    <div className="link-editor">
      <div className="link-editor-row">
        <DescribedInput
          id={id}
          invalid={invalid}
          describedBy={describedBy}
          className="link-editor-picker"
        >
          <RecordPicker
            table={table}
            label={label}
            value={value?.label ?? ''}
            onPick={(row) => pick({ id: String(row.id), label: recordName(table, row) })}
            {...(canQuickCreate(table) ? { onCreate: quick.start } : {})}
          />
        </DescribedInput>
        {value ? (
          <button
            type="button"
            className="link-clear"
            aria-label={t('forms.clearLink', { field: label, name: value.label })}
            onClick={() => pick(null)}
          >
            {t('forms.clear')}
          </button>
        ) : null}
      </div>
      {quick.form}
    </div>
  );
}
