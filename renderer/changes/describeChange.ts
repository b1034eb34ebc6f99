import type { ChangeSummary, TableName } from '../../db/api.js';
import { hasMessage, type MessageKey, type MessageRef } from '../messages.js';

type Op = ChangeSummary['op'] | 'import';

/**
 * A change's name is kept as catalog messages, not as text: the Undo button and its notices say
 * it in the window's language when they are drawn, whatever language the change was made in.
 */
export type ChangeName = MessageRef;

function noun(table: TableName): MessageRef {
  return { key: `change.noun.${table}` as MessageKey };
}

function op(kind: Op): MessageRef {
  return { key: `change.op.${kind}` as MessageKey };
}

/**
 * A change as the Undo button and its messages name it: "edit of visit “Astana forum”". Without
 * the record's name (a record deleted for good since) it still says what kind of change it was.
 */
export function describeChange(
  change: { op: Op; entity: TableName },
  name: string | null,
): ChangeName {
  const what = { op: op(change.op), noun: noun(change.entity) };
  return name
    ? { key: 'change.what', params: { ...what, name } }
    : { key: 'change.whatUnnamed', params: what };
}

/** A change of several records at once: "deletion of 3 visits". */
export function describeMany(kind: Op, table: TableName, count: number): ChangeName {
  const key = `stats.${table}`;
  const records: MessageRef = hasMessage(key)
    ? { key, params: { count } }
    : { key: 'change.records', params: { count } };
  return { key: 'change.whatMany', params: { op: op(kind), records } };
}

export function describeMerge(table: TableName, keptName: string): ChangeName {
  return { key: 'change.merge', params: { noun: noun(table), name: keptName } };
}

/** A press release saved in one action, named after its visit. */
export function describeImport(visitTitle: string): ChangeName {
  return { key: 'change.importOf', params: { name: visitTitle } };
}
