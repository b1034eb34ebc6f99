import type { ErrorCode, ProblemDetail } from './api.js';

/** An error a person can read: `message` says what happened and what to do. */
export class ArchiveError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public details?: ProblemDetail[],
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}
