import path from 'node:path';
import {
  hasMessage,
  t,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from '../../i18n/messages.js';
import type { ReadOnlyState } from '../api.js';

function said(key: MessageKey, params: MessageParams = {}): ReadOnlyState {
  return { reason: t(key, params), key, params };
}

/** Why an archive is open for reading only, and what to do about it, for each cause. */
export function readOnlyReasons(
  file: string,
): Record<'file' | 'folder' | 'disk' | 'locked', ReadOnlyState> {
  return {
    file: said('readOnly.file', { file }),
    folder: said('readOnly.folder', { folder: path.dirname(file) }),
    disk: said('readOnly.disk'),
    locked: said('readOnly.locked'),
  };
}

/** The reason as a catalog message to fill into a refusal, or its sentence when it names none. */
export function reasonOf(state: ReadOnlyState): MessageRef | string {
  if (state.key === undefined || !hasMessage(state.key)) return state.reason;
  return { key: state.key, params: state.params as MessageParams | undefined };
}
