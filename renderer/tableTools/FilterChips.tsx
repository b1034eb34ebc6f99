import { useLayoutEffect, useRef } from 'react';
import type { Filter, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { chipText } from './filterChips.js';
import '../styles/filterChips.css';

/**
 * The filters in force, one chip each with a button that removes it, and a button that
 * removes them all. Nothing is shown while no filter is set. A removed chip hands the focus to
 * the next chip, or to the table's search once none is left, so the keyboard is never lost.
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
  const box = useRef<HTMLDivElement>(null);
  const removed = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = removed.current;
    if (index === null) return;
    removed.current = null;
    const buttons = box.current?.querySelectorAll<HTMLElement>('.chip-remove') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    const search = box.current
      ?.closest('.record-table')
      ?.querySelector<HTMLElement>('input[type="search"]');
    (next ?? search)?.focus();
  }, [where]);
  const remove = (index: number) => {
    removed.current = index;
    onRemove(index);
  };
  const clear = () => {
    removed.current = 0;
    onClear();
  };
  return (
    <div ref={box} className="filter-chips" hidden={where.length === 0}>
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
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="chips-clear" onClick={clear}>
        {t('filter.clearAll')}
      </button>
    </div>
  );
}
