import { useEffect, useState } from 'react';
import type { Filter, TableName } from '../../db/api.js';
import { archive } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';
import { LINKS } from './columnFilters.js';
import { NAME_FIELD } from '../records/recordNames.js';

/** Names of linked records by id, as last read: a chip reads a name, not an id. */
const known = new Map<string, string>();

/** Tells the cache a record's name, as a picker just showed it. */
export function rememberName(id: string, name: string): void {
  known.set(id, name);
}

/** The ids each linked table needs names for, among a table's filters. */
function wanted(table: TableName, where: readonly Filter[]): Map<TableName, string[]> {
  const byTable = new Map<TableName, string[]>();
  for (const link of Object.values(LINKS[table] ?? {})) {
    for (const filter of where) {
      if (filter.field !== link.idField || !Array.isArray(filter.value)) continue;
      const ids = byTable.get(link.table) ?? [];
      ids.push(...filter.value.map(String));
      byTable.set(link.table, ids);
    }
  }
  return byTable;
}

/**
 * The names of the records a table's link filters name (`traveller_id in [...]`), looked up in
 * the archive once and asked again after this window changes the archive (a rename).
 */
export function useLinkedNames(
  table: TableName,
  where: readonly Filter[],
): ReadonlyMap<string, string> {
  const version = useArchiveVersion();
  const [, setRead] = useState(0);
  const key = JSON.stringify([...wanted(table, where)]);
  useEffect(() => {
    let current = true;
    const asks = [...wanted(table, where)].map(async ([linked, ids]) => {
      const name = NAME_FIELD[linked];
      const { rows } = await archive.listRecords({
        table: linked,
        where: [{ field: 'id', op: 'in', value: ids }],
        columns: ['id', name],
        limit: Math.min(ids.length, 1000),
        withTotal: false,
      });
      for (const row of rows) known.set(String(row.id), String(row[name] ?? ''));
    });
    Promise.allSettled(asks).then(() => {
      if (current) setRead((n) => n + 1);
    });
    return () => {
      current = false;
    };
    // `key` holds what `where` asks for.
  }, [table, key, version]);
  return known;
}
