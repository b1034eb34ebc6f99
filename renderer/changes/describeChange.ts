import type { ChangeSummary, TableName } from '../../db/api.js';
import { hasMessage, t, type MessageKey } from '../messages.js';

type Op = ChangeSummary['op'] | 'import';

function noun(table: TableName): string {
  return t(`change.noun.${table}` as MessageKey);
}

/**
 * A change as the Undo button and its messages name it: "edit of visit “Astana forum”". Without
 * the record's name (a record deleted for good since) it still says what kind of change it was.
 */
export function describeChange(change: { op: Op; entity: TableName }, name: string | null): string {
  const op = t(`change.op.${change.op}` as MessageKey);
  return name
    ? t('change.what', { op, noun: noun(change.entity), name })
    : t('change.whatUnnamed', { op, noun: noun(change.entity) });
}

/** A change of several records at once: "deletion of 3 visits". */
export function describeMany(op: Op, table: TableName, count: number): string {
  const key = `stats.${table}`;
  const records = hasMessage(key) ? t(key, { count }) : t('change.records', { count });
  return t('change.whatMany', { op: t(`change.op.${op}` as MessageKey), records });
}

export function describeMerge(table: TableName, keptName: string): string {
  return t('change.merge', { noun: noun(table), name: keptName });
}
