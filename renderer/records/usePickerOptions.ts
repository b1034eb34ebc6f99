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
}

export interface PickerOptions {
  options: PickerOption[];
  loading: boolean;
  error: string | null;
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
        .then(
          ({ rows }) => {
            const options = rows.map((row) => ({ row }));
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
