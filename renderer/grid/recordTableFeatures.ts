import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { Row } from '../../db/api.js';

/**
 * How a column is laid out. Widths are in rem and pixels, never in percent of the table: a
 * column gets what its content and its header need, and the columns of running text share the
 * room left (columnLayout.ts), so no header is cut in a language with longer words.
 */
export interface ColumnLook {
  /** The least width its content reads in, in rem: a date, a country's name, a count. */
  content: number;
  /** A column of running text (titles, names): its share of the room the others leave. */
  grow?: number;
  /** The width in pixels the user gave the column by hand, kept as it is. */
  resized?: number;
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
