import { quotedList } from '../inputProblems.js';
import { t, type MessageRef } from '../../i18n/messages.js';
import type { Database } from 'better-sqlite3';
import type { ProblemDetail, TableName } from '../api.js';
import { dateSpan } from '../values/dates.js';
import { columnValue, listValue } from './fieldValue.js';
import type { RecordState } from './recordState.js';
import { referenceProblem } from './referenceProblem.js';
import {
  LIST_COLUMNS,
  REFERENCES,
  REQUIRED,
  fieldInfo,
  fieldLabel,
  fieldLabelRef,
  writableFields,
} from '../tableSpecs.js';
import { statement } from '../query/statement.js';
import { idList, participantsValue } from './validateSets.js';

/**
 * Checks a save against the archive and returns the state to write: the given values,
 * normalised, plus the problems found. Every problem is listed, so that one answer tells the
 * user everything to fix.
 */
export function validateSave(
  db: Database,
  table: TableName,
  id: string,
  values: Record<string, unknown>,
  existing: RecordState | null,
): { state: RecordState; problems: ProblemDetail[] } {
  const problems: ProblemDetail[] = [];
  const problem = (path: string, said: MessageRef) =>
    problems.push({ path: `values.${path}`, message: t(said.key, said.params), ...said });
  const allowed = writableFields(table);
  for (const key of Object.keys(values)) {
    if (!allowed.includes(key)) {
      problem(key, {
        key: 'problems.noSuchField',
        params: { field: key, table, fields: quotedList(allowed, 'and') },
      });
    }
  }
  const state: RecordState = {};
  for (const field of allowed) {
    if (!(field in values)) continue;
    const raw = values[field];
    if (field === 'participants') {
      const participants = participantsValue(db, raw, existing?.participants ?? [], problem);
      if (participants) state.participants = participants;
    } else if (field === 'topic_ids' || field === 'source_ids') {
      const ids = idList(db, raw, field, field === 'topic_ids' ? 'topics' : 'sources', problem);
      if (ids) state[field] = ids;
    } else if (LIST_COLUMNS[table]?.includes(field)) {
      const list = listValue(fieldLabelRef(table, field), raw);
      if ('problem' in list) problem(field, list.problem);
      else state[field] = list.value;
    } else {
      const result = columnValue(fieldLabelRef(table, field), fieldInfo(table, field)!, raw);
      if ('problem' in result) {
        problem(field, result.problem);
        continue;
      }
      state[field] = result.value;
      const target = REFERENCES[field];
      if (target && result.value !== null) {
        const refused = referenceProblem(db, target, result.value, fieldLabel(table, field));
        if (refused) problem(field, refused);
      }
    }
  }
  const merged: RecordState = { ...existing, ...state };
  const failed = new Set(problems.map((p) => p.path));
  for (const field of REQUIRED[table]) {
    if ((merged[field] ?? null) === null && !failed.has(`values.${field}`)) {
      problem(field, { key: 'problems.required', params: { field: fieldLabelRef(table, field) } });
    }
  }
  if (table === 'meetings' && merged.date == null && merged.visit_id == null) {
    if (!failed.has('values.date') && !failed.has('values.visit_id')) {
      problem('date', { key: 'problems.meetingUnplaced' });
    }
  }
  const start = typeof merged.start_date === 'string' ? dateSpan(merged.start_date) : null;
  const end = typeof merged.end_date === 'string' ? dateSpan(merged.end_date) : null;
  if (start && end && end.hi < start.lo) {
    problem('end_date', {
      key: 'problems.endBeforeStart',
      params: { end: String(merged.end_date), start: String(merged.start_date) },
    });
  }
  if (table === 'organisations' && typeof state.parent_id === 'string') {
    const cycle = ancestorProblem(db, id, state.parent_id);
    if (cycle) problem('parent_id', cycle);
  }
  return { state, problems };
}

/** An organisation inside itself would make its department tree endless. */
function ancestorProblem(db: Database, id: string, parent: string): MessageRef | null {
  const parentOf = statement(db, 'SELECT parent_id FROM organisations WHERE id = ?').pluck();
  const seen = new Set<string>();
  for (let at: string | null = parent; at !== null && !seen.has(at);) {
    if (at === id) {
      return { key: parent === id ? 'problems.ownParent' : 'problems.parentInside' };
    }
    seen.add(at);
    at = (parentOf.get(at) as string | null | undefined) ?? null;
  }
  return null;
}
