/**
 * The random steps of the model-based test. Each picks its records from the archive as it is,
 * asks one of the two processes through the API, and says what a user was told.
 */
import type { Database } from 'better-sqlite3';
import type { Random } from '../../demo/demoRandom.js';
import type { Call } from './modelProcesses.js';

export type StepKind =
  | 'create'
  | 'edit'
  | 'staleEdit'
  | 'trash'
  | 'restore'
  | 'merge'
  | 'undo'
  | 'redo'
  | 'importCsv'
  | 'backUp'
  | 'restoreBackup'
  | 'restoreOlderBackup'
  | 'emptyTrash';

/** How often each step is drawn, out of their sum. */
export const STEP_WEIGHTS: Record<StepKind, number> = {
  create: 8,
  edit: 5,
  staleEdit: 1,
  trash: 3,
  restore: 2,
  merge: 1,
  undo: 4,
  redo: 2,
  importCsv: 1,
  backUp: 1,
  restoreBackup: 1,
  restoreOlderBackup: 1,
  emptyTrash: 1,
};

export interface StepContext {
  db: Database;
  random: Random;
  call: Call;
  process: 0 | 1;
  session: string;
  /** A number for names, unique across the run. */
  serial: number;
}

const TABLES = ['topics', 'people', 'organisations', 'visits', 'meetings'] as const;
type Table = (typeof TABLES)[number];

export function pickStep(random: Random): StepKind {
  const total = Object.values(STEP_WEIGHTS).reduce((a, b) => a + b, 0);
  let at = random.int(total);
  for (const [kind, weight] of Object.entries(STEP_WEIGHTS) as [StepKind, number][]) {
    if (at < weight) return kind;
    at -= weight;
  }
  return 'create';
}

export function ids(db: Database, table: string, trashed: boolean): string[] {
  return db
    .prepare(
      `SELECT id FROM ${table} WHERE deleted_at IS ${trashed ? 'NOT NULL' : 'NULL'} ORDER BY rid`,
    )
    .pluck()
    .all() as string[];
}

function pickTable(random: Random): Table {
  return random.pick(TABLES);
}

export function newValues(ctx: StepContext, table: Table): Record<string, unknown> {
  const n = ctx.serial;
  switch (table) {
    case 'topics':
      return { name: `Topic ${n}`, description: `Ёлка ${n}` };
    case 'people':
      return { name: `Person ${n}`, aliases: [`P. ${n}`] };
    case 'organisations':
      return { name: `Ministry ${n}` };
    case 'visits': {
      const people = ids(ctx.db, 'people', false);
      return {
        title: `Визит ${n}`,
        start_date: `20${10 + (n % 15)}-0${1 + (n % 9)}`,
        ...(people.length > 0 ? { traveller_id: ctx.random.pick(people) } : {}),
      };
    }
    case 'meetings': {
      const visits = ids(ctx.db, 'visits', false);
      const people = ids(ctx.db, 'people', false);
      const organisations = ids(ctx.db, 'organisations', false);
      const participants = people.slice(-2).map((person_id) => ({
        person_id,
        organisation_id: organisations.length > 0 ? ctx.random.pick(organisations) : null,
      }));
      return {
        ...(visits.length > 0 && ctx.random.chance(0.7)
          ? { visit_id: ctx.random.pick(visits) }
          : { date: `2023-05-${String(1 + (n % 28)).padStart(2, '0')}` }),
        summary: `Talks ${n}`,
        participants,
      };
    }
  }
}

function editValues(ctx: StepContext, table: Table): Record<string, unknown> {
  const n = ctx.serial;
  if (table === 'topics') return { description: `Edited ${n}` };
  if (table === 'people' || table === 'organisations') return { name: `Renamed ${n}` };
  if (table === 'visits') return { title: `Edited visit ${n}`, end_date: '2025' };
  return { summary: `Edited ${n}`, city: 'Baku' };
}

/** A live record of a random table, and that table; null when the archive has none. */
export function liveRecord(ctx: StepContext): { table: Table; id: string } | null {
  const table = pickTable(ctx.random);
  const live = ids(ctx.db, table, false);
  return live.length === 0 ? null : { table, id: ctx.random.pick(live) };
}

export function createInput(ctx: StepContext) {
  const table = pickTable(ctx.random);
  return { table, values: newValues(ctx, table) };
}

/** What an editor does: reads the record, then saves with the version it read. */
export async function readThenSave(ctx: StepContext, table: Table, id: string) {
  const read = await ctx.call(ctx.process, 'getRecord', { table, id }, ctx.session);
  if (!read.ok) return read;
  const { record } = read.value as { record: { version: number } };
  return ctx.call(
    ctx.process,
    'saveRecord',
    { table, id, values: editValues(ctx, table), expectedVersion: record.version },
    ctx.session,
  );
}

export function editInput(ctx: StepContext, table: Table) {
  return editValues(ctx, table);
}

export function topicsCsv(ctx: StepContext): string {
  const n = ctx.serial;
  const text = `Name,Description\r\nImported ${n},First\r\nImported ${n}b,"Second, with a comma"\r\n`;
  return Buffer.from(text, 'utf8').toString('base64');
}
