import type { ApiError } from '../db/api.js';

/** A failure the CLI reports as a sentence on stderr, with its exit code; never a stack. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A command line the CLI cannot make sense of: exit code 2, like most Unix tools. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** An API error as the lines a person reads: the sentence, then each problem on its own line. */
export function formatApiError(error: ApiError): string {
  const lines = [error.message];
  for (const d of error.details ?? [])
    lines.push(d.path ? `  ${d.path}: ${d.message}` : `  ${d.message}`);
  return lines.join('\n');
}
