import { t, type MessageKey, type MessageParams } from '../i18n/messages.js';
import type { ApiError, ErrorCode, ProblemDetail } from './api.js';

/**
 * An error a person can read: hosts pass it on as an ApiError, as is. It names a catalog message
 * and its values, so that the interface can show it in its own language; `message` is the English
 * sentence, which the CLI prints and logs keep.
 */
export class ArchiveError extends Error {
  constructor(
    public code: ErrorCode,
    public key: MessageKey,
    public params: MessageParams = {},
    public details?: ProblemDetail[],
  ) {
    super(t(key, params));
    this.name = 'ArchiveError';
  }

  /** The error another thread answered with, as it was sent. */
  static fromApiError(error: ApiError): ArchiveError {
    const key = (error.key ?? 'errors.internal') as MessageKey;
    const copy = new ArchiveError(error.code, key, error.params as MessageParams, error.details);
    copy.message = error.message;
    return copy;
  }

  toApiError(): ApiError {
    const error: ApiError = {
      code: this.code,
      message: this.message,
      key: this.key,
      params: this.params,
    };
    return this.details ? { ...error, details: this.details } : error;
  }
}

/** The answer for an error: its code and the catalog message that explains it. */
function known(code: ErrorCode, key: MessageKey): ApiError {
  return { code, key, params: {}, message: t(key) };
}

/** SQLite failures a user can meet, by the result code better-sqlite3 puts on its errors. */
const SQLITE_ERRORS: Record<string, [ErrorCode, MessageKey]> = {
  SQLITE_BUSY: ['archive_busy', 'errors.sqlite.busy'],
  SQLITE_LOCKED: ['archive_busy', 'errors.sqlite.busy'],
  SQLITE_FULL: ['io_error', 'errors.sqlite.full'],
  SQLITE_READONLY: ['io_error', 'errors.sqlite.readOnly'],
  SQLITE_CORRUPT: ['archive_corrupt', 'errors.sqlite.corrupt'],
  SQLITE_NOTADB: ['archive_corrupt', 'errors.sqlite.notADatabase'],
  SQLITE_CANTOPEN: ['io_error', 'errors.sqlite.cantOpen'],
  SQLITE_IOERR: ['io_error', 'errors.sqlite.ioError'],
};

function sqliteCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/**
 * Any thrown value as an error a person can read. SQLite's extended codes (SQLITE_BUSY_SNAPSHOT,
 * SQLITE_IOERR_WRITE, ...) are matched by their primary code. Unknown failures never show their
 * message, which may hold SQL text or paths of the machine.
 */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ArchiveError) return e.toApiError();
  const code = sqliteCode(e);
  if (code !== undefined) {
    const primary = code.split('_').slice(0, 2).join('_');
    const found = SQLITE_ERRORS[code] ?? SQLITE_ERRORS[primary];
    if (found) return known(...found);
  }
  return known('internal', 'errors.internal');
}
