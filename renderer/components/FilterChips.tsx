import type { Filter, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { chipText } from './filterChips.js';

/**
 * The filters in force, one chip each with a button that removes it, and a button that
 * removes them all. Nothing is shown while no filter is set.
 */
export function FilterChips({
  table,
  where,
  names,
  onRemove,
  onClear,
}: {
  table: TableName;
  where: readonly Filter[];
  names: ReadonlyMap<string, string>;
  onRemove: (index: number) => void;
  onClear: () => void;
}) {
  if (where.length === 0) return null;
  return (
    <div className="filter-chips">
      <ul aria-label={t('filter.chips')}>
        {where.map((filter, index) => {
          const text = chipText(table, filter, names);
          return (
            <li key={`${filter.field}-${index}`} className="chip">
              <span className="chip-text">{text}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('filter.remove', { chip: text })}
                title={t('filter.remove', { chip: text })}
                onClick={() => onRemove(index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="chips-clear" onClick={onClear}>
        {t('filter.clearAll')}
      </button>
    </div>
  );
}
