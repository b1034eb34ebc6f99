import type { Filter } from '../../db/api.js';
import { t } from '../messages.js';
import type { LinkInfo } from './columnFilters.js';
import { RecordPicker } from '../records/RecordPicker.js';
import { recordName } from '../records/recordNames.js';
import { rememberName } from './useLinkedNames.js';

/**
 * Records linked by id (a visit's traveller, an event's organiser), found by name as the user
 * types; keeps records linked to any of those picked (`in` on the id field).
 */
export function LinkFilter({
  link,
  label,
  filter,
  names,
  onChange,
}: {
  link: LinkInfo;
  /** The column's label, for the picker's. */
  label: string;
  filter: Filter | undefined;
  names: ReadonlyMap<string, string>;
  onChange: (filter: Filter | null) => void;
}) {
  const chosen = filter?.op === 'in' && Array.isArray(filter.value) ? filter.value.map(String) : [];
  const set = (ids: string[]) =>
    onChange(ids.length > 0 ? { field: link.idField, op: 'in', value: ids } : null);
  return (
    <div className="filter-link">
      {chosen.length > 0 ? (
        <ul className="filter-picked" aria-label={t('filter.picked')}>
          {chosen.map((id) => {
            const name = names.get(id) ?? t('filter.unknownRecord');
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('filter.removePicked', { name })}
                  onClick={() => set(chosen.filter((c) => c !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <RecordPicker
        table={link.table}
        label={t('filter.find', { label })}
        multiple
        exclude={chosen}
        onPick={(row) => {
          const id = String(row.id);
          rememberName(id, recordName(link.table, row));
          set([...chosen, id]);
        }}
      />
    </div>
  );
}
