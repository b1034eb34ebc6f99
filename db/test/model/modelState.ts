/**
 * What the model-based test expects of the archive, kept from the answers it was given: each
 * window's done and undone actions (their records must exist, or not), the records emptied from
 * the trash, the newest version acknowledged for each record, and a copy of all of it at each
 * backup, which a restore brings back.
 */
import type { Database } from 'better-sqlite3';
import { derivedProblems } from '../../check/derivedCheck.js';

export interface Action {
  /** When, among all windows' actions. */
  order: number;
  /** `table:id` of every record the action wrote, of those it created and of those it trashed. */
  touched: string[];
  created: string[];
  deleted: string[];
}

export interface Model {
  stacks: Record<string, { done: Action[]; redo: Action[] }>;
  /** Created by an action undone and then dropped: must stay absent. */
  gone: string[];
  emptied: string[];
  versions: Record<string, number>;
  /** The order of the newest action. */
  order: number;
}

export function newModel(sessions: readonly string[]): Model {
  return {
    stacks: Object.fromEntries(sessions.map((s) => [s, { done: [], redo: [] }])),
    gone: [],
    emptied: [],
    versions: {},
    order: 0,
  };
}

export function copyModel(model: Model): Model {
  return structuredClone(model);
}

/** A new action of a window: it goes on its done stack, and its undone ones are dropped. */
export function recordAction(model: Model, session: string, action: Action): void {
  const stack = model.stacks[session]!;
  for (const dropped of stack.redo) model.gone.push(...dropped.created);
  stack.redo = [];
  stack.done.push(action);
}

function exists(db: Database, key: string): boolean {
  const [table, id] = key.split(':') as [string, string];
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/**
 * The meetings a restore of the visit must bring back: those trashed in the action in effect
 * that trashed the visit, which no action in effect has touched since, but the restore itself.
 */
export function meetingsToComeBack(model: Model, visit: string, restore: Action): string[] {
  const done = Object.values(model.stacks).flatMap((s) => s.done);
  const trashed = done
    .filter((a) => a.order < restore.order && a.deleted.includes(visit))
    .sort((a, b) => b.order - a.order)[0];
  if (!trashed) return [];
  return trashed.deleted.filter(
    (key) =>
      key.startsWith('meetings:') &&
      !done.some(
        (a) => a.order > trashed.order && a.order < restore.order && a.touched.includes(key),
      ),
  );
}

/** Everything the archive holds that the model says it should not, as sentences. */
export function modelProblems(db: Database, model: Model): { lost: string[]; other: string[] } {
  const lost: string[] = [];
  const other = derivedProblems(db).map((p) => `${p.kind} ${p.table} ${p.id}: ${p.detail}`);
  const emptied = new Set(model.emptied);
  for (const [session, { done, redo }] of Object.entries(model.stacks)) {
    for (const action of done) {
      for (const key of action.created) {
        if (!emptied.has(key) && !exists(db, key)) lost.push(`${key} of ${session} is missing`);
      }
    }
    for (const action of redo) {
      for (const key of action.created) {
        if (exists(db, key)) other.push(`${key} undone by ${session} is still there`);
      }
    }
  }
  for (const key of model.gone) {
    if (exists(db, key)) other.push(`${key}, undone and dropped, is back`);
  }
  for (const [key, version] of Object.entries(model.versions)) {
    const [table, id] = key.split(':') as [string, string];
    const now = db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck().get(id) as
      number | undefined;
    if (now !== undefined && now < version) {
      lost.push(`${key} is at version ${now}, below the acknowledged ${version}`);
    }
  }
  return { lost, other };
}
