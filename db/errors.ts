import type { ApiError, ErrorCode, ProblemDetail } from './api.js';

/** An error a person can read: hosts pass it on as an ApiError, as is. */
export class ArchiveError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public details?: ProblemDetail[],
  ) {
    super(message);
    this.name = 'ArchiveError';
  }

  toApiError(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : {
          code: this.code,
          message: this.message,
        };
  }
}

/** SQLite failures a user can meet, by the result code better-sqlite3 puts on its errors. */
const SQLITE_ERRORS: Record<string, ApiError> = {
  SQLITE_BUSY: {
    code: 'archive_busy',
    message:
      'The archive is busy with another task or another program. Wait a moment and try again.',
  },
  SQLITE_LOCKED: {
    code: 'archive_busy',
    message:
      'The archive is busy with another task or another program. Wait a moment and try again.',
  },
  SQLITE_FULL: {
    code: 'io_error',
    message: 'The disk is full, so the change was not saved. Free some space and try again.',
  },
  SQLITE_READONLY: {
    code: 'io_error',
    message:
      'The archive file is read-only, so nothing can be saved. Check the file permissions or open a copy you can write to.',
  },
  SQLITE_CORRUPT: {
    code: 'archive_corrupt',
    message:
      'The archive file is damaged. Restore it from a backup, or run `archive check` to see what is wrong.',
  },
  SQLITE_NOTADB: {
    code: 'archive_corrupt',
    message:
      'The file is not a Secretariat Archive (it is not an SQLite database). Choose another file or restore from a backup.',
  },
  SQLITE_CANTOPEN: {
    code: 'io_error',
    message:
      'The archive file could not be opened. Check that its folder exists and that you may read and write it.',
  },
  SQLITE_IOERR: {
    code: 'io_error',
    message:
      'Reading or writing the archive file failed. Check the disk and try again; if it persists, restore from a backup.',
  },
};

const INTERNAL: ApiError = {
  code: 'internal',
  message:
    'Something went wrong inside Secretariat Archive, and nothing was changed. Try again; if it happens again, please report it.',
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
    const known = SQLITE_ERRORS[code] ?? SQLITE_ERRORS[primary];
    if (known) return { ...known };
  }
  return { ...INTERNAL };
}
