import { useEffect, useState } from 'react';
import type { Row, TableName } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { useArchiveVersion } from '../archiveVersion.js';
import { HINT_FIELDS, NAME_FIELD } from './recordNames.js';

/** Typing pauses this long before the archive is asked, as in the search box. */
const PAUSE_MS = 150;
export const PICKER_LIMIT = 20;

export interface PickerOption {
  row: Row;
  /** A person's latest position ("Secretary General, CICA"), when the archive knows one. */
  position?: string;
}

export interface PickerOptions {
  options: PickerOption[];
  loading: boolean;
  error: string | null;
}

/** The latest position of each person, by id: the hint that tells two namesakes apart. */
async function latestPositions(ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (ids.length === 0) return found;
  const { rows } = await archive.listRecords({
    table: 'positions',
    where: [{ field: 'person_id', op: 'in', value: ids }],
    columns: ['person_id', 'title', 'organisation', 'start_date'],
    sort: [{ field: 'start_date', dir: 'desc' }],
    limit: 200,
    withTotal: false,
  });
  for (const p of rows) {
    const id = String(p.person_id);
    if (found.has(id)) continue;
    found.set(id, [p.title, p.organisation].filter(Boolean).join(', '));
  }
  return found;
}

/**
 * The records of `table` whose words start with what was typed (the archive's full-text search,
 * which also matches other spellings), first by name; asked again once typing pauses.
 */
export function usePickerOptions(table: TableName, text: string, enabled: boolean): PickerOptions {
  const version = useArchiveVersion();
  const [state, setState] = useState<PickerOptions>({ options: [], loading: false, error: null });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const name = NAME_FIELD[table];
      const search = text.trim();
      archive
        .listRecords({
          table,
          columns: ['id', name, ...HINT_FIELDS[table]],
          sort: [{ field: name, dir: 'asc' }],
          limit: PICKER_LIMIT,
          withTotal: false,
          ...(search ? { search } : {}),
        })
        .then(async ({ rows }) => {
          const positions =
            table === 'people' ? await latestPositions(rows.map((r) => String(r.id))) : null;
          return rows.map((row) => {
            const position = positions?.get(String(row.id));
            return position ? { row, position } : { row };
          });
        })
        .then(
          (options) => {
            if (current) setState({ options, loading: false, error: null });
          },
          (error: unknown) => {
            if (current) setState({ options: [], loading: false, error: errorMessage(error) });
          },
        );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [table, text, enabled, version]);
  return state;
}
