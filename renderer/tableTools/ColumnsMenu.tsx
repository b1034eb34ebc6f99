import { useLayoutEffect, useRef, useState } from 'react';
import type { TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { showableColumns } from './columnFilters.js';
import { Popover } from '../components/Popover.js';
import { fieldLabel } from '../grid/textColumn.js';
import { moveColumn } from './tableViewState.js';

/**
 * The Columns menu: a checkbox per field of the table to show or hide its column, and for each
 * shown column buttons that move it left or right (the keyboard's way to reorder; a header can
 * also be dragged, or moved with Alt+← and Alt+→).
 */
export function ColumnsMenu({
  table,
  shown,
  onChange,
  onReset,
}: {
  table: TableName;
  /** The columns shown, in order. */
  shown: readonly string[];
  onChange: (columns: string[]) => void;
  onReset: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const hidden = showableColumns(table).filter((c) => !shown.includes(c));
  const toggle = (column: string, on: boolean) =>
    onChange(on ? [...shown, column] : shown.filter((c) => c !== column));
  // A moved row is put back in the DOM, which takes focus from its button: give it back.
  const moved = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!moved.current) return;
    document.querySelector<HTMLElement>(`[data-move="${moved.current}"]`)?.focus();
    moved.current = null;
  }, [shown]);
  const move = (column: string, delta: -1 | 1) => {
    const next = moveColumn(shown, column, delta);
    if (next.every((c, i) => c === shown[i])) return;
    moved.current = `${column}:${delta}`;
    onChange(next);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('columns.button')}
      </button>
      {open && button.current ? (
        <Popover
          anchor={button.current}
          label={t('columns.title')}
          onClose={() => setOpen(false)}
          className="columns-popover"
        >
          <h3 className="popover-heading">{t('columns.title')}</h3>
          <ul className="columns-list">
            {[...shown, ...hidden].map((column) => {
              const label = fieldLabel(column);
              const index = shown.indexOf(column);
              const on = index >= 0;
              return (
                <li key={column}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={on}
                      // A table keeps at least one column.
                      disabled={on && shown.length === 1}
                      onChange={(event) => toggle(column, event.target.checked)}
                    />
                    {label}
                  </label>
                  {on ? (
                    <span className="column-moves">
                      <button
                        type="button"
                        aria-label={t('columns.moveLeft', { label })}
                        title={t('columns.moveLeft', { label })}
                        data-move={`${column}:-1`}
                        aria-disabled={index === 0}
                        onClick={() => move(column, -1)}
                      >
                        ←
                      </button>
                      <button
                        type="button"
                        aria-label={t('columns.moveRight', { label })}
                        title={t('columns.moveRight', { label })}
                        data-move={`${column}:1`}
                        aria-disabled={index === shown.length - 1}
                        onClick={() => move(column, 1)}
                      >
                        →
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="filter-hint">{t('columns.hint')}</p>
          <div className="popover-actions">
            <button type="button" onClick={onReset}>
              {t('columns.reset')}
            </button>
          </div>
        </Popover>
      ) : null}
    </>
  );
}
