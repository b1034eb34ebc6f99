/**
 * Fields computed from other tables for display, in the query language like any field: a
 * person's current position and meeting count, a meeting's counterparts and topics. Each is a
 * correlated subquery on `t`, so it runs only in statements that select, filter or sort by it,
 * and for a page of rows only its page: compileQuery reads the page's row ids first and selects
 * the fields of those rows alone.
 *
 * Text fields carry a folded twin built from the stored `_fold` columns, so that text operators
 * compare them as they compare any text (see fold.ts).
 */
import type { Filter, TableName } from '../api.js';
import type { FieldSql } from './fields.js';
import { fold } from '../values/fold.js';
import { all, marks, term, type SqlTerm } from './sqlTerm.js';
import { spellingsContain } from './personSearch.js';

type Override = Partial<Omit<FieldSql, 'name'>>;

/** The text operators, as textMatch passes them on. */
export type TextOp = 'contains' | 'equals' | 'in';

/** A folded column compared with folded values by a text operator. */
function textCondition(column: string, op: TextOp, values: string[]): SqlTerm {
  if (op === 'contains') return term(`instr(${column}, ?) > 0`, ...values);
  if (op === 'equals') return term(`${column} = ?`, ...values);
  return term(`${column} IN (${marks(values.length)})`, ...values);
}

/**
 * The person's current position: a live one with no end date and the latest start, else the one
 * with the latest start; the organisation after the title when there is one.
 */
function currentPosition(title: string, organisation: string): string {
  return `(SELECT p.${title} || coalesce(', ' || o.${organisation}, '')
     FROM positions p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.person_id = t.id AND p.deleted_at IS NULL
    ORDER BY p.end_date IS NULL DESC, p.start_date_lo DESC NULLS LAST, p.rid DESC LIMIT 1)`;
}

/**
 * Live meetings the person took part in: every participation, counted on the index alone, less
 * those in trashed meetings, found from the trash (small) rather than from the person (whose
 * participations may number hundreds of thousands). A person listed twice in one meeting counts
 * twice. The `+` keeps SQLite from driving the second count by the person.
 */
const MEETING_COUNT = `((SELECT count(*) FROM meeting_participants mp WHERE mp.person_id = t.id)
  - (SELECT count(*) FROM meetings m INDEXED BY meetings_trash
       JOIN meeting_participants mp ON mp.meeting_id = m.id
      WHERE m.deleted_at IS NOT NULL AND +mp.person_id = t.id))`;

/** The counterparts' names in participant order, joined with "; ". */
function counterparts(name: string): string {
  return `(SELECT group_concat(p.${name}, '; ' ORDER BY mp.ord, mp.rid)
     FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
    WHERE mp.meeting_id = t.id AND mp.side = 'counterpart')`;
}

/** The meeting's live topics by name, joined with "; ". */
function topics(name: string): string {
  return `(SELECT group_concat(x.${name}, '; ' ORDER BY x.name_fold, x.rid)
     FROM meeting_topics mt JOIN topics x ON x.id = mt.topic_id
    WHERE mt.meeting_id = t.id AND x.deleted_at IS NULL)`;
}

/**
 * How a text filter on a computed list is found: not by joining the names of every meeting, but
 * through the indexes on the named records. A value with no ";" that does not start with a space
 * can only be found within one name of the list (the separator is "; "), so the meetings that
 * can match are those with a named record matching it; the joined text is then compared on those
 * alone. `narrow` drives the query from those meetings (few of them: see `probe`); otherwise each
 * meeting met in the sort's order is tested, which stops as soon as a page is full.
 */
export interface ListMatch {
  /** The values this way can find: others are compared on the joined text of every row. */
  applies: (values: string[]) => boolean;
  match: (op: TextOp, values: string[], narrow: boolean, exact: SqlTerm) => SqlTerm;
  /** Counts the meetings that can match, up to PROBE_LIMIT + 1. */
  probe: (op: TextOp, values: string[]) => SqlTerm;
}

/** Candidates past this many make a filter broad: testing meetings in order is then quicker. */
export const PROBE_LIMIT = 5000;

const listValue = (values: string[]) => values.every((v) => !v.includes(';') && !v.startsWith(' '));

function listMatch(
  /** The rows linking a meeting (`meeting_id`) to a named record, as `l`. */
  links: string,
  /** The named records matching, as a SELECT of their ids; the condition on the folded name. */
  named: (names: SqlTerm) => SqlTerm,
  nameColumn: string,
  /** A person's spellings, which `contains` looks in rather than the name alone. */
  spellings?: string,
): ListMatch {
  const spelled = (op: TextOp) => op === 'contains' && spellings !== undefined;
  const matching = (op: TextOp, values: string[]) =>
    named(
      spelled(op) ? spellingsContain(spellings!, values) : textCondition(nameColumn, op, values),
    );
  return {
    applies: listValue,
    match(op, values, narrow, exact) {
      const ids = matching(op, values);
      const found = narrow
        ? term(`t.id IN (SELECT l.meeting_id FROM ${links} WHERE ${ids.sql})`, ...ids.params)
        : term(
            `EXISTS (SELECT 1 FROM ${links} WHERE l.meeting_id = t.id AND ${ids.sql})`,
            ...ids.params,
          );
      // Another spelling of a name is not in the list's text: the person is the match.
      return spelled(op) ? found : all(found, exact);
    },
    probe(op, values) {
      const ids = matching(op, values);
      return term(
        `SELECT count(*) AS count FROM (SELECT 1 FROM ${links} WHERE ${ids.sql} LIMIT ${PROBE_LIMIT + 1})`,
        ...ids.params,
      );
    },
  };
}

const COUNTERPART_MATCH = listMatch(
  'meeting_participants l',
  (names) =>
    term(
      `l.side = 'counterpart' AND l.person_id IN (SELECT p.id FROM people p WHERE ${names.sql})`,
      ...names.params,
    ),
  'p.name_fold',
  'p.spellings_fold',
);

const TOPIC_MATCH = listMatch(
  'meeting_topics l',
  (names) =>
    term(
      `l.topic_id IN (SELECT x.id FROM topics x WHERE x.deleted_at IS NULL AND ${names.sql})`,
      ...names.params,
    ),
  'x.name_fold',
);

function computedText(select: string, fold: string, listMatch?: ListMatch): Override {
  return { select, fold, sort: fold, notNull: false, ...(listMatch ? { listMatch } : {}) };
}

export const COMPUTED_FIELDS: Partial<Record<TableName, Record<string, Override>>> = {
  people: {
    position: computedText(
      currentPosition('title', 'name'),
      currentPosition('title_fold', 'name_fold'),
    ),
    meeting_count: { select: MEETING_COUNT, sort: MEETING_COUNT, notNull: true },
  },
  meetings: {
    counterparts: computedText(counterparts('name'), counterparts('name_fold'), COUNTERPART_MATCH),
    topics: computedText(topics('name'), topics('name_fold'), TOPIC_MATCH),
  },
};

/**
 * A probe per text filter on a computed list that the list's indexes can answer, each with the
 * filter's index in `where`: it counts the meetings that can match, up to PROBE_LIMIT + 1.
 */
export function listProbes(
  table: TableName,
  where: readonly Filter[],
): { index: number; probe: SqlTerm }[] {
  return where.flatMap((filter, index) => {
    const listMatch = COMPUTED_FIELDS[table]?.[filter.field]?.listMatch;
    const op = filter.op;
    // The whole list equal to a value is rarer than a name equal to it: always narrow.
    if (!listMatch || op !== 'contains') return [];
    const raw = Array.isArray(filter.value) ? filter.value : [filter.value];
    if (raw.length === 0 || raw.some((v) => typeof v !== 'string')) return [];
    const values = (raw as string[]).map(fold);
    if (!listMatch.applies(values) || values[0] === '') return [];
    return [{ index, probe: listMatch.probe(op, values) }];
  });
}
