/**
 * The text operators of the query language (contains, equals, in) as SQL on folded text.
 */
import type { Filter, TableName } from '../api.js';
import { fieldSql, tableFields, type FieldSql } from './fields.js';
import { fold } from '../values/fold.js';
import { marks, term, type SqlTerm } from './sqlTerm.js';
import { spellingsContain } from './personSearch.js';

/** How a filter may be planned, from what the query is and what the archive holds. */
export interface FilterPlan {
  /** The query lists live records (not the trash), which the partial indexes hold. */
  live: boolean;
  /**
   * A substring of an unindexed text is rare (see rareContainsProbe): find its few rows in one
   * pass over the table rather than testing every row in the sort's order, which reads the table
   * out of order and takes seconds on a large archive.
   */
  scanContains: boolean;
  /**
   * A filter on a computed list (see computedFields.ts ListMatch) matches few meetings: drive the
   * query from them. Unless told otherwise, it is assumed to.
   */
  narrowLists?: boolean;
  /**
   * A count (no page, no order): a substring found through its trigrams is counted by looking up
   * each listed row by its row id rather than testing every live row against the list. Set where
   * the substring is rare enough for that to be cheaper (see trigramCountProbes).
   */
  lookUpRows?: boolean;
}

/**
 * Text operators. A substring match cannot use an ordinary index to seek. A substring of three
 * characters or more of a field with a trigram index (0006_trigram_indexes.sql; shorter ones have
 * no trigram) is found through it wherever the query would otherwise read every row. Elsewhere it
 * scans the narrow index on the folded column where there is one. Either way the `+` keeps SQLite
 * from driving the page through the resulting row list: the page then follows the sort's index
 * (which holds every row id) and stops at the page's end, however many records match. A joined
 * field's ids are not in the sort's index, so there SQLite chooses. Matches through a joined field
 * look at live referenced records only, so that the partial index serves them.
 */
export function textMatch(
  table: TableName,
  field: FieldSql,
  op: 'contains' | 'equals' | 'in',
  values: string[],
  plan: FilterPlan,
): SqlTerm {
  if (values.length === 0) return term('0');
  const cond = (col: string) =>
    op === 'contains'
      ? `instr(${col}, ?) > 0`
      : op === 'equals'
        ? `${col} = ?`
        : `${col} IN (${marks(values.length)})`;
  const spellings = op === 'contains' ? (field.spellings ?? field.join?.spellings) : undefined;
  if (spellings)
    return spellingsMatch(table, field, spellings.column, spellings.index, values, plan);
  if (field.join) {
    const { fk, table: target, fold: col, index } = field.join;
    const ids = `SELECT j.id FROM ${target} j INDEXED BY ${index} WHERE j.deleted_at IS NULL AND ${cond(`j.${col}`)}`;
    return term(`t.${fk} IN (${ids})`, ...values);
  }
  if (field.listMatch?.applies(values)) {
    const exact = term(cond(field.fold ?? field.select), ...values);
    return field.listMatch.match(op, values, plan.narrowLists ?? true, exact);
  }
  if (op === 'contains') {
    const [only] = values;
    const scans = (plan.live && field.index !== undefined) || plan.scanContains;
    if (
      scans &&
      field.trigram &&
      values.length === 1 &&
      only !== undefined &&
      [...only].length >= 3
    ) {
      // Where the other paths below would read every row (the narrow index, or the table for a
      // rare substring), the rows whose folded text holds the substring come from its trigrams
      // instead. A common substring of an unindexed text keeps following the sort's order, which
      // fills a page from the first rows it reads; a list of all its rows would cost more.
      const { table: index, column } = field.trigram;
      const rids = `SELECT rowid FROM ${index} WHERE ${column} MATCH ?`;
      return term(`${plan.lookUpRows ? '' : '+'}t.rid IN (${rids})`, trigramPhrase(only));
    }
    if (plan.live && field.index) {
      const { name, column } = field.index;
      const rids = `SELECT s.rid FROM ${table} s INDEXED BY ${name} WHERE s.deleted_at IS NULL AND ${cond(`s.${column}`)}`;
      return term(`+t.rid IN (${rids})`, ...values);
    }
    if (plan.scanContains && field.fold?.startsWith('t.')) {
      const rids = `SELECT s.rid FROM ${table} s NOT INDEXED WHERE ${cond(`s.${field.fold.slice(2)}`)}`;
      return term(`+t.rid IN (${rids})`, ...values);
    }
    return term(cond(field.fold ?? field.select), ...values);
  }
  if (field.lines) {
    // One alias per line: an alias equals the value when the value is a whole line.
    const one = `instr(char(10) || ${field.fold} || char(10), ?) > 0`;
    return term(`(${values.map(() => one).join(' OR ')})`, ...values.map((v) => `\n${v}\n`));
  }
  return values.length === 1
    ? term(`${field.fold} = ?`, ...values)
    : term(`${field.fold} IN (${marks(values.length)})`, ...values);
}

/**
 * A substring as an FTS5 phrase: in double quotes, a double quote doubled, so that every
 * character is matched as typed. The trigram tokenizer then finds exactly the texts that hold it.
 */
function trigramPhrase(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** A person found by any of their spellings, through the partial index that holds them. */
function spellingsMatch(
  table: TableName,
  field: FieldSql,
  column: string,
  index: string,
  values: string[],
  plan: FilterPlan,
): SqlTerm {
  if (field.join) {
    const found = spellingsContain(`j.${column}`, values);
    const ids = `SELECT j.id FROM ${field.join.table} j INDEXED BY ${index} WHERE j.deleted_at IS NULL AND ${found.sql}`;
    return term(`t.${field.join.fk} IN (${ids})`, ...found.params);
  }
  if (!plan.live) return spellingsContain(`t.${column}`, values);
  const found = spellingsContain(`s.${column}`, values);
  const rids = `SELECT s.rid FROM ${table} s INDEXED BY ${index} WHERE s.deleted_at IS NULL AND ${found.sql}`;
  return term(`+t.rid IN (${rids})`, ...found.params);
}

/** A word of a search in a table without a full-text index, as a folded substring of any text. */
export function anyTextContains(table: TableName, word: string): SqlTerm {
  const texts = tableFields(table).filter((f) => f.kind === 'text');
  const terms = texts.map((f) =>
    textMatch(table, f, 'contains', [fold(word)], { live: false, scanContains: false }),
  );
  return {
    sql: `(${terms.map((t) => t.sql).join(' OR ')})`,
    params: terms.flatMap((t) => t.params),
  };
}

/**
 * A probe for a query whose only filter is a substring of an unindexed text: it counts matches in
 * a sample of the table (its first rows, read in order, which is cheap). Fewer than two matches in
 * the sample make the substring rare: plan it with `scanContains`.
 */
export function rareContainsProbe(table: TableName, where: readonly Filter[]): SqlTerm | null {
  const [only] = where;
  if (where.length !== 1 || only?.op !== 'contains' || typeof only.value !== 'string') return null;
  const field = fieldSql(table, only.field);
  if (!field?.fold?.startsWith('t.') || field.index || only.value === '') return null;
  const sample = `SELECT ${field.fold.slice(2)} AS x FROM ${table} NOT INDEXED LIMIT ${RARE_SAMPLE}`;
  return term(`SELECT count(*) AS count FROM (${sample}) WHERE instr(x, ?) > 0`, fold(only.value));
}

/** Rows in the sample of rareContainsProbe: about the cost of a few milliseconds. */
const RARE_SAMPLE = 2000;

/**
 * Probes for counting a live query's substring filters through their trigram index: for each
 * `contains` filter of three characters or more on a field with one, the share (in thousandths)
 * of the same sample of the table's first rows as rareContainsProbe's that holds the substring.
 * A count looks each listed row up (FilterPlan.lookUpRows) when the share is below
 * LOOKUP_SHARE: a lookup costs several steps of the walk over every live row it replaces, so a
 * substring that many rows hold is counted by that walk.
 */
export function trigramCountProbes(
  table: TableName,
  where: readonly Filter[],
): { index: number; probe: SqlTerm }[] {
  return where.flatMap((filter, index) => {
    if (filter.op !== 'contains' || typeof filter.value !== 'string') return [];
    const field = fieldSql(table, filter.field);
    const value = fold(filter.value);
    if (!field?.trigram || !field.fold?.startsWith('t.') || [...value].length < 3) return [];
    const sample = `SELECT ${field.fold.slice(2)} AS x FROM ${table} NOT INDEXED LIMIT ${RARE_SAMPLE}`;
    const share = `1000 * count(CASE WHEN instr(x, ?) > 0 THEN 1 END) / max(count(*), 1)`;
    return [{ index, probe: term(`SELECT ${share} AS count FROM (${sample})`, value) }];
  });
}

/**
 * The share (thousandths of the sample) below which a count looks its rows up: on 985,309
 * meetings a lookup per row cost about as much as the walk at 7 to 9 % (bench/RESULTS.md,
 * "Counts through the trigram index").
 */
export const LOOKUP_SHARE = 75;
