import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Header } from '@tanstack/react-table';
import type { Row } from '../../db/api.js';
import { t } from '../messages.js';
import { ColumnResizer } from './ColumnResizer.js';
import type { RecordTableFeatures } from './recordTableFeatures.js';
import { useHeaderTools } from '../tableTools/tableToolsContext.js';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
/** The drag's data type: only a column header can be dropped on a header. */
const COLUMN_TYPE = 'application/x-archive-column';

/** A funnel, drawn rather than written so that it adds nothing to the header's text. */
function FilterIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M1.5 2h13l-5 6.2V13l-3 1.5V8.2z" fill="currentColor" />
    </svg>
  );
}

/**
 * A column header whose label is a button: click sorts ascending, then descending, then not at
 * all; Shift-click adds the column to the sort instead of replacing it. Inside a RecordTable it
 * also has a Filter button, an edge that resizes the column, and it can be dragged onto another
 * header (or moved with Alt+← and Alt+→) to reorder the columns.
 */
export function SortableHeader({
  header,
  sortCount,
}: {
  header: Header<RecordTableFeatures, Row, unknown>;
  sortCount: number;
}) {
  const { column } = header;
  const tools = useHeaderTools();
  const cell = useRef<HTMLTableCellElement>(null);
  const sortButton = useRef<HTMLButtonElement>(null);
  const [dropping, setDropping] = useState(false);
  const [laidOut, setLaidOut] = useState(0);
  const named = column.columnDef.header;
  const label =
    typeof named === 'function'
      ? String(named(header.getContext()))
      : typeof named === 'string'
        ? named
        : column.id;
  const sorted = column.getIsSorted();
  const look = column.columnDef.meta;
  const index = column.getSortIndex();
  const state = sorted ? t(sorted === 'asc' ? 'table.sortAsc' : 'table.sortDesc') : '';
  const filtered = tools?.filtered(column.id) ?? false;

  useLayoutEffect(() => {
    const px = cell.current?.offsetWidth ?? 0;
    if (px !== laidOut) setLaidOut(px);
    if (tools?.focusAfterMove.current === column.id) {
      tools.focusAfterMove.current = null;
      sortButton.current?.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!tools || !event.altKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    tools.move(column.id, event.key === 'ArrowLeft' ? -1 : 1);
  };
  // The label drags, not the whole cell: a drag from the resize edge resizes.
  const dragSource = tools
    ? {
        draggable: true,
        onDragStart: (event: DragEvent) => {
          event.dataTransfer.setData(COLUMN_TYPE, column.id);
          event.dataTransfer.effectAllowed = 'move';
        },
      }
    : {};
  const dropTarget = tools
    ? {
        onDragOver: (event: DragEvent) => {
          if (!event.dataTransfer.types.includes(COLUMN_TYPE)) return;
          event.preventDefault();
          setDropping(true);
        },
        onDragLeave: () => setDropping(false),
        onDrop: (event: DragEvent) => {
          setDropping(false);
          const moved = event.dataTransfer.getData(COLUMN_TYPE);
          if (!moved || moved === column.id) return;
          event.preventDefault();
          tools.drop(moved, column.id);
        },
      }
    : {};
  const classes = [
    look?.align === 'end' ? 'align-end' : '',
    filtered ? 'is-filtered' : '',
    dropping ? 'is-drop-target' : '',
  ].filter(Boolean);

  return (
    <th
      ref={cell}
      scope="col"
      aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
      className={classes.join(' ') || undefined}
      {...dropTarget}
    >
      <div className="header-cell" {...dragSource}>
        <button
          ref={sortButton}
          type="button"
          className="sort-button"
          onClick={column.getToggleSortingHandler()}
          onKeyDown={onKeyDown}
          title={t(tools ? 'table.sortMoveHint' : 'table.sortHint')}
        >
          <span className="sort-label">{label}</span>
          <span className="sort-mark" aria-hidden="true" data-dir={sorted || 'none'}>
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
            {sorted && sortCount > 1 ? <sub>{index + 1}</sub> : null}
          </span>
          {state ? (
            <span className="visually-hidden">
              {`, ${state}`}
              {sortCount > 1 ? `, ${t('table.sortOrder', { index: index + 1 })}` : ''}
            </span>
          ) : null}
        </button>
        {tools?.filterable(column.id) ? (
          <button
            type="button"
            className="filter-button"
            aria-label={t('filter.button', { label })}
            title={t(filtered ? 'filter.buttonActive' : 'filter.button', { label })}
            aria-haspopup="dialog"
            aria-expanded={tools.openColumn === column.id}
            onClick={(event) => tools.openFilter(column.id, event.currentTarget)}
          >
            <FilterIcon />
          </button>
        ) : null}
      </div>
      {tools ? (
        <ColumnResizer
          label={label}
          width={tools.width(column.id) ?? laidOut}
          measure={() => cell.current?.offsetWidth ?? laidOut}
          onResize={(px) => tools.resize(column.id, px)}
        />
      ) : null}
    </th>
  );
}
