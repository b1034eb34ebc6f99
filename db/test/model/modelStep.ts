/** One step of the model-based test: the call it makes, and what its answer means for the model. */
import type { Database } from 'better-sqlite3';
import type { ApiResult, UndoResult } from '../../api.js';
import { copyModel, meetingsToComeBack, newModel, recordAction } from './modelState.js';
import type { Model } from './modelState.js';
import { createInput, editInput, ids, liveRecord, readThenSave, topicsCsv } from './modelSteps.js';
import type { StepContext, StepKind } from './modelSteps.js';

export interface StepWorld {
  model: Model;
  /** The model as it was when each backup named here was taken. */
  backups: Map<string, Model>;
  older: string;
  sessions: readonly string[];
  fail: (what: string) => void;
  acknowledged: () => void;
}

/** Where a person or an organisation is named, as `FROM ... WHERE column`. */
const REFERENCES: Record<string, string[]> = {
  people: [
    'positions WHERE person_id',
    'visits WHERE traveller_id',
    'meeting_participants WHERE person_id',
  ],
  organisations: [
    'positions WHERE organisation_id',
    'organisations WHERE parent_id',
    'events WHERE organiser_id',
    'meeting_participants WHERE organisation_id',
  ],
};

const RECORD_TABLES = ['topics', 'people', 'organisations', 'visits', 'meetings', 'positions'];

function seqNow(db: Database): number {
  return (db.prepare('SELECT max(seq) FROM change_log').pluck().get() as number | null) ?? 0;
}

function keys(db: Database, trashed: boolean): Set<string> {
  return new Set(RECORD_TABLES.flatMap((t) => ids(db, t, trashed).map((id) => `${t}:${id}`)));
}

/** A write acknowledged to a window: its log rows since `before` are one action of it. */
function settleWrite(db: Database, world: StepWorld, session: string, before: number): void {
  world.acknowledged();
  const rows = db
    .prepare('SELECT entity, entity_id, op, session FROM change_log WHERE seq > ?')
    .all(before) as { entity: string; entity_id: string; op: string; session: string }[];
  if (rows.length === 0) return;
  if (rows.some((r) => r.session !== session)) world.fail('a change was logged for another window');
  const touched = [...new Set(rows.map((r) => `${r.entity}:${r.entity_id}`))];
  const keysOf = (op: string) =>
    rows.filter((r) => r.op === op).map((r) => `${r.entity}:${r.entity_id}`);
  const order = ++world.model.order;
  const action = { order, touched, created: keysOf('create'), deleted: keysOf('delete') };
  recordAction(world.model, session, action);
  for (const key of touched) {
    const [table, id] = key.split(':') as [string, string];
    const version = db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck().get(id);
    if (typeof version === 'number') world.model.versions[key] = version;
  }
}

/** An undo or redo acknowledged: it took the window's own newest action, or there was none. */
function settleUndo(world: StepWorld, ctx: StepContext, redo: boolean, value: UndoResult): void {
  world.acknowledged();
  const stack = world.model.stacks[ctx.session]!;
  const [from, to] = redo ? [stack.redo, stack.done] : [stack.done, stack.redo];
  if (value.change === null) {
    if (from.length > 0) world.fail(`nothing to ${redo ? 'redo' : 'undo'}, but the window has`);
    return;
  }
  const action = from.pop();
  if (!action) return world.fail(`${redo ? 'redid' : 'undid'} a change the window never made`);
  if (!action.touched.includes(`${value.change.entity}:${value.change.entityId}`)) {
    world.fail(`${redo ? 'redid' : 'undid'} another action than the window's own newest`);
  }
  to.push(action);
}

export async function runStep(
  kind: StepKind,
  ctx: StepContext,
  world: StepWorld,
): Promise<ApiResult<unknown> | null> {
  const { db, random } = ctx;
  const call = (method: string, input: unknown) =>
    ctx.call(ctx.process, method, input, ctx.session);
  const before = seqNow(db);
  const write = async (method: string, input: unknown) => {
    const result = await call(method, input);
    if (result.ok) settleWrite(db, world, ctx.session, before);
    return result;
  };
  switch (kind) {
    case 'create':
      return write('saveRecord', createInput(ctx));
    case 'edit': {
      const target = liveRecord(ctx);
      if (!target) return null;
      const result = await readThenSave(ctx, target.table, target.id);
      if (result.ok) settleWrite(db, world, ctx.session, before);
      return result;
    }
    case 'staleEdit': {
      const target = liveRecord(ctx);
      if (!target) return null;
      const read = await call('getRecord', target);
      if (!read.ok) return read;
      const { version } = (read.value as { record: { version: number } }).record;
      const other = random.pick(world.sessions.filter((s) => s !== ctx.session));
      const process = other.startsWith('p0') ? 0 : 1;
      const first = await readThenSave(
        { ...ctx, session: other, process },
        target.table,
        target.id,
      );
      if (!first.ok) return first;
      settleWrite(db, world, other, before);
      const stale = await call('saveRecord', {
        table: target.table,
        id: target.id,
        values: editInput(ctx, target.table),
        expectedVersion: version,
      });
      if (stale.ok || stale.error.code !== 'conflict') {
        world.fail(`a stale save was answered ${JSON.stringify(stale).slice(0, 200)}`);
      }
      return null;
    }
    case 'trash': {
      const target = liveRecord(ctx);
      if (!target) return null;
      return write('deleteRecords', { table: target.table, ids: [target.id], meetings: 'trash' });
    }
    case 'restore': {
      const table = random.pick(RECORD_TABLES.slice(0, 5));
      const trashed = ids(db, table, true);
      if (trashed.length === 0) return null;
      const id = random.pick(trashed);
      const result = await write('restoreRecords', { table, ids: [id] });
      const restore = world.model.stacks[ctx.session]!.done.at(-1);
      if (result.ok && table === 'visits' && restore?.touched.includes(`visits:${id}`)) {
        for (const key of meetingsToComeBack(world.model, `visits:${id}`, restore)) {
          const still = db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').pluck();
          if (still.get(key.slice('meetings:'.length))) {
            world.fail(`${key}, trashed with its visit, stayed in the trash when it was restored`);
          }
        }
      }
      return result;
    }
    case 'merge': {
      const table = random.pick(['people', 'organisations']);
      const live = ids(db, table, false);
      if (live.length < 2) return null;
      const keepId = random.pick(live);
      const mergeId = random.pick(live.filter((id) => id !== keepId));
      const result = await write('mergeRecords', { table, keepId, mergeId });
      if (result.ok) {
        // Nothing, in the trash or not, may still name the merged-away record.
        const naming = REFERENCES[table]!.map(
          (sql) => db.prepare(`SELECT count(*) FROM ${sql} = ?`).pluck().get(mergeId) as number,
        );
        if (naming.some((n) => n > 0)) world.fail(`records still name the merged ${table}`);
      }
      return result;
    }
    case 'undo':
    case 'redo': {
      const result = await call(kind, {});
      if (result.ok) settleUndo(world, ctx, kind === 'redo', result.value as UndoResult);
      return result;
    }
    case 'importCsv':
      return write('importCsv', { table: 'topics', file: topicsCsv(ctx) });
    case 'backUp': {
      const result = await call('backUpNow', {});
      if (result.ok) {
        world.acknowledged();
        world.backups.set((result.value as { name: string }).name, copyModel(world.model));
      }
      return result;
    }
    case 'restoreBackup':
    case 'restoreOlderBackup': {
      const names = [...world.backups.keys()];
      if (kind === 'restoreBackup' && names.length === 0) return null;
      const name = kind === 'restoreBackup' ? random.pick(names) : world.older;
      const result = await call('restoreBackup', { name });
      if (result.ok) {
        world.acknowledged();
        world.model = copyModel(world.backups.get(name) ?? newModel(world.sessions));
      }
      return result;
    }
    case 'emptyTrash': {
      const trashed = keys(db, true);
      const result = await call('emptyTrash', {});
      if (result.ok) {
        world.acknowledged();
        const remaining = new Set([...keys(db, true), ...keys(db, false)]);
        for (const key of trashed) if (!remaining.has(key)) world.model.emptied.push(key);
      }
      return result;
    }
  }
}
