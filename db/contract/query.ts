/** The query language: which records of a table, filtered, searched, sorted and paged. */
import * as z from 'zod';
import { TABLES, type FieldKind } from './tables.js';

export const OPERATORS = [
  'contains',
  'equals',
  'in',
  'before',
  'after',
  'between',
  'empty',
  'notEmpty',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** Which operators make sense for which kind of field. */
export const OPERATORS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
  id: ['equals', 'in', 'empty', 'notEmpty'],
  text: ['contains', 'equals', 'in', 'empty', 'notEmpty'],
  date: ['equals', 'before', 'after', 'between', 'empty', 'notEmpty'],
  timestamp: ['equals', 'before', 'after', 'between', 'empty', 'notEmpty'],
  country: ['equals', 'in', 'empty', 'notEmpty'],
  enum: ['equals', 'in', 'empty', 'notEmpty'],
  number: ['equals', 'in', 'before', 'after', 'between', 'empty', 'notEmpty'],
};

/** A date as the archive stores it: a year, a month or a day, of a year from 0001 on. */
export const PARTIAL_DATE_PATTERN = /^(?!0000)\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const MAX_PAGE = 1000;

const scalar = z.union([z.string().max(10_000), z.number().finite()]);

export const FilterSchema = z.strictObject({
  field: z.string().min(1).max(64),
  op: z.enum(OPERATORS),
  value: z.union([scalar, z.array(scalar).max(1000)]).optional(),
});
export type Filter = z.infer<typeof FilterSchema>;

export const SortSchema = z.strictObject({
  field: z.string().min(1).max(64),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type Sort = z.input<typeof SortSchema>;

export const QuerySchema = z
  .strictObject({
    table: z.enum(TABLES),
    where: z.array(FilterSchema).max(50).default([]),
    search: z.string().max(500).optional(),
    sort: z.array(SortSchema).max(10).default([]),
    columns: z.array(z.string().min(1).max(64)).max(100).optional(),
    limit: z.number().int().min(0).max(MAX_PAGE).default(100),
    offset: z.number().int().min(0).default(0),
    /**
     * The id of the row the page follows in this order (keyset paging): the page is read from
     * that row's place on, through the sort's index, instead of stepping over `offset` rows.
     */
    after: z.string().min(1).max(64).optional(),
    /** List the trash (soft-deleted records) instead of the live records. */
    trash: z.boolean().default(false),
    /** Count every matching row too. Off when a caller asks for the count separately. */
    withTotal: z.boolean().default(true),
  })
  // Only a parse makes a ParsedQuery: what plans and compiles a query takes no unchecked one.
  .brand<'ParsedQuery'>();
/** A query as callers write it (defaults may be left out). */
export type Query = z.input<typeof QuerySchema>;
/**
 * A query after validation, with every default filled in: parsed once where it comes in, then
 * planned and compiled as it is, never checked again.
 */
export type ParsedQuery = Readonly<z.output<typeof QuerySchema>>;

export type CellValue = string | number | null;
export type Row = Record<string, CellValue>;

export interface ListResult {
  rows: Row[];
  /** Every row the query matches, or null when `withTotal` was false. */
  total: number | null;
}
