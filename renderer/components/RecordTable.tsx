import { useCallback, useId, useMemo, useState } from "react";
import {
  functionalUpdate,
  useTable,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import type { Row, TableName } from "../../db/api.js";
import { t } from "../messages.js";
import { ErrorAlert } from "./ErrorAlert.js";
import { ExportCsvButton } from "./ExportCsvButton.js";
import { SearchField } from "./SearchField.js";
import { RecordGrid } from "./RecordGrid.js";
import {
  recordTableFeatures,
  type RecordColumn,
} from "./recordTableFeatures.js";
import { useRecordWindow } from "./useRecordWindow.js";

export interface RecordTableProps {
  table: TableName;
  /** The table's accessible name. */
  label: string;
  /** Column definitions; keep them at module scope, as TanStack Table expects stable columns. */
  columns: RecordColumn[];
  onOpen: (row: Row) => void;
  /** The search, when another screen shares it (the Visits table and the timeline). */
  search?: string;
  onSearchChange?: (text: string) => void;
}

/**
 * A read-only table over one archive table. TanStack Table holds the sort state in manual mode;
 * the archive sorts, and the grid fetches the rows in view by pages as it scrolls.
 */
export function RecordTable({
  table,
  label,
  columns,
  onOpen,
  search: sharedSearch,
  onSearchChange,
}: RecordTableProps) {
  const bodyId = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [ownSearch, setOwnSearch] = useState("");
  const search = sharedSearch ?? ownSearch;
  const onSearch = useCallback(
    (text: string) => (onSearchChange ?? setOwnSearch)(text),
    [onSearchChange],
  );

  const fields = useMemo(
    () => ["id", ...columns.map((c) => c.id ?? "")],
    [columns],
  );
  // A new search, order or column set starts again from the first row (RecordGrid).
  const records = useRecordWindow({
    table,
    columns: fields,
    sort: sorting.map((s) => ({ field: s.id, dir: s.desc ? "desc" : "asc" })),
    search,
  });

  const grid = useTable({
    features: recordTableFeatures,
    columns,
    data: records.rows,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting((old) => functionalUpdate(updater, old)),
    manualSorting: true,
    manualPagination: true,
    sortDescFirst: false,
    // Rows not fetched yet have no id; their position among all rows names them.
    getRowId: (row, index) =>
      row.id == null ? `pending-${records.first + index}` : String(row.id),
  });
  const loading =
    records.rowCount === 0 && records.total === null && !records.error;

  return (
    <div className="record-table">
      <SearchField
        label={t("search.label", { table: label })}
        value={search}
        onSearch={onSearch}
      />
      <ExportCsvButton
        query={{
          table,
          columns: fields.slice(1),
          sort: sorting.map((s) => ({
            field: s.id,
            dir: s.desc ? "desc" : "asc",
          })),
          ...(search ? { search } : {}),
        }}
        total={records.total}
      />
      {records.error ? (
        <ErrorAlert
          message={records.error}
          actionLabel={t("errors.retry")}
          onDismiss={records.retry}
        />
      ) : null}
      <RecordGrid
        grid={grid}
        label={label}
        bodyId={bodyId}
        table={table}
        records={records}
        emptyText={
          loading
            ? t("table.loading")
            : search
              ? t("table.noMatch", { search })
              : t("table.noRows")
        }
        onOpen={onOpen}
      />
    </div>
  );
}
