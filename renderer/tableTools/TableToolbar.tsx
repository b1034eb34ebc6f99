import type { Query, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import { columnFilter, filterSpec } from './columnFilters.js';
import { ExportCsvButton } from '../csv/ExportCsvButton.js';
import { FilterChips } from './FilterChips.js';
import { FilterPopover } from './FilterPopover.js';
import { ImportCsvButton } from '../csv/ImportCsvButton.js';
import { SearchField } from './SearchField.js';
import type { TableTools } from './useTableTools.js';
import { ViewsMenu } from './ViewsMenu.js';
import '../styles/tableTools.css';

/**
 * Above a record table: the search, the Columns and Views menus, the CSV export of what the
 * table lists, the chips of the filters in force, and the filter opened from a header.
 */
export function TableToolbar({
  table,
  label,
  tools,
  search,
  onSearch,
  onTyping,
  exportQuery,
  total,
}: {
  table: TableName;
  /** The table's accessible name. */
  label: string;
  tools: TableTools;
  search: string;
  onSearch: (text: string) => void;
  /**
   * A search or a filter is being typed, to be applied after the control's pause (`pauseMs`):
   * the query it will replace is not counted meanwhile (useRecordWindow's postpone).
   */
  onTyping?: (pauseMs?: number) => void;
  exportQuery: Query;
  total: number | null;
}) {
  const open = tools.openFilter;
  const spec = open ? filterSpec(table, open.column) : null;
  return (
    <>
      <div className="table-toolbar">
        <SearchField
          label={t('search.label', { table: label })}
          value={search}
          onSearch={onSearch}
          {...(onTyping ? { onTyping } : {})}
        />
        <div className="table-toolbar-actions">
          <ViewsMenu table={table} state={tools.state} view={tools.view} />
          <ColumnsMenu
            table={table}
            shown={tools.shown}
            onChange={tools.setColumns}
            onReset={tools.resetColumns}
          />
          <ExportCsvButton query={exportQuery} total={total} />
          <ImportCsvButton table={table} label={label} />
        </div>
      </div>
      <FilterChips
        table={table}
        where={tools.state.where}
        names={tools.names}
        onRemove={tools.removeFilter}
        onClear={tools.clearFilters}
      />
      {open && spec ? (
        <FilterPopover
          key={open.column}
          table={table}
          spec={spec}
          anchor={open.anchor}
          filter={columnFilter(table, tools.state.where, open.column)}
          names={tools.names}
          onChange={(filter) => tools.setFilter(open.column, filter)}
          onClose={tools.closeFilter}
          {...(onTyping ? { onTyping } : {})}
        />
      ) : null}
    </>
  );
}
