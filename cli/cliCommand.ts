import type { CliIo } from './cliIo.js';

/** One `archive <name>` subcommand. */
export interface CliCommand {
  name: string;
  /** One line for `archive help`. */
  summary: string;
  /** The full text of `archive help <name>`. */
  help: string;
  /** Runs the command and resolves to its exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
