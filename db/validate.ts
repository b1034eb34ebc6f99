import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { PARTICIPANT_SIDES } from './api.js';
import type { ProblemDetail, TableName } from './api.js';
import { dateSpan } from './dates.js';
import { columnValue, listValue, textValue } from './fieldValue.js';
import type { Participant, RecordState } from './recordState.js';
import {
  LIST_COLUMNS,
  RECORD_NOUN,
  REFERENCES,
  REQUIRED,
  fieldInfo,
  fieldLabel,
  writableFields,
} from './tableSpecs.js';
import { statement } from './statement.js';

const ParticipantSchema = z.strictObject({
  id: z.string().max(64).optional(),
  person_id: z.string().min(1).max(64),
  organisation_id: z.string().max(64).nullish(),
  title: z.unknown().optional(),
  side: z.enum(PARTICIPANT_SIDES).optional(),
});

/** Why a reference cannot be written, or null when it points to a live record. */
function referenceProblem(
  db: Database,
  table: TableName,
  id: string,
  label: string,
): string | null {
  const row = statement(db, `SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as
    { deleted_at: string | null } | undefined;
  if (!row) return `${label}: there is no ${RECORD_NOUN[table]} with the id ${id} in the archive.`;
  if (row.deleted_at !== null) {
    return `${label}: the ${RECORD_NOUN[table]} ${id} is in the trash. Restore it first, or choose another.`;
  }
  return null;
}

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
  const problem = (path: string, message: string) =>
    problems.push({ path: `values.${path}`, message });
  const allowed = writableFields(table);
  for (const key of Object.keys(values)) {
    if (!allowed.includes(key)) {
      problem(
        key,
        `There is no field "${key}" on ${table}. Fields you can set: ${allowed.join(', ')}.`,
      );
    }
  }
  const state: RecordState = {};
  for (const field of allowed) {
    if (!(field in values)) continue;
    const raw = values[field];
    if (field === 'participants') {
      const participants = participantsValue(db, raw, existing?.participants ?? [], problem);
      if (participants) state.participants = participants;
    } else if (field === 'topic_ids') {
      const topics = idList(db, raw, field, 'topics', problem);
      if (topics) state.topic_ids = topics;
    } else if (LIST_COLUMNS[table]?.includes(field)) {
      const list = listValue(field, raw);
      if ('problem' in list) problem(field, list.problem);
      else state[field] = list.value;
    } else {
      const result = columnValue(field, fieldInfo(table, field)!, raw);
      if ('problem' in result) {
        problem(field, result.problem);
        continue;
      }
      state[field] = result.value;
      const target = REFERENCES[field];
      if (target && result.value !== null) {
        const refused = referenceProblem(db, target, result.value, fieldLabel(field));
        if (refused) problem(field, refused);
      }
    }
  }
  const merged: RecordState = { ...existing, ...state };
  const failed = new Set(problems.map((p) => p.path));
  for (const field of REQUIRED[table]) {
    if ((merged[field] ?? null) === null && !failed.has(`values.${field}`)) {
      problem(field, `${fieldLabel(field)} is required.`);
    }
  }
  if (table === 'meetings' && merged.date == null && merged.visit_id == null) {
    if (!failed.has('values.date') && !failed.has('values.visit_id')) {
      problem('date', 'A meeting needs a date or a visit it belongs to.');
    }
  }
  const start = typeof merged.start_date === 'string' ? dateSpan(merged.start_date) : null;
  const end = typeof merged.end_date === 'string' ? dateSpan(merged.end_date) : null;
  if (start && end && end.hi < start.lo) {
    problem(
      'end_date',
      `End date ${String(merged.end_date)} is before start date ${String(merged.start_date)}.`,
    );
  }
  if (table === 'organisations' && typeof state.parent_id === 'string') {
    const cycle = ancestorProblem(db, id, state.parent_id);
    if (cycle) problem('parent_id', cycle);
  }
  return { state, problems };
}

/**
 * A meeting's participants, replacing the set. An editor may send back the ids it was given, and
 * those of this meeting are kept, so a participant keeps its id across edits; others get new ones.
 */
function participantsValue(
  db: Database,
  raw: unknown,
  current: Participant[],
  problem: (path: string, message: string) => void,
): Participant[] | null {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 1000) {
    problem('participants', 'Participants must be a list of people (at most 1000).');
    return null;
  }
  const participants: Participant[] = [];
  const used = new Set<string>();
  let ok = true;
  raw.forEach((item: unknown, i) => {
    const at = `participants.${i}`;
    const parsed = ParticipantSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${at}.${issue.path.join('.')}` : at;
        const field = String(issue.path[0] ?? 'participant');
        problem(
          where,
          `Participant ${i + 1}, ${fieldLabel(field).toLowerCase()}: ${issue.message}.`,
        );
      }
      ok = false;
      return;
    }
    const title = textValue('title', parsed.data.title);
    if ('problem' in title) {
      problem(`${at}.title`, `Participant ${i + 1}: ${title.problem}`);
      ok = false;
    }
    const person = referenceProblem(db, 'people', parsed.data.person_id, `Participant ${i + 1}`);
    if (person) problem(`${at}.person_id`, person);
    const organisation = parsed.data.organisation_id ?? null;
    const org = organisation
      ? referenceProblem(db, 'organisations', organisation, `Participant ${i + 1}, organisation`)
      : null;
    if (org) problem(`${at}.organisation_id`, org);
    if (person || org) ok = false;
    const id = parsed.data.id;
    const kept =
      id !== undefined && !used.has(id) && current.some((p) => p.id === id) ? id : undefined;
    if (kept !== undefined) used.add(kept);
    participants.push({
      ...(kept === undefined ? {} : { id: kept }),
      person_id: parsed.data.person_id,
      organisation_id: organisation,
      title: 'value' in title ? title.value : null,
      side: parsed.data.side ?? 'counterpart',
    });
  });
  return ok ? participants : null;
}

function idList(
  db: Database,
  raw: unknown,
  field: string,
  target: TableName,
  problem: (path: string, message: string) => void,
): string[] | null {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string') || raw.length > 1000) {
    problem(field, `${fieldLabel(field)} must be a list of ids (at most 1000).`);
    return null;
  }
  const ids = [...new Set(raw as string[])].sort();
  let ok = true;
  ids.forEach((item) => {
    const refused = referenceProblem(db, target, item, fieldLabel(field));
    if (refused) {
      problem(`${field}.${(raw as string[]).indexOf(item)}`, refused);
      ok = false;
    }
  });
  return ok ? ids : null;
}

/** An organisation inside itself would make its department tree endless. */
function ancestorProblem(db: Database, id: string, parent: string): string | null {
  const parentOf = statement(db, 'SELECT parent_id FROM organisations WHERE id = ?').pluck();
  const seen = new Set<string>();
  for (let at: string | null = parent; at !== null && !seen.has(at);) {
    if (at === id) {
      return parent === id
        ? 'An organisation cannot be its own parent.'
        : 'This parent is one of the organisation’s own departments, which would place the organisation inside itself. Choose another parent.';
    }
    seen.add(at);
    at = (parentOf.get(at) as string | null | undefined) ?? null;
  }
  return null;
}
