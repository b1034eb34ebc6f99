import {
  OPERATORS,
  OPERATORS_BY_KIND,
  TABLE_FIELDS,
  TABLES,
  type FieldInfo,
  type Filter,
  type Operator,
  type Query,
  type Sort,
  type TableName,
} from '../db/api.js';
import { UsageError } from './cliError.js';

export function parseTable(name: string): TableName {
  if (!(TABLES as readonly string[]).includes(name)) {
    throw new UsageError(`There is no table "${name}". The tables are: ${TABLES.join(', ')}.`);
  }
  return name as TableName;
}

function fieldInfo(table: TableName, field: string, option: string): FieldInfo {
  const fields: Record<string, FieldInfo> = TABLE_FIELDS[table];
  const info = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!info) {
    throw new UsageError(
      `${option}: ${table} has no field "${field}". Its fields are: ${Object.keys(fields).join(', ')}.`,
    );
  }
  return info;
}

function scalar(info: FieldInfo, value: string, spec: string): string | number {
  if (info.kind !== 'number') return value;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) {
    throw new UsageError(`--where ${spec}: "${value}" is not a number.`);
  }
  return n;
}

/**
 * `field:op:value` as a filter. The value is everything after the second colon, so it may hold
 * colons itself; `in` takes comma-separated values, `between` two; `empty`/`notEmpty` none.
 */
export function parseWhere(table: TableName, spec: string): Filter {
  const first = spec.indexOf(':');
  if (first < 1) {
    throw new UsageError(
      `--where takes field:operator:value, such as country:in:RU,CN or start_date:after:2023, not "${spec}".`,
    );
  }
  const second = spec.indexOf(':', first + 1);
  const field = spec.slice(0, first);
  const op = second < 0 ? spec.slice(first + 1) : spec.slice(first + 1, second);
  const raw = second < 0 ? undefined : spec.slice(second + 1);
  const info = fieldInfo(table, field, `--where ${spec}`);
  if (!(OPERATORS as readonly string[]).includes(op)) {
    throw new UsageError(
      `--where ${spec}: there is no operator "${op}". The operators are: ${OPERATORS.join(', ')}.`,
    );
  }
  const allowed = OPERATORS_BY_KIND[info.kind];
  if (!allowed.includes(op as Operator)) {
    throw new UsageError(
      `--where ${spec}: ${field} cannot be filtered with "${op}"; it takes ${allowed.join(', ')}.`,
    );
  }
  if (op === 'empty' || op === 'notEmpty') {
    if (raw) throw new UsageError(`--where ${spec}: "${op}" takes no value; write ${field}:${op}.`);
    return { field, op };
  }
  if (raw === undefined || raw === '') {
    throw new UsageError(`--where ${spec}: "${op}" needs a value, as in ${field}:${op}:VALUE.`);
  }
  if (op === 'in') {
    return { field, op, value: raw.split(',').map((v) => scalar(info, v.trim(), spec)) };
  }
  if (op === 'between') {
    const parts = raw.split(',').map((v) => v.trim());
    if (parts.length !== 2 || parts.some((p) => p === '')) {
      throw new UsageError(
        `--where ${spec}: "between" takes two values separated by a comma, as in ${field}:between:2021,2023-06.`,
      );
    }
    return { field, op, value: parts.map((v) => scalar(info, v, spec)) };
  }
  return { field, op: op as Operator, value: scalar(info, raw, spec) };
}

/** `field` or `field:desc` (or `field:asc`) as a sort key. */
export function parseSort(table: TableName, spec: string): Sort {
  const [field = '', dir = 'asc', ...rest] = spec.split(':');
  fieldInfo(table, field, `--sort ${spec}`);
  if ((dir !== 'asc' && dir !== 'desc') || rest.length > 0) {
    throw new UsageError(
      `--sort takes field or field:desc, such as start_date:desc, not "${spec}".`,
    );
  }
  return { field, dir };
}

export function parseColumns(table: TableName, spec: string): string[] {
  const columns = spec.split(',').map((c) => c.trim());
  for (const c of columns) fieldInfo(table, c, `--columns ${spec}`);
  return columns;
}

/** The options that describe "which records", shared by every command that takes a query. */
export const QUERY_OPTIONS = {
  db: { type: 'string' },
  where: { type: 'string', multiple: true },
  search: { type: 'string' },
  sort: { type: 'string', multiple: true },
  columns: { type: 'string' },
} as const;

export interface ListOptions {
  where?: string[];
  search?: string;
  sort?: string[];
  columns?: string;
  limit?: number;
  offset?: number;
}

export function buildListQuery(table: TableName, options: ListOptions): Query {
  return {
    table,
    where: (options.where ?? []).map((w) => parseWhere(table, w)),
    sort: (options.sort ?? []).map((s) => parseSort(table, s)),
    ...(options.search !== undefined ? { search: options.search } : {}),
    ...(options.columns !== undefined ? { columns: parseColumns(table, options.columns) } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.offset !== undefined ? { offset: options.offset } : {}),
  };
}
