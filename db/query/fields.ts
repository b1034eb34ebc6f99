/**
 * The per-table registry that maps every field of TABLE_FIELDS to SQL. It is the whitelist of the
 * query language: a field name reaches SQL only as a key looked up here, never as text.
 *
 * Every expression refers to the queried table as `t`; joined display fields use `j` inside their
 * own subquery, so they can be compared and sorted without a JOIN that would repeat rows.
 */
import {
  TABLE_FIELDS,
  TABLE_REGISTRY,
  TABLES,
  type FieldKind,
  type FieldSpec,
  type Sort,
  type TableName,
  type TableSpec,
} from '../api.js';
import { COMPUTED_FIELDS, type ListMatch } from './computedFields.js';

/** How the query language reaches a field that lives in another table (a display name). */
export interface JoinSql {
  /** The column of `t` holding the referenced record's id. */
  fk: string;
  table: TableName;
  /** The folded column of the referenced table compared by text operators. */
  fold: string;
  /** The partial index on that folded column. */
  index: string;
  /** A person's spellings (see values/spellings.ts), which `contains` looks in. */
  spellings?: Spellings;
}

/** Where a person's spellings are kept, and the partial index that holds them. */
export interface Spellings {
  column: string;
  index: string;
}

/** People's spellings: a "contains" filter on a person's name finds any of them. */
const PEOPLE_SPELLINGS: Spellings = { column: 'spellings_fold', index: 'people_spellings' };

export interface FieldSql {
  name: string;
  kind: FieldKind;
  /** Allowed values of an `enum` field. */
  values?: readonly string[];
  /** The value shown to users. */
  select: string;
  /** Text fields: the folded form that text operators compare. */
  fold?: string;
  /** Date and timestamp fields: the first and last day the value covers. */
  lo?: string;
  hi?: string;
  /** What ORDER BY uses. */
  sort: string;
  /** The sort expression is never NULL, so ascending order needs no NULLS LAST (keeps indexes usable). */
  notNull: boolean;
  /** Joined display fields: filter through the foreign key, which is indexed. */
  join?: JoinSql;
  /** The folded text holds one value per line (people's aliases): `equals` matches one line. */
  lines?: boolean;
  /** The partial index on the folded column (text fields), narrow enough to scan for substrings. */
  index?: { name: string; column: string };
  /** Computed lists (a meeting's counterparts): how text filters find them by index. */
  listMatch?: ListMatch;
  /** A person's name: `contains` looks in all their spellings. */
  spellings?: Spellings;
  /** The trigram index holding the folded column (see 0006_trigram_indexes.sql). */
  trigram?: Trigram;
}

/** A trigram index (FTS5) over folded columns, and the column of it that holds this field. */
export interface Trigram {
  table: string;
  column: string;
}

/**
 * The folded columns each trigram index holds (0006_trigram_indexes.sql): the texts "contains"
 * filters read most, in the tables that grow large.
 */
const TRIGRAM_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  meetings: ['city', 'venue'],
  visits: ['title', 'city'],
};

function trigramOf(table: TableName, name: string): { trigram?: Trigram } {
  return TRIGRAM_COLUMNS[table]?.includes(name)
    ? { trigram: { table: `${table}_trigram`, column: `${name}_fold` } }
    : {};
}

type Override = Partial<Omit<FieldSql, 'name'>>;

function spec(table: TableName, name: string): FieldSpec {
  return (TABLE_REGISTRY[table].fields as Readonly<Record<string, FieldSpec>>)[name]!;
}

function specOf(table: TableName): TableSpec {
  return TABLE_REGISTRY[table];
}

function byTable<V>(of: (table: TableName) => V | undefined): Partial<Record<TableName, V>> {
  return Object.fromEntries(
    TABLES.flatMap((table) => {
      const value = of(table);
      return value === undefined ? [] : [[table, value]];
    }),
  );
}

/** A display field: the name of the record its id field names, read through that id. */
function joined(fk: string, table: TableName, column: string): Override {
  const from = `FROM ${table} j WHERE j.id = t.${fk}`;
  const index = spec(table, column).index;
  if (!index) throw new Error(`${table}.${column} has no index on its folded text`);
  return {
    select: `(SELECT j.${column} ${from})`,
    fold: `(SELECT j.${column}_fold ${from})`,
    sort: `(SELECT j.${column}_fold ${from})`,
    notNull: false,
    join: {
      fk,
      table,
      fold: `${column}_fold`,
      index,
      ...(table === 'people' && column === 'name' ? { spellings: PEOPLE_SPELLINGS } : {}),
    },
  };
}

/** Fields whose SQL is not the column's own: computed fields and the other spellings. */
const OVERRIDES: Partial<Record<TableName, Record<string, Override>>> = {
  meetings: COMPUTED_FIELDS.meetings,
  organisations: {
    aliases: { sort: "nullif(t.aliases_fold, '')", notNull: false, lines: true },
  },
  people: {
    // No aliases is '' rather than NULL: sorting treats it as empty, last.
    aliases: { sort: "nullif(t.aliases_fold, '')", notNull: false, lines: true },
    name: { spellings: PEOPLE_SPELLINGS },
    ...COMPUTED_FIELDS.people,
  },
};

function columnSql(table: TableName, name: string): Omit<FieldSql, 'name'> {
  const c = `t.${name}`;
  const { kind, shows, notNull = false, index } = spec(table, name);
  if (shows) {
    const target = spec(table, shows.via).references as TableName;
    return { kind, select: c, sort: c, notNull, ...joined(shows.via, target, shows.column) };
  }
  switch (kind) {
    case 'text': {
      const base = {
        kind,
        select: c,
        fold: `${c}_fold`,
        sort: `${c}_fold`,
        notNull,
        ...trigramOf(table, name),
      };
      return index ? { ...base, index: { name: index, column: `${name}_fold` } } : base;
    }
    case 'date':
      return { kind, select: c, lo: `${c}_lo`, hi: `${c}_hi`, sort: `${c}_lo`, notNull: false };
    case 'timestamp': {
      // A timestamp compares by the day it falls on, like a date of that day.
      const day = `substr(${c}, 1, 10)`;
      return { kind, select: c, lo: day, hi: day, sort: c, notNull: true };
    }
    default:
      return { kind, select: c, sort: c, notNull };
  }
}

function buildTable(table: TableName): ReadonlyMap<string, FieldSql> {
  const fields = new Map<string, FieldSql>();
  for (const [name, info] of Object.entries(TABLE_FIELDS[table])) {
    const base = columnSql(table, name);
    const values = 'values' in info ? info.values : undefined;
    fields.set(name, { name, ...base, ...(values ? { values } : {}), ...OVERRIDES[table]?.[name] });
  }
  return fields;
}

const REGISTRY = Object.fromEntries(
  Object.keys(TABLE_FIELDS).map((table) => [table, buildTable(table as TableName)]),
) as Record<TableName, ReadonlyMap<string, FieldSql>>;

/** The SQL of a field, or undefined when the table has no field of that name. */
export function fieldSql(table: TableName, name: string): FieldSql | undefined {
  return REGISTRY[table].get(name);
}

/** Every field of a table, in the order of TABLE_FIELDS. */
export function tableFields(table: TableName): FieldSql[] {
  return [...REGISTRY[table].values()];
}

/** The order a list takes when the query names none: newest first, or by name. */
export const DEFAULT_SORT = byTable((table) => specOf(table).sort) as Record<
  TableName,
  readonly Sort[]
>;

/**
 * An index holding every live record of the table, for counting them: left to itself SQLite
 * counts `WHERE deleted_at IS NULL` by reading the whole table.
 */
export const LIVE_INDEX = byTable((table) => specOf(table).liveIndex);

/**
 * The full-text index of each table (see the FTS5 section of 0001_init.sql). Positions have none:
 * their words are searched in their folded text fields instead.
 */
export const FTS_TABLE = byTable((table) => specOf(table).fts);

/** The word list of each table's full-text index, where it keeps one (see searchWords.ts). */
export const SEARCH_WORDS = byTable((table) => specOf(table).words);
