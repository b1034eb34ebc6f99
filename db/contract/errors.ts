/** The errors every method may answer with: a code and sentences a person can read. */

export const ERROR_CODES = [
  'invalid_input',
  'validation_failed',
  'not_found',
  'conflict',
  'refused',
  'archive_missing',
  'archive_newer',
  'archive_corrupt',
  'archive_busy',
  'io_error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProblemDetail {
  /** The field or input path the problem is about, such as `values.start_date`. */
  path: string;
  message: string;
  /** The catalog message and its values, as on ApiError. */
  key?: string;
  params?: Record<string, unknown>;
}

/** An error a person can read: what happened and what to do. Never a stack trace. */
export interface ApiError {
  code: ErrorCode;
  /** The English sentence, as the CLI prints it. */
  message: string;
  /** The catalog message and its values, for an interface in another language. */
  key?: string;
  params?: Record<string, unknown>;
  details?: ProblemDetail[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
