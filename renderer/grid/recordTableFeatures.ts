import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { Row } from '../../db/api.js';

/** How a column is laid out: a fixed width keeps columns still while pages and sorts change. */
export interface ColumnLook {
  /** A CSS width; left out, the column takes the room the others leave. */
  width?: string;
  /** The width is one the user gave by hand, kept as it is. */
  resized?: boolean;
  align?: 'start' | 'end';
  /** Let the text wrap instead of cutting it with an ellipsis. */
  wrap?: boolean;
}

/**
 * Sorting and paging state only: the archive sorts and pages (manual mode), so no client row
 * models are registered.
 */
export const recordTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as ColumnLook,
});

export type RecordTableFeatures = typeof recordTableFeatures;
// The value type varies per column; TanStack's own `columns()` helper widens it the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RecordColumn = ColumnDef<RecordTableFeatures, Row, any>;

export const recordColumn = createColumnHelper<RecordTableFeatures, Row>();
