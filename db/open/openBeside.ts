import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';

const bindings = new WeakMap<Database, string>();

/** Remembers the addon a connection was made with, for the connections opened beside it. */
export function rememberNativeBinding(db: Database, nativeBinding: string | undefined): void {
  if (nativeBinding !== undefined) bindings.set(db, nativeBinding);
}

/**
 * Opens another file with the same better-sqlite3 addon as `db`: under Electron the default
 * addon is built for Node's ABI and cannot load, so a backup's check must reuse the Electron one.
 */
export function openBeside(db: Database, file: string, options: { readonly: boolean }): Database {
  return new DatabaseConstructor(file, {
    readonly: options.readonly,
    fileMustExist: true,
    nativeBinding: bindings.get(db),
  });
}
