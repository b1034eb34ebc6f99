import type { ApiMethod } from '../db/api.js';
import { API_METHODS } from '../db/contract/methodTable.js';

/**
 * The methods the preload exposes: the method table's, imported from the table itself because
 * api.ts would bundle zod into the preload.
 */
export const BRIDGE_METHODS: readonly ApiMethod[] = API_METHODS;

/** The IPC channel a method travels on, shared by the preload and the main process. */
export function ipcChannel(method: ApiMethod): string {
  return `archive:${method}`;
}
