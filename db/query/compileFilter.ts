/**
 * One filter of the query language as a parameterised SQL condition on `t`. Values only ever
 * reach SQLite as parameters; field names only through the registry (db/query/fields.ts).
 */
import {
  OPERATORS_BY_KIND,
  type Filter,
  type Operator,
  type ProblemDetail,
  type TableName,
} from '../api.js';
import type { MessageRef } from '../../i18n/messages.js';
import { fieldNamed, problemAt, quotedList } from '../inputProblems.js';
import type { DateSpan } from '../values/dates.js';
import { fieldSql, tableFields, type FieldSql } from './fields.js';
import {
  equalityValue,
  numberValue,
  shiftDays,
  spanValue,
  type Parsed,
  type Scalar,
} from './filterValues.js';
import { all, marks, term, type SqlTerm } from './sqlTerm.js';
import { textMatch, type FilterPlan } from './textMatch.js';

/**
 * A partial date spans at most a year, so a span ending after `day` starts after `day` minus 366
 * days. Saying so lets SQLite range-scan the index on `_lo`, which it cannot do for `_hi`.
 */
function loBound(field: FieldSql, day: string): SqlTerm | null {
  return field.kind === 'date' ? term(`${field.lo} > ?`, shiftDays(day, -366)) : null;
}

/** The record's span meets [from.lo, to.hi]. */
function overlaps(field: FieldSql, from: DateSpan, to: DateSpan): SqlTerm {
  return all(
    term(`${field.lo} <= ? AND ${field.hi} >= ?`, to.hi, from.lo),
    loBound(field, from.lo),
  );
}

function emptiness(field: FieldSql, empty: boolean): SqlTerm {
  if (field.kind === 'number') return term(`${field.select} IS ${empty ? '' : 'NOT '}NULL`);
  if (field.join) return term(empty ? `coalesce(${field.fold}, '') = ''` : `${field.fold} <> ''`);
  const x = field.fold ?? field.select;
  return term(empty ? `(${x} IS NULL OR ${x} = '')` : `${x} <> ''`);
}

function allParsed<T>(parsed: Parsed<T>[]): Parsed<T[]> {
  const failed = parsed.find((p) => !p.ok);
  if (failed) return failed as Parsed<T[]>;
  return { ok: true, value: parsed.map((p) => (p as { value: T }).value) };
}

function compileValues(
  table: TableName,
  field: FieldSql,
  op: Operator,
  values: Scalar[],
  plan: FilterPlan,
): Parsed<SqlTerm> {
  const { kind } = field;
  if (kind === 'date' || kind === 'timestamp') {
    const spans = allParsed(values.map((v) => spanValue(field, v)));
    if (!spans.ok) return spans;
    const [a, b = a] = spans.value as [DateSpan, DateSpan?];
    const sql =
      op === 'before'
        ? term(`${field.lo} < ?`, a.lo)
        : op === 'after'
          ? all(term(`${field.hi} > ?`, a.hi), loBound(field, a.hi))
          : a.lo <= b.lo
            ? overlaps(field, a, b)
            : overlaps(field, b, a);
    return { ok: true, value: sql };
  }
  if (kind === 'number' && op !== 'equals' && op !== 'in') {
    const nums = allParsed(values.map(numberValue));
    if (!nums.ok) return nums;
    const [a, b = a] = nums.value as [number, number?];
    const x = field.select;
    const sql =
      op === 'before'
        ? term(`${x} < ?`, a)
        : op === 'after'
          ? term(`${x} > ?`, a)
          : term(`${x} BETWEEN ? AND ?`, Math.min(a, b), Math.max(a, b));
    return { ok: true, value: sql };
  }
  const parsed = allParsed(values.map((v) => equalityValue(field, v)));
  if (!parsed.ok) return parsed;
  const vals = parsed.value;
  if (kind === 'text') {
    const texts = vals.map(String);
    // An empty `contains` is a search box the user has cleared: it asks for nothing.
    if (op === 'contains' && texts[0] === '') return { ok: true, value: term('1') };
    return {
      ok: true,
      value: textMatch(table, field, op as 'contains' | 'equals' | 'in', texts, plan),
    };
  }
  if (op === 'equals') return { ok: true, value: term(`${field.select} = ?`, ...vals) };
  if (vals.length === 0) return { ok: true, value: term('0') };
  return { ok: true, value: term(`${field.select} IN (${marks(vals.length)})`, ...vals) };
}

function valueProblem(op: Operator, value: Filter['value']): MessageRef | null {
  if (op === 'empty' || op === 'notEmpty') {
    return value === undefined ? null : { key: 'problems.query.noValueTaken', params: { op } };
  }
  if (op === 'in') return Array.isArray(value) ? null : { key: 'problems.query.inList' };
  if (op === 'between') {
    return Array.isArray(value) && value.length === 2 ? null : { key: 'problems.query.betweenTwo' };
  }
  if (value === undefined || Array.isArray(value)) {
    return { key: 'problems.query.oneValue', params: { op } };
  }
  return null;
}

/** The table has no field of that name: the problem names the fields it has. */
export function noSuchField(path: string, table: TableName, name: string): ProblemDetail {
  const names = tableFields(table).map((f) => f.name);
  return problemAt(path, 'problems.query.noField', {
    table,
    field: name,
    fields: quotedList(names),
  });
}

/** The condition of one filter, or null after adding what is wrong with it to `problems`. */
export function compileFilter(
  table: TableName,
  filter: Filter,
  path: string,
  problems: ProblemDetail[],
  plan: FilterPlan,
): SqlTerm | null {
  const field = fieldSql(table, filter.field);
  if (!field) {
    problems.push(noSuchField(`${path}.field`, table, filter.field));
    return null;
  }
  const allowed = OPERATORS_BY_KIND[field.kind];
  if (!allowed.includes(filter.op)) {
    problems.push(
      problemAt(`${path}.op`, 'problems.query.opNotFor', {
        op: filter.op,
        field: fieldNamed(field.name, table),
        ops: quotedList(allowed),
      }),
    );
    return null;
  }
  const wrong = valueProblem(filter.op, filter.value);
  if (wrong) {
    problems.push(problemAt(`${path}.value`, wrong.key, wrong.params));
    return null;
  }
  if (filter.op === 'empty' || filter.op === 'notEmpty') {
    return emptiness(field, filter.op === 'empty');
  }
  const values = Array.isArray(filter.value) ? filter.value : [filter.value as Scalar];
  const compiled = compileValues(table, field, filter.op, values, plan);
  if (!compiled.ok) {
    problems.push(problemAt(`${path}.value`, compiled.problem.key, compiled.problem.params));
    return null;
  }
  return compiled.value;
}
