/**
 * What the interface remembers between runs (a table's filters, columns and widths), kept in the
 * `settings` table under `ui.<key>`. It is the interface's layout, not a record: it is neither in
 * the change log nor undone.
 */
import { problemAt } from '../inputProblems.js';
import type { Database } from 'better-sqlite3';
import type { PutUiStateInput, UiStateKey, UiStateValue } from '../api.js';
import { ArchiveError } from '../errors.js';
import { statement } from '../query/statement.js';

/** The largest value kept, as UTF-8 JSON: a layout, never a document. */
export const MAX_UI_STATE_BYTES = 64 * 1024;

function settingKey(key: string): string {
  return `ui.${key}`;
}

/** The value stored under a key, or `{ value: null }` when nothing is. */
export function getUiState(db: Database, { key }: UiStateKey): UiStateValue {
  const json = statement(db, 'SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(settingKey(key)) as string | undefined;
  if (json === undefined) return { value: null };
  try {
    return { value: JSON.parse(json) as unknown };
  } catch {
    // A damaged setting is forgotten rather than breaking the screen that asks for it.
    return { value: null };
  }
}

function jsonOf(key: string, value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw new ArchiveError('invalid_input', 'errors.uiState.valueCannotKept', { key }, [
      problemAt('value', 'problems.plainData'),
    ]);
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_UI_STATE_BYTES) {
    throw new ArchiveError(
      'invalid_input',
      'errors.uiState.valueKbMore',
      { key, kilobytes: Math.ceil(bytes / 1024) },
      [problemAt('value', 'problems.tooManyBytes', { bytes, max: MAX_UI_STATE_BYTES })],
    );
  }
  return json;
}

/**
 * Keeps a value under a key, replacing what was there, and answers it as getUiState will.
 * Null forgets the key. A value that is not JSON data, or over 64 KB, is refused and nothing is
 * written.
 */
export function putUiState(db: Database, { key, value }: PutUiStateInput): UiStateValue {
  const json = jsonOf(key, value);
  if (json === 'null') {
    statement(db, 'DELETE FROM settings WHERE key = ?').run(settingKey(key));
    return { value: null };
  }
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(settingKey(key), json);
  return { value: JSON.parse(json) as unknown };
}
