/** Saved views of a table, and the interface's own remembered state. */
import * as z from 'zod';
import { FilterSchema, SortSchema } from './query.js';
import { TABLES, type TableName } from './tables.js';

/** A filter, search, sort and column layout of one table: what a table remembers. */
export const TableViewStateSchema = z.strictObject({
  where: z.array(FilterSchema).max(50).default([]),
  search: z.string().max(500).default(''),
  sort: z.array(SortSchema).max(10).default([]),
  /** The visible columns, in their order. Empty means the table's default columns. */
  columns: z.array(z.string().min(1).max(64)).max(100).default([]),
  /** Column widths in pixels, by field. */
  widths: z.record(z.string().max(64), z.number().int().min(24).max(4000)).default({}),
});
export type TableViewState = z.output<typeof TableViewStateSchema>;

export interface SavedView {
  id: string;
  name: string;
  table: TableName;
  state: TableViewState;
  created_at: string;
  updated_at: string;
}

export const ListViewsInputSchema = z.strictObject({ table: z.enum(TABLES).optional() });
export type ListViewsInput = z.infer<typeof ListViewsInputSchema>;

/** Creates a view (no id) or renames or rewrites one (with id). */
export const SaveViewInputSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(200),
  table: z.enum(TABLES),
  state: TableViewStateSchema,
});
export type SaveViewInput = z.input<typeof SaveViewInputSchema>;

export const ViewRefSchema = z.strictObject({ id: z.string().min(1).max(64) });
export type ViewRef = z.infer<typeof ViewRefSchema>;

/** A key of the interface's own remembered state, such as `table.visits`. */
export const UiStateKeySchema = z.strictObject({
  key: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z][a-z0-9._-]*$/),
});
export type UiStateKey = z.infer<typeof UiStateKeySchema>;

export const PutUiStateInputSchema = UiStateKeySchema.extend({
  /** Any JSON value, at most 64 KB once written. */
  value: z.unknown(),
});
export type PutUiStateInput = z.infer<typeof PutUiStateInputSchema>;

export interface UiStateValue {
  /** The value stored under the key, or null when nothing is. */
  value: unknown;
}
