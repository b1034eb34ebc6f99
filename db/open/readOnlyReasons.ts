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

/** Why an archive is open for reading only, and what to do about it, for the cause given. */
export function readOnlyReason(
  file: string,
  cause: 'file' | 'folder' | 'disk' | 'locked',
): ReadOnlyState {
  switch (cause) {
    case 'file':
      return said('readOnly.file', { file });
    case 'folder':
      return said('readOnly.folder', { folder: path.dirname(file) });
    case 'disk':
      return said('readOnly.disk');
    case 'locked':
      return said('readOnly.locked');
  }
}

/** The reason as a catalog message to fill into a refusal, or its sentence when it names none. */
export function reasonOf(state: ReadOnlyState): MessageRef | string {
  if (state.key === undefined || !hasMessage(state.key)) return state.reason;
  return { key: state.key, params: state.params as MessageParams | undefined };
}
