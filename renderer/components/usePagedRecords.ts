import type { CountResult, ListResult, Query, Row, TableName } from '../../db/api.js';
import { archive } from '../api.js';
import { useArchive } from '../useArchive.js';

const NO_ROWS: Row[] = [];

export interface PageRequest {
  table: TableName;
  columns: string[];
  sort: { field: string; dir: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
  /** Full-text search; empty for every record. */
  search: string;
}

export interface PagedRecords {
  rows: Row[];
  /** Every matching record, or null until the archive has counted them. */
  total: number | null;
  loading: boolean;
  error: string | null;
  retry: () => void;
}

/**
 * One page of records, sorted and paged by the archive. The count is asked separately (and only
 * when the search changes, not on every page or sort), so rows show before a slow count ends.
 */
export function usePagedRecords(request: PageRequest): PagedRecords {
  const { table, columns, sort, offset, limit, search } = request;
  const matching = search ? { search } : {};
  const listQuery: Query = { table, columns, sort, offset, limit, withTotal: false, ...matching };
  const countQuery: Query = { table, ...matching };
  const list = useArchive<ListResult>(
    () => archive.listRecords(listQuery),
    JSON.stringify(listQuery),
  );
  const count = useArchive<CountResult>(
    () => archive.countRecords(countQuery),
    JSON.stringify(countQuery),
  );
  return {
    // The same array until a new page arrives: TanStack Table rebuilds its rows when it changes.
    rows: list.value?.rows ?? NO_ROWS,
    total: count.value?.count ?? null,
    loading: list.loading,
    error: list.error ?? count.error,
    retry: () => {
      if (list.error) list.retry();
      if (count.error) count.retry();
    },
  };
}
